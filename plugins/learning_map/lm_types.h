// lm_types.h - what the parents' learning map records, as plain data: the
// seven learning domains and the three conditions at their centre, the two
// people who rate the conditions, an evidence note ("a sign of learning
// seen in a session"), a change of a domain's priority, and a session's
// condition ratings; their labels and one-line descriptions (our own
// words, in a practitioner's and in a family's wording), and the checks
// input must pass.
//
// No ImGui and no host here (only the SDK's plain helpers in
// workbench/util.hpp), so the aggregation and the tests use it alone.
#pragma once

#include <workbench/util.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace learning_map {

// ---- Enums (stored as these integers: never renumber) ------------------------

// The seven domains, in the order they sit clockwise from the top of the map.
enum class Domain : int {
    GettingHelp = 0,
    HowChangeHappens = 1,
    Parenting = 2,
    MyChild = 3,
    Me = 4,
    MyFamily = 5,
    Relationships = 6,
};
inline constexpr int kDomainCount = 7;

// The three conditions in the middle of the map.
enum class Condition : int { Trust = 0, Acceptance = 1, Openness = 2 };
inline constexpr int kConditionCount = 3;

// Who a condition rating is about: both sides of the partnership are rated.
enum class Rater : int { Parent = 0, Helper = 1 };
inline constexpr int kRaterCount = 2;

// The rating scale: 0 (not there yet) to 4 (strong and steady).
inline constexpr int kRatingMin = 0, kRatingMax = 4;
inline constexpr std::size_t kMaxTextBytes = 2000;

// ---- Data ----------------------------------------------------------------------

// One sign of learning seen in a session. The note is free text about the
// family: identifying, drawn only through the host's privacy helpers.
struct Evidence {
    int64_t id = 0; // 0 until stored
    int64_t case_id = 0;
    int64_t session_id = 0; // required: history is by session
    Domain domain = Domain::GettingHelp;
    std::string note;
    std::string date; // the session's date (filled by the model on load)

    bool operator==(const Evidence&) const = default;
};

// A domain's priority switched on (the family wants to work on it) or off
// from one session on. The state at a session is the latest change on or
// before its date.
struct PriorityChange {
    int64_t id = 0;
    int64_t case_id = 0;
    int64_t session_id = 0;
    Domain domain = Domain::GettingHelp;
    bool on = true;
    std::string date; // the session's date (filled on load)

    bool operator==(const PriorityChange&) const = default;
};

// The three conditions as seen in one session, for the parent and for the
// helper. Empty: not rated this time.
struct ConditionRatings {
    int64_t id = 0;
    int64_t case_id = 0;
    int64_t session_id = 0;
    // [rater][condition]
    std::array<std::array<std::optional<int>, kConditionCount>, kRaterCount> value{};
    std::string date; // the session's date (filled on load)

    std::optional<int> at(Rater r, Condition c) const {
        return value[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
    }
    void set(Rater r, Condition c, std::optional<int> v) {
        value[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = v;
    }
    bool any_rated() const;
    bool operator==(const ConditionRatings&) const = default;
};

// ---- Labels (our own words) -----------------------------------------------------

const char* domain_label(Domain d);        // "Getting help"
const char* domain_description(Domain d);  // one line for the practitioner
const char* domain_family_label(Domain d); // plain words for the family view
const char* domain_family_hint(Domain d);  // one plain line for the family
const char* condition_label(Condition c);  // "Trust"
const char* condition_description(Condition c);
const char* rater_label(Rater r);          // "Parent", "Helper"
const char* rater_family_label(Rater r);   // "You", "Your helper"
const char* rating_label(int value);       // 0..4: "not there yet" .. "strong and steady"

std::optional<Domain> domain_from_int(int64_t v);

// ---- Checks -----------------------------------------------------------------------

using wb::util::trimmed;
using wb::util::today_local;
using wb::util::valid_date;

// Why the evidence cannot be kept (empty note, too long, no session), or
// nothing. Whether the session belongs to the case is the model's check.
std::optional<std::string> validate(const Evidence& e);
// Why the ratings cannot be kept (a value off the scale, nothing rated, no
// session), or nothing.
std::optional<std::string> validate(const ConditionRatings& r);

} // namespace learning_map
