// presentation_tests.cpp - the spiral panel in presentation mode, headless:
// what the user wrote about the family (step descriptions, themes, the
// safe-space notes) is not drawn while a real case is presented and is
// drawn for a demo case or when not presenting; the masked panel offers no
// way to edit those words; the story walks the replay step by step, clamps
// at both ends, goes back, and is empty for an empty case; the host reaches
// the story through the panel.
#include "spiral_fixture.h"
#include "spiral_view.h"

#include "drawn_text.h"
#include "headless_ui.h"
#include "panel_driver.h"

#include <doctest/doctest.h>

#include <string>

using namespace spiral_mapper;
using spiral_test::SpiralFixture;
using spiral_test::step;

namespace {

constexpr const char* kDescription = "Walked to the canal lock with the twins";
constexpr const char* kTheme = "canal walks";
constexpr const char* kTrust = "She phones ahead from the bakery";

void seed(SpiralFixture& f) {
    REQUIRE(f.model.add(step(f.case_a, "2024-01-05", "Listened at the door")));
    Step s = step(f.case_a, "2024-01-10", kDescription, Kind::Subtle, kTheme);
    s.session_id = f.a1;
    REQUIRE(f.model.add(s));
    REQUIRE(f.model.add(step(f.case_a, "2024-02-01", "Agreed the first goal", Kind::Obvious, kTheme)));
    REQUIRE(f.model.save_safe_space(f.case_a, SafeSpace{kTrust, "", ""}));
}

// Everything one frame of the panel drew, read back from the draw data
// (drawn_text.h): the panel, its children and any tooltip or popup, text
// drawn by widgets or straight onto a draw list alike. Spaces are not drawn,
// so compare with has() below. The frame draws the plain panel, so the
// driver's repeated frames stay plain too.
std::string drawn_text(wb::test::PanelDriver<SpiralView>& d) {
    d.ui.frame([&d] { d.draw(); });
    return wb::test::drawn_text();
}

// True when `what` was drawn (spaces ignored).
bool has(const std::string& text, const char* what) { return wb::test::drawn_has(text, what); }

// Outside the panel: nothing hovered, so no tooltip covers the form.
const ImVec2 kAway(1590, 990);

} // namespace

TEST_CASE("presenting a real case hides the family's words; a demo case and the normal view show them") {
    SpiralFixture f;
    seed(f);
    f.select(f.case_a);
    SpiralView view(f.host);
    wb::test::PanelDriver<SpiralView> d(view);

    // Not presenting: the safe-space notes and the summary's themes show.
    std::string text = drawn_text(d);
    CHECK(has(text, kTrust));
    CHECK(has(text, kTheme));

    // Presenting a real case: the side column shows the story's step, but
    // not its words; the notes and themes are masked too.
    f.context.presenting = true;
    f.context.current_case_is_demo = false;
    view.on_event(wb_event{sizeof(wb_event), WB_EVENT_PRESENTATION_CHANGED, 0, 0, nullptr});
    REQUIRE(view.story(+1).step == 1); // the step with the description
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(has(text, kind_label(Kind::Subtle)));
    CHECK_FALSE(has(text, kDescription));
    CHECK_FALSE(has(text, kTheme));
    CHECK_FALSE(has(text, kTrust));
    CHECK(has(text, "hidden while presenting"));

    CHECK(has(text, "Step 2  \xC2\xB7  2024-01-10"));

    // The first marker's tooltip: its own step's details, the words masked.
    // (Only the tooltip draws step 1 now; the side column shows step 2.)
    const auto first_marker = view.marker_screen_pos(view.steps()[0].id);
    REQUIRE(first_marker);
    d.ui.move_mouse(*first_marker);
    text = drawn_text(d);
    CHECK(has(text, "Step 1  \xC2\xB7  2024-01-05"));
    CHECK_FALSE(has(text, "Listened at the door"));

    // A demo case is fictional: everything shows.
    f.context.current_case_is_demo = true;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(has(text, "Listened at the door")); // the tooltip, unmasked
    d.ui.move_mouse(kAway);
    text = drawn_text(d);
    CHECK(has(text, kDescription));
    CHECK(has(text, kTheme));
    CHECK(has(text, kTrust));
}

