// layout_tests.cpp - the planner's layout rules on plain data (no store, no
// window), at 1x and at presentation mode's 2x: month names on the time
// axis never overlap each other or "Now"; the legend always sits under
// the bands and inside the map; band labels have a column of their own, so
// no trajectory point or marker is drawn over one; and the panel puts the
// table beside the map only when both fit, otherwise under it, with the
// map across the whole width.
#include "cz_layout.h"
#include "cz_plain_data.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace challenge_zones;

namespace {

using cz_test::at;
using cz_test::make;

// The workbench's font is 17 px at 1x; presentation doubles it.
constexpr float kFont1x = 17, kFont2x = 34;

// A text width close to the workbench's sans font: 0.6 of the size a character.
float text_w(const char* text, float size) { return size * 0.6f * static_cast<float>(std::strlen(text)); }

// Inputs as the panel measures them, for a map `w` x `h` at `scale`.
SceneInputs measured(float w, float h, float scale) {
    SceneInputs in;
    in.plan_generation = 1;
    in.width = w;
    in.height = h;
    in.scale = scale;
    in.font = kFont1x * scale;
    in.now_text_w = text_w("Now", in.font);
    for (std::size_t k = 0; k < kLegendEntries; ++k)
        in.legend_text_w[k] = k < static_cast<std::size_t>(kAspectCount)
                                  ? text_w(aspect_short_label(static_cast<Aspect>(k)), in.font)
                                  : text_w("challenge from the parent", in.font);
    for (unsigned m = 1; m <= 12; ++m) in.month_text_w[m - 1] = text_w(month_name(m), in.font);
    for (Zone z : kBandOrder)
        for (int line = 0; line < band_label_line_count(z); ++line)
            in.band_label_w = std::max(in.band_label_w, text_w(band_label_line(z, line), in.font * kBandLabelFont));
    in.today = *day_number("2024-12-01");
    in.mode = TrailMode::All;
    return in;
}

// Six challenges moved about over a year, as in the demo families.
struct Plan {
    std::vector<Challenge> challenges;
    std::vector<Placement> placements;
    PlanIndex index;
    Plan() {
        const Zone zones[] = {Zone::Comfort, Zone::Overwhelming, Zone::Optimal, Zone::Nice};
        int64_t pid = 1;
        for (int k = 0; k < 6; ++k) {
            challenges.push_back(make(k + 1, static_cast<Aspect>(k % kAspectCount)));
            for (int m = 0; m < 4; ++m) {
                char date[16];
                std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + m * 3, 3 + k);
                placements.push_back(at(pid++, k + 1, date, zones[(k + m) % 4]));
            }
        }
        build_index(index, challenges, placements);
    }
    MapScene scene(const SceneInputs& in) const {
        MapScene s;
        build_scene(s, in, index, challenges, placements);
        return s;
    }
};

// Where a tick's name is drawn (as paint_zone_map draws it).
AxisLabel label_of(const MapScene& s, const MonthTick& t) {
    return {t.x + 3 * s.inputs.scale, month_label_width(s.inputs, t.month)};
}

// No two kept month names overlap, and none runs into "Now".
void check_axis_labels(const MapScene& s) {
    const AxisLabel* last = nullptr;
    AxisLabel prev;
    int kept = 0;
    for (const MonthTick& t : s.ticks) {
        if (!t.labelled) continue;
        const AxisLabel l = label_of(s, t);
        if (last) CHECK(l.left >= prev.left + prev.width);
        CHECK(l.left + l.width <= s.now_x - s.inputs.now_text_w * 0.5f);
        prev = l;
        last = &prev;
        ++kept;
    }
    // A map wide enough for its minimum always names some months.
    if (s.inputs.width >= map_min_width(s.inputs)) CHECK(kept >= 2);
}

// The legend is under the bands and its last row inside the region.
void check_legend(const MapScene& s) {
    CHECK(s.legend_top >= s.bottom);
    float last_row = 0;
    for (const Pt& p : s.legend_at) last_row = std::max(last_row, p.y);
    const float text_bottom = s.legend_top + last_row + s.inputs.font;
    CHECK(text_bottom <= s.inputs.height);
    // Every entry starts inside the map's width.
    for (const Pt& p : s.legend_at) CHECK(8 * s.inputs.scale + p.x < s.inputs.width);
}

