// drafts_tests.cpp - what counts as an unsaved change in this plugin's
// side form (lm_drafts.h): an untouched form is never kept, and each field the
// user can type or pick counts. The keep / restore / drop rule itself is
// the SDK's wb::DraftsByCase, tested in tests/sdk/test_drafts.cpp.
#include "lm_drafts.h"

#include <doctest/doctest.h>

using namespace learning_map;

namespace {

constexpr int64_t kCaseA = 1;
constexpr const char* kStampA = "2024-01-01T09:00:00Z";

// The add form of `domain`, as it opens and after `note` was typed.
EvidenceDrafts::Form new_note(int domain, const char* note, int64_t session = 0) {
    EvidenceDrafts::Form f;
    f.opened = EvidenceFormFields{domain, 0, 0, static_cast<Domain>(domain), ""};
    f.now = EvidenceFormFields{domain, 0, session, static_cast<Domain>(domain), note};
    return f;
}

// Sign `id` being edited: stored with `stored`, now reading `note`.
EvidenceDrafts::Form editing(int64_t id, const char* stored, const char* note) {
    EvidenceDrafts::Form f;
    f.opened = EvidenceFormFields{2, id, 7, Domain::Parenting, stored};
    f.now = EvidenceFormFields{2, id, 7, Domain::Parenting, note};
    return f;
}

bool never(int64_t) {
    FAIL("a new note's draft has no item to look for");
    return false;
}

} // namespace

TEST_CASE("drafts: an untouched form, no form and no case keep nothing") {
    EvidenceDrafts drafts;
    drafts.leave(kCaseA, kStampA, new_note(1, ""));
    drafts.leave(kCaseA, kStampA, editing(5, "Same words", "Same words"));
    drafts.leave(kCaseA, kStampA, std::nullopt);
    drafts.leave(0, "", new_note(1, "Typed with no case open"));
    CHECK(drafts.size() == 0);
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, never).has_value());

    // A session picked for a new note is a change, as a typed note is.
    CHECK(new_note(1, "", 42).changed());
    CHECK_FALSE(new_note(1, "").changed());
    EvidenceDrafts::Form moved = editing(5, "Same words", "Same words");
    moved.now.note_domain = Domain::Me;
    CHECK(moved.changed());
}
