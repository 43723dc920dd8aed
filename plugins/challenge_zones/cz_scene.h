// cz_scene.h - the zone map's drawing, prepared in advance: a per-case
// index of the plan (each challenge's placements in time order, where it
// sits now, how recently it moved) and the map's geometry in region pixels
// (bands, month lines, markers, trajectory segments with their arrowheads).
//
// Working these out walks every placement (parsing dates, sorting
// trajectories), which is far too much to redo every frame for a case of
// 300 challenges with 20 placements each. So the view rebuilds the index
// only when the plan is reloaded, and the geometry only when something it
// depends on changes (SceneInputs: the plan, the map's size, the font, the
// date, the trajectory mode); frames then hand the cached coordinates to
// the canvas. Rebuilding reuses the buffers.
//
// A dense map (trajectories "All" with more than kDenseTrails challenges
// that have placements) draws trajectories only for the kRecentTrails most
// recently placed challenges, the selected one and the one under the mouse:
// hundreds of crossing arrows cannot be read anyway, and the legend says
// what is left out. The rule is the plain function trails_before_hover(),
// tested in tests/challenge_zones/scene_tests.cpp.
//
// No ImGui here: colours and the canvas calls stay in cz_map.cpp.
#pragma once

#include "cz_types.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace challenge_zones {

enum class TrailMode : int { None = 0, Selected = 1, All = 2 };

// More challenges with placements than this make a dense map ("All").
inline constexpr std::size_t kDenseTrails = 30;
// On a dense map, the most recently placed this many keep their trajectory.
inline constexpr std::size_t kRecentTrails = 12;

// ---- The plan, indexed once per reload ---------------------------------------

struct PlanIndex {
    std::unordered_map<int64_t, std::size_t> by_id; // challenge id -> index in the plan
    // Per challenge (plan order): its placements in time order, as indexes
    // into the plan's placements, path[path_begin[i] .. path_begin[i + 1]).
    std::vector<uint32_t> path;
    std::vector<uint32_t> path_begin;
    std::vector<int> zone_now; // the latest placement's zone, or -1
    // 0 for the most recently placed challenge, 1 for the next...; -1 for
    // a challenge never placed.
    std::vector<int> recency_rank;
    std::size_t with_placements = 0;
    std::vector<int> day; // per placement: days since 1970, or INT32_MIN for a bad date
};

void build_index(PlanIndex& index, std::span<const Challenge> challenges, std::span<const Placement> placements);

// ---- Rules -------------------------------------------------------------------

bool dense_trails(TrailMode mode, std::size_t with_placements);

// Per challenge, whether its trajectory is drawn before any hover: none;
// the selected one (`selected`: plan index or -1); or all placed ones,
// except on a dense map, where only the latest kRecentTrails (by
// `recency_rank`, as in PlanIndex) and the selected one. Writes into
// `out` (resized), so a steady map allocates nothing.
void trails_before_hover(TrailMode mode, std::span<const int> recency_rank, std::ptrdiff_t selected,
                         std::vector<char>& out);

// ---- The geometry --------------------------------------------------------------

struct Pt {
    float x = 0, y = 0;
};

// Bands from top to bottom (the optimal zone, the target, gets most room).
inline constexpr std::array<Zone, kZoneCount> kBandOrder{Zone::Overwhelming, Zone::Optimal, Zone::Comfort, Zone::Nice};
inline constexpr std::size_t kLegendEntries = kAspectCount + 1; // aspects, then "from the parent"

// What the geometry depends on. Two equal inputs give the same scene.
struct SceneInputs {
    uint64_t plan_generation = 0; // changes whenever the plan is reloaded
    float width = 0, height = 0;  // the map region, pixels
    float font = 13, scale = 1;
    float now_text_w = 0;                              // width of "Now"
    std::array<float, kLegendEntries> legend_text_w{}; // widths of the legend labels
    // Measured so the axis and the band label column fit their text
    // (cz_layout.h estimates them when left at 0).
    std::array<float, 12> month_text_w{}; // "Jan" .. "Dec" at `font`
    float band_label_w = 0;               // widest band label line at font * kBandLabelFont
    int today = 0;                                     // days since 1970
    TrailMode mode = TrailMode::All;
    bool operator==(const SceneInputs&) const = default;
};

struct MonthTick {
    float x = 0;
    unsigned month = 1;   // 1..12
    bool labelled = true; // false when its name would collide (keep_axis_labels)
};

struct MapScene {
    SceneInputs inputs;
    bool built = false;

    // Region pixels throughout.
    float plot_x0 = 0, plot_x1 = 0, top = 0, bottom = 0, now_x = 0, right = 0;
    float time_x0 = 0; // where time starts: right of the band labels' column
    std::array<float, kZoneCount> y0{}, y1{}; // each zone's band
    float marker_radius = 8;
    std::vector<MonthTick> ticks;

    std::vector<char> has_marker; // per challenge: active and placed
    std::vector<Pt> marker;       // per challenge (valid where has_marker)

    // Trajectories: per challenge, segments [seg_begin[i], seg_begin[i+1])
    // of `lines` (x0, y0, x1, y1: already stopped short of the next point)
    // and `heads` (a triangle, 6 floats), and dots [dot_begin[i], ...) of
    // `dots` (x, y per past placement).
    std::vector<float> lines, heads, dots;
    std::vector<uint32_t> seg_begin, dot_begin;

    // Circles as rings of offsets from their centre (x, y pairs), worked
    // out once so frames add a centre instead of calling sin and cos for
    // hundreds of markers and dots: markers at marker_radius, trajectory
    // dots at dot_radius.
    std::vector<float> ring_marker, ring_dot;
    float dot_radius = 4;

    // Legend: each entry's top-left offset within the legend strip.
    std::array<Pt, kLegendEntries> legend_at{};
    float legend_top = 0, legend_h = 0; // legend_top is always below `bottom`
    bool dense = false;
    std::string dense_note; // the legend's line about trajectories left out (dense only)
    float dense_note_y = 0;
};

// A circle of radius `r` pixels as offsets from its centre (x, y pairs,
// not closed), with as many points as the host's canvas gives a circle of
// that size, so it looks the same.
void ring_offsets(float r, std::vector<float>& out);

// Builds `scene` for the plan, reusing its buffers.
void build_scene(MapScene& scene, const SceneInputs& in, const PlanIndex& index, std::span<const Challenge> challenges,
                 std::span<const Placement> placements);

} // namespace challenge_zones