TEST_CASE("masked, a marker click opens no form and Add step is disabled; the open form masks its text") {
    SpiralFixture f;
    seed(f);
    f.select(f.case_a, f.a1);
    SpiralView view(f.host);
    wb::test::PanelDriver<SpiralView> d(view);

    // The form open on a step, before presenting: its words are in the input.
    d.ui.click_at(*view.marker_screen_pos(view.steps()[1].id));
    d.ui.frames(1);
    REQUIRE(view.form_open());
    d.ui.move_mouse(kAway); // no tooltip drawing the same words
    CHECK(has(drawn_text(d), kDescription)); // the input's contents are drawn as glyphs

    // Presenting a real case without the presentation event (the host
    // flips the bit first): the form stays, with its words masked and no
    // typing taken.
    f.context.presenting = true;
    d.ui.frames(2);
    CHECK_FALSE(has(drawn_text(d), kDescription));
    d.ui.type(" and more");
    CHECK(view.form_draft().description == kDescription);
    REQUIRE(d.click_side({"Cancel"}));
    CHECK_FALSE(view.form_open());

    // A marker click opens nothing; Add step does nothing.
    d.ui.click_at(*view.marker_screen_pos(view.steps()[1].id));
    d.ui.frames(1);
    CHECK_FALSE(view.form_open());
    d.ui.click("Panel", {"Add step"});
    d.ui.frames(1);
    CHECK_FALSE(view.form_open());

    // Not presenting any more: the marker opens the form again.
    f.context.presenting = false;
    d.ui.frames(1);
    d.ui.click_at(*view.marker_screen_pos(view.steps()[1].id));
    d.ui.frames(1);
    CHECK(view.form_open());
}

TEST_CASE("the story walks the replay one step at a time, clamps at both ends, and goes back") {
    SpiralFixture f;
    seed(f);
    f.select(f.case_a);
    SpiralView view(f.host);

    wb::Story s = view.story(0);
    REQUIRE(s.count == 3);
    CHECK(s.step == 2); // not presenting yet: the whole spiral is on show
    CHECK(view.visible_count() == 3);

    // Presenting starts the story at the first step.
    f.context.presenting = true;
    view.on_event(wb_event{sizeof(wb_event), WB_EVENT_PRESENTATION_CHANGED, 0, 0, nullptr});
    s = view.story(0);
    CHECK(s.step == 0);
    CHECK(view.visible_count() == 1);
    CHECK(s.caption == std::string(kind_label(Kind::Acceptance)) + ", on 2024-01-05");

    s = view.story(+1);
    CHECK(s.step == 1);
    CHECK(view.visible_count() == 2);
    // Linked to a session: the caption gives the session's date.
    CHECK(s.caption == std::string(kind_label(Kind::Subtle)) + ", session of 2024-01-10");
    CHECK_FALSE(has(s.caption, kDescription));
    s = view.story(+1);
    CHECK(s.step == 2);
    CHECK(view.visible_count() == 3);
    s = view.story(+1);
    CHECK(s.step == 2); // clamped at the end
    CHECK(view.visible_count() == 3);
    CHECK_FALSE(s.caption.empty());
    for (int i = 0; i < 5; ++i) s = view.story(-1);
    CHECK(s.step == 0); // clamped at the start
    CHECK(view.visible_count() == 1);
    s = view.story(+1);
    CHECK(s.step == 1);
    CHECK_FALSE(view.playing());

    // Leaving presentation shows the whole spiral again.
    f.context.presenting = false;
    view.on_event(wb_event{sizeof(wb_event), WB_EVENT_PRESENTATION_CHANGED, 0, 0, nullptr});
    CHECK(view.visible_count() == 3);

    // A case with no steps has no story.
    f.select(f.case_b);
    view.on_event(wb_event{sizeof(wb_event), WB_EVENT_CASE_SELECTED, f.case_b, 0, nullptr});
    s = view.story(+1);
    CHECK(s.count == 0);
    CHECK(s.step == 0);
    CHECK(s.caption.empty());
}

TEST_CASE("the host reaches the spiral's story through its panel") {
    SpiralFixture f;
    seed(f);
    f.select(f.case_a);
    const wb::core::PanelRef ref{"spiral_mapper", "map", "Partnership spiral"};
    auto s = f.plugins.story(ref, 0);
    REQUIRE(s.has_value());
    CHECK(s->count == 3);
    CHECK(s->step == 2);
    s = f.plugins.story(ref, -1);
    REQUIRE(s.has_value());
    CHECK(s->step == 1);
    CHECK(s->caption.rfind(kind_label(Kind::Subtle), 0) == 0);
}
