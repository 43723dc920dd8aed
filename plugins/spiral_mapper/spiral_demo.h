// spiral_demo.h - the fictional demo family's spiral, so a facilitator can
// tell a partnership's story on a projector with something in the panel.
// Every text is invented and marked as demo text.
#pragma once

#include "spiral_model.h"

#include <string>
#include <vector>

namespace spiral_mapper {

// About 25 steps spread over the last six months before `today`
// (YYYY-MM-DD), in time order, each linked to the first of `sessions`
// (oldest first) on or after its date, if any.
std::vector<Step> demo_steps(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today);
SafeSpace demo_safe_space();

} // namespace spiral_mapper
