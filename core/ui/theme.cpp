// core/ui/theme.cpp - the light and dark themes, the palette plugins get,
// and font loading.
#include "ui/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace wb::core {

namespace {

// 0xRRGGBB (how designers write colours) -> ImGui packing 0xAABBGGRR.
constexpr uint32_t rgb(uint32_t hex, uint32_t alpha = 255) {
    return (alpha << 24) | ((hex & 0xFF) << 16) | (hex & 0xFF00) | ((hex >> 16) & 0xFF);
}

ImVec4 vec(uint32_t packed) { return ImGui::ColorConvertU32ToFloat4(packed); }
ImVec4 vec_hex(uint32_t hex, float alpha = 1.0f) {
    ImVec4 v = vec(rgb(hex));
    v.w = alpha;
    return v;
}

// Colours that are not in the palette but that the shell needs; chosen per
// theme so the two themes have the same structure.
struct ShellColours {
    uint32_t frame, frame_hover, frame_active, border;
    uint32_t button, button_hover, button_active;
    uint32_t header, header_hover, header_active;
    uint32_t tab, tab_hover, menubar, title, separator, scroll_grab;
};

ShellColours shell_colours(bool dark, bool high_contrast) {
    if (high_contrast) { // presentation: strong edges, black and white
        return {0x141414, 0x262626, 0x333333, 0xBFBFBF, 0x1F2A33, 0x2C3D4A, 0x3C5566,
                0x2B3B47, 0x22303A, 0x3C5566, 0x1A1A1A, 0x2A2A2A, 0x000000, 0x000000,
                0x8C8C8C, 0x8C8C8C};
    }
    if (dark) {
        return {0x2C3139, 0x343A43, 0x3B424C, 0x3A4049, 0x33414D, 0x3D4E5C, 0x4A5F70,
                0x33505F, 0x2E3A45, 0x3C6072, 0x272B32, 0x323842, 0x22262C, 0x22262C,
                0x3A4049, 0x49515C};
    }
    return {0xFFFFFF, 0xF7F5F1, 0xF1EEE9, 0xD6D1C9, 0xDCE8EE, 0xCCDFE8, 0xB9D2DE,
            0xD3E5EE, 0xE5EEF2, 0xC3DCE8, 0xE7E3DD, 0xF1EEEA, 0xFBFAF8, 0xEFEBE6,
            0xDCD6CE, 0xCBC4BB};
}

} // namespace

float clamp_ui_scale(float scale) {
    if (!(scale == scale)) return 1.0f; // NaN from a hand-edited config
    return std::clamp(scale, kMinUiScale, kMaxUiScale);
}

wb_palette make_print_palette() {
    wb_palette p = make_palette(false);
    p.background = p.surface = rgb(0xFFFFFF);
    return p;
}

wb_palette make_palette(bool dark) {
    wb_palette p{};
    p.struct_size = sizeof(wb_palette);
    p.dark = dark ? 1 : 0;
    if (dark) {
        p.background = rgb(0x1D2025);
        p.surface = rgb(0x252930);
        p.text = rgb(0xE4E6EA);
        p.text_muted = rgb(0x9BA1AA);
        p.accent = rgb(0x7DB3D0);
        p.warning = rgb(0xE0B050);
        p.error = rgb(0xF08A7E);
        p.success = rgb(0x7BC79A);
    } else {
        p.background = rgb(0xF4F2EE);
        p.surface = rgb(0xFFFFFF);
        p.text = rgb(0x26292E);
        p.text_muted = rgb(0x656A72);
        p.accent = rgb(0x2F6F8F);
        p.warning = rgb(0x9A6200);
        p.error = rgb(0xB3261E);
        p.success = rgb(0x2E7D4F);
    }
    // Okabe & Ito (2008), ordered so the first few stay apart for the
    // common colour-vision deficiencies. Their black becomes a light grey in
    // the dark theme so it stays visible.
    const uint32_t okabe_ito[WB_CATEGORICAL_COUNT] = {
        0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7,
        dark ? 0xBBBBBBu : 0x000000u};
    for (int i = 0; i < WB_CATEGORICAL_COUNT; ++i) p.categorical[i] = rgb(okabe_ito[i]);
    return p;
}

wb_palette make_presentation_palette() {
    // White on black with saturated accents: what survives a washed-out
    // projector at the back of a training room. The categorical colours stay
    // Okabe-Ito (chosen for colour-vision deficiencies), with black as white.
    wb_palette p = make_palette(true);
    p.background = rgb(0x000000);
    p.surface = rgb(0x0D0D0D);
    p.text = rgb(0xFFFFFF);
    p.text_muted = rgb(0xD9D9D9);
    p.accent = rgb(0x56C8FF);
    p.warning = rgb(0xFFC233);
    p.error = rgb(0xFF7A70);
    p.success = rgb(0x6EE39A);
    p.categorical[WB_CATEGORICAL_COUNT - 1] = rgb(0xFFFFFF);
    return p;
}

