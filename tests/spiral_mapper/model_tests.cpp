// model_tests.cpp - the spiral's steps and safe-space notes in a real store:
// adding, changing and deleting as undoable edits, the checks that refuse
// bad input without writing, cascades from core rows, and the demo spiral.
#include "spiral_demo.h"
#include "spiral_fixture.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace spiral_mapper;
using spiral_test::SpiralFixture;
using spiral_test::step;

namespace {
const std::string kToday = "2024-06-01";
}

TEST_CASE("a step keeps every field and steps load in time order") {
    SpiralFixture f;
    Step full = step(f.case_a, "2024-03-05", "Agreed a walk twice a week", Kind::Obvious, "getting out");
    full.session_id = f.a2;
    full.effects = {Effect::Strengthened, Effect::Strained, Effect::Unchanged};
    full.expansion = Expansion::Much;
    const Outcome added = f.model.add(full, kToday);
    REQUIRE(added);
    CHECK(added.id > 0);
    REQUIRE(f.model.add(step(f.case_a, "2024-01-02", "Listened at the door"), kToday));
    REQUIRE(f.model.add(step(f.case_a, "2024-03-05", "Same day, added later", Kind::Repair), kToday));
    REQUIRE(f.model.add(step(f.case_b, "2024-01-01", "Other family's step"), kToday));

    const std::vector<Step> steps = f.model.load(f.case_a);
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].description == "Listened at the door");
    CHECK(steps[1].id == added.id); // same date: the earlier id first
    CHECK(steps[2].description == "Same day, added later");
    Step expected = full;
    expected.id = added.id;
    CHECK(steps[1] == expected);
    CHECK(f.model.load(f.case_b).size() == 1);
}

TEST_CASE("add, edit and delete are each one undo step") {
    SpiralFixture f;
    const Outcome added = f.model.add(step(f.case_a, "2024-02-01", "First visit"), kToday);
    REQUIRE(added);
    CHECK(f.store->undo_label() == "Add spiral step");

    Step changed = f.model.load(f.case_a).at(0);
    changed.description = "First visit, mostly listening";
    changed.kind = Kind::ValueThemselves;
    changed.expansion = Expansion::Some;
    REQUIRE(f.model.update(changed, kToday));
    CHECK(f.store->undo_label() == "Edit spiral step");
    CHECK(f.model.load(f.case_a).at(0) == changed);

    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(f.case_a).at(0).description == "First visit");
    REQUIRE(f.store->redo().is_ok());
    CHECK(f.model.load(f.case_a).at(0) == changed);

    REQUIRE(f.model.remove(added.id));
    CHECK(f.store->undo_label() == "Delete spiral step");
    CHECK(f.model.load(f.case_a).empty());
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(f.case_a).at(0) == changed);
    REQUIRE(f.store->undo().is_ok()); // the edit
    REQUIRE(f.store->undo().is_ok()); // the add
    CHECK(f.model.load(f.case_a).empty());
}

TEST_CASE("an empty description is refused with a message and nothing is written") {
    SpiralFixture f;
    const std::string last_undo = f.store->undo_label(); // the fixture's own edits
    for (const char* blank : {"", "   ", "\n\t "}) {
        const Outcome out = f.model.add(step(f.case_a, "2024-02-01", blank), kToday);
        CHECK_FALSE(out);
        CHECK(out.error.find("Describe") != std::string::npos);
    }
    CHECK(f.model.load(f.case_a).empty());
    CHECK(f.store->undo_label() == last_undo); // no undo step for a refused step
}

TEST_CASE("a date in the future or not a real date is refused") {
    SpiralFixture f;
    const Outcome future = f.model.add(step(f.case_a, "2024-06-02", "Not yet happened"), kToday);
    CHECK_FALSE(future);
    CHECK(future.error.find("future") != std::string::npos);
    CHECK(f.model.add(step(f.case_a, "2024-06-01", "Today is fine"), kToday));
    for (const char* bad : {"2024-02-30", "2024-13-01", "24-01-01", "yesterday", ""}) {
        const Outcome out = f.model.add(step(f.case_a, bad, "Bad date"), kToday);
        CHECK_FALSE(out);
        CHECK(out.error.find("YYYY-MM-DD") != std::string::npos);
    }
    // The default "today" is the real one: the year 2999 is always refused.
    CHECK_FALSE(f.model.add(step(f.case_a, "2999-01-01", "Far away")));
    CHECK(f.model.load(f.case_a).size() == 1);
}

