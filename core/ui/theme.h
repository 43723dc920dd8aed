// core/ui/theme.h - the workbench's look: colours, spacing and fonts.
//
// The workbench is used on projectors in supervision rooms, so the look is
// calm and legible: soft colours with enough contrast, rounded frames,
// generous spacing and a proportional font (DejaVu Sans) at a comfortable
// size. The same colours are handed to plugins as a wb_palette so their
// diagrams match the host.
#pragma once

#include <workbench/abi.h>

#include <filesystem>

struct ImFont;
struct ImFontAtlas;
struct ImGuiStyle;

namespace wb::core {

// UI scale limits (Config::ui_scale is clamped to these).
inline constexpr float kMinUiScale = 0.75f;
inline constexpr float kMaxUiScale = 2.5f;
inline constexpr float kUiScaleStep = 0.1f;
float clamp_ui_scale(float scale);

// The base font size in pixels at UI scale 1.
inline constexpr float kBaseFontPx = 17.0f;

// Colours for a theme, packed like IM_COL32 (0xAABBGGRR).
wb_palette make_palette(bool dark);
// What files are drawn with, whatever the screen's theme: the light
// theme's colours on white paper.
wb_palette make_print_palette();

// The high-contrast colours of presentation mode (white on black).
wb_palette make_presentation_palette();

// Fills `style` for the theme at `scale`: colours from the palette, then
// spacing and rounding multiplied by the scale. `high_contrast` gives the
// frames and borders of presentation mode.
void apply_style(ImGuiStyle& style, const wb_palette& palette, float scale, bool high_contrast = false);

// The fonts the shell uses. Any pointer may equal `regular` when a face was
// not found; `regular` falls back to ImGui's built-in font.
struct Fonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr; // bold, larger
    bool dejavu = false;       // false: the DejaVu files were missing
};

// Clears `atlas` and loads the fonts from `font_dir` at `scale`, then builds
// the atlas. The caller re-uploads the texture if it has a renderer.
Fonts load_fonts(ImFontAtlas& atlas, const std::filesystem::path& font_dir, float scale);

// The directory DejaVu is read from: $WB_FONT_DIR if set, else the build's
// WB_FONT_DIR (Debian's fonts-dejavu-core location).
std::filesystem::path font_dir();

} // namespace wb::core
