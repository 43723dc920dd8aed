// rr_types.cpp - labels, date helpers, input checks, the status rules and
// the derived values (time-to-repair, age, the low-alliance flag).
#include "rr_types.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace rupture_repair {

// ---- Labels ------------------------------------------------------------------------

const char* origin_label(Origin o) {
    switch (o) {
    case Origin::Logistics: return "A practical mix-up (time, place, a missed visit)";
    case Origin::UnmetExpectations: return "Something hoped for did not happen";
    case Origin::NotOkay: return "A clash, or behaviour that was not okay";
    case Origin::Other: return "Something else";
    }
    return "?";
}

const char* kind_label(MarkerKind k) {
    return k == MarkerKind::Withdrawal ? "Moving away (withdrawal)" : "Moving against (confrontation)";
}

const char* kind_short_label(MarkerKind k) { return k == MarkerKind::Withdrawal ? "Withdrawal" : "Confrontation"; }

// Both kinds have five signs today; the function leaves room for them to differ.
int sub_marker_count(MarkerKind) { return kMaxSubMarkers; }

const char* sub_marker_label(MarkerKind k, int bit_index) {
    static const char* const away[kMaxSubMarkers] = {
        "Short or minimal answers",
        "Steering away from the topic",
        "Going along without really agreeing",
        "Talking about other things or people instead",
        "Missing, cutting short or avoiding a visit",
    };
    static const char* const against[kMaxSubMarkers] = {
        "Complaint about the helper",
        "Complaint about the work or its pace",
        "Turning down a suggestion",
        "Doubting the visits are any use",
        "Pushing to take control of the visit",
    };
    if (bit_index < 0 || bit_index >= sub_marker_count(k)) return "?";
    return k == MarkerKind::Withdrawal ? away[bit_index] : against[bit_index];
}

namespace {

std::string lowered_first(const char* s) {
    std::string w = s;
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') w[0] = static_cast<char>(w[0] - 'A' + 'a');
    return w;
}

} // namespace

std::string sub_marker_summary(MarkerKind k, int flags) {
    std::string out;
    for (int i = 0; i < sub_marker_count(k); ++i) {
        if (!(flags & (1 << i))) continue;
        if (!out.empty()) out += "; ";
        out += lowered_first(sub_marker_label(k, i));
    }
    return out;
}

const char* person_label(Person p) {
    switch (p) {
    case Person::Parent: return "Parent";
    case Person::Helper: return "Helper";
    case Person::OtherFamily: return "Other family member";
    }
    return "?";
}

const char* strain_label(int bit_index) {
    static const char* const labels[kStrainCount] = {"Tasks", "Goals", "Bond"};
    return bit_index >= 0 && bit_index < kStrainCount ? labels[bit_index] : "?";
}

std::string strain_summary(int flags) {
    std::string out;
    for (int i = 0; i < kStrainCount; ++i) {
        if (!(flags & (1 << i))) continue;
        if (!out.empty()) out += ", ";
        out += lowered_first(strain_label(i));
    }
    return out;
}

const char* status_label(Status s) {
    switch (s) {
    case Status::Open: return "Open";
    case Status::Repairing: return "Repairing";
    case Status::Repaired: return "Repaired";
    case Status::NotResolved: return "Not resolved";
    }
    return "?";
}

const char* resolution_label(Resolution r) {
    switch (r) {
    case Resolution::None: return "Not mended";
    case Resolution::Partly: return "Partly mended";
    case Resolution::Fully: return "Fully mended";
    }
    return "?";
}

const char* strategy_label(Strategy s) {
    switch (s) {
    case Strategy::GiveReason: return "Explain the reason behind it";
    case Strategy::ChangeTaskOrGoal: return "Change the task or the goal";
    case Strategy::ClearUpMisunderstanding: return "Clear up a misunderstanding";
    case Strategy::InviteTalk: return "Invite talk about what happened";
    case Strategy::StayOpen: return "Stay open, not defensive";
    case Strategy::OwnPart: return "Own my part in it";
    case Strategy::LinkPatterns: return "Link it to wider patterns";
    }
    return "?";
}

