// spiral_widgets.h - small ImGui helpers the spiral panel shares: text
// inputs over std::string, and (from spiral_colours.h) the kinds' and
// ingredients' colours.
#pragma once

#include "spiral_colours.h"
#include "spiral_types.h"

#include <workbench/abi.h>

#include <imgui.h>
#include <imgui_stdlib.h>
#include <workbench/ui.hpp>
#include <workbench/util.hpp>

#include <cstdint>
#include <string>

namespace spiral_mapper::ui {

// Text fields over std::string (Dear ImGui's imgui_stdlib).
inline bool input(const char* id, const char* hint, std::string& text, ImGuiInputTextFlags flags = 0) {
    return ImGui::InputTextWithHint(id, hint, &text, flags);
}
inline bool input_multiline(const char* id, std::string& text, ImVec2 size) {
    return ImGui::InputTextMultiline(id, &text, size);
}

using wb::ui::text_coloured;
using wb::ui::text_wrapped_coloured;

} // namespace spiral_mapper::ui
