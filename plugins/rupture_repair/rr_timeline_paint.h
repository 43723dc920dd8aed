// rr_timeline_paint.h - the case timeline's picture, drawn through the SDK
// canvas only: month lines and today, the session axis, repair arcs and
// open tails, rupture markers (shape by kind, size by salience, colour by
// status), repair dots, the alliance line with its threshold, and the
// legend. The panel (rr_timeline_draw.cpp) and the export (rr_export.cpp)
// both call paint_timeline(), so the timeline on screen and in a file are
// one drawing.
//
// No ImGui here: `workbench export` runs without a window or an ImGui
// context. Text is measured with the canvas; sizes are in its units
// (pixels on screen, points in a file).
#pragma once

#include "rr_model.h"
#include "rr_timeline.h"

#include <workbench/plugin.hpp>

#include <cstdint>
#include <functional>

namespace rupture_repair {

// One drawing of the timeline. Everything is borrowed; nothing is kept.
struct TimelinePaint {
    const TimelineScene* scene = nullptr; // built for `record`
    const CaseRecord* record = nullptr;
    int low_alliance = kDefaultLowAlliance;
    // The region's top-left on the canvas (the scene is in region units).
    float origin_x = 0, origin_y = 0;
    // On screen only (a file shows none of them).
    int64_t current_session = 0, selected_id = 0, hovered_id = 0;
};

void paint_timeline(wb::Canvas& cv, const wb_palette& p, const TimelinePaint& m);

// Fills the text widths the geometry needs (the legend, the month names,
// "Today", the threshold's label) for `in.font`, measured by
// `width(text, size)`: ImGui in the panel, the canvas in a file.
void measure_timeline_text(TimelineInputs& in, const std::function<float(const char* text, float size)>& width);

} // namespace rupture_repair