StrategyFamily strategy_family(Strategy s) {
    return static_cast<int>(s) <= static_cast<int>(Strategy::ClearUpMisunderstanding) ? StrategyFamily::Immediate
                                                                                       : StrategyFamily::Exploratory;
}

const char* family_label(StrategyFamily f) {
    return f == StrategyFamily::Immediate ? "Direct (deal with it now)" : "Exploring (talk it through)";
}

const char* alliance_item_label(int index) {
    static const char* const labels[kAllianceItems] = {"How we get on", "What we work on", "How we work", "Overall"};
    return index >= 0 && index < kAllianceItems ? labels[index] : "?";
}

const char* alliance_item_hint(int index) {
    static const char* const hints[kAllianceItems] = {
        "Warmth and trust between parent and helper today",
        "Agreement on the topics and aims of the visits",
        "Whether the way we go about it suits the family",
        "Your overall sense of the partnership this session",
    };
    return index >= 0 && index < kAllianceItems ? hints[index] : "";
}

std::optional<Origin> origin_from_int(int64_t v) {
    if (v < 0 || v >= kOriginCount) return std::nullopt;
    return static_cast<Origin>(v);
}
std::optional<MarkerKind> kind_from_int(int64_t v) {
    if (v < 0 || v >= kMarkerKindCount) return std::nullopt;
    return static_cast<MarkerKind>(v);
}
std::optional<Person> person_from_int(int64_t v) {
    if (v < 0 || v >= kPersonCount) return std::nullopt;
    return static_cast<Person>(v);
}
std::optional<Status> status_from_int(int64_t v) {
    if (v < 0 || v >= kStatusCount) return std::nullopt;
    return static_cast<Status>(v);
}
std::optional<Resolution> resolution_from_int(int64_t v) {
    if (v < 0 || v >= kResolutionCount) return std::nullopt;
    return static_cast<Resolution>(v);
}
std::optional<Strategy> strategy_from_int(int64_t v) {
    if (v < 0 || v >= kStrategyCount) return std::nullopt;
    return static_cast<Strategy>(v);
}

// ---- Dates ----------------------------------------------------------------------------

// ---- Checks ------------------------------------------------------------------------------

std::optional<std::string> validate(const Rupture& r, std::string_view today) {
    if (trimmed(r.description).empty()) return "Describe what happened in a few words.";
    if (r.description.size() > kMaxTextBytes) return "The description is too long: keep it under 2,000 characters.";
    if (!valid_date(r.date)) return "The rupture needs a session or a real date written YYYY-MM-DD.";
    if (r.date > today) return "The rupture's date (" + r.date + ") is in the future: pick today or earlier.";
    if (r.salience < kMinSalience || r.salience > kMaxSalience) return "Say how noticeable it was, from 1 to 5.";
    if (r.strained < 0 || r.strained > kStrainAll) return "Unknown kind of strain.";
    if (r.sub_markers < 0 || r.sub_markers >= (1 << sub_marker_count(r.kind)))
        return "One of the signs does not belong to this kind of rupture.";
    if (!origin_from_int(static_cast<int>(r.origin)) || !kind_from_int(static_cast<int>(r.kind)) ||
        !person_from_int(static_cast<int>(r.who)) || !status_from_int(static_cast<int>(r.status)) ||
        !resolution_from_int(static_cast<int>(r.resolution)))
        return "One of the choices is not known to this version of the tracker.";
    return std::nullopt;
}

std::optional<std::string> validate(const RepairAction& a, std::string_view rupture_date, std::string_view today) {
    if (!valid_date(a.date)) return "The repair needs a real date written YYYY-MM-DD.";
    if (a.date > today) return "The repair's date (" + a.date + ") is in the future: pick today or earlier.";
    if (a.date < rupture_date)
        return "A repair cannot come before the rupture (" + std::string(rupture_date) + "): pick that day or later.";
    if (a.note.size() > kMaxTextBytes) return "The note is too long: keep it under 2,000 characters.";
    if (!strategy_from_int(static_cast<int>(a.strategy)) || !person_from_int(static_cast<int>(a.led_by)))
        return "Choose who led the repair and how.";
    return std::nullopt;
}