void apply_style(ImGuiStyle& style, const wb_palette& p, float scale, bool high_contrast) {
    style = ImGuiStyle();
    const ShellColours s = shell_colours(p.dark != 0, high_contrast);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = vec(p.text);
    c[ImGuiCol_TextDisabled] = vec(p.text_muted);
    c[ImGuiCol_WindowBg] = vec(p.background);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = vec(p.surface);
    c[ImGuiCol_Border] = vec_hex(s.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = vec_hex(s.frame);
    c[ImGuiCol_FrameBgHovered] = vec_hex(s.frame_hover);
    c[ImGuiCol_FrameBgActive] = vec_hex(s.frame_active);
    c[ImGuiCol_TitleBg] = vec_hex(s.title);
    c[ImGuiCol_TitleBgActive] = vec_hex(s.title);
    c[ImGuiCol_TitleBgCollapsed] = vec_hex(s.title);
    c[ImGuiCol_MenuBarBg] = vec_hex(s.menubar);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = vec_hex(s.scroll_grab);
    c[ImGuiCol_ScrollbarGrabHovered] = vec(p.text_muted);
    c[ImGuiCol_ScrollbarGrabActive] = vec(p.accent);
    c[ImGuiCol_CheckMark] = vec(p.accent);
    c[ImGuiCol_SliderGrab] = vec(p.accent);
    c[ImGuiCol_SliderGrabActive] = vec(p.accent);
    c[ImGuiCol_Button] = vec_hex(s.button);
    c[ImGuiCol_ButtonHovered] = vec_hex(s.button_hover);
    c[ImGuiCol_ButtonActive] = vec_hex(s.button_active);
    c[ImGuiCol_Header] = vec_hex(s.header);
    c[ImGuiCol_HeaderHovered] = vec_hex(s.header_hover);
    c[ImGuiCol_HeaderActive] = vec_hex(s.header_active);
    c[ImGuiCol_Separator] = vec_hex(s.separator);
    c[ImGuiCol_SeparatorHovered] = vec(p.accent);
    c[ImGuiCol_SeparatorActive] = vec(p.accent);
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = vec(p.accent);
    c[ImGuiCol_ResizeGripActive] = vec(p.accent);
    c[ImGuiCol_Tab] = vec_hex(s.tab);
    c[ImGuiCol_TabHovered] = vec_hex(s.tab_hover);
    c[ImGuiCol_TabActive] = vec(p.surface);
    c[ImGuiCol_TabUnfocused] = vec_hex(s.tab);
    c[ImGuiCol_TabUnfocusedActive] = vec(p.surface);
    c[ImGuiCol_PlotLines] = vec(p.accent);
    c[ImGuiCol_PlotLinesHovered] = vec(p.warning);
    c[ImGuiCol_PlotHistogram] = vec(p.accent);
    c[ImGuiCol_PlotHistogramHovered] = vec(p.warning);
    c[ImGuiCol_TableHeaderBg] = vec_hex(s.title);
    c[ImGuiCol_TableBorderStrong] = vec_hex(s.border);
    c[ImGuiCol_TableBorderLight] = vec_hex(s.separator);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = vec_hex(s.tab, p.dark ? 0.35f : 0.45f);
    ImVec4 sel = vec(p.accent);
    sel.w = 0.30f;
    c[ImGuiCol_TextSelectedBg] = sel;
    c[ImGuiCol_DragDropTarget] = vec(p.warning);
    c[ImGuiCol_NavHighlight] = vec(p.accent);
    c[ImGuiCol_NavWindowingHighlight] = vec(p.accent);
    c[ImGuiCol_NavWindowingDimBg] = ImVec4(0.1f, 0.1f, 0.1f, 0.35f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.1f, 0.12f, p.dark ? 0.55f : 0.35f);

    // Generous spacing and soft corners: a calm tool, not a debug panel.
    style.WindowPadding = ImVec2(16, 14);
    style.FramePadding = ImVec2(10, 6);
    style.CellPadding = ImVec2(8, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.IndentSpacing = 20;
    style.ScrollbarSize = 14;
    style.GrabMinSize = 12;
    style.WindowBorderSize = 1;
    style.ChildBorderSize = 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 1;
    style.TabBorderSize = 0;
    style.WindowRounding = 10;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.PopupRounding = 8;
    style.ScrollbarRounding = 8;
    style.GrabRounding = 6;
    style.TabRounding = 6;
    style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    style.SelectableTextAlign = ImVec2(0.0f, 0.5f);
    style.ScaleAllSizes(scale);
}

std::filesystem::path font_dir() {
    if (const char* env = std::getenv("WB_FONT_DIR"); env && *env) return env;
#ifdef WB_FONT_DIR
    return WB_FONT_DIR;
#else
    return "/usr/share/fonts/truetype/dejavu";
#endif
}

Fonts load_fonts(ImFontAtlas& atlas, const std::filesystem::path& dir, float scale) {
    atlas.Clear();
    Fonts f;
    const float size = kBaseFontPx * scale;
    std::error_code ec;
    const auto regular = dir / "DejaVuSans.ttf";
    const auto bold = dir / "DejaVuSans-Bold.ttf";
    // Latin plus punctuation (dashes, curly quotes, ellipsis, bullets) and
    // the arrows and geometric shapes (triangles, squares, circles) we use
    // in labels and legends.
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027,
                                     0x2190, 0x21FF, 0x25A0, 0x25FF, 0x2713, 0x2717, 0};
    if (std::filesystem::is_regular_file(regular, ec)) {
        ImFontConfig cfg;
        cfg.OversampleH = 2;
        cfg.OversampleV = 1;
        f.regular = atlas.AddFontFromFileTTF(regular.c_str(), size, &cfg, ranges);
    }
    if (f.regular && std::filesystem::is_regular_file(bold, ec)) {
        ImFontConfig cfg;
        cfg.OversampleH = 2;
        f.bold = atlas.AddFontFromFileTTF(bold.c_str(), size, &cfg, ranges);
        f.heading = atlas.AddFontFromFileTTF(bold.c_str(), size * 1.3f, &cfg, ranges);
    }
    f.dejavu = f.regular != nullptr;
    if (!f.regular) {
        ImFontConfig cfg;
        cfg.SizePixels = std::max(13.0f, 13.0f * scale);
        f.regular = atlas.AddFontDefault(&cfg);
    }
    if (!f.bold) f.bold = f.regular;
    if (!f.heading) f.heading = f.bold;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &w, &h);
    return f;
}

} // namespace wb::core
