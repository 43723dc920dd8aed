// workbench/ui.hpp - small header-only ImGui helpers for plugin panels:
// text in a palette colour, and toolbars that wrap rather than run off the
// panel's edge. For std::string text fields use Dear ImGui's
// own <imgui_stdlib.h>, which the shared ImGui library provides.
#pragma once

#include <imgui.h>

#include <cstdint>

namespace wb::ui {

// Text in a palette colour (0xAABBGGRR).
inline void text_coloured(uint32_t packed, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(packed));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

// Wrapped text in a palette colour.
inline void text_wrapped_coloured(uint32_t packed, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(packed));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

// The width of a button showing `label` (the part before any "##").
inline float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

// Call between two toolbar items: keeps the next one, `width` wide, on the
// current line after a `gap` when it still fits in the window, else lets
// it start the next line. A narrow panel, or presentation's double size,
// then wraps the toolbar instead of pushing its last controls out of sight.
inline void toolbar_next(float width, float gap) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0, gap);
}

} // namespace wb::ui
