// timeline_tests.cpp - the case timeline's geometry on plain data (no store,
// no window): time runs left to right, sessions sit at their dates, marker
// size grows with salience, close ruptures stack, a repaired rupture has an
// arc ending at the repair that closed it, an open one a dashed tail to
// today, and the alliance line rises with the total and flags low checks.
#include "rr_timeline.h"

#include <doctest/doctest.h>

#include <vector>

using namespace rupture_repair;

namespace {

Rupture make(int64_t id, const char* date, Status status, int salience = 3,
             MarkerKind kind = MarkerKind::Withdrawal) {
    Rupture r;
    r.id = id;
    r.case_id = 1;
    r.date = date;
    r.description = "Went quiet";
    r.status = status;
    r.salience = salience;
    r.kind = kind;
    if (status == Status::Repaired) r.resolution = Resolution::Fully;
    return r;
}

RepairAction fix(int64_t id, int64_t rupture, const char* date) {
    RepairAction a;
    a.id = id;
    a.rupture_id = rupture;
    a.date = date;
    return a;
}

AllianceCheck check(int64_t session, int each) {
    AllianceCheck c;
    c.session_id = session;
    for (int& v : c.ratings) v = each;
    return c;
}

TimelineInputs inputs() {
    TimelineInputs in;
    in.generation = 1;
    in.width = 900;
    in.height = 600;
    in.font = 16;
    in.scale = 1;
    in.today = *day_number("2024-06-01");
    in.low_alliance = 24;
    return in;
}

struct Case {
    std::vector<Rupture> ruptures{
        make(1, "2024-02-01", Status::Repaired, 2),
        make(2, "2024-03-01", Status::Open, 5, MarkerKind::Confrontation),
        make(3, "2024-04-01", Status::Repairing, 1),
    };
    std::vector<RepairAction> repairs{fix(10, 1, "2024-02-05"), fix(11, 1, "2024-02-20"), fix(12, 3, "2024-04-10")};
    std::vector<SessionRef> sessions{{100, "2024-01-20", ""}, {101, "2024-03-01", ""}, {102, "2024-05-01", ""}};
    std::vector<AllianceCheck> alliance{check(100, 5), check(101, 8)};

    TimelineScene build(const TimelineInputs& in = inputs()) const {
        TimelineScene s;
        build_timeline(s, in, ruptures, repairs, sessions, alliance);
        return s;
    }
};

} // namespace

TEST_CASE("sessions and ruptures sit at their dates, left to right, with today on the right") {
    const Case c;
    const TimelineScene s = c.build();
    REQUIRE(s.sessions.size() == 3);
    CHECK(s.sessions[0].x < s.sessions[1].x);
    CHECK(s.sessions[1].x < s.sessions[2].x);
    CHECK(s.sessions[2].x < s.today_x);
    CHECK(s.sessions[0].x >= s.plot_x0);
    CHECK(s.today_x <= s.plot_x1);
    REQUIRE(s.marks.size() == 3);
    // Rupture 2 is on the same day as session 101.
    CHECK(s.marks[1].at.x == doctest::Approx(s.sessions[1].x));
    CHECK(s.marks[0].at.x < s.marks[1].at.x);
    // Markers above the axis, the alliance strip below it.
    for (const RuptureMark& m : s.marks) CHECK(m.at.y < s.axis_y);
    CHECK(s.strip_top > s.axis_y);
}

TEST_CASE("marker size grows with salience") {
    CHECK(marker_radius(1, 10) < marker_radius(3, 10));
    CHECK(marker_radius(3, 10) < marker_radius(5, 10));
    CHECK(marker_radius(1, 10) == doctest::Approx(7.5f));
    CHECK(marker_radius(5, 10) == doctest::Approx(20.0f));
    const TimelineScene s = Case{}.build();
    CHECK(s.marks[1].radius > s.marks[0].radius); // salience 5 vs 2
    CHECK(s.marks[0].radius > s.marks[2].radius); // salience 2 vs 1
}

