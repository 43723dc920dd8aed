// drafts_tests.cpp - what counts as an unsaved change in this plugin's
// side form (cz_drafts.h): an untouched form is never kept, and each field the
// user can type or pick counts. The keep / restore / drop rule itself is
// the SDK's wb::DraftsByCase, tested in tests/sdk/test_drafts.cpp.
#include "cz_drafts.h"

#include <doctest/doctest.h>

using namespace challenge_zones;

namespace {

constexpr int64_t kCaseA = 1;
constexpr const char* kStampA = "2024-01-01T09:00:00Z";
constexpr const char* kToday = "2024-06-01";

// The "New challenge" form as it opens, and after `description` was typed.
ChallengeDrafts::Form adding(const char* description) {
    ChallengeDrafts::Form f;
    f.opened.challenge.case_id = kCaseA;
    f.opened.challenge.created = kToday;
    f.opened.challenge.status = Status::Active;
    f.opened.date = kToday;
    f.now = f.opened;
    f.now.challenge.description = description;
    return f;
}

// Challenge `id` open in the form, as stored and unchanged.
ChallengeDrafts::Form editing(int64_t id) {
    ChallengeDrafts::Form f;
    f.opened.challenge.id = id;
    f.opened.challenge.case_id = kCaseA;
    f.opened.challenge.description = "Bedtime at seven";
    f.opened.challenge.created = "2024-01-01";
    f.opened.date = kToday;
    f.now = f.opened;
    return f;
}

} // namespace

TEST_CASE("drafts: untouched forms keep nothing; a placement being written counts as a change") {
    ChallengeDrafts drafts;
    drafts.leave(kCaseA, kStampA, adding(""));
    drafts.leave(kCaseA, kStampA, editing(5));
    drafts.leave(kCaseA, kStampA, std::nullopt);
    drafts.leave(0, "", adding("Typed with no case open"));
    CHECK(drafts.size() == 0);

    ChallengeDrafts::Form f = editing(5);
    f.now.zone = static_cast<int>(Zone::Optimal);
    CHECK(f.changed());
    f = editing(5);
    f.now.reason = "She asked for it herself";
    CHECK(f.changed());
    f = editing(5);
    f.now.challenge.support = Emotional;
    CHECK(f.changed());
}
