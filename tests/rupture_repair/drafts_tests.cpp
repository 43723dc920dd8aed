// drafts_tests.cpp - what counts as an unsaved change in this plugin's
// side form (rr_drafts.h): an untouched form is never kept, and each field the
// user can type or pick counts. The keep / restore / drop rule itself is
// the SDK's wb::DraftsByCase, tested in tests/sdk/test_drafts.cpp.
#include "rr_drafts.h"

#include <doctest/doctest.h>

using namespace rupture_repair;

namespace {

constexpr int64_t kCaseA = 1;
constexpr const char* kStampA = "2024-01-01T09:00:00Z";
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

} // namespace

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
