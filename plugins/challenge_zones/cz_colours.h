// cz_colours.h - each aspect's and zone's colour, and the palette files
// are printed with. No ImGui here: the map's shared drawing
// (cz_map_paint.cpp) and the export use it without a window.
#pragma once

#include "cz_types.h"

#include <workbench/abi.h>
#include <workbench/util.hpp>

#include <cstdint>

namespace challenge_zones::ui {

using wb::util::mix;
using wb::util::with_alpha;

// Each aspect has its own colour from the colour-blind-safe set; the pale
// yellow is left out because it vanishes on a light background.
inline uint32_t aspect_colour(const wb_palette& p, Aspect a) {
    static const int index[kAspectCount] = {0, 1, 5, 6, 2, 4, 7};
    return p.categorical[index[static_cast<int>(a)]];
}

// Band fills: quiet for nice and comfort, a clear green tint for the
// optimal zone (the target), a warm tint for overwhelming.
inline uint32_t zone_fill(const wb_palette& p, Zone z) {
    switch (z) {
    case Zone::Nice: return mix(p.surface, p.text_muted, 0.05f);
    case Zone::Comfort: return mix(p.surface, p.text_muted, 0.12f);
    case Zone::Optimal: return mix(p.surface, p.success, p.dark ? 0.30f : 0.20f);
    case Zone::Overwhelming: return mix(p.surface, p.warning, p.dark ? 0.22f : 0.14f);
    }
    return p.surface;
}

} // namespace challenge_zones::ui
