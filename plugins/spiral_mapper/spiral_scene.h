// spiral_scene.h - the map's drawing, prepared in advance: every shape the
// map draws (the curve, loops, lines to the core, markers, step numbers) as
// plain coordinates in map units, at the level of detail the zoom needs.
//
// Building it walks the whole layout (sampling curves, cutting dashes,
// shaping markers). That is too much work to redo every frame for a spiral
// of a thousand steps, so the view rebuilds the scene only when something
// it depends on changes (SceneInputs: the case, filters, replay position,
// selection, zoom) and otherwise hands the cached coordinates straight to
// the canvas, skipping whatever lies outside the view. Rebuilding reuses
// the buffers, so a steady map allocates nothing.
//
// What is left out, and when, is decided by the plain functions below
// (tested in tests/spiral_mapper/scene_tests.cpp):
//  - a dense map (more than kDenseSteps steps on show) draws the lines back
//    to the core and the theme loops only for its latest kRecentWithLines
//    steps and the selected one (the view adds the one under the mouse):
//    hundreds of curves crossing into the core cannot be read anyway;
//  - a marker never shrinks below a few pixels, and when small it drops its
//    outline, its number and most of its points;
//  - curves get as many points as their size on screen needs.
//
// No ImGui here: colours and the canvas calls stay in spiral_map_draw.cpp.
#pragma once

#include "spiral_layout.h"
#include "spiral_types.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace spiral_mapper {

// More steps than this on show make a dense map.
inline constexpr std::size_t kDenseSteps = 150;
// On a dense map, the latest this many steps on show keep their lines.
inline constexpr std::size_t kRecentWithLines = 40;

// ---- Rules --------------------------------------------------------------------

// How much of each marker to draw at `scale` pixels per map unit.
struct Detail {
    float marker_radius = 0; // map units: the layout's size, or more so it stays a few pixels wide
    bool outlines = false;   // a light ring that parts neighbouring markers
    bool numbers = false;    // step numbers beside the markers
    int circle_points = 0;   // points round a circular marker
};
inline constexpr float kMinMarkerPx = 3.0f;   // markers never get smaller on screen
inline constexpr float kDetailedMarkerPx = 5.0f; // outlines and numbers from this radius up
Detail detail_for(float scale, const LayoutParams& params = {});

// Steps on show: the first `visible` (replay) that pass the filters.
std::size_t steps_on_show(std::span<const char> shown, std::size_t visible);
bool is_dense(std::span<const char> shown, std::size_t visible);

// Per step, whether its lines to the core and its loops are drawn before
// any hover: every step on show on a normal map; on a dense one only the
// latest kRecentWithLines on show and `selected` (-1: none).
std::vector<char> steps_with_lines(std::span<const char> shown, std::size_t visible, std::ptrdiff_t selected);

// The marker of `kind` round `at` with radius r, as a closed polygon
// (x, y pairs appended to `out`). `circle_points` rounds the circle.
void marker_shape(Kind kind, Point at, float r, int circle_points, std::vector<float>& out);

// A small marker for a repair: a star of two triangles, one pointing up
// and one down, each appended to `out` as its own closed polygon. Both are
// convex, so far cheaper to fill than the concave five-pointed star, and
// at a few pixels the eye cannot tell the two stars apart.
void small_star(Point at, float r, std::vector<float>& out);

// Points along a spiral-like curve kept so that each chord stays within
// about a quarter pixel of the curve at `scale` pixels per unit (the
// distance from the centre stands for the radius of curvature, as it
// does on the spiral); the first and last points are always kept.
// Appends x, y pairs to `out`.
void thin_spiral(std::span<const Point> pts, float scale, std::vector<float>& out);

// `segments`+1 points of a quadratic curve from a via c to b, into `out`
// (cleared first).
void quadratic_into(Point a, Point c, Point b, int segments, std::vector<Point>& out);

// Dashes along a polyline: `dash` on, `gap` off, measured along it. Each
// dash is appended to `out` as one straight segment x0, y0, x1, y1 (dashes
// are short against the curve's bends, so the chord is what the eye sees).
void dash_segments(std::span<const Point> pts, float dash, float gap, std::vector<float>& out);

// ---- The scene ----------------------------------------------------------------

struct Range {
    uint32_t begin = 0, end = 0; // float indexes into Scene::xy
    std::size_t floats() const { return end - begin; }
};

// A line to the core or a loop: a polyline, or dashes (4 floats each).
struct SceneStroke {
    Range range;
    Bounds box;
    bool dashed = false;
    std::size_t step = 0;  // core lines: its step; loops: the later step
    std::size_t other = 0; // loops: the earlier step
    int ingredient = 0;    // core lines: which colour
};

struct SceneMarker {
    Range shape; // closed polygon
    Range second; // a second polygon (small stars), often empty
    Bounds box;
    std::size_t step = 0;
    Kind kind = Kind::Acceptance;
    bool shown = true; // passes the filters (otherwise drawn faded)
};

struct SceneNumber {
    Point at; // top-left of the text
    Bounds box;
    char text[24] = {};
};

// A stretch of the spiral with its box, for culling; consecutive chunks
// share their end point, so neighbouring visible chunks draw as one line.
struct SceneChunk {
    Range range;
    Bounds box;
};

// What the scene depends on. Two equal inputs give the same scene.
struct SceneInputs {
    uint64_t layout_generation = 0; // changes whenever the layout is rebuilt
    uint64_t filter_generation = 0; // changes whenever the filters change
    std::size_t visible = 0;        // replay: steps drawn
    std::ptrdiff_t selected = -1;   // step index, or -1
    float scale = 1;                // pixels per map unit
    float number_units = 10;        // height of step numbers, map units
    float digit_units = 6;          // width of one digit at that height
    bool operator==(const SceneInputs&) const = default;
};

struct Scene {
    SceneInputs inputs;
    bool built = false;
    Detail detail;
    bool dense = false;
    std::size_t on_show = 0;

    std::vector<float> xy; // every coordinate below, in map units
    std::vector<SceneChunk> curve; // the spiral up to the last visible step
    Range tail;                    // the faded "not yet" tail: dashes
    std::vector<SceneStroke> loops;
    std::vector<SceneStroke> core_lines;
    std::vector<SceneMarker> markers;
    std::vector<SceneNumber> numbers;

    // Scratch for building, kept so rebuilding does not allocate.
    std::vector<Point> scratch;
};

// Builds `scene` for `layout` of `steps` (time order) with `shown` per
// step (filters), reusing its buffers.
void build_scene(Scene& scene, const SceneInputs& in, const Layout& layout, std::span<const Step> steps,
                 std::span<const char> shown, const LayoutParams& params = {});

// True when `a` and `b` overlap (edges touching count).
bool overlaps(const Bounds& a, const Bounds& b);

} // namespace spiral_mapper
