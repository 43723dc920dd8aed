// rr_drafts.h - a rupture half-logged or half-edited in the side form is
// kept, in memory, for the case it was typed for while the user looks at
// another family, and comes back with the form when they return.
//
// The rule (which drafts to keep, restore or drop) is wb::DraftsByCase
// (workbench/drafts.hpp); this file says what the form holds, and the view
// puts a restored draft back.
// Drafts never reach the store or the log: nothing typed is written
// anywhere until the user saves it.
#pragma once

#include "rr_types.h"

#include <workbench/drafts.hpp>

#include <cstdint>
#include <string>

namespace rupture_repair {

// The rule itself (keep, restore once, drop) is the SDK's.
using wb::DraftsByCase;
using wb::UnsavedForm;

// What the tracker's side form holds that the user typed or picked: the
// rupture's fields, the repair action being written and the degree chosen
// for "Mark repaired". A rupture's status and resolution are not among
// them: the form stores those at once, so they are never unsaved and are
// left out of the comparison.
struct RuptureFormFields {
    Rupture rupture;     // id 0: a rupture being logged
    RepairAction repair; // the repair action being written (a stored rupture's)
    int resolution = static_cast<int>(Resolution::Fully);

    int64_t item_id() const { return rupture.id; }
    bool operator==(const RuptureFormFields& o) const {
        Rupture mine = rupture;
        mine.status = o.rupture.status;
        mine.resolution = o.rupture.resolution;
        return mine == o.rupture && repair == o.repair && resolution == o.resolution;
    }
};

using RuptureDrafts = DraftsByCase<RuptureFormFields>;

} // namespace rupture_repair
