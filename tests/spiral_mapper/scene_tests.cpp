// scene_tests.cpp - the map's cached drawing and its level-of-detail rules
// as plain numbers: which steps keep their lines on a busy map, how big a
// marker stays when zoomed out, how finely curves are sampled, dashes, and
// that the scene draws what the layout says (and nothing twice).
#include "spiral_scene.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace spiral_mapper;

namespace {

std::vector<Step> many_steps(std::size_t n) {
    std::vector<Step> steps;
    const char* themes[] = {"", "sleep", "feeding", "money"};
    for (std::size_t i = 0; i < n; ++i) {
        Step s;
        s.id = static_cast<int64_t>(i + 1);
        s.kind = static_cast<Kind>(i % kKindCount);
        s.theme = themes[i % 4];
        s.effects = {Effect::Strengthened, i % 2 ? Effect::Strained : Effect::Unchanged, Effect::Unchanged};
        s.expansion = static_cast<Expansion>(i % 3);
        steps.push_back(s);
    }
    return steps;
}

std::size_t count(const std::vector<char>& v) { return static_cast<std::size_t>(std::count(v.begin(), v.end(), 1)); }

// The largest distance from any point of the arc of radius r (between the
// angles of a and b) to the chord a-b, approximately.
float chord_error(Point a, Point b) {
    const float r = std::hypot(a.x, a.y);
    const float half = distance(a, b) / 2;
    return r - std::sqrt(std::max(0.0f, r * r - half * half));
}

} // namespace

TEST_CASE("a normal map draws every step's lines; a busy one only the latest few, plus the selected step") {
    // Up to the threshold: every step on show keeps its lines.
    std::vector<char> shown(kDenseSteps, 1);
    CHECK_FALSE(is_dense(shown, shown.size()));
    CHECK(count(steps_with_lines(shown, shown.size(), -1)) == kDenseSteps);

    // One more and the map is busy: the latest kRecentWithLines keep them.
    shown.assign(1000, 1);
    CHECK(is_dense(shown, 1000));
    std::vector<char> with = steps_with_lines(shown, 1000, -1);
    CHECK(count(with) == kRecentWithLines);
    for (std::size_t i = 0; i < 1000; ++i) CHECK(with[i] == (i >= 1000 - kRecentWithLines ? 1 : 0));

    // The selected step keeps its lines wherever it is.
    with = steps_with_lines(shown, 1000, 3);
    CHECK(with[3] == 1);
    CHECK(count(with) == kRecentWithLines + 1);

    // Replay: "latest" means the latest drawn, and nothing after it.
    with = steps_with_lines(shown, 400, -1);
    CHECK(count(with) == kRecentWithLines);
    CHECK(with[399] == 1);
    CHECK(with[400] == 0);
    CHECK(with[400 - kRecentWithLines] == 1);
    CHECK(with[400 - kRecentWithLines - 1] == 0);
    // A selected step not yet reached by the replay draws nothing.
    CHECK(steps_with_lines(shown, 400, 700)[700] == 0);
}

TEST_CASE("filters decide what counts as busy, and faded steps never get lines") {
    std::vector<char> shown(1000, 0);
    for (std::size_t i = 0; i < 1000; i += 10) shown[i] = 1; // 100 on show
    CHECK(steps_on_show(shown, 1000) == 100);
    CHECK_FALSE(is_dense(shown, 1000));
    std::vector<char> with = steps_with_lines(shown, 1000, 5); // 5 is faded
    CHECK(count(with) == 100);
    CHECK(with[5] == 0);
    for (std::size_t i = 0; i < 1000; ++i) CHECK(with[i] == shown[i]);

    // Busy with filters on: the latest kRecentWithLines of those on show.
    for (std::size_t i = 0; i < 1000; i += 2) shown[i] = 1; // 500 on show
    with = steps_with_lines(shown, 1000, -1);
    CHECK(count(with) == kRecentWithLines);
    CHECK(with[998] == 1);
    CHECK(with[999] == 0);
    CHECK(with[1000 - 2 * kRecentWithLines] == 1);
    CHECK(with[1000 - 2 * kRecentWithLines - 2] == 0);
}

TEST_CASE("markers keep their drawn size close up and never shrink below a few pixels far out") {
    const LayoutParams p;
    const Detail close = detail_for(1.5f, p);
    CHECK(close.marker_radius == doctest::Approx(p.marker_radius));
    CHECK(close.outlines);
    CHECK(close.numbers);
    CHECK(close.circle_points == 28);

    for (float scale : {0.3f, 0.1f, 0.05f, 0.01f}) {
        const Detail far = detail_for(scale, p);
        CAPTURE(scale);
        CHECK(far.marker_radius * scale >= kMinMarkerPx - 1e-3f);
        CHECK(far.marker_radius >= p.marker_radius);
        CHECK_FALSE(far.numbers); // a number beside a dot is clutter
        CHECK(far.circle_points >= 8);
        CHECK(far.circle_points < 28);
    }
    // Numbers and outlines come and go at the same size.
    const float at = kDetailedMarkerPx / p.marker_radius;
    CHECK(detail_for(at * 1.01f, p).numbers);
    CHECK_FALSE(detail_for(at * 0.99f, p).numbers);
}

