// spiral_colours.h - the kinds' and ingredients' colours, and the palette
// files are printed with. No ImGui here: the map's shared drawing
// (spiral_map_paint.cpp) and the export use it without a window.
#pragma once

#include "spiral_types.h"

#include <workbench/abi.h>
#include <workbench/util.hpp>

#include <cstdint>

namespace spiral_mapper::ui {

using wb::util::mix;
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
