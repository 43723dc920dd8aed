// cz_types.h - what a planned challenge and a zone placement are, as plain
// data: the seven aspects, the four zones, statuses and kinds of support,
// their labels, date helpers, the checks input must pass, and time order.
//
// No ImGui and no host here (only the SDK's plain helpers in
// workbench/util.hpp), so the prompts and the tests use it alone.
#pragma once

#include <workbench/util.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace challenge_zones {

// Stored as these integers: never renumber.
enum class Aspect : int {
    Technical = 0,     // technical understandings
    Actions = 1,       // actions and practices
    Safety = 2,        // safety concerns
    SelfUnderstanding = 3,
    SelfCare = 4,
    ChangeProcess = 5, // expectations of the change process
    Partnership = 6,
};
inline constexpr int kAspectCount = 7;

// Who challenges whom: challenges go both ways in a partnership.
enum class Direction : int { HelperToParent = 0, ParentToHelper = 1 };

// The zones from least to most stretching (stored as 0..3).
enum class Zone : int { Nice = 0, Comfort = 1, Optimal = 2, Overwhelming = 3 };
inline constexpr int kZoneCount = 4;

enum class Status : int { Planned = 0, Active = 1, Achieved = 2, Paused = 3, Dropped = 4 };
inline constexpr int kStatusCount = 5;

// Kinds of help a challenge needs, as bits (stored as their sum).
enum SupportBit : int { Practical = 1, Strategic = 2, Emotional = 4, Relational = 8 };
inline constexpr int kSupportCount = 4;
inline constexpr int kSupportAll = 15;

struct Challenge {
    int64_t id = 0; // 0 until stored
    int64_t case_id = 0;
    Aspect aspect = Aspect::Actions;
    Direction direction = Direction::HelperToParent;
    std::string description;
    std::string why_it_matters; // what matters to the parent
    int support = 0;            // SupportBit flags
    std::string support_note;
    std::string near_future;
    std::string distant_future;
    Status status = Status::Planned;
    std::string review_date; // YYYY-MM-DD or empty
    std::string created;     // YYYY-MM-DD

    bool operator==(const Challenge&) const = default;
};

struct Placement {
    int64_t id = 0;
    int64_t challenge_id = 0;
    std::optional<int64_t> session_id; // the supervision session it was assessed in
    std::string date;                  // YYYY-MM-DD (the session's date when linked)
    std::optional<Zone> zone;          // empty only in a form not yet filled
    std::string reason;

    bool operator==(const Placement&) const = default;
};

// ---- Labels (our own words) -------------------------------------------------
const char* aspect_label(Aspect a);       // "Actions and practices"
const char* aspect_short_label(Aspect a); // "Actions" (legend, table)
const char* direction_label(Direction d);
const char* zone_label(Zone z);
const char* zone_hint(Zone z); // one line explaining the zone
const char* status_label(Status s);
const char* support_label(int bit_index); // 0..3
std::string support_summary(int flags);   // "practical, emotional"

std::optional<Aspect> aspect_from_int(int64_t v);
std::optional<Direction> direction_from_int(int64_t v);
std::optional<Zone> zone_from_int(int64_t v);
std::optional<Status> status_from_int(int64_t v);

// ---- Dates --------------------------------------------------------------------
// Calendar dates as the store keeps them (YYYY-MM-DD), and trimming, from
// the SDK.
using wb::util::today_local;
using wb::util::trimmed;
using wb::util::valid_date;
using wb::util::day_number; // days since 1970, for ages and overdue reviews

// ---- Checks -------------------------------------------------------------------
// Why the challenge cannot be kept, in words for the form, or nothing.
std::optional<std::string> validate(const Challenge& c);
// Why the placement cannot be kept (no zone, bad date), or nothing.
std::optional<std::string> validate(const Placement& p);
inline constexpr std::size_t kMaxTextBytes = 2000;

// A review date before today on a challenge still open: the review is late.
bool review_overdue(const Challenge& c, std::string_view today);

// ---- Trajectories -------------------------------------------------------------
// Time order: by date, then by id (the order they were recorded).
bool earlier(const Placement& a, const Placement& b);
// The challenge's placements in time order.
std::vector<Placement> trajectory(const std::vector<Placement>& all, int64_t challenge_id);
// The latest placement of the challenge on or before `date` (empty: any).
std::optional<Placement> latest_placement(const std::vector<Placement>& all, int64_t challenge_id,
                                          std::string_view date = {});

} // namespace challenge_zones
