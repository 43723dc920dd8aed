// rr_demo.h - the fictional demo family's ruptures, repairs and alliance
// checks, so the tracker has something to show on a projector. Every text
// is invented and marked as demo text.
#pragma once

#include "rr_model.h"

#include <string>
#include <vector>

namespace rupture_repair {

struct DemoRupture {
    Rupture rupture;
    std::vector<RepairAction> repairs; // time order; rupture_id unset
};

struct DemoData {
    std::vector<DemoRupture> ruptures;
    std::vector<AllianceCheck> alliance; // only for sessions the case has
};

// Six ruptures over the five months before `today` (YYYY-MM-DD), in every
// status, with their repairs; and an alliance check for each of the case's
// sessions on the demo days (the core's demo case has sessions 160, 131,
// 103, 74, 45 and 16 days ago). A rupture or check on a session's date is
// linked to it. Every description and note starts "Demo:".
DemoData demo_data(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today);

} // namespace rupture_repair
