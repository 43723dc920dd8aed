// lm_paint.h - the learning map's picture, drawn through the SDK canvas
// only: the three conditions at the centre with the parent's and the
// helper's ratings as dots, the seven domains around them (fill: how many
// signs; ring: how recent; star: the family's priority), and the legend.
// The panel (lm_map.cpp) and the export (lm_export.cpp) both call
// paint_learning_map(), so the map on screen and in a file are one drawing.
//
// Only fixed labels and numbers are drawn here, never a note: the map is
// safe to show a family or an audience as it is. No ImGui here.
#pragma once

#include "lm_aggregate.h"
#include "lm_scene.h"

#include <workbench/plugin.hpp>

namespace learning_map {

struct MapPaint {
    const MapScene* scene = nullptr;
    const MapState* state = nullptr;
    float origin_x = 0, origin_y = 0; // the region's top-left on the canvas
    bool family = false;              // plain words
    // On screen only (a file shows neither).
    int selected = -1, hovered = -1;
};

void paint_learning_map(wb::Canvas& cv, const wb_palette& p, const MapPaint& m);

} // namespace learning_map
