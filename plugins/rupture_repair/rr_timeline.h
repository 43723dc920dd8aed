// rr_timeline.h - the case timeline's geometry, worked out in advance: where
// each session sits on the time axis, each rupture's marker (its size by
// salience, stacked when several fall close together), each repair action,
// the arc from a repaired rupture to the repair that closed it, the dashed
// tail of a rupture still open reaching to today, and the alliance-check
// totals as a line in a strip under the axis.
//
// Plain C++ (no ImGui): the view hands these region-pixel coordinates to
// the SDK canvas and rebuilds them only when an input changes
// (TimelineInputs: the record, the size, the font, the date, the
// threshold). Tested in tests/rupture_repair/timeline_tests.cpp.
#pragma once

#include "rr_types.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace rupture_repair {

struct Pt {
    float x = 0, y = 0;
};

// The legend: the two marker shapes, the alliance line, the statuses
// (rr_layout.h names them).
inline constexpr std::size_t kTimelineLegendEntries = 3 + kStatusCount;

// What the geometry depends on. Two equal inputs give the same scene.
struct TimelineInputs {
    uint64_t generation = 0;     // changes whenever the record is reloaded
    float width = 0, height = 0; // the canvas region, pixels
    float font = 16, scale = 1;
    int today = 0;        // days since 1970
    int low_alliance = kDefaultLowAlliance;
    // Text widths, measured so the legend and the axis fit their text
    // (rr_layout.h estimates them when left at 0).
    std::array<float, kTimelineLegendEntries> legend_text_w{}; // at `font`
    std::array<float, 12> month_text_w{};                      // "Jan" .. "Dec" at `font`
    float today_text_w = 0;                                    // "Today" at `font`
    float flag_text_w = 0; // "flag below 40" at font * 0.85 (the widest threshold label)
    bool operator==(const TimelineInputs&) const = default;
};

// The legend's entries placed in rows (rr_layout.h: flow_timeline_legend).
struct LegendFlow {
    std::array<Pt, kTimelineLegendEntries> at{}; // each entry's top-left, from the plot's left edge
    int rows = 1;
    float height = 0; // the strip: a margin, every row, a margin
};

struct SessionTick {
    float x = 0;
    int64_t session_id = 0;
    bool labelled = true; // false when too close to the previous label
};

struct MonthTick {
    float x = 0;
    unsigned month = 1;   // 1..12
    bool labelled = true; // false when its name would collide (keep_axis_labels)
};

struct RuptureMark {
    Pt at;
    float radius = 8; // grows with salience
    int lane = 0;     // 0 on the base line; higher lanes sit above
};

struct RepairDot {
    Pt at;
    std::size_t rupture = 0; // index into the ruptures
    std::size_t repair = 0;  // index into the repairs
    bool closing = false;    // the repair that closed a repaired rupture
};

struct TimelineScene {
    TimelineInputs inputs;
    bool built = false;

    // Region pixels throughout.
    float plot_x0 = 0, plot_x1 = 0; // the time axis' ends
    float lane_top = 0, base_y = 0; // where markers may sit (base_y: lane 0)
    float axis_y = 0;               // the session axis
    float today_x = 0;
    float strip_top = 0, strip_bottom = 0; // the alliance strip (0 at bottom, 40 at top)
    float threshold_y = 0;                 // the low-alliance line in the strip
    float legend_y = 0;                    // top of the legend's first row, always under strip_bottom
    LegendFlow legend;                     // the entries' places, relative to (plot_x0, legend_y)
    float dot_radius = 5;

    std::vector<MonthTick> months;
    std::vector<SessionTick> sessions;
    std::vector<RuptureMark> marks; // per rupture, in the record's order
    std::vector<RepairDot> dots;    // per repair whose rupture is in the record

    // Per rupture: the arc to its closing repair as a polyline, points
    // [arc_begin[i], arc_begin[i + 1]) of `arc_xy` (x, y pairs); empty
    // unless repaired.
    std::vector<float> arc_xy;
    std::vector<uint32_t> arc_begin;
    // Per rupture still open or being repaired: dashes (x0, y0, x1, y1) from
    // the marker to today, [tail_begin[i], tail_begin[i + 1]) of `tail`.
    std::vector<float> tail;
    std::vector<uint32_t> tail_begin;

    // The alliance totals in time order (sessions that have a check).
    std::vector<Pt> alliance;
    std::vector<char> alliance_low; // per point: below the threshold
    std::vector<int> alliance_total;
};

// Marker radius for a salience of 1..5 at a base radius: 1 is small, 5
// about twice as large.
float marker_radius(int salience, float base);
// The base radius the timeline's markers are sized from, for its font.
float timeline_marker_base(const TimelineInputs& in);

// Builds `scene` for the record, reusing its buffers.
void build_timeline(TimelineScene& scene, const TimelineInputs& in, std::span<const Rupture> ruptures,
                    std::span<const RepairAction> repairs, std::span<const SessionRef> sessions,
                    std::span<const AllianceCheck> alliance);

// The rupture whose marker is under (x, y) (region pixels), or -1.
std::ptrdiff_t rupture_at(const TimelineScene& scene, float x, float y, float slack);

} // namespace rupture_repair
