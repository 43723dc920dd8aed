// af_diagram.h - the sequence diagram's geometry, worked out in advance:
// one square per slice (af_flow.h squares_of, with the straddle rule), laid
// out in rows of ten minutes (or five, when that makes the squares clearly
// larger) so a row reads as a clock,
// the row labels, whether letters fit in a square, and the key under it.
// Also the editing timeline strip's mapping between time and x.
//
// Plain C++ (no ImGui): the view rebuilds this only when an input changes
// (DiagramInputs) and hands it to paint_diagram() with the SDK canvas.
#pragma once

#include "af_flow.h"

#include <cstdint>
#include <span>
#include <vector>

namespace activity_flow {

// What the geometry depends on. Two equal inputs give the same scene.
struct DiagramInputs {
    uint64_t generation = 0;     // changes whenever the recording is reloaded
    float width = 0, height = 0; // the region, canvas units
    float font = 16, scale = 1;
    int64_t shown_ms = 0; // the time shown (all of it, the live clock, or a story step)
    // The time the layout is made for (0: shown_ms). A story lays out the
    // whole recording so the squares keep their size and place as it grows.
    int64_t layout_ms = 0;
    int64_t slice_ms = 30000;
    bool operator==(const DiagramInputs&) const = default;
};

struct DiagramScene {
    DiagramInputs inputs;
    bool built = false;
    std::vector<Run> runs; // of the recording up to shown_ms
    std::vector<Square> squares;
    int cols = 1, rows = 0;
    float x0 = 0, y0 = 0; // the first square's top-left (region units)
    float cell = 0, gap = 0;
    float label_w = 0;      // room for the row labels left of the grid
    bool letters = false;   // squares are large enough for their letter
    int64_t row_ms = 0;     // time per row, for the labels
    float grid_bottom = 0;  // below the last row
    float key_y = 0;        // top of the key
};

// Builds `scene` for the recording's stretches (reusing its buffers).
void build_diagram(DiagramScene& scene, const DiagramInputs& in, std::span<const Stretch> stretches);

// The square under (x, y) in region units, or -1.
int square_at(const DiagramScene& scene, float x, float y);
// A square's top-left in region units.
inline float square_x(const DiagramScene& s, int i) { return s.x0 + static_cast<float>(i % s.cols) * (s.cell + s.gap); }
inline float square_y(const DiagramScene& s, int i) { return s.y0 + static_cast<float>(i / s.cols) * (s.cell + s.gap); }

// ---- The editing strip: time <-> x over [x0, x1] for a recording of duration_ms.
struct Strip {
    float x0 = 0, x1 = 1;
    int64_t duration_ms = 1;
    float x_of(int64_t ms) const;
    int64_t ms_at(float x) const; // clamped to [0, duration]
};

} // namespace activity_flow
