// flow_tests.cpp - the flow rules on plain data: runs join same-activity
// neighbours; the figures (share, switches, mean and longest run, the 4x4
// transition table) and a comparison; the diagram's squares, including the
// straddle rule for a slice that holds a switch (most time wins, a tie
// goes to the later activity) and the half-slice rule for the tail; the
// grid's rows of ten minutes and the hit test; the story's steps and
// captions; the edit checks; and time written as m:ss.
#include "af_diagram.h"
#include "af_flow.h"

#include <doctest/doctest.h>

#include <vector>

using namespace activity_flow;

namespace {

constexpr Activity L = Activity::Locating, M = Activity::Meaning, J = Activity::JointAction, P = Activity::Planning;

// Stretches from {seconds, activity} pairs.
std::vector<Stretch> at(std::initializer_list<std::pair<int, Activity>> list) {
    std::vector<Stretch> out;
    int64_t id = 1;
    for (const auto& [s, a] : list) out.push_back(Stretch{id++, static_cast<int64_t>(s) * 1000, a});
    return out;
}

std::vector<Activity> colours_of(const std::vector<Stretch>& s, int duration_s, int slice_s = 30) {
    const std::vector<Run> runs = runs_of(s, duration_s * 1000);
    std::vector<Square> squares;
    squares_of(runs, duration_s * 1000, slice_s * 1000, squares);
    std::vector<Activity> out;
    for (const Square& q : squares) out.push_back(q.activity);
    return out;
}

} // namespace

TEST_CASE("runs join neighbours with the same activity, drop empty pieces and stop at the end") {
    const std::vector<Stretch> s = at({{0, L}, {60, L}, {90, M}, {90, M}, {120, J}, {400, P}});
    const std::vector<Run> runs = runs_of(s, 300 * 1000);
    REQUIRE(runs.size() == 3); // L L joined; the zero-length M dropped; P starts after the end
    CHECK(runs[0].activity == L);
    CHECK(runs[0].end_ms == 90000);
    CHECK(runs[1].activity == M);
    CHECK(runs[1].start_ms == 90000);
    CHECK(runs[1].end_ms == 120000);
    CHECK(runs[2].activity == J);
    CHECK(runs[2].end_ms == 300000);
    CHECK(stretch_end(s, 5, 300 * 1000) == 400 * 1000); // a stretch never ends before it starts
}

TEST_CASE("figures: share of time, switches, mean and longest run, and which activity followed which") {
    // L 0-60, M 60-90, L 90-150, J 150-180, P 180-300.
    const Figures f = figures_of(at({{0, L}, {60, M}, {90, L}, {150, J}, {180, P}}), 300 * 1000);
    CHECK(f.duration_ms == 300000);
    CHECK(f.ms[index_of(L)] == 120000);
    CHECK(f.ms[index_of(M)] == 30000);
    CHECK(f.ms[index_of(J)] == 30000);
    CHECK(f.ms[index_of(P)] == 120000);
    CHECK(f.share[index_of(L)] == doctest::Approx(0.4));
    CHECK(f.share[index_of(P)] == doctest::Approx(0.4));
    CHECK(f.runs == 5);
    CHECK(f.switches == 4);
    CHECK(f.mean_run_ms == doctest::Approx(60000.0));
    CHECK(f.longest_run_ms == 120000);
    CHECK(f.longest_activity == std::optional<Activity>(P)); // the first of two equally long
    CHECK(f.runs_per[index_of(L)] == 2);
    // L->M, M->L, L->J, J->P once each; nothing else.
    int total = 0;
    for (const auto& row : f.transitions)
        for (int n : row) total += n;
    CHECK(total == 4);
    CHECK(f.transitions[index_of(L)][index_of(M)] == 1);
    CHECK(f.transitions[index_of(M)][index_of(L)] == 1);
    CHECK(f.transitions[index_of(L)][index_of(J)] == 1);
    CHECK(f.transitions[index_of(J)][index_of(P)] == 1);
    CHECK(f.transitions[index_of(P)][index_of(L)] == 0);
}

