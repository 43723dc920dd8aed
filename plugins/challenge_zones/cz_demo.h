// cz_demo.h - the fictional demo families' challenge plans, so the planner
// has something to show on a projector. Every text is invented and marked
// as demo text.
#pragma once

#include "cz_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace challenge_zones {

struct DemoChallenge {
    Challenge challenge;
    std::vector<Placement> placements; // time order; challenge_id unset
};

// The invented families the host's demo library creates (wb::demo_family).
enum class DemoFamily { Rivers, Harbour, Meadow };
// "rivers", "harbour", "meadow"; anything else (an older host sends
// nothing) is the Rivers family, the planner's original demo.
DemoFamily demo_family_from_key(std::string_view key);

// The family's challenges with placements over the months before `today`
// (YYYY-MM-DD). Each family's data is written against the host's demo
// sessions (Rivers: 6 sessions, Harbour and Meadow: 5); a placement meant
// for session k lands on the case's k-th session (by date) when the case
// has one, and is linked to it; otherwise it is dated as many days before
// `today` as the host's demo would have put it. Every support note and
// reason, and each why that is filled in, starts "Demo:" (the fictional
// marker).
std::vector<DemoChallenge> demo_plan(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today,
                                     DemoFamily family = DemoFamily::Rivers);

using wb::util::days_before;

} // namespace challenge_zones
