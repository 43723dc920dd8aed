// model_tests.cpp - the learning map in a real store: evidence kept and
// loaded per case in session order, with its session's date; bad input
// (empty note, another family's session) refused with a message and
// nothing written; edits and deletes; priorities switched per session
// (setting what already holds writes nothing); ratings saved once per
// session and replaced; history through the model; each change one undo
// step; deleting a session takes its rows along; and the demo seeding.
#include "lm_fixture.h"

#include <doctest/doctest.h>

using namespace learning_map;
using lm_test::evidence;
using lm_test::LmFixture;
using lm_test::ratings;

TEST_CASE("evidence is kept per case in session order, with its session's date") {
    LmFixture f;
    const Outcome late = f.model.add_evidence(evidence(f.case_a, f.a2, Domain::MyChild, "  Read the baby's cue  "));
    REQUIRE(late);
    const Outcome early = f.model.add_evidence(evidence(f.case_a, f.a1, Domain::GettingHelp, "Asked a friend"));
    REQUIRE(early);
    REQUIRE(f.model.add_evidence(evidence(f.case_b, f.b1, Domain::Me, "Other family")));

    const CaseData data = f.model.load(f.case_a);
    REQUIRE(data.evidence.size() == 2);
    CHECK(data.evidence[0].id == early.id);
    CHECK(data.evidence[0].date == "2024-01-10");
    CHECK(data.evidence[1].note == "Read the baby's cue"); // trimmed
    CHECK(data.evidence[1].domain == Domain::MyChild);
    CHECK(data.evidence[1].date == "2024-02-14");
    REQUIRE(data.sessions.size() == 2);
    CHECK(data.sessions[0].id == f.a1);
    CHECK(f.model.load(f.case_b).evidence.size() == 1);
    CHECK(f.store->undo_label() == "Add sign of learning");
}

TEST_CASE("bad evidence is refused with a message and nothing is written") {
    LmFixture f;
    Outcome out = f.model.add_evidence(evidence(f.case_a, f.a1, Domain::Me, "   "));
    CHECK_FALSE(out);
    CHECK(out.error.find("Describe") != std::string::npos);
    out = f.model.add_evidence(evidence(f.case_a, f.b1, Domain::Me, "Seen")); // another family's session
    CHECK_FALSE(out);
    CHECK(out.error.find("not part of this case") != std::string::npos);
    out = f.model.add_evidence(evidence(0, f.a1, Domain::Me, "Seen"));
    CHECK(out.error.find("Pick a case") != std::string::npos);
    out = f.model.add_evidence(evidence(f.case_a, 0, Domain::Me, "Seen"));
    CHECK(out.error.find("session") != std::string::npos);
    CHECK(f.model.load(f.case_a).evidence.empty());
    CHECK(f.store->undo_label() != "Add sign of learning"); // only the fixture's own steps
}

TEST_CASE("evidence can be edited and deleted, each one undo step") {
    LmFixture f;
    const Outcome added = f.model.add_evidence(evidence(f.case_a, f.a1, Domain::Me, "First words"));
    REQUIRE(added);
    Evidence e = *f.model.find_evidence(added.id);
    e.note = "Better words";
    e.domain = Domain::Parenting;
    e.session_id = f.a2;
    REQUIRE(f.model.update_evidence(e));
    Evidence stored = *f.model.find_evidence(added.id);
    CHECK(stored.note == "Better words");
    CHECK(stored.domain == Domain::Parenting);
    CHECK(stored.date == "2024-02-14");
    CHECK(f.store->undo_label() == "Edit sign of learning");

    // A bad edit changes nothing.
    e.note = "";
    CHECK_FALSE(f.model.update_evidence(e));
    e.note = "x";
    e.session_id = f.b1;
    CHECK_FALSE(f.model.update_evidence(e));
    CHECK(f.model.find_evidence(added.id)->note == "Better words");

    REQUIRE(f.store->undo().is_ok());
    stored = *f.model.find_evidence(added.id);
    CHECK(stored.note == "First words");
    CHECK(stored.domain == Domain::Me);

    REQUIRE(f.model.remove_evidence(added.id));
    CHECK_FALSE(f.model.find_evidence(added.id));
    CHECK(f.store->undo_label() == "Delete sign of learning");
    CHECK_FALSE(f.model.remove_evidence(added.id)); // already gone
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.find_evidence(added.id)->note == "First words");
    REQUIRE(f.store->redo().is_ok());
    CHECK_FALSE(f.model.find_evidence(added.id));
}