TEST_CASE("a recode that joins two runs is not counted as a switch") {
    const Figures f = figures_of(at({{0, L}, {60, M}, {90, M}, {120, L}}), 180 * 1000);
    CHECK(f.runs == 3);
    CHECK(f.switches == 2);
    CHECK(f.transitions[index_of(M)][index_of(M)] == 0);
}

TEST_CASE("an empty recording has no runs, no switches and no shares") {
    const Figures f = figures_of({}, 0);
    CHECK(f.runs == 0);
    CHECK(f.switches == 0);
    CHECK(f.mean_run_ms == 0);
    CHECK(f.share[0] == 0);
    CHECK_FALSE(f.longest_activity.has_value());
}

TEST_CASE("comparing two recordings gives the change in share, switches and mean run") {
    const Figures a = figures_of(at({{0, L}, {120, P}}), 240 * 1000);             // 50/50, one switch
    const Figures b = figures_of(at({{0, L}, {60, M}, {120, L}, {180, P}}), 240 * 1000); // 3 switches
    const Comparison c = compare(a, b);
    CHECK(c.share_points[index_of(L)] == doctest::Approx(0.0));
    CHECK(c.share_points[index_of(M)] == doctest::Approx(25.0));
    CHECK(c.share_points[index_of(P)] == doctest::Approx(-25.0));
    CHECK(c.switches_diff == 2);
    CHECK(c.mean_run_diff_ms == doctest::Approx(60000.0 - 120000.0));
}

TEST_CASE("the grid: one square per slice, the tail only from half a slice on") {
    CHECK(square_count(90 * 1000, 30 * 1000) == 3);
    CHECK(square_count(100 * 1000, 30 * 1000) == 3); // a 10 s tail: no square
    CHECK(square_count(105 * 1000, 30 * 1000) == 4); // a 15 s tail: half a slice, a square
    CHECK(square_count(14 * 1000, 30 * 1000) == 0);
    CHECK(square_count(0, 30 * 1000) == 0);
    CHECK(square_count(90 * 60 * 1000, 30 * 1000) == 180);
    // The tail's square takes the tail's activity.
    CHECK(colours_of(at({{0, L}, {90, M}}), 105) == std::vector<Activity>{L, L, L, M});
    // Squares follow the slices: left to right, in time order.
    CHECK(colours_of(at({{0, L}, {30, M}, {60, J}, {90, P}}), 120) == std::vector<Activity>{L, M, J, P});
}

TEST_CASE("the straddle rule: the activity that fills most of the slice colours it; a tie goes to the later one") {
    // A switch 10 s into the first slice: 20 s of M against 10 s of L.
    CHECK(colours_of(at({{0, L}, {10, M}}), 60) == std::vector<Activity>{M, M});
    // 20 s into it: L keeps the first square.
    CHECK(colours_of(at({{0, L}, {20, M}}), 60) == std::vector<Activity>{L, M});
    // Exactly half-way: a tie, and the later activity wins.
    CHECK(colours_of(at({{0, L}, {15, M}}), 60) == std::vector<Activity>{M, M});
    // Pieces of one activity add up: L 0-8 and 16-24 (16 s) beat M 8-16 and J 24-30.
    CHECK(colours_of(at({{0, L}, {8, M}, {16, L}, {24, J}}), 30) == std::vector<Activity>{L});
    // A tie between split pieces: L 0-10 + 20-25, M 10-20 + 25-30; M is under way later.
    CHECK(colours_of(at({{0, L}, {10, M}, {20, L}, {25, M}}), 30) == std::vector<Activity>{M});
    // The mixed flag marks slices that hold a switch.
    const std::vector<Run> runs = runs_of(at({{0, L}, {40, M}}), 90 * 1000);
    std::vector<Square> squares;
    squares_of(runs, 90 * 1000, 30 * 1000, squares);
    REQUIRE(squares.size() == 3);
    CHECK_FALSE(squares[0].mixed);
    CHECK(squares[1].mixed);
    CHECK(squares[1].activity == M); // 20 s of M, 10 s of L
    CHECK_FALSE(squares[2].mixed);
    CHECK_FALSE(dominant_in(runs, 95 * 1000, 120 * 1000).has_value()); // after the end
}

