// scene_tests.cpp - the zone map's cached index and geometry on plain data
// (no store, no window): each challenge's placements in time order, where
// it sits now, how recently it moved, the dense-map rule for trajectories
// (which ones are drawn, and that the legend says so), and that the
// geometry puts markers and trajectory points in the right bands.
#include "cz_scene.h"
#include "cz_plain_data.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace challenge_zones;

namespace {

using cz_test::at;
using cz_test::make;

// `count` challenges, challenge k (id k+1) placed twice, its latest
// placement on day k of 2024-03 (so the higher ids moved more recently).
struct Plan {
    std::vector<Challenge> challenges;
    std::vector<Placement> placements;
};
Plan plan_of(int count) {
    Plan p;
    int64_t pid = 1;
    for (int k = 0; k < count; ++k) {
        p.challenges.push_back(make(k + 1));
        char date[16];
        std::snprintf(date, sizeof date, "2024-03-%02d", 1 + k % 28);
        p.placements.push_back(at(pid++, k + 1, "2024-01-15", Zone::Comfort));
        p.placements.push_back(at(pid++, k + 1, date, Zone::Optimal));
    }
    return p;
}

int shown(const std::vector<char>& v) {
    int n = 0;
    for (char c : v) n += c ? 1 : 0;
    return n;
}

SceneInputs inputs(TrailMode mode = TrailMode::All) {
    SceneInputs in;
    in.plan_generation = 1;
    in.width = 700;
    in.height = 800;
    in.font = 16;
    in.scale = 1;
    in.now_text_w = 30;
    in.legend_text_w.fill(80);
    in.today = *day_number("2024-04-01");
    in.mode = mode;
    return in;
}

} // namespace

TEST_CASE("the index keeps each challenge's placements in time order and its zone now") {
    std::vector<Challenge> cs = {make(10), make(20), make(30)};
    // Stored out of order, a same-day pair told apart by id.
    std::vector<Placement> ps = {at(5, 10, "2024-02-01", Zone::Overwhelming), at(2, 20, "2024-01-01", Zone::Nice),
                                 at(1, 10, "2024-01-01", Zone::Comfort), at(7, 10, "2024-02-01", Zone::Optimal)};
    PlanIndex ix;
    build_index(ix, cs, ps);
    REQUIRE(ix.path_begin.size() == 4);
    std::vector<int64_t> ids;
    for (uint32_t k = ix.path_begin[0]; k < ix.path_begin[1]; ++k) ids.push_back(ps[ix.path[k]].id);
    CHECK(ids == std::vector<int64_t>{1, 5, 7});
    CHECK(ix.zone_now == std::vector<int>{static_cast<int>(Zone::Optimal), static_cast<int>(Zone::Nice), -1});
    CHECK(ix.with_placements == 2);
    CHECK(ix.recency_rank == std::vector<int>{0, 1, -1}); // 10 moved last; 30 never placed
    CHECK(ix.by_id.at(30) == 2);

    // A placement of a challenge not in the plan is left out.
    ps.push_back(at(9, 99, "2024-03-01", Zone::Nice));
    build_index(ix, cs, ps);
    CHECK(ix.path.size() == 4);
    CHECK(ix.recency_rank[0] == 0);
}

