// rr_story.cpp - the tracker's presentation story (see rr_story.h).
#include "rr_story.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace rupture_repair {
namespace {

std::string lower_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

// "Session 3" when a session of the case falls on `date`, else the date.
std::string when(const CaseRecord& record, const std::string& date) {
    for (std::size_t i = 0; i < record.sessions.size(); ++i)
        if (record.sessions[i].date == date) return "Session " + std::to_string(i + 1);
    return date;
}

const char* family_word(Strategy s) {
    return strategy_family(s) == StrategyFamily::Immediate ? "direct" : "exploring";
}

std::size_t rupture_index(const CaseRecord& record, int64_t rupture_id) {
    for (std::size_t i = 0; i < record.ruptures.size(); ++i)
        if (record.ruptures[i].id == rupture_id) return i;
    return record.ruptures.size();
}

} // namespace

int clamp_step(int step, int delta, int count) {
    if (count <= 0) return 0;
    return std::clamp(step + delta, 0, count - 1);
}

std::vector<StoryEvent> story_events(const CaseRecord& record) {
    std::vector<StoryEvent> events;
    for (std::size_t i = 0; i < record.ruptures.size(); ++i) events.push_back({false, i, record.ruptures[i].date});
    for (std::size_t i = 0; i < record.repairs.size(); ++i)
        if (rupture_index(record, record.repairs[i].rupture_id) < record.ruptures.size())
            events.push_back({true, i, record.repairs[i].date});
    auto key = [&](const StoryEvent& e) {
        const int64_t id = e.repair ? record.repairs[e.index].id : record.ruptures[e.index].id;
        return std::make_tuple(e.date, e.repair ? 1 : 0, id);
    };
    std::stable_sort(events.begin(), events.end(), [&](const StoryEvent& a, const StoryEvent& b) { return key(a) < key(b); });
    return events;
}

CaseRecord record_as_of(const CaseRecord& record, const std::vector<StoryEvent>& events, std::size_t k) {
    CaseRecord out;
    out.sessions = record.sessions;
    if (events.empty()) return out;
    k = std::min(k, events.size() - 1);
    std::vector<char> rupture_in(record.ruptures.size(), 0), repair_in(record.repairs.size(), 0);
    for (std::size_t i = 0; i <= k; ++i) (events[i].repair ? repair_in : rupture_in)[events[i].index] = 1;
    for (std::size_t i = 0; i < record.repairs.size(); ++i)
        if (repair_in[i]) out.repairs.push_back(record.repairs[i]);
    for (std::size_t i = 0; i < record.ruptures.size(); ++i) {
        if (!rupture_in[i]) continue;
        Rupture r = record.ruptures[i];
        std::size_t all = 0, shown = 0;
        for (std::size_t j = 0; j < record.repairs.size(); ++j)
            if (record.repairs[j].rupture_id == r.id) {
                ++all;
                shown += repair_in[j] ? 1 : 0;
            }
        if (shown < all) {
            // Its story goes on after this step: as it stood then.
            r.status = shown == 0 ? Status::Open : Status::Repairing;
            r.resolution = Resolution::None;
        }
        out.ruptures.push_back(std::move(r));
    }
    const std::string& until = events[k].date;
    for (const AllianceCheck& c : record.alliance)
        for (const SessionRef& s : record.sessions)
            if (s.id == c.session_id && s.date <= until) out.alliance.push_back(c);
    return out;
}

std::string story_caption(const CaseRecord& record, const std::vector<StoryEvent>& events, std::size_t k) {
    if (k >= events.size()) return {};
    const StoryEvent& e = events[k];
    std::string text = when(record, e.date) + ": ";
    if (!e.repair) {
        const Rupture& r = record.ruptures[e.index];
        text += lower_first(kind_short_label(r.kind)) + " rupture (" + lower_first(origin_label(r.origin)) + ")";
    } else {
        const RepairAction& a = record.repairs[e.index];
        const Rupture& r = record.ruptures[rupture_index(record, a.rupture_id)];
        const auto closing = closing_repair(r, record.repairs);
        const std::string kind = lower_first(kind_short_label(r.kind));
        const std::string how = std::string("'") + strategy_label(a.strategy) + "' (" + family_word(a.strategy) + ")";
        if (closing && closing->id == a.id)
            text += kind + " repaired by " + how + ", " + lower_first(resolution_label(r.resolution));
        else
            text += "a step to repair the " + kind + ": " + how;
    }
    if (text.size() > kCaptionBytes) text = text.substr(0, kCaptionBytes - 3) + "\xE2\x80\xA6"; // ASCII labels only
    return text;
}

} // namespace rupture_repair
