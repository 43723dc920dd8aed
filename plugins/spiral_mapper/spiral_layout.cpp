// spiral_layout.cpp - spiral geometry: positions, the curve, loops, lines
// back to the core, bounds and fitting.
//
// Why no two markers overlap (for any number of steps): positions are
// polar (angle a, radius r), and r never decreases along the spiral.
//  - Steps a turn or more apart: r grew by at least turn_gap per turn, and
//    the distance between two points is at least their difference in
//    radius; turn_gap >= clearance.
//  - Steps less than half a turn apart: the angle between consecutive
//    steps is chosen so that their chord at the inner radius is `spacing`;
//    any later step within half a turn is further round, and r only grows,
//    so its distance is at least that chord.
//  - Between half a turn and a turn: r grew by at least turn_gap / 2 for
//    the angle alone, and the points are on opposite sides of the centre
//    (or nearly), which adds far more. The tests check all pairs anyway.
#include "spiral_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace spiral_mapper {
namespace {

constexpr float kTwoPi = 6.28318530718f;

Point polar(float angle, float radius) { return Point{radius * std::cos(angle), radius * std::sin(angle)}; }

// The angle step that puts the next step `spacing` away (chord) at radius r.
float angle_step(float r, float spacing) {
    const float half = std::min(1.0f, spacing / (2.0f * std::max(r, 1.0f)));
    return 2.0f * std::asin(half);
}

} // namespace

void Bounds::include(Point p, float pad) {
    min_x = std::min(min_x, p.x - pad);
    min_y = std::min(min_y, p.y - pad);
    max_x = std::max(max_x, p.x + pad);
    max_y = std::max(max_y, p.y + pad);
}

