// ws_figure.h - the four framework diagrams a "figure" field shows (the
// ingredients triangle around the safe space, the partnership spiral, the
// four activities, the seven learning domains around three conditions),
// drawn through wb::Canvas so the panel and the printed worksheet share
// one drawing. Plain geometry: no ImGui.
#pragma once

#include "ws_template.h"

#include <workbench/plugin.hpp>

#include <cstdint>
#include <string_view>

namespace worksheets {

// The colours a figure is drawn in (0xAABBGGRR): screen palette or ink.
struct FigureInk {
    uint32_t line;  // outlines
    uint32_t soft;  // pale fills
    uint32_t faint; // background guides
    uint32_t text;
};

// A short title for the figure ("The essential ingredients").
std::string_view figure_title(Figure f);

// Draws `f` fitted into the box (x, y, w, h) in canvas units, with labels
// at `text_size`.
void draw_figure(wb::Canvas& c, Figure f, float x, float y, float w, float h, const FigureInk& ink, float text_size);

} // namespace worksheets
