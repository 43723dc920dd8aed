// spiral_demo.h - the fictional demo families' spirals, so a facilitator
// can tell a partnership's story on a projector with something in the
// panel. Every text is invented and marked as demo text.
//
// The host's demo library has three families (wb_event::demo_family):
// "rivers" (the first and default), "harbour" and "meadow". Each spiral
// follows the story of that family's sessions as the host writes them.
#pragma once

#include "spiral_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace spiral_mapper {

enum class DemoFamily { Rivers, Harbour, Meadow };

// The family a demo key names; an unknown or empty key is the Rivers
// family (an older host sends none).
DemoFamily demo_family_from_key(std::string_view key);

// The family's steps in time order, before `today` (YYYY-MM-DD).
//  - Rivers: about 25 steps over the last six months, each linked to the
//    first of `sessions` (oldest first) on or after its date, if any.
//  - Harbour and Meadow: about 15 steps, each belonging to one of the
//    case's sessions in date order (the n-th visit), dated on or a few
//    days before it and linked to it. A case with fewer sessions gets the
//    missing visits dated as the demo library dates them, unlinked.
std::vector<Step> demo_steps(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today,
                             DemoFamily family = DemoFamily::Rivers);
SafeSpace demo_safe_space(DemoFamily family = DemoFamily::Rivers);

} // namespace spiral_mapper
