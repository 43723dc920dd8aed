// cz_demo.h - the fictional demo family's challenge plan, so the planner
// has something to show on a projector. Every text is invented and marked
// as demo text.
#pragma once

#include "cz_model.h"

#include <string>
#include <vector>

namespace challenge_zones {

struct DemoChallenge {
    Challenge challenge;
    std::vector<Placement> placements; // time order; challenge_id unset
};

// Seven challenges with placements over the last five months before
// `today` (YYYY-MM-DD). Every support note and reason, and each why that is
// filled in, starts "Demo:"
// (the fictional marker); a placement on a session's date is linked to it.
std::vector<DemoChallenge> demo_plan(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today);

using wb::util::days_before;

} // namespace challenge_zones
