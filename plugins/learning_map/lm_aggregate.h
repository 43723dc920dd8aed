// lm_aggregate.h - what the map shows, worked out from a case's records:
// per domain how much evidence there is and how recent the last of it is
// (relative to the session being viewed), whether the family holds it as a
// priority, and the condition ratings in force; all "as of" one session,
// using only data from sessions up to that session's date. Also the
// strength of a domain's fill and recency ring, and the one-line captions
// of the presentation story.
//
// Plain C++ over plain data (no ImGui, no host), so the rules are tested
// directly and the view recomputes a state only when the slider or the
// data changes.
#pragma once

#include "lm_types.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace learning_map {

struct SessionRef {
    int64_t id = 0;
    std::string date;
    bool operator==(const SessionRef&) const = default;
};

// Everything stored for one case, each list in time order (session date,
// then id).
struct CaseData {
    std::vector<SessionRef> sessions;
    std::vector<Evidence> evidence;
    std::vector<PriorityChange> priorities;
    std::vector<ConditionRatings> ratings;
};

struct DomainState {
    int count = 0;                  // evidence on or before the viewed date
    int in_session = 0;             // evidence from the viewed session itself
    std::optional<int> days_since;  // viewed date minus the last evidence's date
    std::string last_date;          // the last evidence's date ("" for none)
    bool priority = false;
    std::string priority_since;     // when it was last switched on
};

struct MapState {
    int session_index = -1; // into CaseData::sessions; -1: the case has none
    int64_t session_id = 0;
    std::string date;       // the viewed session's date
    std::array<DomainState, kDomainCount> domains{};
    int total = 0;          // all evidence counted
    // The latest ratings on or before the viewed date, and whether they are
    // the viewed session's own.
    std::optional<ConditionRatings> ratings;
    bool ratings_current = false;

    const DomainState& at(Domain d) const { return domains[static_cast<std::size_t>(d)]; }
};

// The map as of sessions[session_index] (clamped; the latest when out of
// range). Data of later sessions is left out.
MapState map_as_of(const CaseData& data, int session_index);

// The index of the session with `id` in `data`, or -1.
int session_index_of(const CaseData& data, int64_t id);

// How strongly a domain is filled for `count` signs: 0 for none, then
// growing and reaching 1 at kFullCount.
inline constexpr int kFullCount = 6;
float fill_strength(int count);

// How recent the last sign is, in bands the legend names.
enum class Recency : int { None = 0, ThisSession = 1, Recent = 2, AWhileAgo = 3, LongAgo = 4 };
inline constexpr int kRecentDays = 35, kAWhileDays = 90;
Recency recency_of(const DomainState& d);
const char* recency_label(Recency r);        // "seen this session", ...
const char* recency_family_label(Recency r); // plain words
// How strong the recency ring is drawn: 1 for this session, fading to 0.
float recency_strength(Recency r);

// "Session 3: first signs under 'Getting help'": what changed in session
// `index` compared with the one before, for the presentation story. Only
// fixed labels and numbers: no note ever reaches a caption.
std::string story_caption(const CaseData& data, int index);

} // namespace learning_map
