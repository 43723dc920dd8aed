// rr_types.h - what a rupture, a repair action and an alliance check are, as
// plain data: origins, marker kinds with their sub-markers, who moved away
// or against, what was strained, repair strategies, statuses and how fully
// a rupture was repaired; their labels (our own words), the checks input
// must pass, the status rules, time-to-repair and the low-alliance flag.
//
// No ImGui and no host here (only the SDK's plain helpers in
// workbench/util.hpp), so the timeline geometry and the tests use it alone.
#pragma once

#include <workbench/util.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rupture_repair {

// ---- Enums (stored as these integers: never renumber) ------------------------

// How the strain arose.
enum class Origin : int { Logistics = 0, UnmetExpectations = 1, NotOkay = 2, Other = 3 };
inline constexpr int kOriginCount = 4;

// How the rupture showed in the session: moving away, or moving against.
enum class MarkerKind : int { Withdrawal = 0, Confrontation = 1 };
inline constexpr int kMarkerKindCount = 2;

// Who moved away or against; also who led a repair.
enum class Person : int { Parent = 0, Helper = 1, OtherFamily = 2 };
inline constexpr int kPersonCount = 3;

// What was strained, as bits (stored as their sum).
enum StrainBit : int { StrainTasks = 1, StrainGoals = 2, StrainBond = 4 };
inline constexpr int kStrainCount = 3;
inline constexpr int kStrainAll = 7;

enum class Status : int { Open = 0, Repairing = 1, Repaired = 2, NotResolved = 3 };
inline constexpr int kStatusCount = 4;

// How fully a closed rupture was mended. Open and repairing ruptures have
// None; a repaired one Partly or Fully; one closed unresolved None or Partly.
enum class Resolution : int { None = 0, Partly = 1, Fully = 2 };
inline constexpr int kResolutionCount = 3;

// Repair strategies: the first three answer the strain directly
// (immediate), the last four open it up for talk (exploratory).
enum class Strategy : int {
    GiveReason = 0,
    ChangeTaskOrGoal = 1,
    ClearUpMisunderstanding = 2,
    InviteTalk = 3,
    StayOpen = 4,
    OwnPart = 5,
    LinkPatterns = 6,
};
inline constexpr int kStrategyCount = 7;
enum class StrategyFamily : int { Immediate = 0, Exploratory = 1 };

// Sub-markers are bits of `Rupture::sub_markers`; their meaning depends on
// the marker kind (the form clears them when the kind changes).
inline constexpr int kMaxSubMarkers = 5;
int sub_marker_count(MarkerKind k);

inline constexpr int kMinSalience = 1, kMaxSalience = 5;
inline constexpr int kAllianceItems = 4;
inline constexpr int kAllianceItemMax = 10;
inline constexpr int kAllianceMax = kAllianceItems * kAllianceItemMax; // 40
inline constexpr int kDefaultLowAlliance = 24;  // flag totals below this
inline constexpr int kDefaultOverdueDays = 14;  // caseload highlight
inline constexpr std::size_t kMaxTextBytes = 2000;

// ---- Data ----------------------------------------------------------------------

struct Rupture {
    int64_t id = 0; // 0 until stored
    int64_t case_id = 0;
    std::optional<int64_t> session_id; // the session it happened in, if any
    std::string date;                  // YYYY-MM-DD (the session's date when linked)
    Origin origin = Origin::Logistics;
    MarkerKind kind = MarkerKind::Withdrawal;
    int sub_markers = 0; // bits, see sub_marker_label()
    Person who = Person::Parent;
    int salience = 3; // 1 (barely noticed) .. 5 (shook the partnership)
    int strained = 0; // StrainBit flags
    std::string description;
    Status status = Status::Open;
    Resolution resolution = Resolution::None;

    bool operator==(const Rupture&) const = default;
};

struct RepairAction {
    int64_t id = 0;
    int64_t rupture_id = 0;
    std::string date; // YYYY-MM-DD, not before the rupture
    Person led_by = Person::Helper;
    Strategy strategy = Strategy::InviteTalk;
    std::string note;

    bool operator==(const RepairAction&) const = default;
};

// A session of the case, as the timeline and the forms need it.
struct SessionRef {
    int64_t id = 0;
    std::string date;
    std::string supervisee;
};

