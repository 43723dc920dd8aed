// model_tests.cpp - challenges and placements in a real store: every field
// kept, add/edit/delete/place as undoable edits, the placement history with
// undo and redo, bad input refused with a message and nothing written,
// links to sessions, cascades from core rows, and the demo plan.
#include "cz_demo.h"
#include "cz_fixture.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace challenge_zones;
using cz_test::challenge;
using cz_test::CzFixture;
using cz_test::must;
using cz_test::placement;

TEST_CASE("a challenge keeps every field; challenges load per case") {
    CzFixture f;
    Challenge full = challenge(f.case_a, "Safe sleep in the cot", Aspect::Safety, "2024-01-05");
    full.direction = Direction::ParentToHelper;
    full.why_it_matters = "She wants him safe";
    full.support = Emotional | Relational;
    full.support_note = "Go slowly";
    full.near_future = "Naps in the cot";
    full.distant_future = "Sleeps safely at night";
    full.status = Status::Paused;
    full.review_date = "2024-03-01";
    const Outcome added = f.model.add(full);
    REQUIRE(added);
    REQUIRE(f.model.add(challenge(f.case_b, "Other family")));

    const CasePlan plan = f.model.load(f.case_a);
    REQUIRE(plan.challenges.size() == 1);
    Challenge expected = full;
    expected.id = added.id;
    CHECK(plan.challenges[0] == expected);
    CHECK(plan.sessions.size() == 2);
    CHECK(f.model.load(f.case_b).challenges.size() == 1);
}

TEST_CASE("add, edit and delete are each one undo step; delete takes the placements and undo brings them back") {
    CzFixture f;
    const Outcome added = f.model.add(challenge(f.case_a, "Bedtime routine"));
    REQUIRE(added);
    CHECK(f.store->undo_label() == "Add challenge");
    REQUIRE(f.model.place(placement(added.id, "2024-01-10", Zone::Comfort)));
    REQUIRE(f.model.place(placement(added.id, "2024-02-10", Zone::Optimal)));

    Challenge changed = f.model.load(f.case_a).challenges.at(0);
    changed.description = "Bedtime routine, four nights a week";
    changed.status = Status::Achieved;
    REQUIRE(f.model.update(changed));
    CHECK(f.store->undo_label() == "Edit challenge");
    CHECK(f.model.load(f.case_a).challenges.at(0) == changed);
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(f.case_a).challenges.at(0).description == "Bedtime routine");
    REQUIRE(f.store->redo().is_ok());

    REQUIRE(f.model.remove(added.id));
    CHECK(f.store->undo_label() == "Delete challenge");
    CHECK(f.model.load(f.case_a).challenges.empty());
    CHECK(f.model.placements_of(added.id).empty());
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(f.case_a).challenges.at(0) == changed);
    CHECK(f.model.placements_of(added.id).size() == 2);
}

TEST_CASE("placement history: each move is one undo step, undo and redo walk the trajectory") {
    CzFixture f;
    const Outcome c = f.model.add(challenge(f.case_a, "Playgroup alone"));
    REQUIRE(c);
    REQUIRE(f.model.place(placement(c.id, "2024-02-01", Zone::Comfort, "with me")));
    // Recorded out of order: the trajectory is still in time order.
    REQUIRE(f.model.place(placement(c.id, "2024-01-01", Zone::Nice, "timetable")));
    REQUIRE(f.model.place(placement(c.id, "2024-03-01", Zone::Optimal, "went alone")));
    CHECK(f.store->undo_label() == "Place challenge");

    auto zones = [&] {
        std::vector<Zone> out;
        for (const Placement& p : f.model.placements_of(c.id)) out.push_back(*p.zone);
        return out;
    };
    CHECK(zones() == std::vector<Zone>{Zone::Nice, Zone::Comfort, Zone::Optimal});
    CHECK(f.model.load(f.case_a).placements.back().reason == "went alone");

    REQUIRE(f.store->undo().is_ok());
    CHECK(zones() == std::vector<Zone>{Zone::Nice, Zone::Comfort});
    REQUIRE(f.store->undo().is_ok());
    CHECK(zones() == std::vector<Zone>{Zone::Comfort});
    REQUIRE(f.store->redo().is_ok());
    REQUIRE(f.store->redo().is_ok());
    CHECK(zones() == std::vector<Zone>{Zone::Nice, Zone::Comfort, Zone::Optimal});
}

