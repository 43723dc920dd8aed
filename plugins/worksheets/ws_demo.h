// ws_demo.h - the fictional demo families' worksheets, so the panel has
// something to show on a projector. Every written answer is invented and
// starts "Demo:"; every title starts "Demo".
//
// The host's demo library has three families (wb_event::demo_family):
//  - "rivers" (the first, and the default for an unknown key): an
//    essential-ingredients reflection half filled and an earlier
//    supervision record, complete;
//  - "harbour": a supervision record after the father pushed back over
//    school (complete) and a building-partnership reflection (a draft);
//  - "meadow": "What helps us make changes" filled with the parents
//    (complete) and a parents'-learning reflection (a draft).
// The later families' worksheets belong to one of the case's sessions.
#pragma once

#include "ws_answers.h"
#include "ws_store.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace worksheets {

enum class DemoFamily { Rivers, Harbour, Meadow };

// The family a demo key names; an unknown or empty key is Rivers.
DemoFamily demo_family_from_key(std::string_view key);

struct DemoSheet {
    std::string slug; // a built-in template
    std::string title;
    SheetStatus status = SheetStatus::Draft;
    std::string created, updated;
    std::optional<std::size_t> session; // index into the sessions given, if it belongs to one
    std::vector<std::pair<std::string, AnswerValue>> values; // by field id
};

// The demo worksheets, dated before `today` (YYYY-MM-DD). `session_dates`
// are the case's sessions by date (oldest first); a family's worksheet
// belongs to its n-th session and is dated from it, or, when the case has
// fewer sessions, from the day the demo library gives that session.
std::vector<DemoSheet> demo_sheets(const std::string& today, DemoFamily family = DemoFamily::Rivers,
                                   const std::vector<std::string>& session_dates = {});

// The answers of `d` for its template; values the template does not take
// (a field renamed since) are left out.
Answers demo_answers(const Template& tpl, const DemoSheet& d);

} // namespace worksheets
