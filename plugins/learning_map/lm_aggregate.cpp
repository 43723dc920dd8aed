// lm_aggregate.cpp - the map's state as of a session, the fill and ring
// strengths, and the story captions (see lm_aggregate.h).
#include "lm_aggregate.h"

#include <algorithm>

namespace learning_map {

int session_index_of(const CaseData& data, int64_t id) {
    for (std::size_t i = 0; i < data.sessions.size(); ++i)
        if (data.sessions[i].id == id) return static_cast<int>(i);
    return -1;
}

MapState map_as_of(const CaseData& data, int session_index) {
    MapState s;
    if (data.sessions.empty()) return s;
    const int last = static_cast<int>(data.sessions.size()) - 1;
    if (session_index < 0 || session_index > last) session_index = last;
    const SessionRef& viewed = data.sessions[static_cast<std::size_t>(session_index)];
    s.session_index = session_index;
    s.session_id = viewed.id;
    s.date = viewed.date;

    // Dates are YYYY-MM-DD, so "up to the viewed date" is a text compare;
    // sessions on the same day as the viewed one count as up to it.
    for (const Evidence& e : data.evidence) {
        if (e.date.empty() || e.date > s.date) continue;
        DomainState& d = s.domains[static_cast<std::size_t>(e.domain)];
        ++d.count;
        ++s.total;
        if (e.session_id == viewed.id) ++d.in_session;
        if (e.date > d.last_date) d.last_date = e.date;
    }
    for (DomainState& d : s.domains)
        if (!d.last_date.empty()) d.days_since = wb::util::days_between(d.last_date, s.date);

    // Priorities: the latest change on or before the date wins (the list is
    // in time order, so later rows overwrite earlier ones).
    for (const PriorityChange& p : data.priorities) {
        if (p.date.empty() || p.date > s.date) continue;
        DomainState& d = s.domains[static_cast<std::size_t>(p.domain)];
        if (p.on && !d.priority) d.priority_since = p.date;
        d.priority = p.on;
        if (!p.on) d.priority_since.clear();
    }

    for (const ConditionRatings& r : data.ratings) {
        if (r.date.empty() || r.date > s.date) continue;
        s.ratings = r;
        s.ratings_current = r.session_id == viewed.id;
    }
    return s;
}

float fill_strength(int count) {
    if (count <= 0) return 0.0f;
    // The first sign already shows clearly (0.3); each further one adds a
    // little, so six or more look full.
    return std::min(1.0f, 0.3f + 0.7f * static_cast<float>(count - 1) / static_cast<float>(kFullCount - 1));
}

Recency recency_of(const DomainState& d) {
    if (d.count == 0 || !d.days_since) return Recency::None;
    if (d.in_session > 0 || *d.days_since <= 0) return Recency::ThisSession;
    if (*d.days_since <= kRecentDays) return Recency::Recent;
    if (*d.days_since <= kAWhileDays) return Recency::AWhileAgo;
    return Recency::LongAgo;
}

const char* recency_label(Recency r) {
    switch (r) {
    case Recency::None: return "no signs yet";
    case Recency::ThisSession: return "seen this session";
    case Recency::Recent: return "seen in the last five weeks";
    case Recency::AWhileAgo: return "seen one to three months before";
    case Recency::LongAgo: return "last seen over three months before";
    }
    return "";
}

const char* recency_family_label(Recency r) {
    switch (r) {
    case Recency::None: return "not yet";
    case Recency::ThisSession: return "just now";
    case Recency::Recent: return "lately";
    case Recency::AWhileAgo: return "a while ago";
    case Recency::LongAgo: return "some time ago";
    }
    return "";
}

float recency_strength(Recency r) {
    switch (r) {
    case Recency::None: return 0.0f;
    case Recency::ThisSession: return 1.0f;
    case Recency::Recent: return 0.7f;
    case Recency::AWhileAgo: return 0.4f;
    case Recency::LongAgo: return 0.18f;
    }
    return 0.0f;
}

namespace {

std::string quoted_list(const std::vector<Domain>& ds) {
    std::string out;
    for (std::size_t i = 0; i < ds.size(); ++i) {
        if (i > 0) out += i + 1 == ds.size() ? " and " : ", ";
        out += "'";
        out += domain_label(ds[i]);
        out += "'";
    }
    return out;
}

} // namespace

std::string story_caption(const CaseData& data, int index) {
    if (data.sessions.empty()) return "No sessions yet";
    index = std::clamp(index, 0, static_cast<int>(data.sessions.size()) - 1);
    const MapState now = map_as_of(data, index);
    const std::string head = "Session " + std::to_string(index + 1) + ": ";
    std::optional<MapState> before;
    if (index > 0) before = map_as_of(data, index - 1);

    std::vector<Domain> first, more, chosen;
    for (int k = 0; k < kDomainCount; ++k) {
        const Domain d = static_cast<Domain>(k);
        const DomainState& n = now.at(d);
        const int had = before ? before->at(d).count : 0;
        if (n.count > had) (had == 0 ? first : more).push_back(d);
        if (n.priority && !(before && before->at(d).priority)) chosen.push_back(d);
    }
    std::string text;
    if (!first.empty()) text = "first signs under " + quoted_list(first);
    else if (!more.empty()) text = "more signs under " + quoted_list(more);
    if (!chosen.empty()) {
        if (!text.empty()) text += "; ";
        text += "the family chose " + quoted_list(chosen);
    }
    if (text.empty()) {
        // Nothing new in the domains: say whether the conditions moved.
        int sum_now = 0, sum_before = 0;
        auto total = [](const std::optional<ConditionRatings>& r) {
            int t = 0;
            if (r)
                for (const auto& row : r->value)
                    for (const auto& v : row) t += v.value_or(0);
            return t;
        };
        sum_now = total(now.ratings);
        sum_before = before ? total(before->ratings) : 0;
        if (now.ratings_current && sum_now > sum_before) text = "trust, acceptance and openness grow";
        else text = "no new signs recorded";
    }
    std::string caption = head + text;
    // The host's caption holds 127 bytes; cut at a word, never mid-letter.
    if (caption.size() > 120) {
        std::size_t cut = caption.rfind(' ', 116);
        caption = caption.substr(0, cut == std::string::npos ? 116 : cut) + " ...";
    }
    return caption;
}

} // namespace learning_map
