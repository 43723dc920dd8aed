// rr_colours.h - each status's colour, the alliance line's, the rupture
// markers' shapes, and the palette files are printed with. No ImGui here:
// the timeline's shared drawing (rr_timeline_paint.cpp) and the export use
// it without a window.
#pragma once

#include "rr_types.h"

#include <workbench/abi.h>
#include <workbench/plugin.hpp>
#include <workbench/util.hpp>

#include <cstdint>

namespace rupture_repair::ui {

using wb::util::mix;
using wb::util::with_alpha;

// Each status has its own colour from the colour-blind-safe set (orange,
// sky blue, bluish green, reddish purple); shapes and the open tails carry
// the same meaning, so colour is never the only cue.
inline uint32_t status_colour(const wb_palette& p, Status s) {
    static const int index[kStatusCount] = {0, 1, 2, 6};
    return p.categorical[index[static_cast<int>(s)]];
}

// The alliance line: the deep blue of the set.
inline uint32_t alliance_colour(const wb_palette& p) { return p.categorical[4]; }

// Withdrawal: a down-pointing triangle with a pale fill and a strong
// outline (moving away). Confrontation: a solid diamond (moving against).
inline void marker_shape(wb::Canvas& cv, MarkerKind kind, float x, float y, float r, uint32_t colour,
                         const wb_palette& p, float thickness, bool emphasised) {
    if (kind == MarkerKind::Withdrawal) {
        const float k = r * 1.15f;
        const float xy[6] = {x - k, y - k * 0.75f, x + k, y - k * 0.75f, x, y + k};
        cv.polygon(xy, mix(p.surface, colour, 0.22f));
        cv.polyline(xy, colour, thickness * 1.6f, true);
        if (emphasised) {
            const float o = k + 4;
            const float ring[6] = {x - o, y - o * 0.78f, x + o, y - o * 0.78f, x, y + o * 1.05f};
            cv.polyline(ring, p.text, thickness, true);
        }
    } else {
        const float k = r * 1.2f;
        const float xy[8] = {x, y - k, x + k, y, x, y + k, x - k, y};
        cv.polygon(xy, colour);
        cv.polyline(xy, emphasised ? p.text : with_alpha(p.text, 0x90), emphasised ? thickness * 1.4f : thickness * 0.8f,
                    true);
    }
}

} // namespace rupture_repair::ui
