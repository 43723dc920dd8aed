// layout_tests.cpp - the Ruptures panel's layout rules on plain data (no
// store, no window), at 1x and at presentation mode's 2x: month names never
// overlap each other or "Today"; the legend always sits under the alliance
// strip and inside the region, in as many rows as its text needs; the
// timeline keeps room for its markers, dates and strip; the alliance
// sliders fall into two columns or one rather than running off the panel;
// and the list goes under the timeline when the two do not fit side by side.
#include "rr_layout.h"

#include <doctest/doctest.h>

#include <cstring>
#include <vector>

using namespace rupture_repair;

namespace {

// The workbench's font is 17 px at 1x; presentation doubles it.
constexpr float kFont1x = 17;

// A text width close to the workbench's sans font: 0.6 of the size a character.
float text_w(const char* text, float size) { return size * 0.6f * static_cast<float>(std::strlen(text)); }

// Inputs as the panel measures them, for a timeline `w` x `h` at `scale`.
TimelineInputs measured(float w, float h, float scale) {
    TimelineInputs in;
    in.generation = 1;
    in.width = w;
    in.height = h;
    in.scale = scale;
    in.font = kFont1x * scale;
    in.today = *day_number("2024-12-01");
    in.low_alliance = 24;
    for (std::size_t k = 0; k < kTimelineLegendEntries; ++k) in.legend_text_w[k] = text_w(timeline_legend_label(k), in.font);
    for (unsigned m = 1; m <= 12; ++m) in.month_text_w[m - 1] = text_w(month_name(m), in.font);
    in.today_text_w = text_w("Today", in.font);
    in.flag_text_w = text_w("flag below 40", in.font * 0.85f);
    return in;
}

Rupture rupture(int64_t id, const char* date, Status status, int salience) {
    Rupture r;
    r.id = id;
    r.case_id = 1;
    r.date = date;
    r.description = "Went quiet";
    r.status = status;
    r.salience = salience;
    if (status == Status::Repaired) r.resolution = Resolution::Fully;
    return r;
}

// A year of sessions with ruptures, repairs and alliance checks.
struct Record {
    std::vector<Rupture> ruptures{rupture(1, "2024-02-01", Status::Repaired, 5), rupture(2, "2024-06-01", Status::Open, 4),
                                  rupture(3, "2024-09-10", Status::Repairing, 2)};
    std::vector<RepairAction> repairs;
    std::vector<SessionRef> sessions;
    std::vector<AllianceCheck> alliance;
    Record() {
        RepairAction a;
        a.id = 10;
        a.rupture_id = 1;
        a.date = "2024-02-20";
        repairs.push_back(a);
        a.id = 11;
        a.rupture_id = 3;
        a.date = "2024-09-20";
        repairs.push_back(a);
        for (int m = 1; m <= 11; ++m) {
            char date[16];
            std::snprintf(date, sizeof date, "2024-%02d-05", m);
            sessions.push_back({100 + m, date, ""});
            AllianceCheck c;
            c.session_id = 100 + m;
            for (int& v : c.ratings) v = 3 + m % 6;
            alliance.push_back(c);
        }
    }
    TimelineScene build(const TimelineInputs& in) const {
        TimelineScene s;
        build_timeline(s, in, ruptures, repairs, sessions, alliance);
        return s;
    }
};

// No two kept month names overlap, and none runs into "Today".
void check_months(const TimelineScene& s) {
    bool any = false;
    float last_right = 0;
    for (const MonthTick& t : s.months) {
        if (!t.labelled) continue;
        const float left = t.x + 4 * s.inputs.scale, right = left + s.inputs.month_text_w[t.month - 1];
        if (any) CHECK(left >= last_right);
        CHECK(right <= s.today_x + 4 * s.inputs.scale);
        last_right = right;
        any = true;
    }
}

// The legend is under the strip (and its background), inside the region,
// and no entry passes the right edge unless it is alone in its row.
void check_legend(const TimelineScene& s) {
    const float font = s.inputs.font;
    CHECK(s.legend_y >= s.strip_bottom + font * 0.3f); // the plot's background ends there
    float last_row = 0;
    for (std::size_t k = 0; k < kTimelineLegendEntries; ++k) {
        const Pt at = s.legend.at[k];
        last_row = std::max(last_row, at.y);
        const float right = s.plot_x0 + at.x + legend_swatch_width(s.inputs, k) + s.inputs.legend_text_w[k];
        if (at.x > 0) CHECK(right <= s.inputs.width);
    }
    CHECK(s.legend_y + last_row + font <= s.inputs.height);
    // Nothing of the plot is drawn under the legend: markers, the alliance
    // line and its totals end above it.
    for (const RuptureMark& m : s.marks) CHECK(m.at.y + m.radius < s.legend_y);
    for (const Pt& p : s.alliance) CHECK(p.y < s.legend_y);
}

// The rows keep their minimum: markers below the month names, dates under
// the axis, a strip tall enough for its totals.
void check_rows(const TimelineScene& s) {
    const float font = s.inputs.font;
    for (const RuptureMark& m : s.marks) CHECK(m.at.y - m.radius >= s.lane_top - 0.01f);
    CHECK(s.strip_top - s.axis_y >= font * 2.6f - 0.01f);
    CHECK(s.strip_bottom - s.strip_top >= font * 3.0f - 0.01f);
}

AllianceFormInputs alliance_form(float scale) {
    AllianceFormInputs a;
    a.widest_label_w = text_w("What we work on", kFont1x * scale);
    a.min_slider_w = 90 * scale;
    a.line_h = kFont1x * scale;
    a.frame_h = kFont1x * scale + 8 * scale;
    a.spacing_x = 8 * scale;
    a.spacing_y = 4 * scale;
    return a;
}

} // namespace