float distance(Point a, Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

float expansion_increment(Expansion e, const LayoutParams& p) {
    switch (e) {
    case Expansion::None: return 0;
    case Expansion::Some: return p.expansion_some;
    case Expansion::Much: return p.expansion_much;
    }
    return 0;
}

Point ingredient_anchor(int ingredient, const LayoutParams& p) {
    // Help at the top left, challenge at the top right, possibility below:
    // evenly round the rim so their lines fan out.
    const float angle = -2.6179939f + static_cast<float>(ingredient) * (kTwoPi / 3.0f);
    return polar(angle, p.core_radius);
}

std::vector<Point> quadratic_points(Point a, Point c, Point b, int segments) {
    segments = std::max(segments, 1);
    std::vector<Point> pts;
    pts.reserve(static_cast<std::size_t>(segments) + 1);
    for (int i = 0; i <= segments; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(segments);
        const float u = 1 - t;
        pts.push_back(Point{u * u * a.x + 2 * u * t * c.x + t * t * b.x, u * u * a.y + 2 * u * t * c.y + t * t * b.y});
    }
    return pts;
}

Layout layout_spiral(std::span<const Step> steps, const LayoutParams& p) {
    Layout out;
    out.steps.reserve(steps.size());

    // ---- Positions: walk the spiral step by step --------------------------
    float angle = p.start_angle;
    float turn_radius = p.start_radius; // radius from turns alone
    float expansion = 0;                // cumulative expansion so far
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (i > 0) {
            const float prev_r = out.steps.back().radius;
            // Inner turns hold few steps so the spiral reads as a spiral;
            // each turn out may hold a few more (never closer than spacing).
            const int turn = static_cast<int>((angle - p.start_angle) / kTwoPi);
            const float roomy = kTwoPi / static_cast<float>(p.first_turn_steps + p.extra_steps_per_turn * turn);
            const float da = std::max(angle_step(prev_r, p.spacing), roomy);
            angle += da;
            turn_radius += p.turn_gap * da / kTwoPi;
        }
        // This step's own expansion moves it (and everything after) out.
        expansion += expansion_increment(steps[i].expansion, p);
        PlacedStep s;
        s.angle = angle;
        s.expansion = expansion;
        s.radius = turn_radius + expansion;
        s.pos = polar(s.angle, s.radius);
        out.steps.push_back(s);
    }

    // ---- The curve: from the core's rim, through each step, then a tail ---
    // Between two steps angle and radius change linearly, so the radius
    // never decreases along the curve. A point every 6 units near the
    // core; on wide outer turns one every 1/256 of a turn is already far
    // smoother than any zoom shows (the chord strays r * 7.5e-5 from the
    // arc), and keeps a 1,000-step spiral to a few thousand points.
    auto add_arc = [&](float a0, float r0, float a1, float r1) {
        const float mid_r = std::max((r0 + r1) / 2, 1.0f);
        const float by_length = (a1 - a0) * mid_r / 6.0f, by_angle = (a1 - a0) * 256.0f / kTwoPi;
        const int n = std::max(2, static_cast<int>(std::ceil(std::min(by_length, by_angle))));
        for (int k = 1; k <= n; ++k) {
            const float t = static_cast<float>(k) / static_cast<float>(n);
            out.curve.push_back(polar(a0 + (a1 - a0) * t, r0 + (r1 - r0) * t));
        }
    };
    const float lead = 1.6f; // radians of curve between the core and step 1
    const float first_angle = steps.empty() ? p.start_angle : out.steps.front().angle;
    const float first_radius = steps.empty() ? p.start_radius : out.steps.front().radius;
    out.curve.push_back(polar(first_angle - lead, p.core_radius + 4));
    add_arc(first_angle - lead, p.core_radius + 4, first_angle, first_radius);
    for (std::size_t i = 0; i < out.steps.size(); ++i) {
        if (i > 0) {
            const PlacedStep& a = out.steps[i - 1];
            add_arc(a.angle, a.radius, out.steps[i].angle, out.steps[i].radius);
        }
        out.steps[i].curve_index = out.curve.size() - 1;
    }
    // The tail: partnership-building is never finished.
    const float tail = 1.4f;
    const float last_angle = steps.empty() ? first_angle : out.steps.back().angle;
    const float last_radius = steps.empty() ? first_radius : out.steps.back().radius;
    add_arc(last_angle, last_radius, last_angle + tail, last_radius + p.turn_gap * tail / kTwoPi);

    // ---- Theme loops: consecutive steps that share a theme ----------------
    std::map<std::string, std::size_t> last_with_theme;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const std::string key = theme_key(steps[i].theme);
        if (key.empty()) continue;
        auto it = last_with_theme.find(key);
        if (it != last_with_theme.end()) {
            const Point a = out.steps[it->second].pos, b = out.steps[i].pos;
            // Bow the link outward, away from the centre, so it reads as a
            // loop around the spiral rather than a chord through it.
            const Point mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
            const float mid_len = std::max(std::hypot(mid.x, mid.y), 1.0f);
            const float bow = 0.35f * distance(a, b) + 12.0f;
            out.links.push_back(ThemeLink{it->second, i, Point{mid.x + mid.x / mid_len * bow, mid.y + mid.y / mid_len * bow}});
        }
        last_with_theme[key] = i;
    }

    // ---- Lines back to the core ------------------------------------------
    for (std::size_t i = 0; i < steps.size(); ++i) {
        for (int g = 0; g < kIngredientCount; ++g) {
            const Effect e = steps[i].effects[static_cast<std::size_t>(g)];
            if (e == Effect::Unchanged) continue;
            CoreLine line;
            line.step = i;
            line.ingredient = g;
            line.strained = (e == Effect::Strained);
            line.from = out.steps[i].pos;
            line.to = ingredient_anchor(g, p);
            // Curve against the spiral's direction of travel: a line that
            // "curves back" to the centre, as on the worksheet.
            const Point d{line.to.x - line.from.x, line.to.y - line.from.y};
            const Point mid{(line.from.x + line.to.x) / 2, (line.from.y + line.to.y) / 2};
            line.control = Point{mid.x + 0.22f * d.y, mid.y - 0.22f * d.x};
            out.core_lines.push_back(line);
        }
    }
    return out;
}

Bounds content_bounds(const Layout& layout, std::size_t visible, const LayoutParams& p) {
    // The core and its ingredient labels are always shown.
    const float core_pad = p.core_radius + 46;
    Bounds b{-core_pad, -core_pad, core_pad, core_pad};
    visible = std::min(visible, layout.steps.size());
    for (std::size_t i = 0; i < visible; ++i) b.include(layout.steps[i].pos, p.marker_radius + 26); // room for its number
    // The spiral reaches a little past the last visible step (its tail
    // fades out; about 70 units of it are worth keeping in view).
    if (visible > 0) {
        float length = 0;
        for (std::size_t k = layout.steps[visible - 1].curve_index; k < layout.curve.size() && length < 70.0f; ++k) {
            b.include(layout.curve[k], 4);
            if (k + 1 < layout.curve.size()) length += distance(layout.curve[k], layout.curve[k + 1]);
        }
    }
    return b;
}

ViewFit fit_to_view(const Bounds& bounds, float view_w, float view_h) {
    ViewFit fit;
    const float w = std::max(bounds.width(), 1.0f), h = std::max(bounds.height(), 1.0f);
    fit.scale = std::max(1e-4f, std::min(view_w / w, view_h / h));
    const float cx = (bounds.min_x + bounds.max_x) / 2, cy = (bounds.min_y + bounds.max_y) / 2;
    fit.offset_x = view_w / 2 - cx * fit.scale;
    fit.offset_y = view_h / 2 - cy * fit.scale;
    return fit;
}

} // namespace spiral_mapper
