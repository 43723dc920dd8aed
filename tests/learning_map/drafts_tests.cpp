// drafts_tests.cpp - the rule for unsaved side forms left behind on a case
// switch (lm_drafts.h), on plain data: a changed form is kept for its case
// and restored once on return; an untouched form, or none, keeps nothing;
// a draft whose item is gone, or whose case id now names another case, is
// dropped; another store drops them all.
#include "lm_drafts.h"

#include <doctest/doctest.h>

using namespace learning_map;

namespace {

constexpr int64_t kCaseA = 1, kCaseB = 2;
constexpr const char* kStampA = "2024-01-01T09:00:00Z";
constexpr const char* kStampB = "2024-01-02T09:00:00Z";

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

TEST_CASE("drafts: a changed form is kept for its case and restored once when the user comes back") {
    EvidenceDrafts drafts;
    drafts.leave(kCaseA, kStampA, new_note(3, "Asked how other parents manage"));
    CHECK(drafts.holds(kCaseA));
    CHECK_FALSE(drafts.holds(kCaseB));
    CHECK(drafts.size() == 1);

    CHECK_FALSE(drafts.restore(kCaseB, kStampB, never).has_value()); // another case: not its draft
    const auto back = drafts.restore(kCaseA, kStampA, never);
    REQUIRE(back.has_value());
    CHECK(back->now.note == "Asked how other parents manage");
    CHECK(back->now.domain == 3);
    CHECK(back->opened.note.empty()); // still tells a change from the blank form
    // Taken out: the form on screen holds it now, so a second return finds nothing.
    CHECK(drafts.size() == 0);
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, never).has_value());
}

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

TEST_CASE("drafts: each case keeps its own, and leaving again replaces the older one") {
    EvidenceDrafts drafts;
    drafts.leave(kCaseA, kStampA, new_note(0, "First words"));
    drafts.leave(kCaseB, kStampB, new_note(4, "Family B's words"));
    drafts.leave(kCaseA, kStampA, new_note(0, "First words, then more"));
    CHECK(drafts.size() == 2);
    CHECK(drafts.restore(kCaseA, kStampA, never)->now.note == "First words, then more");
    CHECK(drafts.restore(kCaseB, kStampB, never)->now.note == "Family B's words");
}

TEST_CASE("drafts: a draft editing a sign that is gone is dropped, and does not come back with it") {
    EvidenceDrafts drafts;
    drafts.leave(kCaseA, kStampA, editing(5, "Said she felt alone", "Said she felt less alone"));
    int64_t asked = 0;
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, [&](int64_t id) {
                          asked = id;
                          return false; // undone or deleted while the user was away
                      }).has_value());
    CHECK(asked == 5);
    // Dropped for good: the sign coming back (redo) brings no stale draft.
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, [](int64_t) { return true; }).has_value());

    drafts.leave(kCaseA, kStampA, editing(5, "Said she felt alone", "Said she felt less alone"));
    const auto back = drafts.restore(kCaseA, kStampA, [](int64_t id) { return id == 5; });
    REQUIRE(back.has_value());
    CHECK(back->now.item_id() == 5);
}

TEST_CASE("drafts: a case id reused by a new case, a reset demo case and another store drop drafts") {
    EvidenceDrafts drafts;
    drafts.leave(kCaseA, kStampA, new_note(2, "About the family that was deleted"));
    // The same id, another case (created later): never its draft.
    CHECK_FALSE(drafts.restore(kCaseA, "2024-05-05T10:00:00Z", never).has_value());
    CHECK(drafts.size() == 0);

    drafts.leave(kCaseA, kStampA, new_note(2, "One"));
    drafts.leave(kCaseB, kStampB, new_note(2, "Two"));
    drafts.drop(kCaseA);
    CHECK_FALSE(drafts.holds(kCaseA));
    CHECK(drafts.holds(kCaseB));
    drafts.clear();
    CHECK(drafts.size() == 0);
}