TEST_CASE("month labels: one that would touch the one before or run into Today is skipped") {
    std::vector<char> keep;
    std::vector<AxisLabel> squeezed;
    for (int k = 0; k < 6; ++k) squeezed.push_back({12.0f * static_cast<float>(k), 30});
    keep_axis_labels(squeezed, 6, 1000, keep);
    CHECK(keep == std::vector<char>{1, 0, 0, 1, 0, 0});
    keep_axis_labels(std::vector<AxisLabel>{{0, 30}, {100, 30}, {200, 30}}, 6, 220, keep);
    CHECK(keep == std::vector<char>{1, 1, 0});
}

TEST_CASE("at 2x in a 1840x560 area the legend does not intersect the plot and nothing is cut") {
    const Record r;
    const TimelineInputs in = measured(1840, 560, 2);
    REQUIRE(timeline_min_height(in) <= 560);
    const TimelineScene s = r.build(in);
    check_legend(s);
    check_rows(s);
    check_months(s);
}

TEST_CASE("the legend's height is measured from the font and its rows; the timeline reserves it") {
    for (float scale : {1.0f, 2.0f}) {
        CAPTURE(scale);
        const LegendFlow wide = flow_timeline_legend(measured(4000, 0, scale));
        const LegendFlow narrow = flow_timeline_legend(measured(320 * scale, 0, scale));
        CHECK(wide.rows == 2); // the shapes and the line, then the statuses
        CHECK(narrow.rows > wide.rows);
        CHECK(narrow.height > wide.height);
        CHECK(wide.height == doctest::Approx(kFont1x * scale * (0.35f + 1.45f + 1.0f + 0.6f)));
        // The statuses always start their own row.
        CHECK(wide.at[3].x == 0);
        CHECK(wide.at[3].y > wide.at[2].y);
    }
}

TEST_CASE("at its minimum height the timeline holds its rows and its legend, from narrow to wide") {
    const Record r;
    for (float scale : {1.0f, 2.0f}) {
        for (float w : {420.0f, 700.0f, 920.0f, 1300.0f, 1840.0f}) {
            CAPTURE(scale);
            CAPTURE(w);
            TimelineInputs in = measured(w, 0, scale);
            in.height = timeline_min_height(in);
            const TimelineScene s = r.build(in);
            check_legend(s);
            check_rows(s);
            check_months(s);
            // Taller than the minimum, the extra goes to the plot, not under the legend.
            in.height += 200;
            const TimelineScene tall = r.build(in);
            check_legend(tall);
            CHECK(tall.strip_bottom > s.strip_bottom);
        }
    }
}

