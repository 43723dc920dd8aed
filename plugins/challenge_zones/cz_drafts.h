// cz_drafts.h - a challenge half-drafted or half-edited in the side form
// is kept, in memory, for the case it was typed for while the user looks at
// another family, and comes back with the form when they return.
//
// The rule (which drafts to keep, restore or drop) is wb::DraftsByCase
// (workbench/drafts.hpp); this file says what the form holds, and the view
// puts a restored draft back.
// Drafts never reach the store or the log: nothing typed is written
// anywhere until the user saves it.
#pragma once

#include "cz_types.h"

#include <workbench/drafts.hpp>

#include <cstdint>
#include <string>

namespace challenge_zones {

// The rule itself (keep, restore once, drop) is the SDK's.
using wb::DraftsByCase;
using wb::UnsavedForm;

// What the planner's side form holds that the user typed or picked: the
// challenge's fields and, for a stored one, the placement being recorded.
struct ChallengeFormFields {
    Challenge challenge;    // id 0: a new challenge
    int zone = -1;          // the placement's zone; -1 until chosen
    int64_t session_id = 0; // the placement's session; 0: a date
    std::string date;       // the placement's date
    std::string reason;     // why it sits there

    int64_t item_id() const { return challenge.id; }
    bool operator==(const ChallengeFormFields&) const = default;
};

using ChallengeDrafts = DraftsByCase<ChallengeFormFields>;

} // namespace challenge_zones
