// presentation_tests.cpp - the panel in presentation mode, headless: notes
// and titles typed about a family are not drawn while a real case is
// presented, and are drawn for a demo case or when not presenting (so the
// check can fail); a live note cannot be typed into while masked; the story
// grows the diagram two minutes per step, clamps at both ends, draws that
// step, and is empty for a case without recordings; the host reaches it
// through the panel.
#include "af_fixture.h"
#include "af_flow.h"
#include "af_view.h"

#include "drawn_text.h"
#include "panel_driver.h"

#include <doctest/doctest.h>


#include <string>

using namespace activity_flow;
using af_test::AfFixture;
using wb::test::PanelDriver;

namespace {

constexpr Activity L = Activity::Locating, M = Activity::Meaning, J = Activity::JointAction;
constexpr const char* kNote = "Talked about the flat on Elm Road";
constexpr const char* kTitle = "Visit at grandma Jo's";

// Every character the panel drew in one more frame, read back from the
// draw data (drawn_text.h): spaces are not drawn, so compare with drawn().
std::string drawn_text(PanelDriver<FlowView>& d) {
    d.ui.frames(1);
    return wb::test::drawn_text();
}

bool drawn(const std::string& text, const std::string& needle) { return wb::test::drawn_has(text, needle); }

} // namespace

TEST_CASE("presenting a real case hides notes and titles; a demo case and normal use show them") {
    AfFixture f;
    const int64_t id = f.recording({{0, L}, {300, M}}, 600, kTitle);
    REQUIRE(f.model.add_note(id, 120000, kNote));
    f.select(f.case_a);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view);

    std::string text = drawn_text(d);
    CHECK(drawn(text, kNote));
    CHECK(drawn(text, kTitle));

    f.context.presenting = true;
    f.context.current_case_is_demo = false;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK_FALSE(drawn(text, kNote));
    CHECK_FALSE(drawn(text, "Elm Road"));
    CHECK_FALSE(drawn(text, kTitle));
    CHECK(drawn(text, "hidden while presenting"));
    CHECK(drawn(text, "Notes (1)")); // the count is not identifying

    f.context.current_case_is_demo = true;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(drawn(text, kNote));

    f.context.presenting = false;
    f.context.current_case_is_demo = false;
    d.ui.frames(2);
    CHECK(drawn(drawn_text(d), kNote));
}

TEST_CASE("presenting: a live note cannot be typed into while a real case is masked") {
    AfFixture f;
    f.select(f.case_a);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view);
    d.ui.press('1');
    f.clock.advance_s(20);
    f.context.presenting = true; // a facilitator codes live in front of the room
    d.ui.frames(2);
    d.ui.press('3'); // the keys still switch while presenting
    CHECK(view.band_shown() == std::optional<Activity>(J));
    d.ui.press('N');
    REQUIRE(view.note_open());
    d.ui.type("The neighbour, Mrs Patel");
    CHECK_FALSE(drawn(drawn_text(d), "Mrs Patel"));
    REQUIRE(view.shown().has_value());
    CHECK(view.shown()->notes.empty());
}

TEST_CASE("the story grows the diagram two minutes a step, with its figures, clamps at both ends and draws that step") {
    AfFixture f;
    // 7 minutes: steps of 0-2, 2-4, 4-6 and 6-7 minutes.
    const int64_t id = f.recording({{0, L}, {150, J}, {300, M}}, 420);
    f.select(f.case_a);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view);
    REQUIRE(view.shown_id() == id);
    f.context.presenting = true;

    wb::Story s = view.story(0);
    CHECK(s.count == 4);
    CHECK(s.step == 0);
    CHECK(s.caption == "Minutes 0 to 2: mostly locating and orienting change");
    d.ui.frames(2);
    CHECK(view.scene().inputs.shown_ms == 120000);
    CHECK(view.scene().squares.size() == 4);

    s = view.story(+1);
    CHECK(s.step == 1);
    CHECK(s.caption == "Minutes 2 to 4: mostly joint live action (1 switch)");
    d.ui.frames(2);
    CHECK(view.scene().inputs.shown_ms == 240000);
    CHECK(view.scene().squares.size() == 8);
    CHECK(view.scene().squares[5].activity == J);
    // The figures beside it are those of the first four minutes too.
    CHECK(drawn(drawn_text(d), "Length 4:00"));

    view.story(+1);
    s = view.story(+1);
    CHECK(s.step == 3);
    s = view.story(+1); // clamped at the end
    CHECK(s.step == 3);
    d.ui.frames(2);
    CHECK(view.scene().inputs.shown_ms == 420000);
    s = view.story(-10); // and at the start
    CHECK(s.step == 0);

    // Not presenting: the whole recording, whatever the story step.
    view.story(+2);
    f.context.presenting = false;
    d.ui.frames(2);
    CHECK(view.scene().inputs.shown_ms == 420000);
    CHECK(drawn(drawn_text(d), "Length 7:00"));

    // A case without recordings has no story.
    f.select(f.case_b);
    s = view.story(+1);
    CHECK(s.count == 0);
    CHECK(s.step == 0);
}

TEST_CASE("the host reaches the story through the Activity flow panel") {
    AfFixture f;
    f.recording({{0, L}, {150, J}}, 300);
    f.select(f.case_a);
    f.context.presenting = true;
    const wb::core::PanelRef ref{"activity_flow", "flow", "Activity flow"};
    auto s = f.plugins.story(ref, +1);
    REQUIRE(s.has_value());
    CHECK(s->count == 3);
    CHECK(s->step == 1);
    CHECK(s->caption.find("joint live action") != std::string::npos);
}
