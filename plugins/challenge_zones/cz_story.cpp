// cz_story.cpp - the planner's presentation story (see cz_story.h).
#include "cz_story.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace challenge_zones {
namespace {

// `text` cut to at most `max` bytes without splitting a UTF-8 sequence,
// with an ellipsis when cut.
std::string cut(const std::string& text, std::size_t max) {
    if (text.size() <= max) return text;
    std::size_t n = max >= 3 ? max - 3 : 0;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return text.substr(0, n) + "\xE2\x80\xA6";
}

std::string lower_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

// How a caption names a challenge: its description (first line, short) for
// a demo or when nothing is masked; otherwise only its aspect, which does
// not identify anyone.
std::string name_of(const Challenge& c, bool mask) {
    // Built by appending (GCC 12 warns falsely on `"..." + std::string`).
    std::string out;
    if (mask) {
        const std::string_view aspect = aspect_short_label(c.aspect);
        const bool vowel = !aspect.empty() && std::string_view("AEIOU").find(aspect[0]) != std::string_view::npos;
        out += vowel ? "an " : "a ";
        out += aspect;
        out += " challenge";
        return out;
    }
    out += '\'';
    out += cut(trimmed(c.description.substr(0, c.description.find('\n'))), 48);
    out += '\'';
    return out;
}

std::string zone_phrase(Zone z) {
    std::string out = "the ";
    out += z == Zone::Optimal ? std::string("optimal") : lower_first(zone_label(z));
    out += " zone";
    return out;
}

} // namespace

int clamp_step(int step, int delta, int count) {
    if (count <= 0) return 0;
    return std::clamp(step + delta, 0, count - 1);
}

std::vector<StoryStep> story_steps(const CasePlan& plan) {
    std::vector<StoryStep> steps;
    if (plan.placements.empty()) return steps;
    std::string last_placed;
    for (const Placement& p : plan.placements) last_placed = std::max(last_placed, p.date);
    if (plan.sessions.empty()) {
        std::vector<std::string> dates;
        for (const Placement& p : plan.placements) dates.push_back(p.date);
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
        for (const std::string& d : dates) steps.push_back({d, 0});
        return steps;
    }
    int n = 0;
    for (const SessionRef& s : plan.sessions) steps.push_back({s.date, ++n});
    if (last_placed > plan.sessions.back().date) steps.push_back({last_placed, 0});
    return steps;
}

CasePlan plan_as_of(const CasePlan& plan, const StoryStep& step) {
    CasePlan out;
    out.sessions = plan.sessions;
    for (const Placement& p : plan.placements)
        if (p.date <= step.date) out.placements.push_back(p);
    for (const Challenge& c : plan.challenges) {
        const bool placed = std::any_of(out.placements.begin(), out.placements.end(),
                                        [&](const Placement& p) { return p.challenge_id == c.id; });
        if (placed || (!c.created.empty() && c.created <= step.date)) out.challenges.push_back(c);
    }
    return out;
}

std::string story_caption(const CasePlan& plan, const std::vector<StoryStep>& steps, std::size_t k, bool mask) {
    if (k >= steps.size()) return {};
    const StoryStep& step = steps[k];
    const std::string from = k == 0 ? std::string() : steps[k - 1].date;
    std::string prefix = step.session_number > 0 ? "Session " + std::to_string(step.session_number) + ": "
                         : plan.sessions.empty() ? step.date + ": "
                                                 : "Since the last session: ";

    // What was placed in this step, and the best one to tell: a move into
    // another zone (into the optimal zone first), then a first placement,
    // then one that stayed where it was.
    const Placement* best = nullptr;
    int best_rank = -1;
    std::optional<Zone> best_before;
    int placed = 0;
    for (const Placement& p : plan.placements) {
        if (p.date > step.date || (k > 0 && p.date <= from) || !p.zone) continue;
        ++placed;
        const auto before = latest_placement(plan.placements, p.challenge_id, k > 0 ? from : std::string_view{});
        std::optional<Zone> was;
        if (k > 0 && before && before->id != p.id && before->date <= from) was = before->zone;
        const int rank = !was ? 1 : *was != *p.zone ? (*p.zone == Zone::Optimal ? 3 : 2) : 0;
        if (rank >= best_rank) {
            best = &p;
            best_rank = rank;
            best_before = was;
        }
    }
    if (!best) return cut(prefix + "no challenge moved", kCaptionBytes);
    const Challenge* c = nullptr;
    for (const Challenge& ch : plan.challenges)
        if (ch.id == best->challenge_id) c = &ch;
    if (!c) return cut(prefix + std::to_string(placed) + " placement(s) recorded", kCaptionBytes);
    std::string what = name_of(*c, mask);
    if (!best_before) what += " is placed in " + zone_phrase(*best->zone);
    else if (*best_before != *best->zone)
        what += " moves from " + zone_phrase(*best_before) + " into " + zone_phrase(*best->zone);
    else what += " stays in " + zone_phrase(*best->zone);
    if (placed > 1) what += " (+" + std::to_string(placed - 1) + " more)";
    return cut(prefix + what, kCaptionBytes);
}

} // namespace challenge_zones
