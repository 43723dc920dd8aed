// spiral_demo.cpp - an invented family's partnership spiral (demo only).
#include "spiral_demo.h"

#include <chrono>
#include <cstdio>

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

} // namespace

std::vector<Step> demo_steps(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today) {
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

SafeSpace demo_safe_space() {
    return SafeSpace{
        "Fictional demo. Growing: she now texts ahead when she needs to move a visit.",
        "Fictional demo. She brings her own worries first, including ones about how I work.",
        "Fictional demo. We can name hard things (feeding, missed visits) without the visit ending.",
    };
}

} // namespace spiral_mapper
