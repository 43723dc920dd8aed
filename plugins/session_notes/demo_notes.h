// demo_notes.h - fictional reflection notes for the demo case, so a training
// facilitator can show the panel (and its search) with something in it.
#pragma once

#include "notes_model.h"

#include <cstddef>

namespace session_notes {

// The demo notes for the i-th session of the demo case (oldest first); the
// texts repeat after the last one. All fictional, and marked as demo text.
// The number of distinct entries is demo_note_count().
NoteFields demo_note(std::size_t i);
std::size_t demo_note_count();

} // namespace session_notes
