// presentation_tests.cpp - the tracker in presentation mode, headless: what
// was typed about a family (what happened, repair notes) is not drawn while
// a real case is presented and is drawn for a demo case; the caseload hides
// every real family's text while presenting, whichever case is current; the
// story walks ruptures and repairs in time order, clamps at both ends, and
// is empty for an empty case; the host reaches it through the panel.
#include "rr_fixture.h"
#include "rr_story.h"
#include "rr_view.h"

#include "drawn_text.h"
#include "panel_driver.h"

#include <doctest/doctest.h>

#include <string>

using namespace rupture_repair;
using rr_test::repair;
using rr_test::rupture;
using rr_test::RrFixture;
using wb::test::must;

namespace {

constexpr const char* kTyped = "Cross about the missed visit to the zoo";
constexpr const char* kNote = "Phoned her on Tuesday evening";

// A confrontation at session a1, repaired at a2 by inviting talk.
int64_t seed(RrFixture& f, int64_t case_id, int64_t session, const char* description = kTyped) {
    Rupture r = rupture(case_id, "", description);
    r.session_id = session;
    r.kind = MarkerKind::Confrontation;
    r.origin = Origin::Logistics;
    const Outcome added = f.model.add(r);
    REQUIRE(added);
    return added.id;
}

// Everything one frame of the panel drew, read back from the draw data
// (drawn_text.h): the panel, its children and any tooltip or popup, text
// drawn by widgets or straight onto a draw list alike. Spaces are not drawn,
// so compare with has() below. The frame draws the plain panel, so the
// driver's repeated frames stay plain too.
template <class View>
std::string drawn_text(wb::test::PanelDriver<View>& d) {
    d.ui.frame([&d] { d.draw(); });
    return wb::test::drawn_text();
}

// True when `what` was drawn (spaces ignored).
bool has(const std::string& text, const char* what) { return wb::test::drawn_has(text, what); }

} // namespace

TEST_CASE("presenting a real case hides what happened and the repair notes; a demo case shows them") {
    RrFixture f;
    const int64_t id = seed(f, f.case_a, f.a1);
    RepairAction a = repair(id, "2024-02-14", kNote);
    a.strategy = Strategy::InviteTalk;
    REQUIRE(f.model.add_repair(a, rr_test::kToday));
    f.select(f.case_a, f.a2);
    RupturesView view(f.host);
    wb::test::PanelDriver<RupturesView> d(view);

    std::string text = drawn_text(d);
    CHECK(has(text, kTyped)); // the list's "What happened"

    f.context.presenting = true;
    f.context.current_case_is_demo = false;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK_FALSE(has(text, kTyped));
    CHECK(has(text, "hidden while presenting"));
    // The story's caption (shown by the host under the panel) says what happened.
    CHECK(view.story(0).caption.find("Session 1: confrontation rupture") == 0);

    f.context.current_case_is_demo = true;
    d.ui.frames(2);
    CHECK(has(drawn_text(d), kTyped));
}

TEST_CASE("presenting: the open form masks the description and repair notes and takes no typing") {
    RrFixture f;
    f.select(f.case_a, f.a2);
    RupturesView view(f.host);
    wb::test::PanelDriver<RupturesView> d(view);
    REQUIRE(d.ui.click("Panel", {"Log the first rupture"}));
    REQUIRE(view.form_open());
    d.ui.frames(2);
    d.ui.type("Upset about the new baby scales");
    REQUIRE(view.form_draft().description == "Upset about the new baby scales");
    CHECK(has(drawn_text(d), "baby scales"));

    f.context.presenting = true;
    d.ui.frames(2);
    CHECK_FALSE(has(drawn_text(d), "baby scales"));
    d.ui.type(" again");
    CHECK(view.form_draft().description == "Upset about the new baby scales");

    f.context.presenting = false;
    d.ui.frames(2);
    CHECK(has(drawn_text(d), "baby scales"));
}