TEST_CASE("a placement without a zone is refused with a message and nothing is written") {
    CzFixture f;
    const Outcome c = f.model.add(challenge(f.case_a, "Self-care hour"));
    REQUIRE(c);
    const std::string before = f.store->undo_label();
    Placement p = placement(c.id, "2024-01-10", Zone::Comfort);
    p.zone.reset();
    const Outcome out = f.model.place(p);
    CHECK_FALSE(out);
    CHECK(out.error.find("zone") != std::string::npos);
    CHECK(f.model.placements_of(c.id).empty());
    CHECK(f.store->undo_label() == before);

    const Outcome bad_date = f.model.place(placement(c.id, "10/01/2024", Zone::Comfort));
    CHECK_FALSE(bad_date);
    const Outcome gone = f.model.place(placement(c.id + 100, "2024-01-10", Zone::Comfort));
    CHECK_FALSE(gone);
    CHECK(f.model.placements_of(c.id).empty());
}

TEST_CASE("a review date before the challenge's creation is refused, on add and on edit") {
    CzFixture f;
    Challenge c = challenge(f.case_a, "Feeding plan", Aspect::Actions, "2024-03-10");
    c.review_date = "2024-03-01";
    const Outcome out = f.model.add(c);
    CHECK_FALSE(out);
    CHECK(out.error.find("before") != std::string::npos);
    CHECK(f.model.load(f.case_a).challenges.empty());

    c.review_date = "2024-04-01";
    const Outcome ok = f.model.add(c);
    REQUIRE(ok);
    c.id = ok.id;
    c.review_date = "2024-02-01";
    CHECK_FALSE(f.model.update(c));
    CHECK(f.model.load(f.case_a).challenges.at(0).review_date == "2024-04-01");

    Challenge blank = challenge(f.case_a, "   ");
    CHECK_FALSE(f.model.add(blank));
}

TEST_CASE("a placement tied to a session takes its date; deleting the session keeps it, unlinked") {
    CzFixture f;
    const Outcome c = f.model.add(challenge(f.case_a, "Routine"));
    REQUIRE(c);
    Placement p = placement(c.id, "", Zone::Optimal);
    p.session_id = f.a2;
    REQUIRE(f.model.place(p));
    std::vector<Placement> stored = f.model.placements_of(c.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].date == "2024-02-14");
    CHECK(stored[0].session_id == std::optional<int64_t>(f.a2));

    // Another family's session is refused.
    p.session_id = f.b1;
    CHECK_FALSE(f.model.place(p));

    REQUIRE(f.store->delete_session(f.a2).is_ok());
    stored = f.model.placements_of(c.id);
    REQUIRE(stored.size() == 1);
    CHECK_FALSE(stored[0].session_id.has_value());
    CHECK(stored[0].date == "2024-02-14");
}

TEST_CASE("the demo plan is fictional, placed over time, and added only once") {
    CzFixture f;
    const int added = f.model.seed_demo(f.case_a, "2024-06-01");
    CHECK(added >= 5);
    const CasePlan plan = f.model.load(f.case_a);
    CHECK(static_cast<int>(plan.challenges.size()) == added);
    CHECK(plan.placements.size() > plan.challenges.size());
    for (const Challenge& c : plan.challenges) {
        CHECK(c.support_note.rfind("Demo: ", 0) == 0); // marked fictional
        CHECK_FALSE(validate(c).has_value());
    }
    for (const Placement& p : plan.placements) CHECK(p.reason.rfind("Demo: ", 0) == 0);
    CHECK(f.model.seed_demo(f.case_a, "2024-06-01") == 0);
    CHECK(days_before("2024-03-01", 1) == "2024-02-29");
}

