// af_types.h - what an activity recording is, as plain data: the four
// partnership activities with their names, short letters and key numbers;
// a stretch (from an offset in active time, one activity); a note at a
// time; a recording (case, optional session, title, slice length); time as
// "m:ss"; and the checks input must pass before anything is stored.
//
// Time throughout is ACTIVE time in milliseconds from the start of the
// recording: paused time is never on this axis, so nothing downstream
// (diagram, figures, export) has to know about pauses.
//
// No ImGui and no host here (only the SDK's plain helpers), so the flow
// rules, the diagram geometry and the tests use it alone.
#pragma once

#include <workbench/util.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace activity_flow {

using wb::util::today_local;
using wb::util::trimmed;

// Stored as these integers (1..4, the numbers the keys use): never renumber.
enum class Activity : int { Locating = 1, Meaning = 2, JointAction = 3, Planning = 4 };
inline constexpr int kActivityCount = 4;
inline constexpr std::array<Activity, kActivityCount> kActivities = {Activity::Locating, Activity::Meaning,
                                                                    Activity::JointAction, Activity::Planning};

// 0..3, for arrays indexed by activity.
inline constexpr int index_of(Activity a) { return static_cast<int>(a) - 1; }
inline constexpr Activity activity_at(int index) { return static_cast<Activity>(index + 1); }
std::optional<Activity> activity_from_int(int64_t v);

const char* activity_label(Activity a);       // "Locating and orienting change"
const char* activity_short_label(Activity a); // "Locating", for narrow places
const char* activity_letter(Activity a);      // "L", "M", "J", "P"
const char* activity_hint(Activity a);        // one line: what it looks like

// One coded stretch: from `start_ms` until the next stretch starts (or
// the recording ends).
struct Stretch {
    int64_t id = 0; // 0 until stored
    int64_t start_ms = 0;
    Activity activity = Activity::Locating;
};

// A short note at a point in time. Its text is typed about the family, so
// the view treats it as identifying.
struct Note {
    int64_t id = 0;
    int64_t at_ms = 0;
    std::string text;
};

inline constexpr int kDefaultSliceSeconds = 30;
inline constexpr int kMinSliceSeconds = 5, kMaxSliceSeconds = 600;
// The slice lengths the panel offers.
inline constexpr std::array<int, 7> kSliceChoices = {10, 15, 20, 30, 45, 60, 120};
inline constexpr std::size_t kMaxTitleBytes = 120, kMaxNoteBytes = 500;

struct Recording {
    int64_t id = 0;
    int64_t case_id = 0;
    std::optional<int64_t> session_id; // the session it records, if any
    std::string title;
    int slice_s = kDefaultSliceSeconds;
    // Active time recorded so far: the whole length once finished; for an
    // unfinished one, the last stored checkpoint (each switch, note and
    // pause stores it), so a recording left by a crash resumes from there.
    int64_t active_ms = 0;
    bool finished = false;
    std::string created; // YYYY-MM-DD
    std::string session_date; // of session_id, for the picker; "" without one
};

// A recording with its content, stretches in time order (first at 0),
// notes in time order.
struct RecordingData {
    Recording rec;
    std::vector<Stretch> stretches;
    std::vector<Note> notes;
};

// "m:ss" (or "h:mm:ss" from an hour up) of an active-time offset.
std::string format_time(int64_t ms);
// Parses "m:ss", "h:mm:ss" or plain seconds ("95"); nothing when it is not
// a time.
std::optional<int64_t> parse_time(std::string_view text);

// The checks: a reason to show in the form, or nothing when fine.
std::optional<std::string> check_title(std::string_view title);
std::optional<std::string> check_note(std::string_view text);
std::optional<std::string> check_slice(int seconds);

} // namespace activity_flow
