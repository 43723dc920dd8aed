// af_flow.h - the rules a recording's stretches follow, as plain functions:
// where each stretch ends, joining same-activity neighbours into runs, the
// figures (share of time, switches, mean run length, the 4x4 transition
// table), the sequence diagram's squares with the straddle rule, the
// story's chunks, and the checks an edit (split, merge, re-time) must pass.
//
// Plain C++ on spans (no host, no ImGui): the model, the views, the export
// and the tests all call these, so a rule lives in exactly one place.
#pragma once

#include "af_types.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace activity_flow {

// No stretch may be shorter than this after an edit (a split or re-time
// that would leave a sliver is refused with a reason).
inline constexpr int64_t kMinStretchMs = 1000;

// Where stretch `i` ends: the next one's start, or `duration_ms` for the last.
int64_t stretch_end(std::span<const Stretch> stretches, std::size_t i, int64_t duration_ms);

// A run: one or more consecutive stretches with the same activity. The
// figures and the diagram count runs, so recoding a stretch to its
// neighbour's activity never shows a "switch" that did not happen.
struct Run {
    Activity activity = Activity::Locating;
    int64_t start_ms = 0, end_ms = 0;
};
// Runs over [0, duration_ms), in order; stretches starting at or after the
// end and zero-length pieces are left out.
std::vector<Run> runs_of(std::span<const Stretch> stretches, int64_t duration_ms);

struct Figures {
    int64_t duration_ms = 0;
    std::array<int64_t, kActivityCount> ms{};   // time in each activity
    std::array<double, kActivityCount> share{}; // of duration_ms, 0..1
    std::array<int, kActivityCount> runs_per{}; // runs of each activity
    int runs = 0;
    int switches = 0;       // runs - 1 (0 for an empty recording)
    double mean_run_ms = 0; // duration / runs
    int64_t longest_run_ms = 0;
    std::optional<Activity> longest_activity;
    // transitions[from][to]: how often `to` followed `from` (indexes 0..3).
    std::array<std::array<int, kActivityCount>, kActivityCount> transitions{};
};
Figures figures_of(std::span<const Stretch> stretches, int64_t duration_ms);

// Two recordings side by side: b minus a for share (percentage points),
// switches and mean run length.
struct Comparison {
    Figures a, b;
    std::array<double, kActivityCount> share_points{};
    int switches_diff = 0;
    double mean_run_diff_ms = 0;
};
Comparison compare(const Figures& a, const Figures& b);

// ---- The sequence diagram ----------------------------------------------------------
//
// One square per slice of `slice_ms` active time, read left to right and
// top to bottom.
//
// THE STRADDLE RULE. A slice that holds a switch gets the colour of the
// activity that fills the most of that slice (summing every piece of it in
// the slice). On an exact tie, the activity that is under way later in the
// slice wins, so a switch half-way through a slice already shows in that
// square. The last, part-filled slice gets a square when it holds at least
// half a slice; a shorter tail is left out so every square stands for
// about the same stretch of time.
struct Square {
    Activity activity = Activity::Locating;
    bool mixed = false; // more than one activity inside the slice
};
int square_count(int64_t duration_ms, int64_t slice_ms);
// Fills `out` (reusing its buffer) for runs_of(...) of the recording.
void squares_of(std::span<const Run> runs, int64_t duration_ms, int64_t slice_ms, std::vector<Square>& out);
// The activity with the most time in [from_ms, to_ms) by the straddle rule;
// nothing when no run covers it. `mixed` (if given): more than one there.
std::optional<Activity> dominant_in(std::span<const Run> runs, int64_t from_ms, int64_t to_ms,
                                    bool* mixed = nullptr);

// ---- The story (presentation step-through) -------------------------------------------
//
// The diagram grows by one chunk per step: step k shows the recording up
// to min((k + 1) * chunk, duration).
inline constexpr int64_t kStoryChunkMs = 2 * 60 * 1000;
int story_steps(int64_t duration_ms);
int64_t story_shown_ms(int step, int64_t duration_ms);
// A line for the audience about step k's chunk, e.g.
// "Minutes 12 to 14: joint live action, 3 switches".
std::string story_caption(std::span<const Run> runs, int step, int64_t duration_ms);

// ---- Edit checks (a reason to show, or nothing when the edit is fine) ---------------

// Splitting stretch `i` at `at_ms` leaves two parts of at least kMinStretchMs.
std::optional<std::string> check_split(std::span<const Stretch> s, std::size_t i, int64_t at_ms,
                                       int64_t duration_ms);
// Stretch `i` has a next one to merge with.
std::optional<std::string> check_merge(std::span<const Stretch> s, std::size_t i);
// Moving the start of stretch `i` (the boundary with the one before) to
// `start_ms` keeps both neighbours at least kMinStretchMs long; the first
// stretch always starts at 0:00.
std::optional<std::string> check_retime(std::span<const Stretch> s, std::size_t i, int64_t start_ms,
                                        int64_t duration_ms);

// The stretch in force at `at_ms` (the last one starting at or before it),
// or -1 when there is none.
std::ptrdiff_t stretch_at(std::span<const Stretch> s, int64_t at_ms);

} // namespace activity_flow
