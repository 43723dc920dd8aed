// af_widgets.h - what the panel's ImGui files share: the activities'
// colours (af_colours.h), the SDK's ImGui and privacy helpers, and a few
// small drawing helpers.
#pragma once

#include "af_colours.h"
#include "af_types.h"

#include <workbench/plugin.hpp>
#include <workbench/privacy.hpp>
#include <workbench/ui.hpp>

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdint>

namespace activity_flow::ui {

using wb::ui::text_coloured;
using wb::ui::text_wrapped_coloured;

inline ImVec4 vec(uint32_t packed) { return ImGui::ColorConvertU32ToFloat4(packed); }

// A "(?)" that shows `text` in a wrapped tooltip on hover.
inline void help_marker(const char* text) {
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// Pushes the three button colours for a fill and its ink; pop with pop_button().
inline void push_button(uint32_t fill) {
    ImGui::PushStyleColor(ImGuiCol_Button, vec(fill));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, vec(colours::mix(fill, 0xFFFFFFFFu, 0.18f)));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, vec(colours::mix(fill, 0xFF000000u, 0.15f)));
    ImGui::PushStyleColor(ImGuiCol_Text, vec(colours::ink_on(fill)));
}
inline void pop_button() { ImGui::PopStyleColor(4); }

} // namespace activity_flow::ui
