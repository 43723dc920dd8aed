// notes_fixture.h - a store with the session notes plugin loaded in process,
// as the tests of its model and view need it: a wb::Host over the real
// service table, and a case with two sessions plus a second case.
#pragma once

#include "notes_model.h"
#include "session_notes_plugin.h"

#include "plugin_fixture.h"

#include <doctest/doctest.h>

#include <memory>

namespace notes_test {

using wb::test::must;
using wb::test::test_palette;

struct NotesFixture : wb::test::InProcessPlugin {
    session_notes::NotesModel model{host};

    NotesFixture() : InProcessPlugin(session_notes::descriptor()) {}
};

inline session_notes::NoteFields notes(const char* happened, const char* felt = "", const char* noticed = "",
                                       const char* next_step = "") {
    session_notes::NoteFields f;
    f.text[session_notes::Happened] = happened;
    f.text[session_notes::Felt] = felt;
    f.text[session_notes::Noticed] = noticed;
    f.text[session_notes::NextStep] = next_step;
    return f;
}

} // namespace notes_test