TEST_CASE("each marker shape is a closed polygon of its own, inside the marker's reach") {
    std::vector<std::size_t> sizes;
    for (int k = 0; k < kKindCount; ++k) {
        std::vector<float> xy;
        marker_shape(static_cast<Kind>(k), Point{100, -50}, 10, 12, xy);
        REQUIRE(xy.size() % 2 == 0);
        CHECK(xy.size() >= 6);
        for (std::size_t i = 0; i < xy.size(); i += 2) CHECK(distance(Point{xy[i], xy[i + 1]}, Point{100, -50}) <= 13.0f);
        sizes.push_back(xy.size());
    }
    // Circle, square, triangle, diamond, star: the star is not a square.
    CHECK(sizes[0] == 24);
    CHECK(sizes[1] == 8);
    CHECK(sizes[2] == 6);
    CHECK(sizes[3] == 8);
    CHECK(sizes[4] == 20);
}

TEST_CASE("a small star is two triangles round the marker, one pointing up and one down") {
    std::vector<float> xy;
    small_star(Point{10, 20}, 5, xy);
    REQUIRE(xy.size() == 12);
    for (std::size_t i = 0; i < xy.size(); i += 2) CHECK(distance(Point{xy[i], xy[i + 1]}, Point{10, 20}) == doctest::Approx(6.0f));
    CHECK(xy[1] == doctest::Approx(14.0f)); // the first tip points up
    CHECK(xy[7] == doctest::Approx(26.0f)); // the second triangle's, down
}

TEST_CASE("the spiral is thinned for the screen, staying within a quarter pixel and keeping its ends") {
    const Layout big = layout_spiral(many_steps(1000)), demo = layout_spiral(many_steps(25));
    // 1,000 steps from "fit" to the closest zoom; the demo's size likewise.
    const std::pair<const Layout*, float> cases[] = {{&big, 0.05f}, {&big, 0.48f}, {&demo, 1.3f}, {&demo, 10.0f}};
    for (auto [l, scale] : cases) {
        CAPTURE(scale);
        CAPTURE(l->steps.size());
        auto worst_error = [&](const std::vector<float>& xy) {
            float worst = 0;
            for (std::size_t i = 2; i + 1 < xy.size(); i += 2)
                worst = std::max(worst, chord_error(Point{xy[i - 2], xy[i - 1]}, Point{xy[i], xy[i + 1]}) * scale);
            return worst;
        };
        std::vector<float> all, xy;
        for (const Point& q : l->curve) all.insert(all.end(), {q.x, q.y});
        thin_spiral(l->curve, scale, xy);
        REQUIRE(xy.size() >= 4);
        CHECK(xy.size() <= all.size());
        CHECK(xy[0] == l->curve.front().x);
        CHECK(xy[1] == l->curve.front().y);
        CHECK(xy[xy.size() - 2] == l->curve.back().x);
        CHECK(xy[xy.size() - 1] == l->curve.back().y);
        // Thinning adds no error anyone could see.
        CHECK(worst_error(xy) < std::max(0.3f, worst_error(all) + 0.05f));
    }
    // Far out, most points go: a whole 1,000-step spiral in a few thousand.
    std::vector<float> far;
    thin_spiral(big.curve, 0.06f, far);
    CHECK(far.size() / 2 < big.curve.size() / 2);
    CHECK(far.size() / 2 < 3000);
}

TEST_CASE("dashes follow the line: dash on, gap off, and the last one cut short") {
    std::vector<float> out;
    dash_segments(std::vector<Point>{{0, 0}, {25, 0}}, 4, 6, out);
    // 0-4, 10-14, 20-24: three dashes of four.
    REQUIRE(out.size() == 12);
    CHECK(out[0] == doctest::Approx(0));
    CHECK(out[2] == doctest::Approx(4));
    CHECK(out[4] == doctest::Approx(10));
    CHECK(out[10] == doctest::Approx(24));
    out.clear();
    dash_segments(std::vector<Point>{{0, 0}, {10, 0}, {10, 12}}, 12, 3, out);
    // A dash round the corner becomes its chord (0,0)-(10,2); after the gap
    // the last dash, (10,5)-(10,12), is cut short by the end.
    REQUIRE(out.size() == 8);
    CHECK(out[2] == doctest::Approx(10));
    CHECK(out[3] == doctest::Approx(2));
    CHECK(out[5] == doctest::Approx(5));
    CHECK(out[7] == doctest::Approx(12));
    out.clear();
    dash_segments(std::vector<Point>{{0, 0}, {1, 0}}, 0, 3, out); // nonsense pattern: nothing
    CHECK(out.empty());
}

