// ws_demo.cpp - invented families' worksheets (demo only). Each follows
// the story the host's demo library tells of that family's sessions:
//  - Rivers: a mother working towards housing and feeding routines, a
//    relationship strained by a moved visit and mended since;
//  - Harbour: a father on his own, wary of services, who pushed back hard
//    when school was raised too soon; mended by listening;
//  - Meadow: young parents of a baby born early, who felt judged about her
//    weight and came to trust their own reading of her.
#include "ws_demo.h"

#include <workbench/util.hpp>

#include <algorithm>

namespace worksheets {

using wb::util::days_before;

namespace {

// The date of visit `n` (0-based) of a case: its session's date when it
// has one, else the day the demo library gives it. `after` days later,
// never past today.
std::string visit_date(const std::vector<std::string>& session_dates, std::size_t n, const int* library_days_ago,
                       const std::string& today, int after = 0) {
    std::string date = n < session_dates.size() && wb::util::valid_date(session_dates[n])
                           ? session_dates[n]
                           : days_before(today, library_days_ago[n]);
    date = days_before(date, -after);
    return std::min(date, today);
}

std::vector<DemoSheet> harbour_sheets(const std::string& today, const std::vector<std::string>& sessions) {
    static const int kVisitsDaysAgo[] = {120, 92, 63, 35, 9};
    std::vector<DemoSheet> out;

    DemoSheet supervision;
    supervision.slug = "reflective_supervision_practitioner";
    supervision.title = "Demo: supervision after the school push-back";
    supervision.status = SheetStatus::Complete;
    supervision.session = 1;
    supervision.created = visit_date(sessions, 1, kVisitsDaysAgo, today, 2);
    supervision.updated = visit_date(sessions, 1, kVisitsDaysAgo, today, 3);
    supervision.values = {
        {"supervision_date", supervision.created},
        {"piece_of_work", std::string("Demo: the second visit, when school came up too soon")},
        {"what_happened", std::string("Demo: I asked about his daughter missing school before he trusted me. He said I "
                                      "had come to judge him like the others and asked me to leave early.")},
        {"feelings_then", std::string("Demo: caught out, then defensive; I nearly explained why school matters.")},
        {"feelings_now", std::string("Demo: worried I have confirmed his picture of services, and keen to go back.")},
        {"staying", 8},
        {"went_well", std::string("Demo: I stopped, said I had jumped ahead, and left calmly when he asked.")},
        {"went_less_well", std::string("Demo: I brought my agenda before his: bedtime was what he asked for help with.")},
        {"frameworks", std::set<int>{1, 4, 5}},
        {"why", std::string("Demo: a past referral about school; the challenge came from outside what he had chosen.")},
        {"parent_view", std::string("Demo: 'She was nice enough, then she started on about school like the rest.'")},
        {"learned", std::string("Demo: challenge lands when it is tied to what he wants; school is tied to mornings.")},
        {"next_actions", std::string("Demo: text to ask if I may come back to it at his pace; name the rush myself.")},
        {"before_next", std::set<int>{0, 2}},
    };
    out.push_back(std::move(supervision));

    DemoSheet spiral;
    spiral.slug = "partnership_spiral_practitioner";
    spiral.title = "Demo: building partnership with a father on his own";
    spiral.status = SheetStatus::Draft;
    spiral.session = 4;
    spiral.created = visit_date(sessions, 4, kVisitsDaysAgo, today);
    spiral.updated = visit_date(sessions, 4, kVisitsDaysAgo, today, 1);
    spiral.values = {
        {"when", spiral.created},
        {"focus", std::string("Demo: from the school push-back to his own bedtime plan.")},
        {"spiral_map",
         NoteTexts{{"core", "Demo: he rings before a hard evening now"},
                   {"acceptance", "Demo: doing what I said, the next day"},
                   {"valuing", "Demo: naming the mornings he manages alone"},
                   {"subtle", "Demo: wondering what the tantrums say"},
                   {"obvious", "Demo: his bedtime plan, in his words"},
                   {"repair", "Demo: going back to school at his pace"}}},
        {"acceptance_steps", std::string("Demo: kept every small promise; let him set the order of what we talk about.")},
        {"acceptance_level", 7},
        {"praise", std::string("Demo: his calm voice and staying close during the tantrum.")},
        {"valuing_checks", std::set<int>{0, 2}},
        {"ready_open", 2},
        {"obvious", std::string("Demo: the bedtime plan he wrote: what, when, and who he rings if it goes wrong.")},
        {"strain", 2},
        {"repair_done", std::string("Demo: named that I rushed him, then listened to his side of school mornings.")},
        {"movement", std::set<int>{0, 1, 2}},
        {"next_step", std::string("Demo: look at school drop-off together, starting from what already works.")},
    };
    out.push_back(std::move(spiral));
    return out;
}

std::vector<DemoSheet> meadow_sheets(const std::string& today, const std::vector<std::string>& sessions) {
    static const int kVisitsDaysAgo[] = {100, 75, 50, 28, 7};
    std::vector<DemoSheet> out;

    DemoSheet together;
    together.slug = "ingredients_family";
    together.title = "Demo: what helps us, filled in with both parents";
    together.status = SheetStatus::Complete;
    together.session = 2;
    together.created = visit_date(sessions, 2, kVisitsDaysAgo, today);
    together.updated = together.created;
    together.values = {
        {"ingredients_map",
         NoteTexts{{"help", "Demo: Nan on two afternoons, when we ask"},
                   {"challenge", "Demo: trusting what we see in her"},
                   {"possibility", "Demo: a baby who feeds well and a calmer house"},
                   {"safe_space", "Demo: not feeling tested at every visit"}}},
        {"helped_most", std::string("Demo: being asked what we notice, not told what to do.")},
        {"more_help", std::string("Demo: knowing who to ring between visits without feeling silly.")},
        {"hope_soon", std::string("Demo: talking to Nan about the help that suits us.")},
        {"hope_later", std::string("Demo: a steady routine and more confidence going out with her.")},
        {"honest", 8},
        {"agreed", std::string("Demo: we talk to Nan this week; the visitor brings the clinic's number.")},
    };
    out.push_back(std::move(together));

    DemoSheet learning;
    learning.slug = "parents_learning_practitioner";
    learning.title = "Demo: the parents' learning since the first visit";
    learning.status = SheetStatus::Draft;
    learning.session = 4;
    learning.created = visit_date(sessions, 4, kVisitsDaysAgo, today);
    learning.updated = visit_date(sessions, 4, kVisitsDaysAgo, today, 1);
    learning.values = {
        {"when", learning.created},
        {"focus", std::string("Demo: all five visits, from feeling watched to ringing the clinic themselves.")},
        {"domains_map",
         NoteTexts{{"getting_help", "Demo: rang the clinic on their own"},
                   {"my_child", "Demo: read her hunger and tired signs first"},
                   {"my_family", "Demo: Nan's help agreed on their terms"},
                   {"conditions", "Demo: trust grew once the silence was named"}}},
        {"trust", 8},
        {"acceptance", 7},
        {"openness", 8},
        {"conditions_notes", std::string("Demo: naming the 'test' feeling in the second visit changed the visits.")},
        {"progress_domains", std::set<int>{0, 3, 5}},
        {"evidence", std::string("Demo: they told me about the clinic call with pride, before I asked.")},
        {"parent_priorities", std::set<int>{2, 3}},
        {"next_priorities", std::string("Demo: how often visits still help, and who they can ring in between.")},
    };
    out.push_back(std::move(learning));
    return out;
}

} // namespace

DemoFamily demo_family_from_key(std::string_view key) {
    if (key == "harbour") return DemoFamily::Harbour;
    if (key == "meadow") return DemoFamily::Meadow;
    return DemoFamily::Rivers;
}

std::vector<DemoSheet> demo_sheets(const std::string& today, DemoFamily family,
                                   const std::vector<std::string>& session_dates) {
    if (family == DemoFamily::Harbour) return harbour_sheets(today, session_dates);
    if (family == DemoFamily::Meadow) return meadow_sheets(today, session_dates);
    std::vector<DemoSheet> out;

    DemoSheet ingredients;
    ingredients.slug = "ingredients_practitioner";
    ingredients.title = "Demo: essential ingredients, spring review";
    ingredients.created = days_before(today, 3);
    ingredients.updated = days_before(today, 1);
    ingredients.values = {
        {"when", days_before(today, 4)},
        {"focus", std::string("Demo: the last three visits, since the visit I moved at short notice.")},
        {"ingredients_map",
         NoteTexts{{"help", "Demo: forms done together; a lift to the clinic"},
                   {"challenge", "Demo: feeding routine, raised gently"},
                   {"possibility", "Demo: her own flat by the autumn"},
                   {"safe_space", "Demo: trust coming back after the repair"}}},
        {"help_kinds", std::set<int>{0, 2}},
        {"help_openness", 2},
        {"help_fit", 7},
        {"challenge_stretch", 5},
        {"trust", 6},
        {"weakest", 1},
    };
    out.push_back(std::move(ingredients));

    DemoSheet supervision;
    supervision.slug = "reflective_supervision_practitioner";
    supervision.title = "Demo: supervision after the moved visit";
    supervision.status = SheetStatus::Complete;
    supervision.created = days_before(today, 100);
    supervision.updated = days_before(today, 98);
    supervision.values = {
        {"supervision_date", days_before(today, 100)},
        {"piece_of_work", std::string("Demo: the visit I moved at short notice")},
        {"what_happened", std::string("Demo: I moved a visit the day before. At the next visit she said I did not "
                                      "care about her time and kept her answers short.")},
        {"feelings_then", std::string("Demo: defensive at first, then worried I had undone months of work.")},
        {"staying", 6},
        {"went_well", std::string("Demo: I said it was my mix-up without making excuses.")},
        {"frameworks", std::set<int>{1, 5}},
        {"next_actions", std::string("Demo: agree with her how I will warn her of any change; check back next visit.")},
        {"before_next", std::set<int>{0, 2}},
    };
    out.push_back(std::move(supervision));
    return out;
}

Answers demo_answers(const Template& tpl, const DemoSheet& d) {
    Answers a;
    a.template_id = tpl.id;
    a.template_version = tpl.version;
    for (const auto& [id, value] : d.values)
        if (const Field* f = tpl.find_field(id)) (void)a.set(*f, value);
    return a;
}

} // namespace worksheets
