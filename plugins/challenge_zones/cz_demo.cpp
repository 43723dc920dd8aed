// cz_demo.cpp - invented families' challenge plans (demo only).
//
// Rivers: safe sleep raised too early and pulled back, a bedtime routine
// and a playgroup visit moving from comfort into the optimal zone, a hope
// for quick change that still overwhelms, and a challenge from the parent
// to the helper that was taken up.
// Harbour: school attendance raised too fast (overwhelming), put aside at
// the father's request and taken up again on his terms; a bedtime plan he
// comes to write himself; tantrums understood in a visit.
// Meadow: young parents learning to read their early baby's cues, weight
// talked about at their pace, and the grandmother's help agreed on their
// own terms.
#include "cz_demo.h"

#include <optional>

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

// The Rivers family (the host's sessions 160, 131, 103, 74, 45 and 16 days
// ago).
const std::vector<DemoRow>& rivers_rows() {
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

// The Harbour family: a father bringing up a toddler and a daughter of
// seven on his own, wary of services (sessions 120, 92, 63, 35, 9 days ago).
const std::vector<DemoRow>& harbour_rows() {
    static const std::vector<DemoRow> list = {
        {Aspect::Actions, H, "Get his daughter to school every day this term",
         "Demo: he wants her to keep her friends and not fall behind", Practical | Relational,
         "Demo: a meeting with the school, on his terms and with me beside him", "Three full weeks in a row",
         "She looks forward to school again", Status::Active, 122, -21,
         {{120, Zone::Comfort, "Demo: only asked how school mornings go"},
          {92, Zone::Overwhelming, "Demo: I raised attendance too fast; he felt blamed and pushed back"},
          {63, Zone::Comfort, "Demo: put aside at his request while we heard his side"},
          {35, Zone::Optimal, "Demo: he asked for help to talk to the school himself"},
          {9, Zone::Optimal, "Demo: two days missed this month, down from eight"}}},
        {Aspect::Actions, H, "A bedtime routine that works for both children",
         "Demo: he wants a calm hour for himself once they are asleep", Practical | Strategic,
         "Demo: ideas from his sister, who has three of her own", "Bath, one story, lights out by eight",
         "Evenings without a battle", Status::Active, 118, 7,
         {{120, Zone::Nice, "Demo: he joked that bedtime is a war zone; nothing asked yet"},
          {63, Zone::Comfort, "Demo: talked over what works at his sister's house"},
          {35, Zone::Optimal, "Demo: tried the routine three nights; the toddler fought it"},
          {9, Zone::Optimal, "Demo: he wrote his own bedtime plan and put it on the fridge"}}},
        {Aspect::Technical, H, "What lies behind a two-year-old's tantrums",
         "Demo: he wants to stop feeling he has failed when his son melts down", Strategic | Emotional,
         "Demo: a short printed guide, then talk it through", "Spot the tired and hungry signs",
         "Stays steady when his son loses it", Status::Active, 95, -10,
         {{92, Zone::Comfort, "Demo: left a short guide; he read it"},
          {35, Zone::Optimal, "Demo: a tantrum during the visit; we handled it together"},
          {9, Zone::Optimal, "Demo: he now notices the warning signs sooner"}}},
        {Aspect::SelfUnderstanding, H, "Noticing when old worries about services make him shut down",
         "Demo: he wants this time with services to go better than the last", Emotional | Relational,
         "Demo: name it gently when it happens", "Say when a question feels like judging",
         "Trusts that help can be on his side", Status::Active, 64, -14,
         {{63, Zone::Comfort, "Demo: he told me how the last referral felt"},
          {9, Zone::Optimal, "Demo: he stopped me mid-sentence to say a question felt like judging"}}},
        {Aspect::Partnership, Direction::ParentToHelper, "He asked me to hear his side before raising school",
         "Demo: he wants to be treated as the one who knows his children", Relational,
         "Demo: ask first, then suggest", "His view first at every visit", "A partnership he can push back in",
         Status::Achieved, 63, 0,
         {{63, Zone::Optimal, "Demo: a fair challenge to me; I changed how I raise things"}}},
        {Aspect::SelfCare, H, "One evening a month out with his friends",
         "Demo: he has lost touch with people since the separation", Emotional | Practical,
         "Demo: his sister could mind the children", "One Friday this month", "A life of his own beside parenting",
         Status::Planned, 36, -30,
         {{35, Zone::Overwhelming, "Demo: he could not see who would mind the children"},
          {9, Zone::Comfort, "Demo: his sister offered a Friday; he is thinking about it"}}},
    };
    return list;
}

// The Meadow family: parents of nineteen with a baby girl born early, now
// five months old, and a very involved grandmother (sessions 100, 75, 50,
// 28, 7 days ago).
const std::vector<DemoRow>& meadow_rows() {
    static const std::vector<DemoRow> list = {
        {Aspect::Technical, H, "Reading their daughter's hunger, tired and 'enough' cues",
         "Demo: they want to feel they know her better than anyone", Strategic | Emotional,
         "Demo: watch feeds together and let them say what they see", "Name two cues at each feed",
         "Confident they can tell what she needs", Status::Active, 101, -14,
         {{100, Zone::Comfort, "Demo: watched a feed together; no advice given"},
          {75, Zone::Optimal, "Demo: they named two of her cues themselves"},
          {28, Zone::Optimal, "Demo: they paused a feed when she turned her head away"},
          {7, Zone::Optimal, "Demo: they read her tired signs before she cried"}}},
        {Aspect::ChangeProcess, H, "Weight gain is slow and uneven for a baby born early",
         "Demo: they want to stop dreading the weigh-in", Emotional | Strategic,
         "Demo: let them lead the questions about weight", "Look at her growth chart together",
         "Trust the overall trend, not each number", Status::Active, 100, -7,
         {{100, Zone::Overwhelming, "Demo: the word weight made them go quiet"},
          {75, Zone::Comfort, "Demo: came back to it gently, at their pace"},
          {50, Zone::Optimal, "Demo: they plotted her chart with me and saw the trend"},
          {7, Zone::Optimal, "Demo: they talked about the last weigh-in without dread"}}},
        {Aspect::Actions, H, "Talk with grandmother about which help they want",
         "Demo: they want to be the parents in their own home", Relational | Emotional,
         "Demo: practise what to say first, just the two of them", "Agree one kind of help they want",
         "Grandmother's help on their own terms", Status::Active, 76, -20,
         {{75, Zone::Overwhelming, "Demo: too soon; they feared a row with her"},
          {50, Zone::Comfort, "Demo: talked about which help feels good and which does not"},
          {28, Zone::Optimal, "Demo: they agreed bath nights with her themselves"},
          {7, Zone::Optimal, "Demo: she now asks before stepping in, they say"}}},
        {Aspect::Partnership, Direction::ParentToHelper, "They asked me to speak to them, not to grandmother",
         "Demo: they want to be treated as her parents", Relational, "Demo: address the parents first",
         "Talk to them first at each visit", "A partnership with them, not about them", Status::Achieved, 75, 0,
         {{75, Zone::Optimal, "Demo: a fair point; I now speak to them first"}}},
        {Aspect::SelfCare, H, "Taking turns to sleep at night",
         "Demo: both are worn out and snapping at each other", Practical | Relational,
         "Demo: a simple night rota they draw up", "One full night's sleep each a week",
         "Rested enough to enjoy her", Status::Active, 51, -10,
         {{50, Zone::Comfort, "Demo: they liked the idea, not tried yet"},
          {28, Zone::Optimal, "Demo: a rota on the wall; most nights it works"}}},
        {Aspect::Actions, H, "Phoning the clinic themselves when they have a question",
         "Demo: they want to be trusted to ask for themselves", Practical,
         "Demo: the number saved in both phones", "One call made by them", "Using services without a go-between",
         Status::Achieved, 51, 0,
         {{50, Zone::Nice, "Demo: saved the clinic number; nothing asked of them yet"},
          {28, Zone::Comfort, "Demo: wrote down questions for me to pass on"},
          {7, Zone::Optimal, "Demo: they phoned the clinic on their own about a rash"}}},
    };
    return list;
}

// The host's demo sessions, in days before today, for each family: where
// the rows above were written to fall.
const std::vector<int>& nominal_sessions(DemoFamily f) {
    static const std::vector<int> rivers = {160, 131, 103, 74, 45, 16};
    static const std::vector<int> harbour = {120, 92, 63, 35, 9};
    static const std::vector<int> meadow = {100, 75, 50, 28, 7};
    switch (f) {
    case DemoFamily::Harbour: return harbour;
    case DemoFamily::Meadow: return meadow;
    case DemoFamily::Rivers: break;
    }
    return rivers;
}

const std::vector<DemoRow>& rows(DemoFamily f) {
    switch (f) {
    case DemoFamily::Harbour: return harbour_rows();
    case DemoFamily::Meadow: return meadow_rows();
    case DemoFamily::Rivers: break;
    }
    return rivers_rows();
}

// A demo day (days before today) as a date, and the session it belongs to:
// a day the family's demo put a session on is the case's session of the
// same rank, when the case has it.
struct DemoDay {
    std::string date;
    std::optional<int64_t> session_id;
};

DemoDay resolve_day(int days_ago, const std::vector<int>& nominal, const std::vector<SessionRef>& sessions,
                    const std::string& today) {
    for (std::size_t k = 0; k < nominal.size(); ++k)
        if (nominal[k] == days_ago && k < sessions.size()) return {sessions[k].date, sessions[k].id};
    DemoDay d{days_before(today, days_ago), std::nullopt};
    for (const SessionRef& s : sessions)
        if (s.date == d.date) d.session_id = s.id;
    return d;
}

} // namespace

DemoFamily demo_family_from_key(std::string_view key) {
    if (key == "harbour") return DemoFamily::Harbour;
    if (key == "meadow") return DemoFamily::Meadow;
    return DemoFamily::Rivers;
}

std::vector<DemoChallenge> demo_plan(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today,
                                     DemoFamily family) {
    const std::vector<int>& nominal = nominal_sessions(family);
    std::vector<DemoChallenge> out;
    for (const DemoRow& r : rows(family)) {
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
            const DemoDay day = resolve_day(dp.days_ago, nominal, sessions, today);
            Placement p;
            p.date = day.date;
            p.session_id = day.session_id;
            p.zone = dp.zone;
            p.reason = dp.reason;
            d.placements.push_back(std::move(p));
        }
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace challenge_zones
