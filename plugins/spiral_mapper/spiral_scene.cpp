// spiral_scene.cpp - building the map's cached drawing: level-of-detail
// rules, curve sampling, dashes, marker shapes and the scene itself.
#include "spiral_scene.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

namespace spiral_mapper {
namespace {

constexpr float kPi = 3.14159265f;

// Dash patterns and widths are chosen in screen pixels, so a zoomed-out map
// does not turn every dotted line into thousands of dots.
constexpr float kTailDashPx = 6, kTailGapPx = 7;
constexpr float kLoopDashPx = 2, kLoopGapPx = 4;
constexpr float kStrainDashPx = 7, kStrainGapPx = 5;
constexpr std::size_t kChunkPoints = 64; // spiral points per culling box

Bounds box_of(const std::vector<float>& xy, std::size_t begin, std::size_t end, float pad) {
    const float inf = std::numeric_limits<float>::max();
    Bounds b{inf, inf, -inf, -inf};
    for (std::size_t i = begin; i + 1 < end; i += 2) b.include(Point{xy[i], xy[i + 1]}, pad);
    if (begin >= end) b = Bounds{};
    return b;
}

Range range_from(std::size_t begin, std::size_t end) {
    return Range{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

// Curves get about one segment per 10 pixels: smooth, and cheap when small.
int segments_for(float length_units, float scale) {
    return std::clamp(static_cast<int>(length_units * scale / 10.0f), 3, 28);
}

} // namespace

// ---- Rules ----------------------------------------------------------------------

Detail detail_for(float scale, const LayoutParams& p) {
    Detail d;
    scale = std::max(scale, 1e-4f);
    const float natural_px = p.marker_radius * scale;
    d.marker_radius = std::max(p.marker_radius, kMinMarkerPx / scale);
    d.outlines = natural_px >= kDetailedMarkerPx;
    d.numbers = natural_px >= kDetailedMarkerPx;
    // About one point per 2.5 pixels of rim, never fewer than a hexagon.
    const float rim_px = 2 * kPi * d.marker_radius * scale;
    d.circle_points = std::clamp(static_cast<int>(rim_px / 2.5f) & ~1, 8, 28);
    return d;
}

std::size_t steps_on_show(std::span<const char> shown, std::size_t visible) {
    visible = std::min(visible, shown.size());
    return static_cast<std::size_t>(std::count_if(shown.begin(), shown.begin() + static_cast<std::ptrdiff_t>(visible),
                                                  [](char c) { return c != 0; }));
}

bool is_dense(std::span<const char> shown, std::size_t visible) { return steps_on_show(shown, visible) > kDenseSteps; }

std::vector<char> steps_with_lines(std::span<const char> shown, std::size_t visible, std::ptrdiff_t selected) {
    visible = std::min(visible, shown.size());
    std::vector<char> with(shown.size(), 0);
    const bool dense = is_dense(shown, visible);
    std::size_t recent = 0;
    // Walk back from the latest step: the most recent ones keep their lines.
    for (std::size_t i = visible; i-- > 0;) {
        if (!shown[i]) continue;
        if (!dense || recent < kRecentWithLines) with[i] = 1;
        ++recent;
    }
    if (selected >= 0 && static_cast<std::size_t>(selected) < visible && shown[static_cast<std::size_t>(selected)])
        with[static_cast<std::size_t>(selected)] = 1;
    return with;
}

void marker_shape(Kind kind, Point at, float r, int circle_points, std::vector<float>& xy) {
    auto ring = [&](int n, float r0, float r1, float start) {
        for (int i = 0; i < n; ++i) {
            const float a = start + static_cast<float>(i) * 2 * kPi / static_cast<float>(n);
            const float rr = (i % 2 == 0) ? r0 : r1;
            xy.push_back(at.x + rr * std::cos(a));
            xy.push_back(at.y + rr * std::sin(a));
        }
    };
    switch (kind) {
    case Kind::Acceptance: ring(std::max(circle_points, 6), r * 0.92f, r * 0.92f, 0); break; // circle
    case Kind::ValueThemselves: ring(4, r * 1.05f, r * 1.05f, kPi / 4); break;               // square
    case Kind::Subtle:                                                                        // triangle
        for (int i = 0; i < 3; ++i) {
            const float a = -kPi / 2 + static_cast<float>(i) * 2 * kPi / 3;
            xy.push_back(at.x + r * 1.2f * std::cos(a));
            xy.push_back(at.y + 0.15f * r + r * 1.2f * std::sin(a));
        }
        break;
    case Kind::Obvious: ring(4, r * 1.22f, r * 1.22f, -kPi / 2); break;  // diamond
    case Kind::Repair: ring(10, r * 1.25f, r * 0.58f, -kPi / 2); break;  // star
    }
}

void small_star(Point at, float r, std::vector<float>& out) {
    for (float start : {-kPi / 2, kPi / 2})
        for (int i = 0; i < 3; ++i) {
            const float a = start + static_cast<float>(i) * 2 * kPi / 3;
            out.push_back(at.x + r * 1.2f * std::cos(a));
            out.push_back(at.y + r * 1.2f * std::sin(a));
        }
}

void thin_spiral(std::span<const Point> pts, float scale, std::vector<float>& out) {
    if (pts.empty()) return;
    scale = std::max(scale, 1e-4f);
    Point last = pts.front();
    out.insert(out.end(), {last.x, last.y});
    for (std::size_t i = 1; i + 1 < pts.size(); ++i) {
        const Point q = pts[i];
        // A chord of length s on a bend of radius R strays s^2 / (8R) from
        // it: s <= sqrt(1.6R) pixels keeps that to a fifth of a pixel (a
        // margin under the quarter promised, as R grows along the chord).
        const float r_px = std::hypot(q.x, q.y) * scale;
        const float keep_px = std::clamp(std::sqrt(1.6f * r_px), 2.0f, 24.0f);
        // The next point would take the chord past that: keep this one.
        const Point next = pts[i + 1];
        if (distance(last, next) * scale > keep_px) {
            out.insert(out.end(), {q.x, q.y});
            last = q;
        }
    }
    if (pts.size() > 1) out.insert(out.end(), {pts.back().x, pts.back().y});
}

void quadratic_into(Point a, Point c, Point b, int segments, std::vector<Point>& out) {
    out.clear();
    segments = std::max(segments, 1);
    for (int i = 0; i <= segments; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(segments);
        const float u = 1 - t;
        out.push_back(Point{u * u * a.x + 2 * u * t * c.x + t * t * b.x, u * u * a.y + 2 * u * t * c.y + t * t * b.y});
    }
}

void dash_segments(std::span<const Point> pts, float dash, float gap, std::vector<float>& out) {
    if (dash <= 0 || gap < 0) return;
    bool on = true;
    float left = dash;
    Point start{};
    bool started = false;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        Point a = pts[i - 1];
        const Point b = pts[i];
        float seg = distance(a, b);
        while (seg > 0) {
            const float take = std::min(seg, left);
            const float t = take / seg;
            const Point m{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
            if (on && !started) {
                start = a;
                started = true;
            }
            seg -= take;
            left -= take;
            a = m;
            if (left <= 0) {
                if (on) out.insert(out.end(), {start.x, start.y, m.x, m.y});
                started = false;
                on = !on;
                left = on ? dash : gap;
            }
        }
    }
    // A dash cut short by the end of the line still shows.
    if (on && started && pts.size() > 1) out.insert(out.end(), {start.x, start.y, pts.back().x, pts.back().y});
}

bool overlaps(const Bounds& a, const Bounds& b) {
    return a.min_x <= b.max_x && b.min_x <= a.max_x && a.min_y <= b.max_y && b.min_y <= a.max_y;
}

// ---- The scene ------------------------------------------------------------------

void build_scene(Scene& scene, const SceneInputs& in, const Layout& layout, std::span<const Step> steps,
                 std::span<const char> shown, const LayoutParams& p) {
    scene.inputs = in;
    scene.built = true;
    scene.xy.clear();
    scene.curve.clear();
    scene.loops.clear();
    scene.core_lines.clear();
    scene.markers.clear();
    scene.numbers.clear();

    const float scale = std::max(in.scale, 1e-4f);
    const float px = 1.0f / scale; // one pixel in map units
    const std::size_t n = std::min({layout.steps.size(), steps.size(), shown.size()});
    const std::size_t visible = std::min(in.visible, n);
    scene.detail = detail_for(scale, p);
    scene.on_show = steps_on_show(shown.first(n), visible);
    scene.dense = scene.on_show > kDenseSteps;
    std::vector<float>& xy = scene.xy;

    // ---- The spiral up to the last visible step, in culling chunks ----------
    if (!layout.curve.empty()) {
        const std::size_t end = visible > 0 ? layout.steps[visible - 1].curve_index + 1 : 1;
        const std::size_t begin = xy.size();
        thin_spiral(std::span<const Point>(layout.curve).first(std::min(end, layout.curve.size())), scale, xy);
        const std::size_t floats = xy.size() - begin;
        for (std::size_t c = 0; c + 2 < floats || (c == 0 && floats > 0); c += 2 * kChunkPoints) {
            // Each chunk ends on the next one's first point.
            const std::size_t b = begin + c, e = std::min(begin + floats, b + 2 * kChunkPoints + 2);
            scene.curve.push_back(SceneChunk{range_from(b, e), box_of(xy, b, e, 4)});
        }
        // The tail: partnership-building is never finished. About 150
        // units of it, however finely the layout sampled the curve.
        std::size_t tail_end = std::min(end, layout.curve.size());
        for (float length = 0; tail_end < layout.curve.size() && length < 150.0f; ++tail_end)
            length += distance(layout.curve[tail_end - 1], layout.curve[tail_end]);
        const std::size_t t0 = xy.size();
        if (end >= 1 && tail_end > end)
            dash_segments(std::span<const Point>(layout.curve).subspan(end - 1, tail_end - (end - 1)), kTailDashPx * px,
                          kTailGapPx * px, xy);
        scene.tail = range_from(t0, xy.size());
    }

    // ---- Which steps keep their lines --------------------------------------
    const std::vector<char> with_lines = steps_with_lines(shown.first(n), visible, in.selected);

    // ---- Loops: steps that met the same theme again ------------------------
    for (const ThemeLink& link : layout.links) {
        if (link.to >= visible || !shown[link.from] || !shown[link.to]) continue;
        if (!with_lines[link.from] && !with_lines[link.to]) continue;
        const Point a = layout.steps[link.from].pos, b = layout.steps[link.to].pos;
        quadratic_into(a, link.control, b, segments_for(distance(a, b), scale), scene.scratch);
        const std::size_t s0 = xy.size();
        dash_segments(scene.scratch, kLoopDashPx * px, kLoopGapPx * px, xy); // dotted: quiet until hovered
        SceneStroke st;
        st.range = range_from(s0, xy.size());
        st.box = box_of(xy, s0, xy.size(), 2 * px);
        st.dashed = true;
        st.step = link.to;
        st.other = link.from;
        scene.loops.push_back(st);
    }

    // ---- Lines back to the core --------------------------------------------
    for (const CoreLine& line : layout.core_lines) {
        if (line.step >= visible || !shown[line.step] || !with_lines[line.step]) continue;
        quadratic_into(line.from, line.control, line.to, segments_for(distance(line.from, line.to), scale), scene.scratch);
        const std::size_t s0 = xy.size();
        if (line.strained) {
            dash_segments(scene.scratch, kStrainDashPx * px, kStrainGapPx * px, xy);
        } else {
            for (const Point& q : scene.scratch) xy.insert(xy.end(), {q.x, q.y});
        }
        SceneStroke st;
        st.range = range_from(s0, xy.size());
        st.box = box_of(xy, s0, xy.size(), 2 * px);
        st.dashed = line.strained;
        st.step = line.step;
        st.ingredient = line.ingredient;
        scene.core_lines.push_back(st);
    }

    // ---- Markers and their numbers -----------------------------------------
    const float r = scene.detail.marker_radius * 0.86f;
    for (std::size_t i = 0; i < visible; ++i) {
        const PlacedStep& at = layout.steps[i];
        const std::size_t s0 = xy.size();
        SceneMarker m;
        if (steps[i].kind == Kind::Repair && !scene.detail.outlines) {
            small_star(at.pos, r, xy);
            m.shape = range_from(s0, s0 + 6);
            m.second = range_from(s0 + 6, xy.size());
        } else {
            marker_shape(steps[i].kind, at.pos, r, scene.detail.circle_points, xy);
            m.shape = range_from(s0, xy.size());
        }
        m.box = box_of(xy, s0, xy.size(), 8 * px + (scene.detail.outlines ? 3 : 0));
        m.step = i;
        m.kind = steps[i].kind;
        m.shown = shown[i] != 0;
        scene.markers.push_back(m);
        // The step's number, just outside the spiral, for telling the story.
        if (m.shown && scene.detail.numbers) {
            SceneNumber num;
            std::snprintf(num.text, sizeof num.text, "%zu", i + 1);
            const float len = std::max(at.radius, 1.0f);
            const float w = in.digit_units * static_cast<float>(std::strlen(num.text));
            num.at = Point{at.pos.x + at.pos.x / len * (r + 12) - w / 2, at.pos.y + at.pos.y / len * (r + 12) - in.number_units * 0.55f};
            num.box = Bounds{num.at.x, num.at.y, num.at.x + w, num.at.y + in.number_units * 1.2f};
            scene.numbers.push_back(num);
        }
    }
}

} // namespace spiral_mapper
