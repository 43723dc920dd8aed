// rr_demo.h - the fictional demo families' ruptures, repairs and alliance
// checks, so the tracker has something to show on a projector. Every text
// is invented and marked as demo text.
#pragma once

#include "rr_model.h"

#include <string>
#include <string_view>
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

// The invented families the host's demo library creates (wb::demo_family).
enum class DemoFamily { Rivers, Harbour, Meadow };
// "rivers", "harbour", "meadow"; anything else (an older host sends
// nothing) is the Rivers family, the tracker's original demo.
DemoFamily demo_family_from_key(std::string_view key);

// A family's ruptures with their repairs, and an alliance check per demo
// session, over the months before `today` (YYYY-MM-DD).
// Rivers: six ruptures in every status (the host's sessions 160, 131, 103,
// 74, 45 and 16 days ago). Harbour: a confrontation in session 2 repaired
// in session 3, a small practical one mended by the next visit, alliance
// dipping then recovering (sessions 120, 92, 63, 35, 9 days ago). Meadow: a
// quiet withdrawal over weight repaired by exploring it, and the
// grandmother answering for the parents (sessions 100, 75, 50, 28, 7 days
// ago). Each is written against those sessions: a rupture, repair or check
// meant for session k lands on the case's k-th session (by date) when the
// case has one, and a rupture or check there is linked to it; otherwise it
// is dated as many days before `today` as the host's demo would have put
// it. Every description and note starts "Demo:".
DemoData demo_data(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today,
                   DemoFamily family = DemoFamily::Rivers);

} // namespace rupture_repair