TEST_CASE("each demo family has its own fictional plan, hung on the case's sessions in date order") {
    CzFixture f;
    const std::string today = "2024-06-01";
    auto make_case = [&](const char* code, std::initializer_list<int> days) {
        const int64_t id = must(f.store->create_case(code, "Demo family (fictional)", true));
        for (int d : days) must(f.store->add_session(id, days_before(today, d), "A", ""));
        return id;
    };
    const int64_t rivers = make_case("DEMO-01", {160, 131, 103, 74, 45, 16});
    const int64_t harbour = make_case("DEMO-02", {120, 92, 63, 35, 9});
    const int64_t meadow = make_case("DEMO-03", {100, 75, 50, 28, 7});
    const int64_t unknown = make_case("DEMO-04", {160, 131, 103, 74, 45, 16});
    CHECK(f.model.seed_demo(rivers, today, "rivers") >= 5);
    CHECK(f.model.seed_demo(harbour, today, "harbour") >= 5);
    CHECK(f.model.seed_demo(meadow, today, "meadow") >= 5);
    CHECK(f.model.seed_demo(unknown, today, "no-such-family") >= 5);

    auto descriptions = [&](int64_t id) {
        std::vector<std::string> out;
        for (const Challenge& c : f.model.load(id).challenges) out.push_back(c.description);
        std::sort(out.begin(), out.end());
        return out;
    };
    CHECK(descriptions(harbour) != descriptions(rivers));
    CHECK(descriptions(meadow) != descriptions(rivers));
    CHECK(descriptions(meadow) != descriptions(harbour));
    CHECK(descriptions(unknown) == descriptions(rivers)); // an unknown key is the Rivers family

    for (int64_t id : {harbour, meadow}) {
        const CasePlan plan = f.model.load(id);
        for (const Challenge& c : plan.challenges) {
            CHECK(c.support_note.rfind("Demo: ", 0) == 0);
            CHECK_FALSE(validate(c).has_value());
        }
        // Every session of the family's case has a placement linked to it.
        for (const SessionRef& s : plan.sessions) {
            const bool linked = std::any_of(plan.placements.begin(), plan.placements.end(),
                                            [&](const Placement& p) { return p.session_id == s.id; });
            CHECK(linked);
        }
        for (const Placement& p : plan.placements) {
            CHECK(p.reason.rfind("Demo: ", 0) == 0);
            CHECK_FALSE(validate(p).has_value());
        }
    }

    // Harbour: school attendance was overwhelming at session 2, then comes
    // back to the optimal zone.
    const CasePlan h = f.model.load(harbour);
    const auto school = std::find_if(h.challenges.begin(), h.challenges.end(),
                                     [](const Challenge& c) { return c.description.find("school") != std::string::npos; });
    REQUIRE(school != h.challenges.end());
    const std::vector<Placement> path = trajectory(h.placements, school->id);
    REQUIRE(path.size() >= 3);
    CHECK(path[1].session_id == h.sessions[1].id);
    CHECK(*path[1].zone == Zone::Overwhelming);
    CHECK(*path.back().zone == Zone::Optimal);
}

TEST_CASE("a demo family's plan lands on the case's own sessions even when their dates differ") {
    CzFixture f; // case A's sessions are 2024-01-10 and 2024-02-14
    REQUIRE(f.model.seed_demo(f.case_a, "2024-06-01", "meadow") >= 5);
    const CasePlan plan = f.model.load(f.case_a);
    int on_a1 = 0, on_a2 = 0;
    for (const Placement& p : plan.placements) {
        on_a1 += p.session_id == f.a1 ? 1 : 0;
        on_a2 += p.session_id == f.a2 ? 1 : 0;
        if (p.session_id == f.a1) CHECK(p.date == "2024-01-10");
    }
    CHECK(on_a1 >= 2); // session 1 of the family: cues and weight
    CHECK(on_a2 >= 2);
}