struct AllianceCheck {
    int64_t id = 0;
    int64_t case_id = 0;
    int64_t session_id = 0;
    int ratings[kAllianceItems] = {5, 5, 5, 5}; // each 0..10
    std::string note;

    int total() const { return ratings[0] + ratings[1] + ratings[2] + ratings[3]; }
    bool operator==(const AllianceCheck&) const = default;
};

// ---- Labels (our own words) ------------------------------------------------------
const char* origin_label(Origin o);
const char* kind_label(MarkerKind k);     // "Moving away (withdrawal)"
const char* kind_short_label(MarkerKind k); // "Withdrawal"
const char* sub_marker_label(MarkerKind k, int bit_index);
std::string sub_marker_summary(MarkerKind k, int flags); // "short answers, ..."
const char* person_label(Person p);
const char* strain_label(int bit_index); // 0..2
std::string strain_summary(int flags);
const char* status_label(Status s);
const char* resolution_label(Resolution r);
const char* strategy_label(Strategy s);
StrategyFamily strategy_family(Strategy s);
const char* family_label(StrategyFamily f);
const char* alliance_item_label(int index);  // 0..3
const char* alliance_item_hint(int index);

std::optional<Origin> origin_from_int(int64_t v);
std::optional<MarkerKind> kind_from_int(int64_t v);
std::optional<Person> person_from_int(int64_t v);
std::optional<Status> status_from_int(int64_t v);
std::optional<Resolution> resolution_from_int(int64_t v);
std::optional<Strategy> strategy_from_int(int64_t v);

// ---- Dates -----------------------------------------------------------------------
using wb::util::today_local;
using wb::util::trimmed;
using wb::util::valid_date;
using wb::util::day_number;   // days since 1970, for ages and time to repair
using wb::util::days_before;
using wb::util::days_between;

// ---- Checks ----------------------------------------------------------------------
// Why the rupture cannot be kept (empty description, bad or future date,
// unknown values), in words for the form, or nothing. Status rules are
// separate (check_status) since they depend on the repairs.
std::optional<std::string> validate(const Rupture& r, std::string_view today);
// Why the repair cannot be kept: bad or future date, or one before the
// rupture's own date (`rupture_date`).
std::optional<std::string> validate(const RepairAction& a, std::string_view rupture_date, std::string_view today);
std::optional<std::string> validate(const AllianceCheck& c);

// ---- Status rules ------------------------------------------------------------------
// Why a rupture with `repair_count` repair actions cannot have this status
// and resolution, or nothing. Repairing and repaired need at least one
// repair action; open means none yet; repaired needs a resolution of
// partly or fully; open and repairing have none.
std::optional<std::string> check_status(Status s, Resolution r, std::size_t repair_count);
// The status after a first (or further) repair action is recorded: an
// open rupture is now being repaired. Closed ruptures take no repairs
// (reopen first), so they never get here.
Status status_after_repair_added(Status s);
// The status after a repair action is removed and `remaining` are left: a
// rupture left with none is open again (resolution none).
Status status_after_repair_removed(Status s, std::size_t remaining);
bool is_closed(Status s); // repaired or not resolved
bool is_open(Status s);   // open or repairing: still on the supervisor's agenda

// ---- Derived ----------------------------------------------------------------------
// The repair actions of one rupture in time order (date, then id).
std::vector<RepairAction> repairs_of(const std::vector<RepairAction>& all, int64_t rupture_id);
// The repair that closed a repaired rupture: its latest repair action.
// Nothing for a rupture that is not repaired or has none.
std::optional<RepairAction> closing_repair(const Rupture& r, const std::vector<RepairAction>& all);
// Days from the rupture's date to the repair that closed it; nothing
// unless repaired.
std::optional<int> time_to_repair(const Rupture& r, const std::vector<RepairAction>& all);
// Days the rupture has been on the agenda by `today`.
int age_days(const Rupture& r, std::string_view today);
// Open or repairing for more than `overdue_days` days.
bool unrepaired_too_long(const Rupture& r, std::string_view today, int overdue_days);
// The alliance total is below `threshold`.
bool alliance_low(const AllianceCheck& c, int threshold);

// An integer setting: `text` if it reads as a whole number in [lo, hi],
// otherwise `fallback`.
int setting_int(std::string_view text, int lo, int hi, int fallback);

} // namespace rupture_repair
