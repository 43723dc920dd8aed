// spiral_demo.cpp - invented families' partnership spirals (demo only).
#include "spiral_demo.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iterator>
#include <span>

namespace spiral_mapper {
using wb::util::days_before;

namespace {

constexpr Effect S = Effect::Strengthened;
constexpr Effect U = Effect::Unchanged;
constexpr Effect X = Effect::Strained;

struct DemoStep {
    int days_ago;
    Kind kind;
    const char* description;
    const char* theme;
    std::array<Effect, kIngredientCount> effects; // help, challenge, possibility
    Expansion expansion;
};

// The story: slow acceptance, a first agreed goal, a strain over feeding
// raised too soon and its repair, then a widening circle of what became
// possible. All fictional.
const DemoStep kDemo[] = {
    {168, Kind::Acceptance, "Fictional demo. Chatted on the doorstep about the baby's name before being asked in; mostly listened.", "", {U, U, U}, Expansion::None},
    {161, Kind::Acceptance, "Fictional demo. Remembered the older child's drawing from last time and asked how it was going.", "", {S, U, U}, Expansion::None},
    {153, Kind::Acceptance, "Fictional demo. An early win: found the playgroup timetable she had been unable to get hold of.", "playgroup", {S, U, S}, Expansion::Some},
    {146, Kind::ValueThemselves, "Fictional demo. Said exactly what she had done well when settling the baby after a feed.", "sleep", {S, U, U}, Expansion::Some},
    {139, Kind::Subtle, "Fictional demo. Laid a blanket on the floor for tummy time and watched with her as the baby lifted his head.", "play", {U, U, S}, Expansion::Some},
    {131, Kind::Acceptance, "Fictional demo. Brought the playgroup leaflet as promised; she said being taken at her word mattered.", "playgroup", {S, U, U}, Expansion::None},
    {125, Kind::ValueThemselves, "Fictional demo. Asked how she looks after herself when nights are broken; she laughed, then answered seriously.", "self-care", {U, S, U}, Expansion::Some},
    {118, Kind::Obvious, "Fictional demo. Agreed a first goal together: a short walk with the pram twice a week.", "getting out", {S, S, S}, Expansion::Much},
    {110, Kind::Subtle, "Fictional demo. Wondered aloud what the baby feels when she sings to him at changing time.", "play", {U, U, S}, Expansion::Some},
    {104, Kind::Repair, "Fictional demo. A visit moved at short notice left her feeling let down; owned the mix-up and agreed how changes will be shared.", "reliability", {S, U, U}, Expansion::None},
    {96, Kind::Obvious, "Fictional demo. Raised night feeds before she was ready; she went quiet and ended the visit early.", "feeding", {X, X, U}, Expansion::None},
    {92, Kind::Repair, "Fictional demo. Phoned to say the last visit felt rushed on my side and asked what would help; she asked to go slower.", "feeding", {S, S, U}, Expansion::Some},
    {85, Kind::ValueThemselves, "Fictional demo. Spent time on her worry about her sister, though it sits outside the service's focus.", "family", {S, U, U}, Expansion::Some},
    {78, Kind::Obvious, "Fictional demo. Sketched a feeding plan together; she chose the first change to try.", "feeding", {S, S, S}, Expansion::Much},
    {71, Kind::Acceptance, "Fictional demo. Met the grandmother too; she invited me to the next family planning chat.", "family", {S, U, S}, Expansion::Some},
    {64, Kind::Subtle, "Fictional demo. Mentioned she looked tired, and that her rest matters as much as the baby's.", "self-care", {S, U, U}, Expansion::None},
    {57, Kind::ValueThemselves, "Fictional demo. She led the talk about playgroup and what works for her there; I told her so.", "playgroup", {U, U, S}, Expansion::Some},
    {50, Kind::Repair, "Fictional demo. After two missed appointments, left a short note: no blame, the door stays open.", "reliability", {S, X, U}, Expansion::None},
    {43, Kind::Obvious, "Fictional demo. She raised the housing letter herself; we planned who to call, and when.", "housing", {S, U, S}, Expansion::Much},
    {36, Kind::Subtle, "Fictional demo. Asked what she notices on the evenings the baby settles fastest; she spotted the bath.", "sleep", {U, S, U}, Expansion::Some},
    {30, Kind::ValueThemselves, "Fictional demo. She challenged advice of mine that did not fit her evenings; thanked her for saying so.", "reliability", {U, S, U}, Expansion::Some},
    {23, Kind::Obvious, "Fictional demo. Agreed a bedtime plan, tried it for a week, and looked back at it together.", "sleep", {S, S, U}, Expansion::Much},
    {17, Kind::Acceptance, "Fictional demo. Brought the photo of the baby's first playgroup painting she had asked me to take.", "playgroup", {S, U, U}, Expansion::None},
    {10, Kind::Subtle, "Fictional demo. Left room for her to set the next goal herself; she named going back to college.", "getting out", {U, U, S}, Expansion::Much},
    {4, Kind::Obvious, "Fictional demo. Talked openly about the college visit: what worries her, and who could mind the baby.", "getting out", {U, S, S}, Expansion::Some},
};

// A step of the later families: it belongs to a visit (1 = the first of
// the case's sessions by date) and happened that day or `days_before` it.
struct VisitStep {
    int visit;
    int days_before;
    Kind kind;
    const char* description;
    const char* theme;
    std::array<Effect, kIngredientCount> effects; // help, challenge, possibility
    Expansion expansion;
};

// The Harbour family: a father on his own with a toddler and a daughter of
// seven, wary of services. Bedtime first; school raised too fast is pushed
// back hard, then mended by listening; a tantrum handled together; his own
// bedtime plan. Visits as the demo library dates them: 120, 92, 63, 35 and
// 9 days ago.
const int kHarbourVisits[] = {120, 92, 63, 35, 9};
const VisitStep kHarbour[] = {
    {1, 0, Kind::Acceptance, "Fictional demo. Sat where he pointed and let him tell me how services let him down before, without defending anyone.", "trust in services", {S, U, U}, Expansion::None},
    {1, 0, Kind::ValueThemselves, "Fictional demo. Asked what a good evening looks like in his house, and said back how much he already holds together alone.", "bedtime", {S, U, U}, Expansion::Some},
    {2, 20, Kind::Acceptance, "Fictional demo. Dropped off the bedtime ideas he had asked for the very next day, as promised.", "trust in services", {S, U, U}, Expansion::None},
    {2, 0, Kind::Obvious, "Fictional demo. Brought up his daughter's missed school days before he was ready; he pushed back hard and said I had come to judge him.", "school", {X, X, U}, Expansion::None},
    {3, 12, Kind::Acceptance, "Fictional demo. Texted to ask whether we could go back to school mornings at his pace next time. He said yes.", "school", {S, U, U}, Expansion::None},
    {3, 0, Kind::Repair, "Fictional demo. Named that I had rushed him last time, then asked for his side of the school mornings and only listened.", "school", {S, S, U}, Expansion::Some},
    {3, 0, Kind::ValueThemselves, "Fictional demo. Said plainly that getting two children out of the door alone most days is hard work, and he does it.", "mornings", {S, U, U}, Expansion::Some},
    {3, 0, Kind::Obvious, "Fictional demo. Listed together what makes mornings fall apart; he chose the one to work on first.", "mornings", {S, S, S}, Expansion::Much},
    {4, 14, Kind::Subtle, "Fictional demo. On the phone, wondered aloud what his son might be trying to tell him with the bedtime tantrums.", "bedtime", {U, S, S}, Expansion::Some},
    {4, 0, Kind::Acceptance, "Fictional demo. Covering visit by a colleague: asked him first how he likes visits to run.", "trust in services", {S, U, U}, Expansion::None},
    {4, 0, Kind::Obvious, "Fictional demo. A tantrum started mid-visit: he stayed close and calm while we kept his daughter busy. We handled it together.", "bedtime", {S, S, S}, Expansion::Much},
    {4, 0, Kind::ValueThemselves, "Fictional demo. Afterwards told him exactly what helped: his low voice, and staying near without giving in.", "bedtime", {S, U, S}, Expansion::Some},
    {5, 0, Kind::Obvious, "Fictional demo. He had written his own bedtime plan and tried it for a week; we looked at the three good nights together.", "bedtime", {S, S, S}, Expansion::Much},
    {5, 0, Kind::Subtle, "Fictional demo. Asked who he could ring on a night that goes wrong; he named his brother for the first time.", "support", {S, U, S}, Expansion::Some},
    {5, 0, Kind::Obvious, "Fictional demo. He raised school drop-off himself as the next thing to look at, and set the date to talk about it.", "school", {U, S, S}, Expansion::Much},
};

// The Meadow family: parents of nineteen with a baby girl born early, now
// five months, and a grandmother who helps a lot. They feel judged and
// worry about her weight; trust grows, they learn to read her cues, agree
// the grandmother's help on their own terms and phone the clinic
// themselves. Visits 100, 75, 50, 28 and 7 days ago.
const int kMeadowVisits[] = {100, 75, 50, 28, 7};
const VisitStep kMeadow[] = {
    {1, 0, Kind::Acceptance, "Fictional demo. Admired the baby and asked her name before anything else; both parents sat back a little.", "", {S, U, U}, Expansion::None},
    {1, 0, Kind::ValueThemselves, "Fictional demo. Said how much they have managed with a baby born early, and meant it.", "feeling judged", {S, U, U}, Expansion::Some},
    {2, 10, Kind::Acceptance, "Fictional demo. Moved the next weighing to a time that suits them rather than the clinic.", "weight", {S, U, U}, Expansion::None},
    {2, 0, Kind::Obvious, "Fictional demo. Asked about the weighing; they went quiet and looked at each other.", "weight", {X, U, U}, Expansion::None},
    {2, 0, Kind::Repair, "Fictional demo. Named the silence out loud and asked what the question was like for them; they said it felt like a test.", "feeling judged", {S, S, U}, Expansion::Some},
    {2, 0, Kind::Subtle, "Fictional demo. Asked them to show me how they can tell she is hungry, instead of telling them.", "baby's cues", {U, U, S}, Expansion::Some},
    {3, 0, Kind::Subtle, "Fictional demo. Watched the baby together; they pointed out her hunger and tired signs before I did.", "baby's cues", {U, S, S}, Expansion::Much},
    {3, 0, Kind::ValueThemselves, "Fictional demo. Told them what I saw: they read her well, and she turns to their voices.", "baby's cues", {S, U, S}, Expansion::Some},
    {3, 0, Kind::Obvious, "Fictional demo. They raised the grandmother's help; we thought through what help would suit them.", "grandmother", {S, S, S}, Expansion::Some},
    {4, 0, Kind::Acceptance, "Fictional demo. Covering visit by a colleague: they led her through their week instead of a checklist.", "feeling judged", {S, U, U}, Expansion::None},
    {4, 0, Kind::Obvious, "Fictional demo. They had agreed two afternoons a week with the grandmother, on their own terms.", "grandmother", {S, U, S}, Expansion::Much},
    {4, 0, Kind::Obvious, "Fictional demo. Planned together what they would like the next month to look like.", "", {S, S, S}, Expansion::Some},
    {5, 9, Kind::Subtle, "Fictional demo. Left the clinic's number with them and the decision to ring it to them.", "weight", {U, S, S}, Expansion::Some},
    {5, 0, Kind::ValueThemselves, "Fictional demo. They had phoned the clinic about feeding themselves; I said what a step that was.", "weight", {S, U, S}, Expansion::Much},
    {5, 0, Kind::Obvious, "Fictional demo. Looked back together at how far they have come since the first visit.", "feeling judged", {S, S, S}, Expansion::Much},
};

std::vector<Step> visit_steps(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today,
                              std::span<const VisitStep> table, std::span<const int> visit_days_ago) {
    std::vector<Step> steps;
    for (const VisitStep& d : table) {
        Step s;
        s.case_id = case_id;
        const std::size_t visit = static_cast<std::size_t>(d.visit - 1);
        if (visit < sessions.size() && valid_date(sessions[visit].date)) {
            s.date = days_before(sessions[visit].date, d.days_before);
            s.session_id = sessions[visit].id;
        } else {
            s.date = days_before(today, visit_days_ago[visit] + d.days_before);
        }
        // Never in the future, whatever the sessions' dates.
        if (s.date > today) s.date = today;
        s.kind = d.kind;
        s.description = d.description;
        s.theme = d.theme;
        s.effects = d.effects;
        s.expansion = d.expansion;
        steps.push_back(std::move(s));
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.date < b.date; });
    return steps;
}

} // namespace

