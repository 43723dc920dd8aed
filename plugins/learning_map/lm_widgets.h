// lm_widgets.h - what the learning map's ImGui files share: the map's
// colours (lm_colours.h), the SDK's privacy helpers for notes, and small
// ImGui helpers.
#pragma once

#include "lm_colours.h"
#include "lm_types.h"

#include <workbench/plugin.hpp>
#include <workbench/privacy.hpp>
#include <workbench/ui.hpp>

#include <imgui.h>
#include <imgui_stdlib.h>

namespace learning_map::ui {

using wb::ui::identifying_input_multiline;
using wb::ui::identifying_text_wrapped;
using wb::ui::text_coloured;
using wb::ui::text_wrapped_coloured;

// A tooltip for the item just drawn.
inline void tip(const char* text) {
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
}

} // namespace learning_map::ui
