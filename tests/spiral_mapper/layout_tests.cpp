// layout_tests.cpp - the spiral's geometry as plain numbers: time order
// along the curve, radius growing with expansion, determinism, no two
// markers overlapping for up to 200 steps, loops, lines to the core, and
// fitting the map into a view.
#include "spiral_layout.h"

#include <doctest/doctest.h>

#include <cmath>
#include <random>

using namespace spiral_mapper;

namespace {

std::vector<Step> steps_with(const std::vector<Expansion>& expansions) {
    std::vector<Step> steps;
    for (std::size_t i = 0; i < expansions.size(); ++i) {
        Step s;
        s.id = static_cast<int64_t>(i + 1);
        s.expansion = expansions[i];
        steps.push_back(s);
    }
    return steps;
}

std::vector<Step> random_steps(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<Expansion> e;
    for (std::size_t i = 0; i < n; ++i) e.push_back(static_cast<Expansion>(rng() % 3));
    return steps_with(e);
}

float radius_of(Point p) { return std::hypot(p.x, p.y); }

} // namespace

TEST_CASE("steps follow the curve in time order and the curve only winds outward") {
    const Layout l = layout_spiral(random_steps(60, 7));
    REQUIRE(l.steps.size() == 60);
    for (std::size_t i = 1; i < l.steps.size(); ++i) {
        CHECK(l.steps[i].angle > l.steps[i - 1].angle);
        CHECK(l.steps[i].curve_index > l.steps[i - 1].curve_index);
    }
    for (std::size_t i = 0; i < l.steps.size(); ++i) {
        const Point on_curve = l.curve[l.steps[i].curve_index];
        CHECK(distance(on_curve, l.steps[i].pos) < 0.01f);
    }
    for (std::size_t k = 1; k < l.curve.size(); ++k) CHECK(radius_of(l.curve[k]) >= radius_of(l.curve[k - 1]) - 0.01f);
    // The tail goes on past the last step: the work is never finished.
    CHECK(l.curve.size() > l.steps.back().curve_index + 1);
}

TEST_CASE("radius grows monotonically with cumulative expansion") {
    LayoutParams p;
    CHECK(expansion_increment(Expansion::None, p) == 0);
    CHECK(expansion_increment(Expansion::Some, p) > 0);
    CHECK(expansion_increment(Expansion::Much, p) > expansion_increment(Expansion::Some, p));

    const std::size_t n = 40;
    const Layout none = layout_spiral(steps_with(std::vector<Expansion>(n, Expansion::None)), p);
    const Layout some = layout_spiral(steps_with(std::vector<Expansion>(n, Expansion::Some)), p);
    const Layout much = layout_spiral(steps_with(std::vector<Expansion>(n, Expansion::Much)), p);
    for (const Layout* l : {&none, &some, &much})
        for (std::size_t i = 1; i < n; ++i) CHECK(l->steps[i].radius > l->steps[i - 1].radius);
    // Same number of steps, more possibilities opened: further out.
    CHECK(some.steps.back().radius > none.steps.back().radius);
    CHECK(much.steps.back().radius > some.steps.back().radius);

    // One step's expansion moves it and every later step further out than
    // the same spiral without it.
    std::vector<Expansion> base(20, Expansion::None);
    std::vector<Expansion> bumped = base;
    bumped[5] = Expansion::Much;
    const Layout a = layout_spiral(steps_with(base), p), b = layout_spiral(steps_with(bumped), p);
    for (std::size_t i = 0; i < 5; ++i) CHECK(b.steps[i].radius == doctest::Approx(a.steps[i].radius));
    for (std::size_t i = 5; i < 20; ++i) CHECK(b.steps[i].radius > a.steps[i].radius);
    CHECK(b.steps[5].expansion == doctest::Approx(p.expansion_much));
}

TEST_CASE("positions are deterministic and a step never moves when later steps are added") {
    const std::vector<Step> steps = random_steps(120, 42);
    const Layout first = layout_spiral(steps), second = layout_spiral(steps);
    REQUIRE(first.steps.size() == second.steps.size());
    for (std::size_t i = 0; i < first.steps.size(); ++i) {
        CHECK(first.steps[i].pos.x == second.steps[i].pos.x);
        CHECK(first.steps[i].pos.y == second.steps[i].pos.y);
    }
    // Replay stability: the first 30 steps sit where they sit in the whole.
    const Layout prefix = layout_spiral(std::span<const Step>(steps).first(30));
    for (std::size_t i = 0; i < 30; ++i) CHECK(distance(prefix.steps[i].pos, first.steps[i].pos) < 1e-4f);
}

TEST_CASE("no two markers overlap, nor touch the core, for up to 200 steps") {
    const LayoutParams p;
    const float clearance = 2 * p.marker_radius + p.min_gap;
    std::vector<std::vector<Step>> cases;
    for (unsigned seed = 1; seed <= 6; ++seed) cases.push_back(random_steps(200, seed));
    cases.push_back(steps_with(std::vector<Expansion>(200, Expansion::None)));
    cases.push_back(steps_with(std::vector<Expansion>(200, Expansion::Much)));
    std::vector<Expansion> alternating;
    for (int i = 0; i < 200; ++i) alternating.push_back(i % 7 == 0 ? Expansion::Much : Expansion::None);
    cases.push_back(steps_with(alternating));

    for (const std::vector<Step>& steps : cases) {
        const Layout l = layout_spiral(steps, p);
        float closest = 1e9f;
        for (std::size_t i = 0; i < l.steps.size(); ++i) {
            CHECK(radius_of(l.steps[i].pos) >= p.core_radius + p.marker_radius + p.min_gap);
            for (std::size_t j = i + 1; j < l.steps.size(); ++j)
                closest = std::min(closest, distance(l.steps[i].pos, l.steps[j].pos));
        }
        CHECK(closest >= clearance);
    }
}