DemoFamily demo_family_from_key(std::string_view key) {
    if (key == "harbour") return DemoFamily::Harbour;
    if (key == "meadow") return DemoFamily::Meadow;
    return DemoFamily::Rivers;
}

std::vector<Step> demo_steps(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today,
                             DemoFamily family) {
    if (family == DemoFamily::Harbour) return visit_steps(case_id, sessions, today, kHarbour, kHarbourVisits);
    if (family == DemoFamily::Meadow) return visit_steps(case_id, sessions, today, kMeadow, kMeadowVisits);
    std::vector<Step> steps;
    for (const DemoStep& d : kDemo) {
        Step s;
        s.case_id = case_id;
        s.date = days_before(today, d.days_ago);
        s.kind = d.kind;
        s.description = d.description;
        s.theme = d.theme;
        s.effects = d.effects;
        s.expansion = d.expansion;
        // Linked to the supervision session where it was talked about: the
        // first one on or after the step.
        for (const SessionRef& ref : sessions) {
            if (ref.date >= s.date) {
                s.session_id = ref.id;
                break;
            }
        }
        steps.push_back(std::move(s));
    }
    return steps;
}

SafeSpace demo_safe_space(DemoFamily family) {
    if (family == DemoFamily::Harbour)
        return SafeSpace{
            "Fictional demo. Slowly earned: he now rings me before a hard evening, not after.",
            "Fictional demo. He says when I am going too fast, and I slow down.",
            "Fictional demo. School can be talked about now that it is his pace, not mine.",
        };
    if (family == DemoFamily::Meadow)
        return SafeSpace{
            "Fictional demo. They no longer tidy up before I come; visits feel ordinary to them.",
            "Fictional demo. They ask their own questions first, about feeding and about the grandmother.",
            "Fictional demo. We can name the feeling of being judged without it stopping the visit.",
        };
    return SafeSpace{
        "Fictional demo. Growing: she now texts ahead when she needs to move a visit.",
        "Fictional demo. She brings her own worries first, including ones about how I work.",
        "Fictional demo. We can name hard things (feeding, missed visits) without the visit ending.",
    };
}

} // namespace spiral_mapper
