// spiral_map_paint.h - the map's picture, drawn through the SDK canvas
// only: the spiral, its steps, the loops, the lines back to the core, the
// core and the legend. The panel (spiral_map_draw.cpp) and the export
// (spiral_export.cpp) both call paint_map(), so the map on screen and the
// map in a PDF, SVG or PNG are the same drawing.
//
// No ImGui here: `workbench export` runs without a window or an ImGui
// context. Text is measured by the caller's MeasureText (ImGui's font on
// screen, the canvas's font in a file) and sizes are in the canvas's own
// units (pixels on screen, points in a file).
#pragma once

#include "spiral_layout.h"
#include "spiral_map_layout.h"
#include "spiral_scene.h"
#include "spiral_types.h"

#include <workbench/plugin.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace spiral_mapper {

// One drawing of the map. Everything is borrowed; nothing is kept.
struct MapPaint {
    const Layout* layout = nullptr;
    const std::vector<Step>* steps = nullptr;
    const std::vector<char>* shown = nullptr; // per step: passes the filters
    const Scene* scene = nullptr;             // built for these inputs
    const LayoutParams* params = nullptr;
    const Legend* legend = nullptr;
    // The region drawn into: its top-left on the canvas and its size; the
    // legend's place in it comes with the legend (layout_legend).
    float origin_x = 0, origin_y = 0, width = 0, height = 0;
    // Map units to region: region = map * scale + offset.
    float scale = 1, offset_x = 0, offset_y = 0;
    float zoom = 1;      // relative to "fit" (text grows a little with it)
    float font_px = 16;  // the UI text size
    float ui_scale = 1;  // widths of swatches and gaps
    std::size_t visible = 0; // replay: steps drawn
    // On screen only (a file shows none of them).
    int hovered = -1;
    bool core_hovered = false;
    int64_t selected_id = 0;
};

// Reused between frames so a steady map allocates nothing.
struct PaintScratch {
    std::vector<Point> points;
    std::vector<float> xy;
    std::vector<float> shape;
    std::vector<Point> sample;
};

// Draws the map; colours come from `p`.
void paint_map(wb::Canvas& cv, const wb_palette& p, const MapPaint& m, const MeasureText& measure,
               PaintScratch& scratch);

} // namespace spiral_mapper
