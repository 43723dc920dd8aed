// workbench/ui.hpp - small header-only ImGui helpers for plugin panels:
// text in a palette colour. For std::string text fields use Dear ImGui's
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

} // namespace wb::ui
