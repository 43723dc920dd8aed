// cz_map_paint.h - the zone map's picture, drawn through the SDK canvas
// only: the four bands (the optimal zone outlined as the target), the
// month lines and "Now", the trajectories, the markers and the legend. The
// panel (cz_map.cpp) and the export (cz_export.cpp) both call
// paint_zone_map(), so the map on screen and in a file are one drawing.
//
// No ImGui here: `workbench export` runs without a window or an ImGui
// context. Sizes are in the canvas's units (pixels on screen, points in a
// file); the geometry comes from the cached MapScene (cz_scene.h).
#pragma once

#include "cz_model.h"
#include "cz_scene.h"

#include <workbench/plugin.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace challenge_zones {

// The legend's k-th label (aspects, then "challenge from the parent").
const char* legend_label(std::size_t k);

// Fills the text widths the geometry needs ("Now", the legend, the month
// names, the band labels) for `in.font`, measured by `width(text, size)`:
// ImGui in the panel, the canvas in a file.
void measure_map_text(SceneInputs& in, const std::function<float(const char* text, float size)>& width);

// One drawing of the map. Everything is borrowed; nothing is kept.
struct ZoneMapPaint {
    const MapScene* scene = nullptr;
    const std::vector<Challenge>* challenges = nullptr;
    const std::vector<char>* trail_shown = nullptr; // per challenge: draw its trajectory
    // The region's top-left on the canvas (the scene is in region units).
    float origin_x = 0, origin_y = 0;
    TrailMode trails = TrailMode::All;
    // On screen only (a file shows none of them).
    std::ptrdiff_t selected = -1; // plan index
    int64_t selected_id = 0, hovered_id = 0, drag_id = 0;
    bool dragging = false;
    Pt mouse;                       // region units, while dragging
    std::optional<Zone> drop_zone;  // the band a drag is over
};

// Draws the map; colours come from `p`. `ring_scratch` is reused between
// frames so a steady map allocates nothing.
void paint_zone_map(wb::Canvas& cv, const wb_palette& p, const ZoneMapPaint& m, std::vector<float>& ring_scratch);

} // namespace challenge_zones
