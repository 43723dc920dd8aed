// lm_drafts.h - a sign of learning half-typed in the side form is kept,
// in memory, for the case it was typed for while the user looks at another
// family, and comes back with the form when they return.
//
// The rule (which drafts to keep, restore or drop) is wb::DraftsByCase
// (workbench/drafts.hpp); this file says what the form holds, and the view
// puts a restored draft back.
// Drafts never reach the store or the log: nothing typed is written
// anywhere until the user saves it.
#pragma once

#include "lm_types.h"

#include <workbench/drafts.hpp>

#include <cstdint>
#include <string>

namespace learning_map {

// The rule itself (keep, restore once, drop) is the SDK's.
using wb::DraftsByCase;
using wb::UnsavedForm;

// What the learning map's side form holds that the user typed or picked:
// the domain open beside the map and the sign of learning in its editor.
struct EvidenceFormFields {
    int domain = -1;                    // the domain open (the form shows its signs)
    int64_t evidence_id = 0;            // the sign being edited; 0: a new one
    int64_t session_id = 0;             // picked in "Seen in"; 0: follows the session viewed
    Domain note_domain = Domain::GettingHelp; // editing: the "Domain" choice
    std::string note;

    int64_t item_id() const { return evidence_id; }
    bool operator==(const EvidenceFormFields&) const = default;
};

using EvidenceDrafts = DraftsByCase<EvidenceFormFields>;

} // namespace learning_map
