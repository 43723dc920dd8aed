// ws_demo.h - the fictional demo family's worksheets, so the panel has
// something to show on a projector: an essential-ingredients reflection
// half filled and an earlier supervision record, complete. Every written
// answer is invented and starts "Demo:"; every title says "Demo".
#pragma once

#include "ws_answers.h"
#include "ws_store.h"

#include <string>
#include <utility>
#include <vector>

namespace worksheets {

struct DemoSheet {
    std::string slug; // a built-in template
    std::string title;
    SheetStatus status = SheetStatus::Draft;
    std::string created, updated;
    std::vector<std::pair<std::string, AnswerValue>> values; // by field id
};

// The demo worksheets, dated in the weeks before `today` (YYYY-MM-DD).
std::vector<DemoSheet> demo_sheets(const std::string& today);

// The answers of `d` for its template; values the template does not take
// (a field renamed since) are left out.
Answers demo_answers(const Template& tpl, const DemoSheet& d);

} // namespace worksheets