// Band labels stay in their column; trajectory points and markers right of
// it (on a map at least map_min_width() wide: the panel never draws it
// narrower).
void check_band_labels(const MapScene& s) {
    const float label_right = s.plot_x0 + 10 * s.inputs.scale + s.inputs.band_label_w;
    CHECK(s.time_x0 > label_right);
    if (s.inputs.width >= map_min_width(s.inputs)) {
        for (std::size_t k = 0; k + 1 < s.dots.size(); k += 2) CHECK(s.dots[k] - s.dot_radius > label_right);
        for (std::size_t i = 0; i < s.marker.size(); ++i)
            if (s.has_marker[i]) CHECK(s.marker[i].x - s.marker_radius > label_right);
    }
    // Each band is tall enough for its label's lines (drawn 5 px in) and a marker.
    for (Zone z : kBandOrder) {
        const std::size_t zi = static_cast<std::size_t>(z);
        const float label_font = s.inputs.font * kBandLabelFont;
        const float need = 5 * s.inputs.scale + label_font * (1.0f + 1.2f * static_cast<float>(band_label_line_count(z) - 1));
        CHECK(s.y1[zi] - s.y0[zi] >= need);
        CHECK(s.y1[zi] - s.y0[zi] >= 2 * s.marker_radius);
    }
    // The target keeps the most room.
    const std::size_t optimal = static_cast<std::size_t>(Zone::Optimal);
    for (Zone z : kBandOrder)
        CHECK(s.y1[optimal] - s.y0[optimal] >= s.y1[static_cast<std::size_t>(z)] - s.y0[static_cast<std::size_t>(z)] - 0.01f);
}

} // namespace

TEST_CASE("axis labels: a label that would touch the one before or pass the limit is skipped") {
    std::vector<char> keep;
    // Aug, Sep, Oct squeezed 10 px apart, each 30 px wide: only every
    // fourth clears the last kept one by the 6 px gap.
    std::vector<AxisLabel> squeezed;
    for (int k = 0; k < 9; ++k) squeezed.push_back({10.0f * static_cast<float>(k), 30});
    keep_axis_labels(squeezed, 6, 1000, keep);
    CHECK(keep == std::vector<char>{1, 0, 0, 0, 1, 0, 0, 0, 1});
    // Far apart: all kept.
    keep_axis_labels(std::vector<AxisLabel>{{0, 30}, {100, 30}, {200, 30}}, 6, 1000, keep);
    CHECK(keep == std::vector<char>{1, 1, 1});
    // The limit ("Now") drops the last one even with room before it.
    keep_axis_labels(std::vector<AxisLabel>{{0, 30}, {100, 30}, {200, 30}}, 6, 220, keep);
    CHECK(keep == std::vector<char>{1, 1, 0});
    // A first label that does not fit does not block the next one.
    keep_axis_labels(std::vector<AxisLabel>{{0, 300}, {100, 30}}, 6, 200, keep);
    CHECK(keep == std::vector<char>{0, 1});
    keep_axis_labels({}, 6, 100, keep);
    CHECK(keep.empty());
}

TEST_CASE("the map's month names never overlap, at 1x and 2x, from narrow to wide") {
    const Plan plan;
    for (float scale : {1.0f, 2.0f}) {
        for (float w : {300.0f, 420.0f, 640.0f, 900.0f, 1300.0f, 1840.0f}) {
            CAPTURE(scale);
            CAPTURE(w);
            SceneInputs in = measured(w, 0, scale);
            in.height = map_min_height(in) + 50;
            const MapScene s = plan.scene(in);
            REQUIRE(s.ticks.size() >= 10); // almost a year of month starts
            check_axis_labels(s);
        }
    }
}

TEST_CASE("at 2x in a 1840x560 map the legend does not intersect the bands and is not cut off") {
    const Plan plan;
    SceneInputs in = measured(1840, 560, 2);
    REQUIRE(map_min_height(in) <= 560); // the whole width leaves room for everything
    const MapScene s = plan.scene(in);
    check_legend(s);
    check_band_labels(s);
    check_axis_labels(s);
}

TEST_CASE("at its minimum height the map still holds its legend, band labels and markers, at any width") {
    const Plan plan;
    for (float scale : {1.0f, 2.0f}) {
        for (float w : {360.0f, 700.0f, 920.0f, 1300.0f, 1840.0f}) {
            for (int extra : {0, 1}) {
                CAPTURE(scale);
                CAPTURE(w);
                SceneInputs in = measured(w, 0, scale);
                in.height = map_min_height(in, extra);
                const MapScene s = plan.scene(in);
                check_legend(s);
                check_band_labels(s);
                // A narrower map wraps its legend into more rows, so needs more height.
                SceneInputs narrow = in;
                narrow.width = w * 0.5f;
                CHECK(map_min_height(narrow, extra) >= map_min_height(in, extra));
            }
        }
    }
}