TEST_CASE("the scene draws what the layout says: every visible marker once, lines only where the rules allow") {
    const LayoutParams p;
    const std::vector<Step> steps = many_steps(1000);
    const Layout l = layout_spiral(steps, p);
    std::vector<char> shown(steps.size(), 1);
    SceneInputs in;
    in.layout_generation = 1;
    in.visible = steps.size();
    in.scale = 0.06f; // about "fit" for 1,000 steps in a window
    Scene scene;
    build_scene(scene, in, l, steps, shown, p);
    CHECK(scene.dense);
    REQUIRE(scene.markers.size() == 1000);
    for (std::size_t i = 0; i < scene.markers.size(); ++i) {
        CHECK(scene.markers[i].step == i);
        // Each marker sits on its step, inside its own box.
        const SceneMarker& m = scene.markers[i];
        CHECK(l.steps[i].pos.x >= m.box.min_x);
        CHECK(l.steps[i].pos.x <= m.box.max_x);
        CHECK(m.shape.floats() >= 6);
        // Small repairs are a star of two triangles (cheap to fill); every
        // other marker is one polygon.
        if (m.kind == Kind::Repair) {
            CHECK(m.shape.floats() == 6);
            CHECK(m.second.floats() == 6);
        } else {
            CHECK(m.second.floats() == 0);
        }
    }
    CHECK(scene.numbers.empty()); // too small for numbers
    // Lines to the core only for the latest kRecentWithLines steps.
    for (const SceneStroke& s : scene.core_lines) CHECK(s.step >= 1000 - kRecentWithLines);
    std::size_t expected_lines = 0;
    for (const CoreLine& c : l.core_lines) expected_lines += c.step >= 1000 - kRecentWithLines ? 1 : 0;
    CHECK(scene.core_lines.size() == expected_lines);
    for (const SceneStroke& s : scene.loops) CHECK(s.step >= 1000 - kRecentWithLines);
    CHECK_FALSE(scene.loops.empty());
    // The curve chunks join up into one run ending at the last step.
    REQUIRE_FALSE(scene.curve.empty());
    for (std::size_t c = 1; c < scene.curve.size(); ++c) CHECK(scene.curve[c].range.begin + 2 == scene.curve[c - 1].range.end);
    const Point last = l.steps.back().pos;
    const Range end = scene.curve.back().range;
    CHECK(distance(Point{scene.xy[end.end - 2], scene.xy[end.end - 1]}, last) < 1e-3f);
    CHECK(scene.tail.floats() > 0);

    // The demo's size, close up: everything, with numbers.
    const std::vector<Step> few(steps.begin(), steps.begin() + 25);
    const Layout lf = layout_spiral(few, p);
    std::vector<char> shown_few(25, 1);
    shown_few[3] = 0; // filtered out: faded, no number, no lines
    in.visible = 25;
    in.scale = 1.3f;
    build_scene(scene, in, lf, few, shown_few, p);
    CHECK_FALSE(scene.dense);
    CHECK(scene.markers.size() == 25);
    CHECK_FALSE(scene.markers[3].shown);
    // Close up a repair is the full five-pointed star again.
    CHECK(scene.markers[4].kind == Kind::Repair);
    CHECK(scene.markers[4].shape.floats() == 20);
    CHECK(scene.markers[4].second.floats() == 0);
    CHECK(scene.numbers.size() == 24);
    std::size_t lines = 0;
    for (const CoreLine& c : lf.core_lines) lines += c.step != 3 ? 1 : 0;
    CHECK(scene.core_lines.size() == lines);
    for (const SceneStroke& s : scene.loops) CHECK((s.step != 3 && s.other != 3));
    // Rebuilding reuses the buffers: same inputs, same coordinates.
    const std::vector<float> before = scene.xy;
    build_scene(scene, in, lf, few, shown_few, p);
    CHECK(scene.xy == before);
}

TEST_CASE("boxes overlap when they share any point") {
    CHECK(overlaps(Bounds{0, 0, 10, 10}, Bounds{5, 5, 20, 20}));
    CHECK(overlaps(Bounds{0, 0, 10, 10}, Bounds{10, 10, 20, 20}));
    CHECK_FALSE(overlaps(Bounds{0, 0, 10, 10}, Bounds{11, 0, 20, 10}));
    CHECK_FALSE(overlaps(Bounds{0, 0, 10, 10}, Bounds{0, -20, 10, -1}));
}
