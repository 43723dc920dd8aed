// drafts_tests.cpp - the rule for unsaved side forms left behind on a case
// switch (cz_drafts.h), on plain data: a changed form is kept for its case
// and restored once on return; an untouched form, or none, keeps nothing; a
// draft whose challenge is gone, or whose case id now names another case,
// is dropped; another store drops them all.
#include "cz_drafts.h"

#include <doctest/doctest.h>

using namespace challenge_zones;

namespace {

constexpr int64_t kCaseA = 1, kCaseB = 2;
constexpr const char* kStampA = "2024-01-01T09:00:00Z";
constexpr const char* kStampB = "2024-01-02T09:00:00Z";
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

bool never(int64_t) {
    FAIL("a new challenge's draft has no item to look for");
    return false;
}

} // namespace

TEST_CASE("drafts: a challenge half-drafted is kept for its case and restored once on return") {
    ChallengeDrafts drafts;
    drafts.leave(kCaseA, kStampA, adding("Ask the school for a meeting"));
    CHECK(drafts.holds(kCaseA));
    CHECK_FALSE(drafts.restore(kCaseB, kStampB, never).has_value());
    const auto back = drafts.restore(kCaseA, kStampA, never);
    REQUIRE(back.has_value());
    CHECK(back->now.challenge.description == "Ask the school for a meeting");
    CHECK(back->opened.challenge.description.empty());
    CHECK(drafts.size() == 0);
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, never).has_value()); // once
}

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

TEST_CASE("drafts: a draft editing a challenge that is gone is dropped, and does not come back with it") {
    ChallengeDrafts drafts;
    ChallengeDrafts::Form f = editing(5);
    f.now.challenge.why_it_matters = "She wants calmer evenings";
    drafts.leave(kCaseA, kStampA, f);
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, [](int64_t) { return false; }).has_value());
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, [](int64_t) { return true; }).has_value());

    drafts.leave(kCaseA, kStampA, f);
    const auto back = drafts.restore(kCaseA, kStampA, [](int64_t id) { return id == 5; });
    REQUIRE(back.has_value());
    CHECK(back->now.challenge.why_it_matters == "She wants calmer evenings");
}

TEST_CASE("drafts: a case id reused by a new case, a reset demo case and another store drop drafts") {
    ChallengeDrafts drafts;
    drafts.leave(kCaseA, kStampA, adding("About the family that was deleted"));
    CHECK_FALSE(drafts.restore(kCaseA, "2024-05-05T10:00:00Z", never).has_value());
    CHECK(drafts.size() == 0);

    drafts.leave(kCaseA, kStampA, adding("One"));
    drafts.leave(kCaseB, kStampB, adding("Two"));
    drafts.leave(kCaseA, kStampA, adding("One, then more"));
    CHECK(drafts.size() == 2);
    drafts.drop(kCaseA);
    CHECK_FALSE(drafts.holds(kCaseA));
    CHECK(drafts.holds(kCaseB));
    drafts.clear();
    CHECK(drafts.size() == 0);
}