TEST_CASE("paused time is not on the axis: the diagram of a recording is that of its active time") {
    // Active time only: a pause never appears as a stretch, so 120 s of
    // recording are 4 squares however long the pause was.
    CHECK(colours_of(at({{0, L}, {60, P}}), 120).size() == 4);
}

TEST_CASE("the layout: rows of ten minutes, squares found again under the mouse, letters when they fit") {
    DiagramScene s;
    DiagramInputs in;
    in.generation = 1;
    in.width = 900;
    in.height = 500;
    in.font = 14;
    in.shown_ms = 90 * 60 * 1000;
    in.slice_ms = 30 * 1000;
    build_diagram(s, in, at({{0, L}, {45 * 60, J}}));
    REQUIRE(s.squares.size() == 180);
    CHECK(s.cols == 20); // 20 x 30 s = 10 minutes a row
    CHECK(s.rows == 9);
    CHECK(s.row_ms == 600000);
    CHECK(s.letters);
    CHECK(s.key_y > s.grid_bottom);
    CHECK(s.grid_bottom <= in.height);
    // Square 93 is row 4, column 13; its centre maps back to it.
    const float cx = square_x(s, 93) + s.cell / 2, cy = square_y(s, 93) + s.cell / 2;
    CHECK(square_at(s, cx, cy) == 93);
    CHECK(s.squares[89].activity == L);
    CHECK(s.squares[90].activity == J); // 45:00 is the first square of the second half
    CHECK(square_at(s, s.x0 - 5, cy) == -1);
    CHECK(square_at(s, cx, s.grid_bottom + 40) == -1);
    // Squares never run past the region's width.
    CHECK(square_x(s, 19) + s.cell <= in.width);

    // A small region: squares too small for letters carry patterns instead.
    in.width = 260;
    in.height = 160;
    build_diagram(s, in, at({{0, L}}));
    CHECK_FALSE(s.letters);
    CHECK(square_x(s, s.cols - 1) + s.cell <= in.width);
}

TEST_CASE("the story grows the diagram two minutes at a time with a caption naming the main activity") {
    const std::vector<Stretch> s = at({{0, L}, {150, J}, {170, M}, {190, J}, {200, M}, {210, J}, {300, P}});
    const int64_t total = 330 * 1000;
    CHECK(story_steps(total) == 3);
    CHECK(story_steps(0) == 0);
    CHECK(story_shown_ms(0, total) == 120000);
    CHECK(story_shown_ms(2, total) == total);
    const std::vector<Run> runs = runs_of(s, total);
    CHECK(story_caption(runs, 0, total) == "Minutes 0 to 2: mostly locating and orienting change");
    CHECK(story_caption(runs, 1, total) == "Minutes 2 to 4: fast switching, mostly joint live action (5 switches)");
    CHECK(story_caption(runs, 2, total) == "Minutes 4 to 6: mostly joint live action (1 switch)");
}

