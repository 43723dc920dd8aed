// lm_demo.cpp - three invented families' learning maps (demo only):
//   rivers  - a mother new to the town, a baby with feeding worries and a
//             four-year-old; a moved visit upset her (repaired); in the
//             last session she asked a neighbour for help.
//   harbour - a father bringing up two children alone, wary of services; a
//             clash about school, repaired by listening; a tantrum handled
//             together; a bedtime plan he wrote himself.
//   meadow  - young parents of a baby born early, a grandmother close by;
//             they learn the baby's cues, set the grandmother's help on
//             their own terms, and phone the clinic themselves.
#include "lm_demo.h"

namespace learning_map {
namespace {

using D = Domain;

struct DemoNote {
    int session; // 1-based
    Domain domain;
    const char* note;
};
struct DemoPriority {
    int session;
    Domain domain;
    bool on;
};
// Per session: parent trust, acceptance, openness; helper the same.
struct DemoRating {
    int session;
    int parent[kConditionCount];
    int helper[kConditionCount];
};
struct DemoFamily {
    std::vector<DemoNote> notes;
    std::vector<DemoPriority> priorities;
    std::vector<DemoRating> ratings;
};

const DemoFamily& rivers() {
    static const DemoFamily f = {
        {
            {1, D::MyChild, "Fictional demo: noticed the baby turns her head away when full and asked if that means enough."},
            {1, D::Me, "Fictional demo: said out loud that moving here has been lonelier than she expected."},
            {2, D::HowChangeHappens, "Fictional demo: called one calm feed a day 'a start', not a failure."},
            {2, D::MyChild, "Fictional demo: described her son's favourite playgroup game and laughed about it."},
            {3, D::Relationships, "Fictional demo: told me straight that the moved visit upset her; we talked and put it right."},
            {3, D::Me, "Fictional demo: said she feels less like she is getting everything wrong."},
            {4, D::Parenting, "Fictional demo: walked the covering worker through her own bedtime routine, with confidence."},
            {4, D::HowChangeHappens, "Fictional demo: feeding is up and down, 'but more up than down' she said."},
            {5, D::MyFamily, "Fictional demo: wants Sunday dinners together, like the ones she grew up with."},
            {5, D::MyChild, "Fictional demo: spotted the baby's tired signs before the crying began."},
            {5, D::Parenting, "Fictional demo: let her son help with the bath and enjoyed it instead of rushing."},
            {6, D::GettingHelp, "Fictional demo: asked a neighbour to mind her son during the clinic visit, a first for her."},
            {6, D::Relationships, "Fictional demo: swaps messages with a mum she met at playgroup."},
            {6, D::Me, "Fictional demo: 'I think I am doing all right', she said, and meant it."},
        },
        {{1, D::GettingHelp, true}, {2, D::MyChild, true}, {4, D::Me, true}},
        {
            {1, {1, 1, 0}, {2, 2, 2}},
            {2, {2, 2, 1}, {2, 3, 2}},
            {3, {1, 2, 2}, {2, 3, 3}},
            {4, {2, 2, 2}, {3, 3, 3}},
            {5, {3, 3, 3}, {3, 4, 3}},
            {6, {3, 4, 3}, {4, 4, 4}},
        },
    };
    return f;
}

const DemoFamily& harbour() {
    static const DemoFamily f = {
        {
            {1, D::MyFamily, "Fictional demo: said what matters most is keeping the three of them together at home."},
            {2, D::Relationships, "Fictional demo: pushed back hard when school came up too soon, and said so to my face."},
            {3, D::Relationships, "Fictional demo: gave the work a second go once his side about school was heard."},
            {3, D::GettingHelp, "Fictional demo: asked what the school could offer rather than waiting for a call."},
            {4, D::Parenting, "Fictional demo: stayed steady through the toddler's tantrum and named the feeling for him."},
            {4, D::MyChild, "Fictional demo: worked out the tantrums come when the little one is hungry after nursery."},
            {5, D::Parenting, "Fictional demo: wrote his own bedtime plan for both children."},
            {5, D::HowChangeHappens, "Fictional demo: expects a few rough nights before the new plan settles."},
            {5, D::MyChild, "Fictional demo: asked his daughter what makes school mornings hard, and listened."},
            {5, D::Me, "Fictional demo: said he is 'not the dad who cannot cope' he feared he was."},
        },
        {{1, D::Parenting, true}, {3, D::MyChild, true}, {5, D::GettingHelp, true}},
        {
            {1, {0, 1, 1}, {2, 2, 2}},
            {2, {0, 1, 2}, {2, 1, 2}},
            {3, {1, 2, 2}, {3, 3, 3}},
            {4, {2, 3, 3}, {3, 3, 4}},
            {5, {3, 3, 4}, {4, 4, 4}},
        },
    };
    return f;
}

const DemoFamily& meadow() {
    static const DemoFamily f = {
        {
            {1, D::Me, "Fictional demo: said they feel watched and judged by everyone; naming it was a first step."},
            {2, D::MyChild, "Fictional demo: both picked up the baby's hand-to-mouth sign that she is hungry."},
            {2, D::HowChangeHappens, "Fictional demo: agreed weight gain shows over weeks, not at one weigh-in."},
            {3, D::MyChild, "Fictional demo: read a tired cue and settled her before she cried."},
            {3, D::Parenting, "Fictional demo: dad did the night feeds his own way, and it worked."},
            {4, D::MyFamily, "Fictional demo: sorted which of Nan's help they want and what they would rather do themselves."},
            {4, D::Relationships, "Fictional demo: planned together how to tell Nan, kindly."},
            {5, D::GettingHelp, "Fictional demo: phoned the clinic themselves with a feeding question."},
            {5, D::Me, "Fictional demo: 'We know her best', mum said about their baby."},
            {5, D::Parenting, "Fictional demo: made a feeding chart of their own to take to the clinic."},
        },
        {{1, D::MyChild, true}, {2, D::Me, true}, {4, D::MyFamily, true}, {5, D::Me, false}},
        {
            {1, {0, 1, 1}, {2, 2, 2}},
            {2, {1, 1, 1}, {2, 3, 2}},
            {3, {2, 2, 2}, {3, 3, 3}},
            {4, {3, 3, 3}, {3, 4, 3}},
            {5, {3, 4, 3}, {4, 4, 4}},
        },
    };
    return f;
}

const DemoFamily& family_of(std::string_view key) {
    if (key == "harbour") return harbour();
    if (key == "meadow") return meadow();
    return rivers();
}

} // namespace

DemoData demo_data(std::string_view family, int64_t case_id, const std::vector<SessionRef>& sessions) {
    const DemoFamily& f = family_of(family);
    auto session = [&](int n) -> const SessionRef* {
        return n >= 1 && n <= static_cast<int>(sessions.size()) ? &sessions[static_cast<std::size_t>(n - 1)] : nullptr;
    };
    DemoData out;
    for (const DemoNote& n : f.notes) {
        const SessionRef* s = session(n.session);
        if (!s) continue;
        Evidence e;
        e.case_id = case_id;
        e.session_id = s->id;
        e.domain = n.domain;
        e.note = n.note;
        e.date = s->date;
        out.evidence.push_back(std::move(e));
    }
    for (const DemoPriority& p : f.priorities) {
        const SessionRef* s = session(p.session);
        if (!s) continue;
        PriorityChange c;
        c.case_id = case_id;
        c.session_id = s->id;
        c.domain = p.domain;
        c.on = p.on;
        c.date = s->date;
        out.priorities.push_back(c);
    }
    for (const DemoRating& r : f.ratings) {
        const SessionRef* s = session(r.session);
        if (!s) continue;
        ConditionRatings c;
        c.case_id = case_id;
        c.session_id = s->id;
        c.date = s->date;
        for (int k = 0; k < kConditionCount; ++k) {
            c.set(Rater::Parent, static_cast<Condition>(k), r.parent[k]);
            c.set(Rater::Helper, static_cast<Condition>(k), r.helper[k]);
        }
        out.ratings.push_back(std::move(c));
    }
    return out;
}

} // namespace learning_map
