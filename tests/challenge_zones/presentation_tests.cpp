// presentation_tests.cpp - the planner in presentation mode, headless: what
// a family typed (descriptions, why it matters, reasons) is not drawn while
// a real case is presented and is drawn for a demo case; the story steps
// session by session, clamps at both ends, and is empty for an empty case;
// the host reaches the story through the panel.
#include "cz_fixture.h"
#include "cz_story.h"
#include "cz_view.h"

#include "drawn_text.h"
#include "headless_ui.h"
#include "panel_driver.h"

#include <doctest/doctest.h>

#include <string>

using namespace challenge_zones;
using cz_test::challenge;
using cz_test::CzFixture;
using cz_test::at;
using cz_test::make;
using cz_test::placement;

namespace {

constexpr const char* kTyped = "Zebra crossing worry";
constexpr const char* kWhy = "Grandad's allotment matters to her";

// A challenge placed in comfort at session a1 and moved to optimal at a2.
int64_t seed(CzFixture& f) {
    Challenge c = challenge(f.case_a, kTyped);
    c.why_it_matters = kWhy;
    const Outcome added = f.model.add(c);
    REQUIRE(added);
    Placement first = placement(added.id, "", Zone::Comfort, "Only talked about it");
    first.session_id = f.a1;
    REQUIRE(f.model.place(first));
    Placement second = placement(added.id, "", Zone::Optimal, "She tried it herself");
    second.session_id = f.a2;
    REQUIRE(f.model.place(second));
    return added.id;
}

// Everything one frame of the panel drew, read back from the draw data
// (drawn_text.h): the panel, its children and any tooltip or popup, text
// drawn by widgets or straight onto a draw list alike. Spaces are not drawn,
// so compare with has() below. The frame draws the plain panel, so the
// driver's repeated frames stay plain too.
std::string drawn_text(wb::test::PanelDriver<PlannerView>& d) {
    d.ui.frame([&d] { d.draw(); });
    return wb::test::drawn_text();
}

// True when `what` was drawn (spaces ignored).
bool has(const std::string& text, const char* what) { return wb::test::drawn_has(text, what); }

} // namespace

TEST_CASE("presenting a real case hides what was typed about the family; a demo case shows it") {
    CzFixture f;
    seed(f);
    f.select(f.case_a);
    PlannerView view(f.host);
    wb::test::PanelDriver<PlannerView> d(view);

    // Not presenting: the table shows the description.
    std::string text = drawn_text(d);
    CHECK(has(text, kTyped));

    f.context.presenting = true;
    f.context.current_case_is_demo = false;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK_FALSE(has(text, kTyped));
    CHECK(has(text, "hidden while presenting"));
    // The story caption (shown by the host under the panel) names the aspect instead.
    CHECK(view.story(0).caption == "Session 1: an Actions challenge is placed in the comfort zone");

    f.context.current_case_is_demo = true;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(has(text, kTyped));
}

TEST_CASE("presenting: the open form masks what is typed there and takes no typing") {
    CzFixture f;
    seed(f);
    f.select(f.case_a);
    PlannerView view(f.host);
    wb::test::PanelDriver<PlannerView> d(view);
    REQUIRE(d.ui.click("Panel", {"Add challenge"}));
    REQUIRE(view.form_open());
    d.ui.frames(2);
    d.ui.type("Walks to the park with the twins");
    REQUIRE(view.form_draft().description == "Walks to the park with the twins");
    CHECK(has(drawn_text(d), "the twins"));

    f.context.presenting = true;
    d.ui.frames(2);
    CHECK_FALSE(has(drawn_text(d), "the twins"));
    d.ui.type(" and more");
    CHECK(view.form_draft().description == "Walks to the park with the twins");

    f.context.presenting = false;
    d.ui.frames(2);
    CHECK(has(drawn_text(d), "the twins"));
}

TEST_CASE("the story steps session by session, clamps at both ends, and goes back") {
    CzFixture f;
    seed(f);
    f.select(f.case_a);
    PlannerView view(f.host);

    wb::Story s = view.story(0);
    REQUIRE(s.count == 2); // two sessions, nothing placed after the last
    CHECK(s.step == 0);
    CHECK(s.caption == std::string("Session 1: '") + kTyped + "' is placed in the comfort zone");
    s = view.story(+1);
    CHECK(s.step == 1);
    CHECK(s.caption == std::string("Session 2: '") + kTyped + "' moves from the comfort zone into the optimal zone");
    s = view.story(+1);
    CHECK(s.step == 1); // clamped at the end
    CHECK_FALSE(s.caption.empty());
    s = view.story(-1);
    CHECK(s.step == 0);
    s = view.story(-1);
    CHECK(s.step == 0); // clamped at the start

    // While a real case is presented the caption names the aspect only.
    f.context.presenting = true;
    s = view.story(+1);
    CHECK(s.caption.find(kTyped) == std::string::npos);
    CHECK(s.caption.find("an Actions challenge") != std::string::npos);

    // Another case with nothing placed has no story.
    f.select(f.case_b);
    s = view.story(+1);
    CHECK(s.count == 0);
    CHECK(s.step == 0);
}

TEST_CASE("the host reaches the planner's story through its panel") {
    CzFixture f;
    seed(f);
    f.select(f.case_a);
    const wb::core::PanelRef ref{"challenge_zones", "planner", "Challenge zones"};
    auto s = f.plugins.story(ref, 0);
    REQUIRE(s.has_value());
    CHECK(s->count == 2);
    s = f.plugins.story(ref, +1);
    REQUIRE(s.has_value());
    CHECK(s->step == 1);
    CHECK(s->caption.find("Session 2") == 0);
}

TEST_CASE("the plan as it stood: placements up to the step, challenges placed or created by then") {
    CasePlan plan;
    plan.sessions = {{1, "2024-01-10", "A"}, {2, "2024-02-14", "A"}};
    Challenge a = make(1, Aspect::Safety, Status::Active, "");
    a.created = "2024-01-01";
    a.description = "First";
    Challenge b = make(2, Aspect::Actions, Status::Active, "");
    b.created = "2024-03-01";
    b.description = "Later";
    plan.challenges = {a, b};
    plan.placements = {at(1, 1, "2024-01-10", Zone::Overwhelming), at(2, 1, "2024-02-14", Zone::Comfort),
                       at(3, 2, "2024-03-02", Zone::Nice)};
    const std::vector<StoryStep> steps = story_steps(plan);
    REQUIRE(steps.size() == 3); // two sessions and "since the last session"
    CHECK(steps[2].session_number == 0);
    const CasePlan first = plan_as_of(plan, steps[0]);
    CHECK(first.placements.size() == 1);
    CHECK(first.challenges.size() == 1);
    CHECK(plan_as_of(plan, steps[2]).challenges.size() == 2);
    CHECK(story_caption(plan, steps, 1, false) ==
          "Session 2: 'First' moves from the overwhelming zone into the comfort zone");
    CHECK(story_caption(plan, steps, 1, true) ==
          "Session 2: a Safety challenge moves from the overwhelming zone into the comfort zone");
    CHECK(story_caption(plan, steps, 2, false).rfind("Since the last session: 'Later' is placed", 0) == 0);
    CHECK(story_steps(CasePlan{}).empty());
    CHECK(clamp_step(0, -1, 0) == 0);
    CHECK(clamp_step(2, +5, 3) == 2);
}
