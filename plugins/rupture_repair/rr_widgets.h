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
#include <workbench/ui.hpp>
#include <workbench/util.hpp>

#include <cstdint>

namespace rupture_repair::ui {

using wb::ui::text_coloured;
using wb::ui::text_wrapped_coloured;

} // namespace rupture_repair::ui
