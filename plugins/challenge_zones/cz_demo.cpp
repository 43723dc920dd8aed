// cz_demo.cpp - an invented family's challenge plan (demo only). The story:
// safe sleep raised too early and pulled back, a bedtime routine and a
// playgroup visit moving from comfort into the optimal zone, a hope for
// quick change that still overwhelms, and a challenge from the parent to
// the helper that was taken up.
#include "cz_demo.h"

#include <chrono>
#include <cstdio>

namespace challenge_zones {
namespace {

struct DemoPlace {
    int days_ago;
    Zone zone;
    const char* reason;
};

struct DemoRow {
    Aspect aspect;
    Direction direction;
    const char* description;
    const char* why;
    int support;
    const char* support_note;
    const char* near_future;
    const char* distant_future;
    Status status;
    int created_days_ago;
    int review_days_ago; // negative: in the future; 0: no review date
    std::vector<DemoPlace> places;
};

constexpr Direction H = Direction::HelperToParent;

const std::vector<DemoRow>& rows() {
    static const std::vector<DemoRow> list = {
        {Aspect::Safety, H, "Baby sleeps in his own cot, not on the sofa",
         "Demo: she wants him safe, and fears being judged as a mother", Emotional | Strategic,
         "Demo: go slowly; talk it through without blame", "Cot used for daytime naps",
         "He sleeps safely through the night", Status::Active, 165, -20,
         {{160, Zone::Nice, "Demo: only chatted about sleep, nothing asked of her"},
          {131, Zone::Overwhelming, "Demo: raised too soon; she went quiet"},
          {103, Zone::Comfort, "Demo: pulled back; shared a leaflet only"},
          {45, Zone::Optimal, "Demo: she tried naps in the cot herself"},
          {16, Zone::Optimal, "Demo: most naps now in the cot"}}},
        {Aspect::Actions, H, "A settled bedtime routine (bath, song, lights low)",
         "Demo: she wants calm evenings with her partner again", Practical | Strategic,
         "Demo: a night light from the baby bank", "Same routine four nights a week",
         "Evenings feel like hers again", Status::Active, 135, 10,
         {{131, Zone::Comfort, "Demo: she liked the idea but had not tried it"},
          {74, Zone::Optimal, "Demo: tried three nights, with a plan for the hard ones"},
          {16, Zone::Optimal, "Demo: steady most nights; bath time is her favourite"}}},
        {Aspect::Actions, H, "Go to the Tuesday playgroup on her own",
         "Demo: she has felt alone since the move and wants friends nearby", Relational | Practical,
         "Demo: first visit together, then she goes alone", "One visit a fortnight",
         "A circle of local parents she can call on", Status::Active, 158, -30,
         {{131, Zone::Nice, "Demo: looked at the timetable together"},
          {103, Zone::Comfort, "Demo: went once, with me there"},
          {74, Zone::Comfort, "Demo: not yet ready to go alone"},
          {45, Zone::Optimal, "Demo: went alone once, felt shaky but proud"},
          {16, Zone::Optimal, "Demo: goes most weeks now"}}},
        {Aspect::SelfCare, H, "Keep one hour a week just for herself",
         "Demo: she says she is a calmer mum when she has rested", Emotional | Relational,
         "Demo: grandmother offered to mind the baby", "One hour on Saturdays",
         "Looking after herself without guilt", Status::Active, 110, -14,
         {{103, Zone::Overwhelming, "Demo: she could not imagine leaving him"},
          {74, Zone::Comfort, "Demo: ten minutes in the garden counted"},
          {45, Zone::Optimal, "Demo: a first hour out while grandmother minded him"}}},
        {Aspect::ChangeProcess, H, "Feeding will not be sorted in a week", "", Emotional,
         "Demo: name small gains each visit", "Notice one small gain a week", "Patience with slow change",
         Status::Active, 80, 5,
         {{74, Zone::Overwhelming, "Demo: she hoped for a quick fix and was upset"},
          {16, Zone::Overwhelming, "Demo: still feels like failing when a feed goes badly"}}},
        {Aspect::Technical, H, "How a baby's sleep changes as he grows",
         "Demo: she wants to know what is normal so she worries less", Strategic, "Demo: simple printed chart",
         "Talk through the chart together", "Confident reading his cues", Status::Planned, 20, -25,
         {{16, Zone::Comfort, "Demo: mentioned, not yet discussed"}}},
        {Aspect::Partnership, Direction::ParentToHelper, "She asked me to stop advice that does not fit her evenings",
         "Demo: she wants help that fits her real life", Relational, "Demo: ask before suggesting",
         "Check each idea with her first", "A partnership where she can say no", Status::Achieved, 50, 0,
         {{45, Zone::Optimal, "Demo: a fair challenge to me, and I took it on"}}},
    };
    return list;
}

} // namespace

std::vector<DemoChallenge> demo_plan(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today) {
    std::vector<DemoChallenge> out;
    for (const DemoRow& r : rows()) {
        DemoChallenge d;
        Challenge& c = d.challenge;
        c.case_id = case_id;
        c.aspect = r.aspect;
        c.direction = r.direction;
        c.description = r.description;
        c.why_it_matters = r.why;
        c.support = r.support;
        c.support_note = r.support_note;
        c.near_future = r.near_future;
        c.distant_future = r.distant_future;
        c.status = r.status;
        c.created = days_before(today, r.created_days_ago);
        if (r.review_days_ago != 0) c.review_date = days_before(today, r.review_days_ago);
        for (const DemoPlace& dp : r.places) {
            Placement p;
            p.date = days_before(today, dp.days_ago);
            p.zone = dp.zone;
            p.reason = dp.reason;
            for (const SessionRef& s : sessions)
                if (s.date == p.date) p.session_id = s.id;
            d.placements.push_back(std::move(p));
        }
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace challenge_zones