std::optional<std::string> validate(const AllianceCheck& c) {
    if (c.session_id == 0) return "Pick the session this check belongs to.";
    for (int v : c.ratings)
        if (v < 0 || v > kAllianceItemMax) return "Each rating goes from 0 to 10.";
    if (c.note.size() > kMaxTextBytes) return "The note is too long: keep it under 2,000 characters.";
    return std::nullopt;
}

// ---- Status rules ---------------------------------------------------------------------------

std::optional<std::string> check_status(Status s, Resolution r, std::size_t repair_count) {
    switch (s) {
    case Status::Open:
        if (repair_count > 0) return "This rupture already has repair actions, so it is being repaired, not open.";
        if (r != Resolution::None) return "An open rupture has not been mended yet.";
        return std::nullopt;
    case Status::Repairing:
        if (repair_count == 0) return "Record a repair action first: then it is being repaired.";
        if (r != Resolution::None) return "Say how fully it was mended when you close it, not before.";
        return std::nullopt;
    case Status::Repaired:
        if (repair_count == 0) return "A rupture can only be marked repaired after at least one repair action.";
        if (r == Resolution::None) return "Say whether it was partly or fully mended.";
        return std::nullopt;
    case Status::NotResolved:
        if (r == Resolution::Fully) return "A rupture left unresolved cannot be fully mended: mark it repaired instead.";
        return std::nullopt;
    }
    return "Unknown status.";
}

Status status_after_repair_added(Status s) { return s == Status::Open ? Status::Repairing : s; }

Status status_after_repair_removed(Status s, std::size_t remaining) {
    if (remaining == 0 && (s == Status::Repairing || s == Status::Repaired)) return Status::Open;
    return s;
}

bool is_closed(Status s) { return s == Status::Repaired || s == Status::NotResolved; }
bool is_open(Status s) { return !is_closed(s); }

// ---- Derived --------------------------------------------------------------------------------

std::vector<RepairAction> repairs_of(const std::vector<RepairAction>& all, int64_t rupture_id) {
    std::vector<RepairAction> out;
    for (const RepairAction& a : all)
        if (a.rupture_id == rupture_id) out.push_back(a);
    std::stable_sort(out.begin(), out.end(), [](const RepairAction& a, const RepairAction& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    return out;
}

std::optional<RepairAction> closing_repair(const Rupture& r, const std::vector<RepairAction>& all) {
    if (r.status != Status::Repaired) return std::nullopt;
    const RepairAction* best = nullptr;
    for (const RepairAction& a : all) {
        if (a.rupture_id != r.id) continue;
        if (!best || a.date > best->date || (a.date == best->date && a.id > best->id)) best = &a;
    }
    if (!best) return std::nullopt;
    return *best;
}

std::optional<int> time_to_repair(const Rupture& r, const std::vector<RepairAction>& all) {
    const auto closing = closing_repair(r, all);
    if (!closing) return std::nullopt;
    return days_between(r.date, closing->date);
}

int age_days(const Rupture& r, std::string_view today) { return std::max(days_between(r.date, today).value_or(0), 0); }

bool unrepaired_too_long(const Rupture& r, std::string_view today, int overdue_days) {
    return is_open(r.status) && age_days(r, today) > overdue_days;
}

bool alliance_low(const AllianceCheck& c, int threshold) { return c.total() < threshold; }

int setting_int(std::string_view text, int lo, int hi, int fallback) {
    const std::string t = trimmed(text);
    int v = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (t.empty() || ec != std::errc() || end != t.data() + t.size() || v < lo || v > hi) return fallback;
    return v;
}

} // namespace rupture_repair