TEST_CASE("editing into an invalid step is refused and the stored step is kept") {
    SpiralFixture f;
    REQUIRE(f.model.add(step(f.case_a, "2024-02-01", "Kept"), kToday));
    Step s = f.model.load(f.case_a).at(0);
    s.description = std::string(1, ' '); // (a literal here trips a GCC 12 -Wrestrict false positive)
    const Outcome out = f.model.update(s, kToday);
    CHECK_FALSE(out);
    CHECK_FALSE(out.error.empty());
    CHECK(f.model.load(f.case_a).at(0).description == "Kept");
    CHECK(f.store->undo_label() == "Add spiral step");
}

TEST_CASE("a session of another case cannot be linked, and a deleted session only loses the link") {
    SpiralFixture f;
    Step s = step(f.case_a, "2024-01-05", "Linked");
    s.session_id = f.b1;
    CHECK_FALSE(f.model.add(s, kToday));
    s.session_id = f.a1;
    REQUIRE(f.model.add(s, kToday));
    REQUIRE(f.store->delete_session(f.a1).is_ok());
    const std::vector<Step> steps = f.model.load(f.case_a);
    REQUIRE(steps.size() == 1);
    CHECK_FALSE(steps[0].session_id.has_value());
}

TEST_CASE("editing or deleting a step that is gone says so") {
    SpiralFixture f;
    const Outcome added = f.model.add(step(f.case_a, "2024-02-01", "Soon undone"), kToday);
    REQUIRE(added);
    Step s = f.model.load(f.case_a).at(0);
    REQUIRE(f.store->undo().is_ok());
    CHECK_FALSE(f.model.update(s, kToday));
    CHECK_FALSE(f.model.remove(added.id));
}

TEST_CASE("safe-space notes are saved per case as one undo step, and only when changed") {
    SpiralFixture f;
    CHECK(f.model.load_safe_space(f.case_a) == SafeSpace{});
    const SafeSpace notes{"Growing", "She raises worries first", "We can name hard things"};
    CHECK(f.model.save_safe_space(f.case_a, notes));
    CHECK(f.store->undo_label() == "Edit safe space notes");
    CHECK_FALSE(f.model.save_safe_space(f.case_a, notes));
    CHECK(f.model.load_safe_space(f.case_a) == notes);
    CHECK(f.model.load_safe_space(f.case_b) == SafeSpace{});
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load_safe_space(f.case_a) == SafeSpace{});
}

TEST_CASE("the demo spiral is fictional, valid, in the past, and added once in one edit") {
    SpiralFixture f;
    const int added = f.model.seed_demo(f.case_a);
    CHECK(added >= 20);
    CHECK(added <= 30);
    CHECK(f.store->undo_label() == "Add demo spiral");
    const std::vector<Step> steps = f.model.load(f.case_a);
    REQUIRE(static_cast<int>(steps.size()) == added);
    const std::string today = today_local();
    int linked = 0, themed = 0, strained = 0, much = 0;
    for (const Step& s : steps) {
        INFO(s.description);
        CHECK(s.description.rfind("Fictional demo.", 0) == 0);
        CHECK_FALSE(validate(s, today).has_value());
        linked += s.session_id ? 1 : 0;
        themed += s.theme.empty() ? 0 : 1;
        strained += std::count(s.effects.begin(), s.effects.end(), Effect::Strained) > 0 ? 1 : 0;
        much += s.expansion == Expansion::Much ? 1 : 0;
    }
    // Every part of the drawing has something to show.
    CHECK(themed > 10);
    CHECK(strained >= 2);
    CHECK(much >= 3);
    CHECK(f.model.load_safe_space(f.case_a).trust.rfind("Fictional demo.", 0) == 0);
    // A second demo event does not double the spiral.
    CHECK(f.model.seed_demo(f.case_a) == 0);
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(f.case_a).empty());
}

TEST_CASE("the demo case event adds the spiral through the plugin") {
    SpiralFixture f;
    f.plugins.broadcast(wb_event{sizeof(wb_event), WB_EVENT_DEMO_CASE_CREATED, f.case_b, 0, nullptr});
    CHECK(f.model.load(f.case_b).size() >= 20);
    CHECK(f.model.load(f.case_a).empty());
}

TEST_CASE("demo steps link to the first session on or after their date") {
    const std::vector<SessionRef> sessions{{7, "2024-05-01", "A"}, {9, "2024-05-20", "B"}};
    const std::vector<Step> steps = demo_steps(1, sessions, "2024-06-01");
    REQUIRE_FALSE(steps.empty());
    for (const Step& s : steps) {
        if (s.date <= "2024-05-01") CHECK(s.session_id == std::optional<int64_t>(7));
        else if (s.date <= "2024-05-20") CHECK(s.session_id == std::optional<int64_t>(9));
        else CHECK_FALSE(s.session_id.has_value());
    }
    CHECK(std::is_sorted(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.date < b.date; }));
    CHECK(steps.back().date <= "2024-06-01");
}
