// cz_types.cpp - labels, date helpers, input checks and time order for
// challenges and their zone placements.
#include "cz_types.h"

#include <algorithm>
#include <chrono>

namespace challenge_zones {

const char* aspect_label(Aspect a) {
    switch (a) {
    case Aspect::Technical: return "Technical understandings";
    case Aspect::Actions: return "Actions and practices";
    case Aspect::Safety: return "Safety concerns";
    case Aspect::SelfUnderstanding: return "How the parent sees themselves";
    case Aspect::SelfCare: return "Commitment to self-care";
    case Aspect::ChangeProcess: return "Expectations of change";
    case Aspect::Partnership: return "The partnership itself";
    }
    return "?";
}

const char* aspect_short_label(Aspect a) {
    switch (a) {
    case Aspect::Technical: return "Understanding";
    case Aspect::Actions: return "Actions";
    case Aspect::Safety: return "Safety";
    case Aspect::SelfUnderstanding: return "Self-view";
    case Aspect::SelfCare: return "Self-care";
    case Aspect::ChangeProcess: return "Change";
    case Aspect::Partnership: return "Partnership";
    }
    return "?";
}

const char* direction_label(Direction d) {
    return d == Direction::HelperToParent ? "Helper challenges parent" : "Parent challenges helper";
}

const char* zone_label(Zone z) {
    switch (z) {
    case Zone::Nice: return "Nice";
    case Zone::Comfort: return "Comfort";
    case Zone::Optimal: return "Optimal challenge";
    case Zone::Overwhelming: return "Overwhelming";
    }
    return "?";
}

const char* zone_hint(Zone z) {
    switch (z) {
    case Zone::Nice: return "Warm and friendly, not yet heading toward anything hard.";
    case Zone::Comfort: return "Little stretch so far; it can prepare the ground.";
    case Zone::Optimal: return "A stretch the parent can manage with the right support: the target.";
    case Zone::Overwhelming: return "More change, or faster, than the parent is ready for.";
    }
    return "";
}

const char* status_label(Status s) {
    switch (s) {
    case Status::Planned: return "Planned";
    case Status::Active: return "Active";
    case Status::Achieved: return "Achieved";
    case Status::Paused: return "Paused";
    case Status::Dropped: return "Dropped";
    }
    return "?";
}

const char* support_label(int bit_index) {
    static const char* const labels[kSupportCount] = {"Practical", "Strategic", "Emotional", "Relational"};
    return bit_index >= 0 && bit_index < kSupportCount ? labels[bit_index] : "?";
}

std::string support_summary(int flags) {
    std::string out;
    for (int i = 0; i < kSupportCount; ++i) {
        if (!(flags & (1 << i))) continue;
        if (!out.empty()) out += ", ";
        std::string word = support_label(i);
        word[0] = static_cast<char>(word[0] - 'A' + 'a');
        out += word;
    }
    return out;
}

std::optional<Aspect> aspect_from_int(int64_t v) {
    if (v < 0 || v >= kAspectCount) return std::nullopt;
    return static_cast<Aspect>(v);
}
std::optional<Direction> direction_from_int(int64_t v) {
    if (v < 0 || v > 1) return std::nullopt;
    return static_cast<Direction>(v);
}
std::optional<Zone> zone_from_int(int64_t v) {
    if (v < 0 || v >= kZoneCount) return std::nullopt;
    return static_cast<Zone>(v);
}
std::optional<Status> status_from_int(int64_t v) {
    if (v < 0 || v >= kStatusCount) return std::nullopt;
    return static_cast<Status>(v);
}

// ---- Dates ---------------------------------------------------------------------

// ---- Checks ----------------------------------------------------------------------

std::optional<std::string> validate(const Challenge& c) {
    if (trimmed(c.description).empty()) return "Describe the challenge in a few words.";
    for (const std::string* t : {&c.description, &c.why_it_matters, &c.support_note, &c.near_future, &c.distant_future})
        if (t->size() > kMaxTextBytes) return "One of the texts is too long: keep each under 2,000 characters.";
    if (!valid_date(c.created)) return "The creation date must be a real date written YYYY-MM-DD.";
    if (!c.review_date.empty()) {
        if (!valid_date(c.review_date)) return "The review date must be a real date written YYYY-MM-DD (or left empty).";
        if (c.review_date < c.created)
            return "The review date is before the challenge was created (" + c.created + "): pick a later one.";
    }
    if (c.support < 0 || c.support > kSupportAll) return "Unknown kind of support.";
    return std::nullopt;
}

std::optional<std::string> validate(const Placement& p) {
    if (!p.zone) return "Choose the zone this challenge sits in now.";
    if (!valid_date(p.date)) return "The placement needs a session or a real date written YYYY-MM-DD.";
    if (p.reason.size() > kMaxTextBytes) return "The reason is too long: keep it under 2,000 characters.";
    return std::nullopt;
}

bool review_overdue(const Challenge& c, std::string_view today) {
    if (c.review_date.empty() || c.status == Status::Achieved || c.status == Status::Dropped) return false;
    return c.review_date < today;
}

// ---- Trajectories ------------------------------------------------------------------

bool earlier(const Placement& a, const Placement& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.id < b.id;
}

std::vector<Placement> trajectory(const std::vector<Placement>& all, int64_t challenge_id) {
    std::vector<Placement> out;
    for (const Placement& p : all)
        if (p.challenge_id == challenge_id) out.push_back(p);
    std::stable_sort(out.begin(), out.end(), earlier);
    return out;
}

std::optional<Placement> latest_placement(const std::vector<Placement>& all, int64_t challenge_id, std::string_view date) {
    // Keep a pointer while searching: copying each better candidate (with
    // its strings) was most of the cost on a long history.
    const Placement* best = nullptr;
    for (const Placement& p : all) {
        if (p.challenge_id != challenge_id || !p.zone) continue;
        if (!date.empty() && p.date > date) continue;
        if (!best || earlier(*best, p)) best = &p;
    }
    if (!best) return std::nullopt;
    return *best;
}

} // namespace challenge_zones
