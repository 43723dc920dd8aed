// af_paint.h - the sequence diagram's picture and its key, and the figures
// as a small table, drawn through the SDK canvas only. The panel and the
// export both call these, so the diagram on screen and in a file are one
// drawing.
//
// No ImGui here: `workbench export` runs without a window or an ImGui
// context. Text is measured with the canvas; sizes are in its units
// (pixels on screen, points in a file).
#pragma once

#include "af_diagram.h"

#include <workbench/plugin.hpp>

namespace activity_flow {

struct DiagramPaint {
    const DiagramScene* scene = nullptr;
    float origin_x = 0, origin_y = 0; // the region's top-left on the canvas
    float font = 16;
    int hovered = -1;  // on screen only: a square to outline
    bool key = true;   // draw the key under the grid
};

void paint_diagram(wb::Canvas& cv, const wb_palette& p, const DiagramPaint& m);

// The key: a swatch with the letter and the name of each activity, in one
// row from (x, y) (wrapping at `width`). Returns the y below it.
float paint_key(wb::Canvas& cv, const wb_palette& p, float x, float y, float width, float font);

// One square with its colour, the letter (when `letter`) or otherwise the
// activity's small pattern, so it reads without colour too.
void paint_square(wb::Canvas& cv, const wb_palette& p, float x, float y, float size, Activity a, bool letter,
                  float font);

// The figures as a table from (x, y): share of time per activity, switches,
// mean run, and the transition table; with `other`, a second column of
// figures beside (titles `a_title`, `b_title`). Returns the y below it.
float paint_figures(wb::Canvas& cv, const wb_palette& p, float x, float y, float width, float font,
                    const Figures& a, const char* a_title, const Figures* other = nullptr,
                    const char* b_title = nullptr);

} // namespace activity_flow
