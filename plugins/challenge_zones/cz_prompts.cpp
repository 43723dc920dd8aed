// cz_prompts.cpp - the rules behind the supervisor prompts. Each looks at
// the plan as it stands and, when it fires, says so in a calm question.
#include "cz_prompts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>

namespace challenge_zones {
namespace {

// Challenges still in play: dropped and achieved ones no longer count.
bool open(const Challenge& c) { return c.status != Status::Dropped && c.status != Status::Achieved; }

bool comfortable(Zone z) { return z == Zone::Nice || z == Zone::Comfort; }

// Each challenge's zoned placements, so the rules below look at one
// challenge's history instead of the whole case's for every question
// (a case can hold thousands of placements).
using ByChallenge = std::unordered_map<int64_t, std::vector<const Placement*>>;

ByChallenge group(const std::vector<Placement>& all) {
    ByChallenge out;
    for (const Placement& p : all)
        if (p.zone) out[p.challenge_id].push_back(&p);
    return out;
}

// As latest_placement(), over one challenge's group.
const Placement* latest_in(const ByChallenge& groups, int64_t challenge_id, std::string_view date = {}) {
    const auto it = groups.find(challenge_id);
    if (it == groups.end()) return nullptr;
    const Placement* best = nullptr;
    for (const Placement* p : it->second) {
        if (!date.empty() && p->date > date) continue;
        if (!best || earlier(*best, *p)) best = p;
    }
    return best;
}

// Every open challenge known at each of the last N sessions sat in nice or
// comfort (and at least one was placed by then).
std::optional<Prompt> staying_comfortable(const PromptInput& in, const ByChallenge& groups) {
    const int n = std::max(in.comfort_sessions, 1);
    if (in.challenges.empty() || static_cast<int>(in.session_dates.size()) < n) return std::nullopt;
    std::vector<std::string> dates = in.session_dates;
    std::sort(dates.begin(), dates.end());
    bool any = false;
    for (std::size_t i = dates.size() - static_cast<std::size_t>(n); i < dates.size(); ++i) {
        for (const Challenge& c : in.challenges) {
            if (!open(c)) continue;
            const Placement* at = latest_in(groups, c.id, dates[i]);
            if (!at) continue;
            if (!comfortable(*at->zone)) return std::nullopt;
            any = true;
        }
    }
    if (!any) return std::nullopt;
    return Prompt{PromptRule::StayingComfortable,
                  "Over the last " + std::to_string(n) + (n == 1 ? " session" : " sessions") +
                      " every challenge has stayed in the nice or comfort zone. Is there a step, just ahead of "
                      "what the parent already does, that they could take with support?",
                  {}};
}

} // namespace

std::vector<Prompt> supervisor_prompts(const PromptInput& in) {
    std::vector<Prompt> out;
    if (in.challenges.empty()) {
        out.push_back({PromptRule::NoChallenge,
                       "No challenge is planned with this family yet. Being warm matters, and so does honesty "
                       "about hard things: what might be worth raising, and why would it matter to the parent?",
                       {}});
        return out;
    }

    const ByChallenge groups = group(in.placements);
    if (auto p = staying_comfortable(in, groups)) out.push_back(std::move(*p));

    std::vector<int64_t> overwhelmed;
    for (const Challenge& c : in.challenges) {
        if (c.status != Status::Active) continue;
        const Placement* now = latest_in(groups, c.id);
        if (now && *now->zone == Zone::Overwhelming) overwhelmed.push_back(c.id);
    }
    if (overwhelmed.size() > 1)
        out.push_back({PromptRule::Overwhelmed,
                       std::to_string(overwhelmed.size()) +
                           " active challenges sit in the overwhelming zone at once. Could one be paused or broken "
                           "into a smaller step, so the parent is not left feeling they are failing?",
                       overwhelmed});

    std::vector<int64_t> no_why;
    for (const Challenge& c : in.challenges)
        if (open(c) && trimmed(c.why_it_matters).empty()) no_why.push_back(c.id);
    if (!no_why.empty())
        out.push_back({PromptRule::NoWhy,
                       no_why.size() == 1
                           ? std::string("One challenge does not yet say why it matters to the parent. A challenge "
                                         "tied to what they care about is easier to take on.")
                           : std::to_string(no_why.size()) +
                                 " challenges do not yet say why they matter to the parent. A challenge tied to "
                                 "what they care about is easier to take on.",
                       no_why});

    std::array<bool, kAspectCount> touched{};
    for (const Challenge& c : in.challenges)
        if (c.direction == Direction::HelperToParent) touched[static_cast<std::size_t>(c.aspect)] = true;
    std::string missing;
    int missing_count = 0;
    for (int a = 0; a < kAspectCount; ++a) {
        if (touched[static_cast<std::size_t>(a)]) continue;
        std::string label = aspect_label(static_cast<Aspect>(a));
        label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
        missing += (missing.empty() ? "" : "; ") + label;
        ++missing_count;
    }
    if (missing_count > 0) {
        std::string text = "Not yet challenged: " + missing + ".";
        if (!touched[static_cast<std::size_t>(Aspect::Partnership)])
            text += " The way you work together can be talked about honestly too.";
        out.push_back({PromptRule::AspectUntouched, text, {}});
    }
    return out;
}

} // namespace challenge_zones
