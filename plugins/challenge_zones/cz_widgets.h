// cz_widgets.h - what the planner's ImGui files share: each aspect's and
// zone's colour (cz_colours.h), and the SDK's and ImGui's helpers they
// draw with.
#pragma once

#include "cz_colours.h"
#include "cz_types.h"

#include <workbench/abi.h>

#include <imgui.h>
#include <imgui_stdlib.h>
#include <workbench/privacy.hpp>
#include <workbench/ui.hpp>
#include <workbench/util.hpp>

#include <cstdint>
#include <string>

namespace challenge_zones::ui {

// Text fields over std::string are Dear ImGui's own (<imgui_stdlib.h>);
// colour mixing and the colours are in cz_colours.h, coloured text is the
// SDK's.
using wb::ui::text_coloured;
using wb::ui::text_wrapped_coloured;

// Free text a user typed about the family (descriptions, why it matters,
// support, possibilities, reasons) is identifying: while a real case is
// presented it is masked and cannot be edited (workbench/privacy.hpp).
using wb::ui::identifying_input;
using wb::ui::identifying_input_hint;
using wb::ui::identifying_input_multiline;
using wb::ui::identifying_text_wrapped;

// Toolbars wrap instead of running off the panel (workbench/ui.hpp).
using wb::ui::button_width;
using wb::ui::toolbar_next;

} // namespace challenge_zones::ui
