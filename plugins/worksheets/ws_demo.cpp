// ws_demo.cpp - an invented family's worksheets (demo only). The story
// follows the other plugins' demo family: a mother working towards housing
// and feeding routines, a relationship strained by a moved visit and
// mended since.
#include "ws_demo.h"

#include <workbench/util.hpp>

namespace worksheets {

using wb::util::days_before;

std::vector<DemoSheet> demo_sheets(const std::string& today) {
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
