// rr_widgets.h - what the tracker's ImGui files share: each status's colour
// and the two marker shapes (rr_colours.h), and the SDK's and ImGui's
// helpers they draw with.
#pragma once

#include "rr_colours.h"
#include "rr_types.h"

#include <workbench/abi.h>
#include <workbench/plugin.hpp>

#include <imgui.h>
#include <imgui_stdlib.h>
#include <workbench/privacy.hpp>
#include <workbench/ui.hpp>
#include <workbench/util.hpp>

#include <cstdint>
#include <string>

namespace rupture_repair::ui {

using wb::ui::text_coloured;
using wb::ui::text_wrapped_coloured;
// Toolbars wrap instead of running off the panel (workbench/ui.hpp).
using wb::ui::button_width;
using wb::ui::toolbar_next;

// Free text a user typed about the family (what happened, repair notes) is
// identifying: while a real case is presented it is masked and cannot be
// edited (workbench/privacy.hpp).
using wb::ui::identifying_input;
using wb::ui::identifying_input_hint;
using wb::ui::identifying_input_multiline;
using wb::ui::identifying_text_wrapped;

} // namespace rupture_repair::ui