TEST_CASE("the caseload hides every real family's text while presenting, and shows demo cases") {
    RrFixture f;
    const int64_t demo = must(f.store->create_case("DEMO-01", "Demo family (fictional)", true));
    const int64_t demo_session = must(f.store->add_session(demo, "2024-03-01", "A", ""));
    seed(f, f.case_a, f.a1, "Real family: angry about the housing letter");
    seed(f, demo, demo_session, "Demo: went quiet about the weigh-in");
    // The demo case is current: the host itself masks nothing, yet the real
    // family's row must still be hidden.
    f.select(demo, demo_session);
    CaseloadView view(f.host);
    wb::test::PanelDriver<CaseloadView> d(view);
    REQUIRE(view.rows().size() == 2);
    CHECK(has(drawn_text(d), "housing letter"));

    f.context.presenting = true;
    f.context.current_case_is_demo = true;
    d.ui.frames(2);
    std::string text = drawn_text(d);
    CHECK_FALSE(has(text, "housing letter"));
    CHECK(has(text, "weigh-in"));
    CHECK(has(text, "FAM-001")); // codes are pseudonymous

    f.context.current_case_is_demo = false;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK_FALSE(has(text, "housing letter"));
    CHECK(has(text, "weigh-in"));

    CaseloadRow row;
    row.case_is_demo = false;
    CHECK(caseload_row_masked(true, row));
    CHECK_FALSE(caseload_row_masked(false, row));
    row.case_is_demo = true;
    CHECK_FALSE(caseload_row_masked(true, row));
}

TEST_CASE("the story walks ruptures and repairs in time order, clamps at both ends, and goes back") {
    RrFixture f;
    const int64_t id = seed(f, f.case_a, f.a1);
    RepairAction first = repair(id, "2024-01-20", kNote);
    first.strategy = Strategy::GiveReason;
    REQUIRE(f.model.add_repair(first, rr_test::kToday));
    RepairAction last = repair(id, "2024-02-14", kNote);
    last.strategy = Strategy::InviteTalk;
    REQUIRE(f.model.add_repair(last, rr_test::kToday));
    REQUIRE(f.model.set_status(id, Status::Repaired, Resolution::Fully));
    f.select(f.case_a);
    RupturesView view(f.host);

    wb::Story s = view.story(0);
    REQUIRE(s.count == 3);
    CHECK(s.step == 0);
    CHECK(s.caption == "Session 1: confrontation rupture (a practical mix-up (time, place, a missed visit))");
    s = view.story(+1);
    CHECK(s.step == 1);
    CHECK(s.caption == "2024-01-20: a step to repair the confrontation: 'Explain the reason behind it' (direct)");
    s = view.story(+1);
    CHECK(s.step == 2);
    CHECK(s.caption ==
          "Session 2: confrontation repaired by 'Invite talk about what happened' (exploring), fully mended");
    CHECK(s.caption.find(kTyped) == std::string::npos); // captions never quote what was typed
    s = view.story(+1);
    CHECK(s.step == 2); // clamped at the end
    CHECK_FALSE(s.caption.empty());
    s = view.story(-1);
    CHECK(s.step == 1);
    s = view.story(-5);
    CHECK(s.step == 0); // clamped at the start

    // The record as it stood: after the first repair the rupture was still
    // being repaired.
    const CaseRecord rec = f.model.load(f.case_a);
    const std::vector<StoryEvent> events = story_events(rec);
    REQUIRE(events.size() == 3);
    CHECK(record_as_of(rec, events, 0).ruptures[0].status == Status::Open);
    CHECK(record_as_of(rec, events, 1).ruptures[0].status == Status::Repairing);
    CHECK(record_as_of(rec, events, 1).repairs.size() == 1);
    CHECK(record_as_of(rec, events, 2).ruptures[0].status == Status::Repaired);

    // A case with no rupture has no story.
    f.select(f.case_b);
    s = view.story(+1);
    CHECK(s.count == 0);
    CHECK(s.step == 0);
}

TEST_CASE("the host reaches the tracker's story through the Ruptures panel") {
    RrFixture f;
    seed(f, f.case_a, f.a1);
    f.select(f.case_a);
    const wb::core::PanelRef ref{"rupture_repair", "ruptures", "Ruptures"};
    auto s = f.plugins.story(ref, +1);
    REQUIRE(s.has_value());
    CHECK(s->count == 1);
    CHECK(s->step == 0);
    CHECK(s->caption.find("confrontation rupture") != std::string::npos);
    CHECK_FALSE(f.plugins.story(wb::core::PanelRef{"rupture_repair", "caseload", "Caseload"}, 0).has_value());
}
