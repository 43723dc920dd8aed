// lm_demo.h - the fictional demo families' learning maps, so the map has
// something to show on a projector: signs of learning across the sessions,
// the domains each family chose to work on, and condition ratings that rise
// over time. Every note is invented and starts "Fictional demo:".
#pragma once

#include "lm_aggregate.h"
#include "lm_types.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace learning_map {

struct DemoData {
    std::vector<Evidence> evidence;
    std::vector<PriorityChange> priorities;
    std::vector<ConditionRatings> ratings;
};

// The known family keys; anything else (or "") gets the first.
inline constexpr std::string_view kDemoFamilies[] = {"rivers", "harbour", "meadow"};

// The data of `family` for `case_id`, hung on its sessions 1..N (oldest
// first); rows for a session the case does not have are left out.
DemoData demo_data(std::string_view family, int64_t case_id, const std::vector<SessionRef>& sessions);

} // namespace learning_map