TEST_CASE("the alliance sliders go four across, then two, then one, never narrower than their label") {
    const AllianceFormInputs a = alliance_form(1);
    const float need = std::max(a.widest_label_w, a.min_slider_w);
    CHECK(alliance_columns(4 * need + 3 * a.spacing_x, a) == 4);
    CHECK(alliance_columns(4 * need + 3 * a.spacing_x - 1, a) == 2);
    CHECK(alliance_columns(2 * need + a.spacing_x - 1, a) == 1);
    // Each extra row of sliders is one label and one slider taller.
    CHECK(alliance_height(2, a) - alliance_height(4, a) ==
          doctest::Approx(a.line_h + a.frame_h + 2 * a.spacing_y));
    CHECK(alliance_height(1, a) > alliance_height(2, a));
}

TEST_CASE("presentation's 2x on a 1920x1080 projector stacks the timeline above the list, across the panel") {
    PanelLayoutInputs in;
    in.avail_w = 1840;
    in.avail_h = 560;
    in.gap_x = 16;
    in.gap_y = 8;
    in.side_min_w = 900;
    in.list_peek_h = 380;
    in.list_full_h = 500;
    in.presenting = true;
    in.timeline = measured(0, 0, 2);
    in.alliance = alliance_form(2);
    const PanelLayout l = panel_layout(in);
    CHECK(l.stacked);
    CHECK(l.main_w == doctest::Approx(1840));
    CHECK(l.alliance_columns == 4); // the whole width holds the four sliders
    // Presenting, the timeline fills the visible height; the check and the list follow below.
    CHECK(l.timeline_h == doctest::Approx(560));
    TimelineInputs across = in.timeline;
    across.width = l.main_w;
    across.height = l.timeline_h;
    CHECK(l.timeline_h >= timeline_min_height(across));
    check_legend(Record{}.build(across));

    // Not presenting, it leaves room for the check and a peek at the list,
    // but never goes below its minimum.
    in.presenting = false;
    const PanelLayout peek = panel_layout(in);
    CHECK(peek.timeline_h == doctest::Approx(timeline_min_height(across)));
}

TEST_CASE("at 1x a wide panel keeps the list beside the timeline; a 1280 px window stacks them") {
    PanelLayoutInputs in;
    in.gap_x = 8;
    in.gap_y = 4;
    in.side_min_w = 450;
    in.list_peek_h = 200;
    in.list_full_h = 240;
    in.timeline = measured(0, 0, 1);
    in.alliance = alliance_form(1);

    SUBCASE("1920x1080: side by side, the sliders four across, as tall as the panel") {
        in.avail_w = 1490;
        in.avail_h = 800;
        const PanelLayout l = panel_layout(in);
        CHECK_FALSE(l.stacked);
        CHECK(l.side_w >= in.side_min_w);
        CHECK(l.main_w + in.gap_x + l.side_w == doctest::Approx(in.avail_w));
        CHECK(l.alliance_columns == 4);
        CHECK(l.timeline_h + l.alliance_h == doctest::Approx(800));
        CHECK(l.side_h == doctest::Approx(800));
    }
    SUBCASE("1280x800: the timeline would be too narrow beside the list, so they stack") {
        in.avail_w = 850;
        in.avail_h = 560;
        const PanelLayout l = panel_layout(in);
        CHECK(l.stacked);
        CHECK(l.main_w == doctest::Approx(850));
        CHECK(l.side_w == doctest::Approx(850));
        CHECK(l.side_h == doctest::Approx(240)); // every row, as there is room
        TimelineInputs across = in.timeline;
        across.width = 850;
        CHECK(l.timeline_h >= timeline_min_height(across));
    }
    SUBCASE("an open form gets the whole visible height under the timeline") {
        in.avail_w = 850;
        in.avail_h = 560;
        in.form_open = true;
        CHECK(panel_layout(in).side_h == doctest::Approx(560));
    }
}
