// cz_widgets.h - what the planner's ImGui files share: each aspect's and
// zone's colour (cz_colours.h), and the SDK's and ImGui's helpers they
// draw with.
#pragma once

#include "cz_colours.h"
#include "cz_types.h"

#include <workbench/abi.h>

#include <imgui.h>
#include <imgui_stdlib.h>
#include <workbench/ui.hpp>
#include <workbench/util.hpp>

#include <cstdint>

namespace challenge_zones::ui {

// Text fields over std::string are Dear ImGui's own (<imgui_stdlib.h>);
// colour mixing and the colours are in cz_colours.h, coloured text is the
// SDK's.
using wb::ui::text_coloured;
using wb::ui::text_wrapped_coloured;

} // namespace challenge_zones::ui