TEST_CASE("markers in the now column keep apart even when the bands are at their shortest") {
    // Six challenges, four of them now in the optimal zone (as in the
    // harbour demo), on a 2x map at its minimum height.
    Plan plan;
    plan.placements.clear();
    const Zone now[] = {Zone::Optimal, Zone::Optimal, Zone::Comfort, Zone::Optimal, Zone::Optimal, Zone::Nice};
    for (int k = 0; k < 6; ++k) plan.placements.push_back(at(k + 1, k + 1, "2024-10-01", now[k]));
    build_index(plan.index, plan.challenges, plan.placements);
    for (float scale : {1.0f, 2.0f}) {
        CAPTURE(scale);
        SceneInputs in = measured(920 * scale, 0, scale);
        in.height = map_min_height(in);
        const MapScene s = plan.scene(in);
        for (std::size_t a = 0; a < s.marker.size(); ++a) {
            REQUIRE(s.has_marker[a]);
            // Inside the "now" column.
            CHECK(s.marker[a].x - s.marker_radius >= s.plot_x1);
            CHECK(s.marker[a].x + s.marker_radius <= s.right);
            for (std::size_t b = a + 1; b < s.marker.size(); ++b)
                CHECK(std::hypot(s.marker[a].x - s.marker[b].x, s.marker[a].y - s.marker[b].y) >= 2 * s.marker_radius);
        }
    }
}

TEST_CASE("the legend wraps inside the width and says how tall it is") {
    const SceneInputs wide = measured(3000, 600, 1), narrow = measured(300, 600, 1);
    const LegendFlow one = flow_legend(wide, 0), many = flow_legend(narrow, 0);
    CHECK(one.rows == 1);
    CHECK(many.rows > 2);
    CHECK(many.height > one.height);
    CHECK(flow_legend(wide, 1).height > one.height); // the dense map's note
    for (std::size_t k = 0; k < kLegendEntries; ++k) {
        const float right = 8 + many.at[k].x + narrow.font * 0.9f + 6 + narrow.legend_text_w[k];
        if (many.at[k].x > 0) CHECK(right <= narrow.width); // only an entry alone in its row may be wider
    }
}

TEST_CASE("presentation's 2x on a 1920x1080 projector stacks the map above the table, across the panel") {
    PlannerLayoutInputs in;
    in.avail_w = 1840;
    in.avail_h = 540;
    in.gap_x = 16;
    in.gap_y = 8;
    in.scene = measured(0, 0, 2);
    in.table_min_w = 1100; // its short columns and a readable challenge column at 2x
    in.table_peek_h = 300;
    in.table_full_h = 480;
    in.presenting = true;
    const PlannerLayout l = planner_layout(in);
    CHECK(l.stacked);
    CHECK(l.map_w == doctest::Approx(1840));
    CHECK(l.side_w == doctest::Approx(1840));
    // Presenting, the map fills the visible height; the table follows below.
    CHECK(l.map_h == doctest::Approx(540));
    CHECK(l.side_h == doctest::Approx(480));

    // Not presenting, it leaves a peek at the table, but never goes below its minimum.
    in.presenting = false;
    SceneInputs across = in.scene;
    across.width = 1840;
    const PlannerLayout peek = planner_layout(in);
    CHECK(peek.map_h == doctest::Approx(std::max(map_min_height(across), 540.0f - 8 - 300)));
    CHECK(peek.map_h >= map_min_height(across));

    // An open form gets the whole visible height under the map.
    in.form_open = true;
    CHECK(planner_layout(in).side_h == doctest::Approx(540));
}

TEST_CASE("at 1x a wide panel keeps the table beside the map; a 1280 px window stacks them") {
    PlannerLayoutInputs in;
    in.gap_x = 8;
    in.gap_y = 4;
    in.scene = measured(0, 0, 1);
    in.table_min_w = 560;
    in.table_peek_h = 130;
    in.table_full_h = 200;

    SUBCASE("1920x1080: side by side, both at least their minimum, as tall as the panel") {
        in.avail_w = 1490;
        in.avail_h = 800;
        const PlannerLayout l = planner_layout(in);
        CHECK_FALSE(l.stacked);
        CHECK(l.side_w >= in.table_min_w);
        SceneInputs map = in.scene;
        map.width = l.map_w;
        CHECK(l.map_w >= map_min_width(map));
        CHECK(l.map_w + in.gap_x + l.side_w == doctest::Approx(in.avail_w));
        CHECK(l.map_h == doctest::Approx(800));
        CHECK(l.side_h == doctest::Approx(800));
    }
    SUBCASE("1280x800: the map would be too narrow beside the table, so they stack") {
        in.avail_w = 850;
        in.avail_h = 470;
        const PlannerLayout l = planner_layout(in);
        CHECK(l.stacked);
        CHECK(l.map_w == doctest::Approx(850));
        CHECK(l.side_h == doctest::Approx(200)); // every row, as there is room
    }
    SUBCASE("a short panel: the map keeps its minimum height and the panel scrolls") {
        in.avail_w = 1490;
        in.avail_h = 100;
        const PlannerLayout l = planner_layout(in);
        SceneInputs map = in.scene;
        map.width = l.map_w;
        CHECK(l.map_h == doctest::Approx(map_min_height(map)));
    }
}