TEST_CASE("edit checks: split inside a stretch, merge with a next one, re-time between the neighbours") {
    const std::vector<Stretch> s = at({{0, L}, {60, M}, {90, J}});
    const int64_t total = 150 * 1000;
    CHECK_FALSE(check_split(s, 1, 75000, total).has_value());
    CHECK(check_split(s, 1, 60000, total).has_value());  // at its start
    CHECK(check_split(s, 1, 95000, total).has_value());  // outside it
    CHECK(check_split(s, 1, 60500, total).has_value());  // a sliver
    CHECK(check_split(s, 2, 149000, total).has_value() == false);
    CHECK(check_split(s, 3, 10000, total).has_value()); // no such stretch
    CHECK_FALSE(check_merge(s, 1).has_value());
    CHECK(check_merge(s, 2).has_value()); // the last
    CHECK_FALSE(check_retime(s, 1, 40000, total).has_value());
    CHECK_FALSE(check_retime(s, 2, 61000, total).has_value());
    CHECK(check_retime(s, 2, 60000, total).has_value()); // would swallow the stretch before
    CHECK(check_retime(s, 2, 149500, total).has_value());
    CHECK(check_retime(s, 0, 5000, total).has_value()); // the first starts at 0:00
    CHECK(stretch_at(s, 0) == 0);
    CHECK(stretch_at(s, 89999) == 1);
    CHECK(stretch_at(s, 90000) == 2);
}

TEST_CASE("time is written m:ss and read back from m:ss, h:mm:ss or seconds") {
    CHECK(format_time(0) == "0:00");
    CHECK(format_time(75 * 1000 + 999) == "1:15");
    CHECK(format_time(3725 * 1000) == "1:02:05");
    CHECK(parse_time("1:15") == std::optional<int64_t>(75000));
    CHECK(parse_time(" 12:30 ") == std::optional<int64_t>(750000));
    CHECK(parse_time("1:02:05") == std::optional<int64_t>(3725000));
    CHECK(parse_time("95") == std::optional<int64_t>(95000));
    CHECK_FALSE(parse_time("1:75").has_value());
    CHECK_FALSE(parse_time("").has_value());
    CHECK_FALSE(parse_time("12:").has_value());
    CHECK_FALSE(parse_time("a:10").has_value());
    CHECK_FALSE(parse_time("1:2:3:4").has_value());
}

TEST_CASE("input checks explain what to fix") {
    CHECK(check_title("  ").has_value());
    CHECK_FALSE(check_title("Visit 3").has_value());
    CHECK(check_title(std::string(kMaxTitleBytes + 1, 'x')).has_value());
    CHECK(check_note("").has_value());
    CHECK(check_note(std::string(kMaxNoteBytes + 1, 'x')).has_value());
    CHECK(check_slice(4).has_value());
    CHECK_FALSE(check_slice(30).has_value());
    CHECK(check_slice(601).has_value());
    CHECK(activity_from_int(0) == std::nullopt);
    CHECK(activity_from_int(4) == std::optional<Activity>(P));
    for (Activity a : kActivities) CHECK(std::string(activity_letter(a)).size() == 1);
}

TEST_CASE("a growing story keeps the squares' size, rows and key in place; five-minute rows when much larger") {
    const std::vector<Stretch> s = at({{0, L}, {600, J}, {1500, P}});
    DiagramInputs in;
    in.generation = 1;
    in.width = 700;
    in.height = 700;
    in.font = 16;
    in.slice_ms = 30 * 1000;
    in.shown_ms = in.layout_ms = 40 * 60 * 1000;
    DiagramScene whole, step;
    build_diagram(whole, in, s);
    in.shown_ms = 2 * 60 * 1000;
    build_diagram(step, in, s);
    CHECK(step.squares.size() == 4);
    CHECK(step.cell == whole.cell);
    CHECK(step.cols == whole.cols);
    CHECK(step.key_y == whole.key_y);
    CHECK(square_x(step, 3) == square_x(whole, 3));
    // 80 squares in a tall region: rows of five minutes give larger squares.
    CHECK(whole.cols == 10);
    CHECK(whole.row_ms == 300000);
    // Without the layout length, two minutes alone would put the key
    // right under one row, and it would move down as the story grows.
    in.layout_ms = 0;
    build_diagram(step, in, s);
    CHECK(step.key_y < whole.key_y);
}