TEST_CASE("trajectories: every placed challenge on a normal map, the latest few on a dense one") {
    std::vector<char> out;
    SUBCASE("a map at the limit is not dense: all placed challenges keep their trajectory") {
        const Plan p = plan_of(static_cast<int>(kDenseTrails));
        PlanIndex ix;
        build_index(ix, p.challenges, p.placements);
        CHECK_FALSE(dense_trails(TrailMode::All, ix.with_placements));
        trails_before_hover(TrailMode::All, ix.recency_rank, -1, out);
        CHECK(shown(out) == static_cast<int>(kDenseTrails));
    }
    SUBCASE("one more makes it dense: the latest kRecentTrails and the selected one") {
        const Plan p = plan_of(static_cast<int>(kDenseTrails) + 1);
        PlanIndex ix;
        build_index(ix, p.challenges, p.placements);
        CHECK(dense_trails(TrailMode::All, ix.with_placements));
        trails_before_hover(TrailMode::All, ix.recency_rank, -1, out);
        CHECK(shown(out) == static_cast<int>(kRecentTrails));
        for (std::size_t i = 0; i < out.size(); ++i)
            CHECK(static_cast<bool>(out[i]) == (ix.recency_rank[i] < static_cast<int>(kRecentTrails)));
        // The oldest one, once selected, is drawn too.
        std::size_t oldest = 0;
        for (std::size_t i = 0; i < out.size(); ++i)
            if (ix.recency_rank[i] > ix.recency_rank[oldest]) oldest = i;
        CHECK_FALSE(out[oldest]);
        trails_before_hover(TrailMode::All, ix.recency_rank, static_cast<std::ptrdiff_t>(oldest), out);
        CHECK(out[oldest]);
        CHECK(shown(out) == static_cast<int>(kRecentTrails) + 1);
    }
    SUBCASE("None draws nothing, Selected only the selected one, never an unplaced one") {
        const Plan p = plan_of(50);
        PlanIndex ix;
        build_index(ix, p.challenges, p.placements);
        trails_before_hover(TrailMode::None, ix.recency_rank, 3, out);
        CHECK(shown(out) == 0);
        trails_before_hover(TrailMode::Selected, ix.recency_rank, 3, out);
        CHECK(shown(out) == 1);
        CHECK(out[3]);
        CHECK_FALSE(dense_trails(TrailMode::Selected, ix.with_placements));
        trails_before_hover(TrailMode::All, std::vector<int>{-1, -1}, 0, out);
        CHECK(shown(out) == 0);
    }
}

TEST_CASE("the scene puts markers in their zone's band and says when a dense map leaves trajectories out") {
    SUBCASE("a small plan: markers for active placed challenges, a segment per move, no note") {
        std::vector<Challenge> cs = {make(1), make(2, Aspect::Actions, Status::Paused), make(3)};
        std::vector<Placement> ps = {at(1, 1, "2024-01-10", Zone::Comfort), at(2, 1, "2024-02-10", Zone::Optimal),
                                     at(3, 2, "2024-01-10", Zone::Overwhelming)};
        PlanIndex ix;
        build_index(ix, cs, ps);
        MapScene s;
        build_scene(s, inputs(), ix, cs, ps);
        CHECK(s.has_marker == std::vector<char>{1, 0, 0}); // 2 is paused, 3 never placed
        const std::size_t optimal = static_cast<std::size_t>(Zone::Optimal);
        CHECK(s.marker[0].y > s.y0[optimal]);
        CHECK(s.marker[0].y < s.y1[optimal]);
        CHECK(s.marker[0].x > s.plot_x1); // the "now" column
        // Challenge 1: comfort -> optimal -> its marker: two arrows, two dots.
        CHECK(s.seg_begin[1] - s.seg_begin[0] == 2);
        CHECK(s.dot_begin[1] - s.dot_begin[0] == 2);
        CHECK(s.dots[1] > s.y0[static_cast<std::size_t>(Zone::Comfort)]); // first dot in comfort
        CHECK(s.dots[0] < s.dots[2]);                                      // time runs left to right
        // Challenge 2 (paused): one dot, no marker, so no arrow.
        CHECK(s.seg_begin[2] - s.seg_begin[1] == 0);
        CHECK(s.dot_begin[2] - s.dot_begin[1] == 1);
        CHECK_FALSE(s.dense);
        CHECK(s.dense_note.empty());
        CHECK_FALSE(s.ticks.empty());
        // Bands stack from overwhelming (top) to nice, the target the tallest.
        CHECK(s.y1[static_cast<std::size_t>(Zone::Overwhelming)] <= s.y0[optimal] + 0.01f);
        CHECK(s.y1[optimal] - s.y0[optimal] > s.y1[0] - s.y0[0]);
    }
    SUBCASE("a dense plan: the legend gets a line saying which trajectories are drawn, and the bands make room") {
        const Plan small = plan_of(5), big = plan_of(100);
        PlanIndex ix_small, ix_big;
        build_index(ix_small, small.challenges, small.placements);
        build_index(ix_big, big.challenges, big.placements);
        MapScene a, b, c;
        build_scene(a, inputs(), ix_small, small.challenges, small.placements);
        build_scene(b, inputs(), ix_big, big.challenges, big.placements);
        build_scene(c, inputs(TrailMode::Selected), ix_big, big.challenges, big.placements);
        CHECK(b.dense);
        CHECK(b.dense_note.find(std::to_string(kRecentTrails)) != std::string::npos);
        CHECK(b.dense_note.find("100") != std::string::npos);
        CHECK(b.bottom < a.bottom);
        CHECK_FALSE(c.dense); // only "All" can be dense
        CHECK(c.dense_note.empty());
    }
}
