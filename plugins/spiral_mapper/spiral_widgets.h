// spiral_widgets.h - small ImGui helpers the spiral panel shares: text
// inputs over std::string and the kinds' and ingredients' colours.
#pragma once

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

using wb::util::mix;
using wb::ui::text_coloured;
using wb::ui::text_wrapped_coloured;
using wb::util::with_alpha;

// Each kind has its own colour from the host's colour-blind-safe set (and
// its own marker shape, so colour is never the only cue).
inline uint32_t kind_colour(const wb_palette& p, Kind kind) {
    static const int index[kKindCount] = {0, 1, 2, 4, 5};
    return p.categorical[index[static_cast<int>(kind)]];
}

// Help, challenge and possibility use the set's remaining colours. Its
// yellow is too pale for lines on a light background, so it is deepened
// toward the text colour there.
inline uint32_t ingredient_colour(const wb_palette& p, int ingredient) {
    switch (ingredient) {
    case Help: return p.categorical[6];
    case Challenge: return p.dark ? p.categorical[7] : mix(p.categorical[7], p.text_muted, 0.25f);
    default: return p.dark ? p.categorical[3] : mix(p.categorical[3], p.text, 0.38f);
    }
}

} // namespace spiral_mapper::ui
