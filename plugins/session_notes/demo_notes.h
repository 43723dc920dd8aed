// demo_notes.h - fictional reflection notes for the demo cases, so a
// training facilitator can show the panel (and its search) with something
// in it. The host's demo library has three families (wb_event::demo_family):
// "rivers" (the first, and the default for an unknown key), "harbour" and
// "meadow"; each family's notes follow its sessions as the host writes them.
#pragma once

#include "notes_model.h"

#include <cstddef>
#include <string_view>

namespace session_notes {

enum class DemoFamily { Rivers, Harbour, Meadow };

// The family a demo key names; an unknown or empty key is Rivers.
DemoFamily demo_family_from_key(std::string_view key);

// The demo notes for the i-th session of a demo case (oldest first); the
// texts repeat after the last one. All fictional, and marked as demo text.
// The number of distinct entries is demo_note_count().
NoteFields demo_note(std::size_t i, DemoFamily family = DemoFamily::Rivers);
std::size_t demo_note_count(DemoFamily family = DemoFamily::Rivers);

} // namespace session_notes
