// drafts_tests.cpp - the rule for unsaved side forms left behind on a case
// switch (rr_drafts.h), on plain data: a changed form is kept for its case
// and restored once on return; an untouched form, or none, keeps nothing; a
// status changed in the form (stored at once) is no unsaved change; a draft
// whose rupture is gone, or whose case id now names another case, is
// dropped; another store drops them all.
#include "rr_drafts.h"

#include <doctest/doctest.h>

using namespace rupture_repair;

namespace {

constexpr int64_t kCaseA = 1, kCaseB = 2;
constexpr const char* kStampA = "2024-01-01T09:00:00Z";
constexpr const char* kStampB = "2024-01-02T09:00:00Z";
constexpr const char* kToday = "2024-06-01";

// The "Log a rupture" form as it opens, and after `description` was typed.
RuptureDrafts::Form logging(const char* description) {
    RuptureDrafts::Form f;
    f.opened.rupture.case_id = kCaseA;
    f.opened.rupture.date = kToday;
    f.opened.repair.date = kToday;
    f.now = f.opened;
    f.now.rupture.description = description;
    return f;
}

// Rupture `id` open in the form, as stored and unchanged.
RuptureDrafts::Form editing(int64_t id) {
    RuptureDrafts::Form f;
    f.opened.rupture.id = id;
    f.opened.rupture.case_id = kCaseA;
    f.opened.rupture.date = "2024-02-14";
    f.opened.rupture.description = "Went quiet";
    f.opened.repair.date = kToday;
    f.now = f.opened;
    return f;
}

bool never(int64_t) {
    FAIL("a new rupture's draft has no item to look for");
    return false;
}

} // namespace

TEST_CASE("drafts: a rupture half-logged is kept for its case and restored once on return") {
    RuptureDrafts drafts;
    drafts.leave(kCaseA, kStampA, logging("Cross about the visit being moved"));
    CHECK(drafts.holds(kCaseA));
    CHECK_FALSE(drafts.restore(kCaseB, kStampB, never).has_value());
    const auto back = drafts.restore(kCaseA, kStampA, never);
    REQUIRE(back.has_value());
    CHECK(back->now.rupture.description == "Cross about the visit being moved");
    CHECK(back->opened.rupture.description.empty());
    CHECK(drafts.size() == 0);
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, never).has_value()); // once
}

TEST_CASE("drafts: untouched forms keep nothing; a status stored at once is no unsaved change") {
    RuptureDrafts drafts;
    drafts.leave(kCaseA, kStampA, logging(""));
    drafts.leave(kCaseA, kStampA, editing(5));
    drafts.leave(kCaseA, kStampA, std::nullopt);
    drafts.leave(0, "", logging("Typed with no case open"));
    CHECK(drafts.size() == 0);

    RuptureDrafts::Form marked = editing(5);
    marked.now.rupture.status = Status::Repaired;
    marked.now.rupture.resolution = Resolution::Fully;
    CHECK_FALSE(marked.changed());
    // Everything else the form holds counts: the fields, a repair action
    // being written, the degree picked for "Mark repaired".
    RuptureDrafts::Form f = editing(5);
    f.now.rupture.salience = 5;
    CHECK(f.changed());
    f = editing(5);
    f.now.repair.note = "Phoned her";
    CHECK(f.changed());
    f = editing(5);
    f.now.resolution = static_cast<int>(Resolution::Partly);
    CHECK(f.changed());
}

TEST_CASE("drafts: a draft editing a rupture that is gone is dropped, and does not come back with it") {
    RuptureDrafts drafts;
    RuptureDrafts::Form f = editing(5);
    f.now.rupture.description = "Went quiet after the letter";
    drafts.leave(kCaseA, kStampA, f);
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, [](int64_t) { return false; }).has_value());
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, [](int64_t) { return true; }).has_value());

    drafts.leave(kCaseA, kStampA, f);
    const auto back = drafts.restore(kCaseA, kStampA, [](int64_t id) { return id == 5; });
    REQUIRE(back.has_value());
    CHECK(back->now.rupture.description == "Went quiet after the letter");
}

TEST_CASE("drafts: a case id reused by a new case, a reset demo case and another store drop drafts") {
    RuptureDrafts drafts;
    drafts.leave(kCaseA, kStampA, logging("About the family that was deleted"));
    CHECK_FALSE(drafts.restore(kCaseA, "2024-05-05T10:00:00Z", never).has_value());
    CHECK(drafts.size() == 0);

    drafts.leave(kCaseA, kStampA, logging("One"));
    drafts.leave(kCaseB, kStampB, logging("Two"));
    drafts.leave(kCaseA, kStampA, logging("One, then more"));
    CHECK(drafts.size() == 2);
    drafts.drop(kCaseA);
    CHECK_FALSE(drafts.holds(kCaseA));
    CHECK(drafts.holds(kCaseB));
    drafts.clear();
    CHECK(drafts.size() == 0);
}