TEST_CASE("counts and recency through the model, as of each session") {
    LmFixture f;
    const int64_t a3 = f.session_a("2024-04-14");
    REQUIRE(f.model.add_evidence(evidence(f.case_a, f.a1, Domain::GettingHelp, "One")));
    REQUIRE(f.model.add_evidence(evidence(f.case_a, f.a2, Domain::GettingHelp, "Two")));
    REQUIRE(f.model.add_evidence(evidence(f.case_a, a3, Domain::MyFamily, "Three")));
    const CaseData data = f.model.load(f.case_a);
    const MapState at2 = map_as_of(data, 1);
    CHECK(at2.total == 2);
    CHECK(at2.at(Domain::GettingHelp).count == 2);
    CHECK(at2.at(Domain::GettingHelp).in_session == 1);
    CHECK(at2.at(Domain::MyFamily).count == 0); // session 3's note is later
    const MapState at3 = map_as_of(data, 2);
    CHECK(at3.at(Domain::GettingHelp).days_since == std::optional<int>(60)); // 14 Feb to 14 Apr
    CHECK(recency_of(at3.at(Domain::GettingHelp)) == Recency::AWhileAgo);
    CHECK(at3.at(Domain::MyFamily).count == 1);
}

TEST_CASE("a priority is switched per session; what already holds writes nothing; undo") {
    LmFixture f;
    const int64_t a3 = f.session_a("2024-04-14");
    Outcome out = f.model.set_priority(f.case_a, Domain::Me, f.a1, true);
    REQUIRE(out);
    CHECK(out.id != 0);
    CHECK(f.store->undo_label() == "Mark domain as a priority");
    // Already a priority at session 2 (from session 1): nothing to write.
    out = f.model.set_priority(f.case_a, Domain::Me, f.a2, true);
    REQUIRE(out);
    CHECK(out.id == 0);
    REQUIRE(f.model.set_priority(f.case_a, Domain::Me, a3, false));
    CHECK(f.store->undo_label() == "Clear domain priority");
    CaseData data = f.model.load(f.case_a);
    CHECK(data.priorities.size() == 2);
    CHECK(map_as_of(data, 0).at(Domain::Me).priority);
    CHECK(map_as_of(data, 1).at(Domain::Me).priority);
    CHECK_FALSE(map_as_of(data, 2).at(Domain::Me).priority);

    // Switching it back on at session 3 drops the change recorded there.
    REQUIRE(f.model.set_priority(f.case_a, Domain::Me, a3, true));
    data = f.model.load(f.case_a);
    CHECK(data.priorities.size() == 1);
    CHECK(map_as_of(data, 2).at(Domain::Me).priority);
    REQUIRE(f.store->undo().is_ok());
    CHECK_FALSE(map_as_of(f.model.load(f.case_a), 2).at(Domain::Me).priority);

    // Another family's session is refused.
    out = f.model.set_priority(f.case_a, Domain::Me, f.b1, true);
    CHECK_FALSE(out);
    CHECK(out.error.find("not part of this case") != std::string::npos);
}