TEST_CASE("a repaired rupture has an arc to its closing repair; an open one a tail to today") {
    const TimelineScene s = Case{}.build();
    // Rupture 1 (repaired): an arc from its marker to repair 11, the latest.
    REQUIRE(s.arc_begin[1] > s.arc_begin[0]);
    const float* first = &s.arc_xy[s.arc_begin[0] * 2];
    const float* last = &s.arc_xy[(s.arc_begin[1] - 1) * 2];
    CHECK(first[0] == doctest::Approx(s.marks[0].at.x));
    const RepairDot* closing = nullptr;
    int closing_count = 0;
    for (const RepairDot& d : s.dots)
        if (d.closing) {
            closing = &d;
            ++closing_count;
        }
    REQUIRE(closing != nullptr);
    CHECK(closing_count == 1);
    CHECK(closing->repair == 1); // repairs[1] is id 11
    CHECK(last[0] == doctest::Approx(closing->at.x));
    // The arc rises above the marker.
    float top = first[1];
    for (uint32_t k = s.arc_begin[0]; k < s.arc_begin[1]; ++k) top = std::min(top, s.arc_xy[k * 2 + 1]);
    CHECK(top < s.marks[0].at.y - s.marks[0].radius);
    CHECK(s.tail_begin[1] == s.tail_begin[0]); // no tail for the repaired one

    // Ruptures 2 (open) and 3 (repairing): no arc, dashes reaching today.
    for (std::size_t i : {std::size_t{1}, std::size_t{2}}) {
        CHECK(s.arc_begin[i + 1] == s.arc_begin[i]);
        REQUIRE(s.tail_begin[i + 1] > s.tail_begin[i]);
        const float* end = &s.tail[(s.tail_begin[i + 1] - 1) * 4];
        CHECK(end[2] == doctest::Approx(s.today_x));
        CHECK(end[1] == doctest::Approx(s.marks[i].at.y));
    }
}

TEST_CASE("a repair on the rupture's own day is drawn just right of the marker, not under it") {
    Case c;
    c.repairs = {fix(10, 1, "2024-02-01")};
    const TimelineScene s = c.build();
    REQUIRE(s.dots.size() == 1);
    CHECK(s.dots[0].closing);
    CHECK(s.dots[0].at.x > s.marks[0].at.x + s.marks[0].radius);
}

TEST_CASE("ruptures close together stack into lanes; far apart ones stay on the base line") {
    Case c;
    c.ruptures = {make(1, "2024-03-01", Status::Open), make(2, "2024-03-01", Status::Open),
                  make(3, "2024-05-20", Status::Open)};
    c.repairs.clear();
    const TimelineScene s = c.build();
    CHECK(s.marks[0].lane == 0);
    CHECK(s.marks[1].lane == 1);
    CHECK(s.marks[1].at.y < s.marks[0].at.y);
    CHECK(s.marks[2].lane == 0);
}

TEST_CASE("the alliance line rises with the total and flags checks below the threshold") {
    const TimelineScene s = Case{}.build();
    REQUIRE(s.alliance.size() == 2);
    CHECK(s.alliance_total == std::vector<int>{20, 32});
    CHECK(s.alliance[1].y < s.alliance[0].y); // higher total, higher on screen
    CHECK(s.alliance[0].x == doctest::Approx(s.sessions[0].x));
    CHECK(s.alliance_low == std::vector<char>{1, 0});
    CHECK(s.threshold_y > s.strip_top);
    CHECK(s.threshold_y < s.strip_bottom);

    TimelineInputs lower = inputs();
    lower.low_alliance = 20; // 20 is no longer below it
    TimelineScene t;
    build_timeline(t, lower, Case{}.ruptures, Case{}.repairs, Case{}.sessions, Case{}.alliance);
    CHECK(t.alliance_low == std::vector<char>{0, 0});
}

TEST_CASE("hit testing finds the marker under the mouse and nothing elsewhere") {
    const TimelineScene s = Case{}.build();
    CHECK(rupture_at(s, s.marks[1].at.x, s.marks[1].at.y, 2) == 1);
    CHECK(rupture_at(s, s.marks[1].at.x + 2, s.marks[1].at.y - 1, 2) == 1);
    CHECK(rupture_at(s, s.plot_x0, s.strip_bottom, 2) == -1);
}
