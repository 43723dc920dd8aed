// ws_widgets.h - what the worksheets plugin's ImGui files share: the SDK's
// colour and text helpers, and an answer put in words for read-only views.
#pragma once

#include "ws_print_layout.h"

#include <workbench/plugin.hpp>

#include <imgui.h>
#include <imgui_stdlib.h>
#include <workbench/ui.hpp>
#include <workbench/util.hpp>

#include <string>

namespace worksheets::ui {

using wb::ui::text_coloured;
using wb::ui::text_wrapped_coloured;
// Toolbars wrap instead of running off the panel (workbench/ui.hpp).
using wb::ui::button_width;
using wb::ui::toolbar_next;
using wb::util::mix;
using wb::util::with_alpha;

// An answer set aside (no field to name its options): its words.
inline std::string answer_text(const Answer& a) { return answer_words(nullptr, a); }

// A button that is drawn disabled (and does nothing) when `enabled` is false.
inline bool button_if(bool enabled, const char* label) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    return pressed && enabled;
}

} // namespace worksheets::ui
