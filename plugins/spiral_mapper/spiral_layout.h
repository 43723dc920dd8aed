// spiral_layout.h - where each step sits on the spiral, as plain geometry.
//
// The spiral starts at the core and winds outward. Steps sit along it in
// time order, a fixed spacing apart along the curve; the radius grows with
// every turn and, on top of that, with the cumulative expansion of the steps
// so far (none/some/much add different amounts), so a partnership that
// opened many possibilities reaches further out than one with the same
// number of steps that did not. A step's position depends only on the steps
// before it: replaying the spiral grows it without moving what is there.
//
// Units are "map units": the view scales them to pixels. Everything here
// is deterministic and tested in tests/spiral_mapper/layout_tests.cpp.
#pragma once

#include "spiral_types.h"

#include <cstddef>
#include <span>
#include <vector>

namespace spiral_mapper {

struct Point {
    float x = 0, y = 0;
};

struct LayoutParams {
    float core_radius = 76;   // the safe space disc
    float start_radius = 132; // radius of the first step
    float marker_radius = 11; // markers are drawn inside this radius
    float min_gap = 4;        // space kept free between two markers
    // Distance between consecutive steps (chord). At least two markers
    // plus the gap; larger spreads the steps for reading on a projector.
    float spacing = 54;
    // Radius gained per full turn, on top of expansion. At least twice the
    // marker clearance, so steps a turn apart never touch (see the .cpp).
    float turn_gap = 54;
    // The first turn holds at most this many steps, each later turn a few
    // more, so a short spiral still winds (spacing still applies).
    int first_turn_steps = 8;
    int extra_steps_per_turn = 4;
    float expansion_some = 7;  // radius added by a step that opened some possibility
    float expansion_much = 16; // ... and by one that opened much
    float start_angle = -1.5707964f; // the first step sits at the top
};

struct PlacedStep {
    Point pos;
    float angle = 0;  // unwrapped: grows along the spiral
    float radius = 0;
    float expansion = 0; // cumulative expansion offset included in radius
    std::size_t curve_index = 0; // index of this step's point in Layout::curve
};

// Two steps with the same theme, joined in time order (a loop).
struct ThemeLink {
    std::size_t from = 0, to = 0; // step indexes, from < to
    Point control;                // quadratic curve control point
};

// A step's line back to the core for one ingredient it changed.
struct CoreLine {
    std::size_t step = 0;
    int ingredient = Help;
    bool strained = false; // false: strengthened
    Point from, control, to;
};

struct Bounds {
    float min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    float width() const { return max_x - min_x; }
    float height() const { return max_y - min_y; }
    void include(Point p, float pad = 0);
};

struct Layout {
    std::vector<PlacedStep> steps; // same order as the input (time order)
    // The spiral polyline from the core's edge through every step; the
    // points after the last step's curve_index are the faded "not yet" tail.
    std::vector<Point> curve;
    std::vector<ThemeLink> links;
    std::vector<CoreLine> core_lines;
};

// Lays out `steps`, which must already be in time order (sort_by_time).
Layout layout_spiral(std::span<const Step> steps, const LayoutParams& params = {});

// Where each ingredient sits on the core's rim.
Point ingredient_anchor(int ingredient, const LayoutParams& params = {});

// The radius a step adds by its expansion.
float expansion_increment(Expansion e, const LayoutParams& params = {});

// Everything drawn for the first `visible` steps (the core and its labels
// included), padded so markers and labels are not cut off.
Bounds content_bounds(const Layout& layout, std::size_t visible, const LayoutParams& params = {});

// Scale and offset that show `bounds` centred in a w x h view:
// pixel = map * scale + offset.
struct ViewFit {
    float scale = 1, offset_x = 0, offset_y = 0;
};
ViewFit fit_to_view(const Bounds& bounds, float view_w, float view_h);

// `segments`+1 points along a quadratic curve from a via control c to b.
std::vector<Point> quadratic_points(Point a, Point c, Point b, int segments);

float distance(Point a, Point b);

} // namespace spiral_mapper
