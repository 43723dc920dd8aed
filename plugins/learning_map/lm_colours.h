// lm_colours.h - the map's colours, from the host's colour-blind-safe set:
// one green for "learning seen" (so more colour always means more signs,
// whatever the domain), a blue ring for recency, an orange star for the
// family's priorities, and the parent's and helper's rating dots. Shapes
// and letters carry the same meaning, so colour is never the only cue. No
// ImGui here: the shared drawing and the export use it without a window.
#pragma once

#include <workbench/abi.h>
#include <workbench/util.hpp>

#include <cstdint>

namespace learning_map::ui {

using wb::util::mix;
using wb::util::with_alpha;

inline uint32_t evidence_colour(const wb_palette& p) { return p.categorical[2]; } // bluish green
inline uint32_t recency_colour(const wb_palette& p) { return p.categorical[4]; }  // blue
inline uint32_t priority_colour(const wb_palette& p) { return p.categorical[0]; } // orange
inline uint32_t parent_colour(const wb_palette& p) { return p.categorical[6]; }   // reddish purple
inline uint32_t helper_colour(const wb_palette& p) { return p.categorical[1]; }   // sky blue

// A domain's fill for a fill strength 0..1 (lm_aggregate.h): the surface
// for none, deepening towards the evidence green.
inline uint32_t domain_fill(const wb_palette& p, float strength) {
    if (strength <= 0) return mix(p.surface, p.text_muted, 0.06f);
    return mix(p.surface, evidence_colour(p), 0.18f + 0.72f * strength);
}

// Text on a domain's fill: dark on pale fills, light on deep ones.
inline uint32_t text_on_fill(const wb_palette& p, float strength) {
    if (p.dark) return p.text;
    return strength > 0.6f ? 0xFFFFFFFFu : p.text;
}

} // namespace learning_map::ui