TEST_CASE("steps that share a theme are joined in time order, ignoring case and spaces") {
    std::vector<Step> steps = steps_with(std::vector<Expansion>(7, Expansion::Some));
    const char* themes[] = {"sleep", "money", " Sleep ", "", "money", "SLEEP", "housing"};
    for (std::size_t i = 0; i < steps.size(); ++i) steps[i].theme = themes[i];
    const Layout l = layout_spiral(steps);
    REQUIRE(l.links.size() == 3);
    CHECK((l.links[0].from == 0 && l.links[0].to == 2));
    CHECK((l.links[1].from == 1 && l.links[1].to == 4));
    CHECK((l.links[2].from == 2 && l.links[2].to == 5));
    // Loops bow outward, away from the centre.
    for (const ThemeLink& link : l.links) {
        const Point a = l.steps[link.from].pos, b = l.steps[link.to].pos;
        const Point mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
        CHECK(radius_of(link.control) > radius_of(mid));
    }
}

TEST_CASE("each strengthened or strained ingredient sends one line back to its place on the core") {
    std::vector<Step> steps = steps_with(std::vector<Expansion>(3, Expansion::None));
    steps[0].effects = {Effect::Strengthened, Effect::Unchanged, Effect::Unchanged};
    steps[1].effects = {Effect::Unchanged, Effect::Unchanged, Effect::Unchanged};
    steps[2].effects = {Effect::Strained, Effect::Strengthened, Effect::Strained};
    const LayoutParams p;
    const Layout l = layout_spiral(steps, p);
    REQUIRE(l.core_lines.size() == 4);
    CHECK((l.core_lines[0].step == 0 && l.core_lines[0].ingredient == Help && !l.core_lines[0].strained));
    CHECK((l.core_lines[1].step == 2 && l.core_lines[1].ingredient == Help && l.core_lines[1].strained));
    CHECK((l.core_lines[2].ingredient == Challenge && !l.core_lines[2].strained));
    CHECK((l.core_lines[3].ingredient == Possibility && l.core_lines[3].strained));
    for (const CoreLine& line : l.core_lines) {
        CHECK(distance(line.from, l.steps[line.step].pos) < 1e-4f);
        CHECK(distance(line.to, ingredient_anchor(line.ingredient, p)) < 1e-4f);
        CHECK(radius_of(line.to) == doctest::Approx(p.core_radius));
        // Curved, not straight: the control point is off the chord.
        const Point mid{(line.from.x + line.to.x) / 2, (line.from.y + line.to.y) / 2};
        CHECK(distance(line.control, mid) > 1.0f);
    }
    // The three anchors are apart from each other.
    CHECK(distance(ingredient_anchor(Help), ingredient_anchor(Challenge)) > 50);
    CHECK(distance(ingredient_anchor(Challenge), ingredient_anchor(Possibility)) > 50);
}

TEST_CASE("fit-to-view shows every visible marker and the core, centred") {
    const LayoutParams p;
    const Layout l = layout_spiral(random_steps(80, 3), p);
    const Bounds all = content_bounds(l, l.steps.size(), p);
    for (const PlacedStep& s : l.steps) {
        CHECK(s.pos.x - p.marker_radius >= all.min_x);
        CHECK(s.pos.x + p.marker_radius <= all.max_x);
        CHECK(s.pos.y - p.marker_radius >= all.min_y);
        CHECK(s.pos.y + p.marker_radius <= all.max_y);
    }
    CHECK(all.min_x <= -p.core_radius);
    CHECK(all.max_y >= p.core_radius);

    // Fewer visible steps (replay): a smaller box.
    const Bounds few = content_bounds(l, 5, p);
    CHECK(few.width() < all.width());

    for (auto [w, h] : {std::pair{800.f, 600.f}, std::pair{300.f, 900.f}}) {
        const ViewFit fit = fit_to_view(all, w, h);
        auto px = [&](float x, float y) { return Point{x * fit.scale + fit.offset_x, y * fit.scale + fit.offset_y}; };
        const Point lo = px(all.min_x, all.min_y), hi = px(all.max_x, all.max_y);
        CHECK(lo.x >= -0.5f);
        CHECK(lo.y >= -0.5f);
        CHECK(hi.x <= w + 0.5f);
        CHECK(hi.y <= h + 0.5f);
        // Centred, and touching the view on the tighter side.
        CHECK((lo.x + hi.x) / 2 == doctest::Approx(w / 2));
        CHECK((lo.y + hi.y) / 2 == doctest::Approx(h / 2));
        CHECK(std::max((hi.x - lo.x) / w, (hi.y - lo.y) / h) == doctest::Approx(1.0f));
    }
}

TEST_CASE("an empty spiral still has a curve from the core and bounds around it") {
    const Layout l = layout_spiral({});
    CHECK(l.steps.empty());
    CHECK(l.curve.size() > 2);
    const Bounds b = content_bounds(l, 0);
    CHECK(b.width() > 0);
    CHECK(b.height() > 0);
}
