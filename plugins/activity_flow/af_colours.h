// af_colours.h - each activity's colour from the host's colour-blind-safe
// set (Okabe-Ito), the ink that reads on it, and the small pattern each
// activity carries so the diagram still reads in grey or on a poor
// projector. No ImGui here: the shared paint code (af_paint.cpp) and the
// export use it without a window.
#pragma once

#include "af_types.h"

#include <workbench/abi.h>
#include <workbench/util.hpp>

#include <cstdint>

namespace activity_flow::colours {

using wb::util::mix;
using wb::util::with_alpha;

// Locating: blue; new meaning: orange; joint action: bluish green;
// planning: reddish purple. Four of the set that stay apart for the
// common colour-vision deficiencies and differ in lightness too.
inline uint32_t activity(const wb_palette& p, Activity a) {
    static const int index[kActivityCount] = {4, 0, 2, 6};
    return p.categorical[index[index_of(a)]];
}

// Black or white, whichever reads better on `fill` (0xAABBGGRR).
inline uint32_t ink_on(uint32_t fill) {
    const float r = static_cast<float>(fill & 0xFF), g = static_cast<float>((fill >> 8) & 0xFF),
                b = static_cast<float>((fill >> 16) & 0xFF);
    const float luma = 0.2126f * r + 0.7152f * g + 0.0722f * b;
    return luma > 140.0f ? 0xFF1A1A1Au : 0xFFFFFFFFu;
}

} // namespace activity_flow::colours