TEST_CASE("ratings are saved once per session, replaced on a second save, refused when off the scale") {
    LmFixture f;
    Outcome out = f.model.save_ratings(ratings(f.case_a, f.a1, 1, 2, std::nullopt, 3, 3, 2));
    REQUIRE(out);
    CHECK(f.store->undo_label() == "Save condition ratings");
    REQUIRE(f.model.save_ratings(ratings(f.case_a, f.a1, 2, 2, 1, 3, 3, 3)));
    CaseData data = f.model.load(f.case_a);
    REQUIRE(data.ratings.size() == 1);
    CHECK(data.ratings[0].id == out.id);
    CHECK(data.ratings[0].at(Rater::Parent, Condition::Trust) == std::optional<int>(2));
    CHECK(data.ratings[0].at(Rater::Parent, Condition::Openness) == std::optional<int>(1));
    CHECK(data.ratings[0].date == "2024-01-10");
    REQUIRE(f.store->undo().is_ok());
    data = f.model.load(f.case_a);
    CHECK(data.ratings[0].at(Rater::Parent, Condition::Trust) == std::optional<int>(1));
    CHECK_FALSE(data.ratings[0].at(Rater::Parent, Condition::Openness).has_value());

    out = f.model.save_ratings(ratings(f.case_a, f.a2, 5, 2, 2, 2, 2, 2));
    CHECK_FALSE(out);
    CHECK(out.error.find("0 to 4") != std::string::npos);
    out = f.model.save_ratings(ratings(f.case_a, f.a2, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                                       std::nullopt, std::nullopt));
    CHECK(out.error.find("at least one") != std::string::npos);
    out = f.model.save_ratings(ratings(f.case_a, f.b1, 1, 1, 1, 1, 1, 1));
    CHECK(out.error.find("not part of this case") != std::string::npos);
    CHECK(f.model.load(f.case_a).ratings.size() == 1);

    // Session 2 has none: the map carries session 1's over, marked as such.
    const MapState at2 = map_as_of(f.model.load(f.case_a), 1);
    REQUIRE(at2.ratings);
    CHECK_FALSE(at2.ratings_current);

    REQUIRE(f.model.remove_ratings(f.a1));
    CHECK(f.model.load(f.case_a).ratings.empty());
    CHECK_FALSE(f.model.remove_ratings(f.a1));
}

TEST_CASE("deleting a session takes its evidence, priority changes and ratings with it") {
    LmFixture f;
    REQUIRE(f.model.add_evidence(evidence(f.case_a, f.a2, Domain::Me, "Gone with the session")));
    REQUIRE(f.model.add_evidence(evidence(f.case_a, f.a1, Domain::Me, "Stays")));
    REQUIRE(f.model.set_priority(f.case_a, Domain::Me, f.a2, true));
    REQUIRE(f.model.save_ratings(ratings(f.case_a, f.a2, 1, 1, 1, 1, 1, 1)));
    REQUIRE(f.store->delete_session(f.a2).is_ok());
    const CaseData data = f.model.load(f.case_a);
    REQUIRE(data.evidence.size() == 1);
    CHECK(data.evidence[0].note == "Stays");
    CHECK(data.priorities.empty());
    CHECK(data.ratings.empty());
}

TEST_CASE("the demo map is added once per case, in one undo step, for the family named") {
    LmFixture f;
    for (int i = 0; i < 4; ++i) f.session_a(("2024-0" + std::to_string(i + 3) + "-01").c_str());
    const int added = f.model.seed_demo(f.case_a, "harbour");
    CHECK(added >= 8);
    CHECK(f.store->undo_label() == "Add demo learning map");
    const CaseData data = f.model.load(f.case_a);
    CHECK(static_cast<int>(data.evidence.size()) == added);
    CHECK(data.ratings.size() == 5);
    CHECK(data.priorities.size() >= 3);
    for (const Evidence& e : data.evidence) CHECK(e.note.rfind("Fictional demo:", 0) == 0);
    CHECK(f.model.seed_demo(f.case_a, "harbour") == 0); // never twice
    // The harbour father's first note is about keeping the family together.
    CHECK(data.evidence.front().domain == Domain::MyFamily);
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(f.case_a).evidence.empty());
}

TEST_CASE("the demo case event seeds the map for the family key, rivers when there is none") {
    LmFixture f;
    wb_event e{sizeof(wb_event), WB_EVENT_DEMO_CASE_CREATED, f.case_b, 0, "meadow"};
    f.plugins.broadcast(e);
    CaseData data = f.model.load(f.case_b);
    REQUIRE(data.evidence.size() == 1); // case B has one session
    CHECK(data.evidence[0].domain == Domain::Me);
    CHECK(data.evidence[0].note.find("judged") != std::string::npos);

    wb_event none{sizeof(wb_event), WB_EVENT_DEMO_CASE_CREATED, f.case_a, 0, nullptr};
    f.plugins.broadcast(none);
    data = f.model.load(f.case_a);
    REQUIRE(data.evidence.size() >= 2);
    CHECK(data.evidence[0].domain == Domain::MyChild); // rivers: the baby turning away when full
}
