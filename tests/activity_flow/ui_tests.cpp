// ui_tests.cpp - the "Activity flow" panel driven headlessly with key
// presses, as a person would record a visit: the empty case offers the
// new-recording form, a digit starts the recording with that activity,
// further digits switch (each stored at once, timed by the recording's
// clock), a key shows in the band in the very frame it is pressed, N opens
// a note at that moment (digits typed into it do not switch), Finish ends
// it. Then editing on the timeline: click a stretch, recode and merge it
// with the buttons, drag a boundary to re-time it, and the host's undo
// puts it back. An unfinished recording reopens paused and resumes.
#include "af_fixture.h"
#include "af_view.h"

#include "drawn_text.h"
#include "panel_driver.h"

#include <doctest/doctest.h>


using namespace activity_flow;
using af_test::AfFixture;
using wb::test::PanelDriver;

namespace {

constexpr Activity L = Activity::Locating, M = Activity::Meaning, J = Activity::JointAction, P = Activity::Planning;
using Seq = std::vector<std::pair<int64_t, Activity>>;

Seq stretches(AfFixture& f, int64_t id) {
    Seq out;
    const auto d = f.model.load(id);
    REQUIRE(d);
    for (const Stretch& s : d->stretches) out.emplace_back(s.start_ms / 1000, s.activity);
    return out;
}

void send(FlowView& view, wb_event_type type) { view.on_event(wb_event{sizeof(wb_event), type, 0, 0, nullptr}); }

ImGuiWindow* HeadlessUiWindow(PanelDriver<FlowView>& d) { return wb::test::HeadlessUi::window(d.child("main").c_str()); }

// Every character the panel drew in one more frame, read back from the
// draw data (drawn_text.h): spaces are not drawn, so compare with drawn().
std::string drawn_text(PanelDriver<FlowView>& d) {
    d.ui.frames(1);
    return wb::test::drawn_text();
}

bool drawn(const std::string& text, const std::string& needle) { return wb::test::drawn_has(text, needle); }

} // namespace

TEST_CASE("record a short visit with the keys: 1-4 switch, each stored at once with the right time") {
    AfFixture f;
    f.select(f.case_a, f.a2);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view);
    CHECK(view.new_form_open()); // the empty state is the form
    CHECK(drawn(drawn_text(d), "No activity recordings for this family yet"));

    d.ui.press('2'); // starts the recording with new meaning under way
    REQUIRE(view.recordings().size() == 1);
    const int64_t id = view.recordings()[0].id;
    CHECK(view.live().state() == LiveRecorder::State::Running);
    CHECK(view.recordings()[0].session_id == std::optional<int64_t>(f.a2)); // the session on screen
    CHECK(f.store->undo_label() == "Start recording");

    f.clock.advance_s(40);
    d.ui.press('3');
    f.clock.advance_s(25);
    d.ui.press('1');
    f.clock.advance_s(20);
    d.ui.press('1'); // the same again: nothing new
    f.clock.advance_s(40);
    d.ui.press(321 + 3); // keypad 4
    CHECK(stretches(f, id) == Seq{{0, M}, {40, J}, {65, L}, {125, P}});
    CHECK(view.band_shown() == std::optional<Activity>(P));

    // A note: N takes the moment, typing takes its time, digits stay text.
    f.clock.advance_s(10);
    d.ui.press('N');
    REQUIRE(view.note_open());
    f.clock.advance_s(30);
    d.ui.type("Asked about 2 nights");
    d.ui.press('2'); // the key itself, while the note has the keyboard
    d.ui.press(ImGuiKey_Enter);
    CHECK_FALSE(view.note_open());
    const auto data = f.model.load(id);
    REQUIRE(data->notes.size() == 1);
    CHECK(data->notes[0].text == "Asked about 2 nights");
    CHECK(data->notes[0].at_ms == 135000);
    CHECK(stretches(f, id) == Seq{{0, M}, {40, J}, {65, L}, {125, P}}); // the typed 2 switched nothing

    // Pause, a while, resume: the paused time is not recorded.
    REQUIRE(d.ui.click("Panel", {"live", "Pause"}));
    CHECK(view.live().state() == LiveRecorder::State::Paused);
    f.clock.advance_s(300);
    REQUIRE(d.ui.click("Panel", {"live", "Resume"}));
    f.clock.advance_s(15);
    REQUIRE(d.ui.click("Panel", {"live", "Finish"}));
    CHECK(view.live().state() == LiveRecorder::State::Idle);
    CHECK(f.model.find(id)->finished);
    CHECK(f.model.find(id)->active_ms == 180000);
    CHECK_FALSE(view.band_shown().has_value()); // no band once finished
}

TEST_CASE("a key pressed in a frame shows in that frame's band") {
    AfFixture f;
    f.select(f.case_a);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view);
    d.ui.press('1');
    REQUIRE(view.band_shown() == std::optional<Activity>(L));
    ImGuiIO& io = ImGui::GetIO();
    f.clock.advance_s(5);
    io.KeysDown['3'] = true;
    d.ui.frames(1); // one frame only
    CHECK(view.band_shown() == std::optional<Activity>(J));
    io.KeysDown['3'] = false;
    d.ui.frames(1);
    // The big buttons switch too (a click lands after the band is drawn,
    // so it shows in the next frame).
    f.clock.advance_s(5);
    REQUIRE(d.ui.click("Panel", {"live", "###act2"}));
    d.ui.frames(1);
    CHECK(view.band_shown() == std::optional<Activity>(M));
    CHECK(stretches(f, view.shown_id()) == Seq{{0, L}, {5, J}, {10, M}});
}

TEST_CASE("the keys do nothing with Ctrl held (the host's shortcuts) or while typing a title") {
    AfFixture f;
    f.select(f.case_a);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view);
    d.ui.press('2', true);
    CHECK(view.recordings().empty());
    // Typing in the form's title keeps its digits.
    REQUIRE(d.ui.click("Panel", {"##title"}));
    d.ui.press('A', true);
    d.ui.type("Visit 3");
    d.ui.press('1'); // a digit key while the field has the keyboard
    CHECK(view.recordings().empty());
    d.ui.click_at(ImVec2(1400, 880)); // leave the field
    d.ui.frames(2);
    d.ui.press('4');
    REQUIRE(view.recordings().size() == 1);
    CHECK(view.recordings()[0].title == "Visit 3");
    CHECK(stretches(f, view.shown_id()) == Seq{{0, P}});
}

TEST_CASE("edit afterwards on the timeline: select, recode, merge, drag a boundary; the host's undo puts it back") {
    AfFixture f;
    const int64_t id = f.recording({{0, L}, {60, M}, {120, J}}, 180);
    f.select(f.case_a);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view);
    REQUIRE(view.shown_id() == id);
    CHECK(view.selected_stretch() == 0);

    ImGuiWindow* main = HeadlessUiWindow(d);
    REQUIRE(main != nullptr);
    const auto strip = d.ui.rect_of(main, wb::test::HeadlessUi::id_in(main, {"strip"}));
    REQUIRE(strip.has_value());
    const float pad = 8.0f;
    auto x_at = [&](double seconds) { return strip->Min.x + pad + static_cast<float>(seconds / 180.0) * (strip->GetWidth() - 2 * pad); };
    const float y = strip->GetCenter().y;

    // Click inside the middle stretch: selected.
    d.ui.click_at(ImVec2(x_at(90), y));
    REQUIRE(view.selected_stretch() == f.model.load(id)->stretches[1].id);

    // Recode it as planning with the editor's button.
    REQUIRE(d.ui.click(d.child("main").c_str(), {"stretch", "###recode4"}));
    CHECK(stretches(f, id) == Seq{{0, L}, {60, P}, {120, J}});
    CHECK(f.store->undo_label() == "Recode stretch as Planning");

    // Merge it with the next.
    REQUIRE(d.ui.click(d.child("main").c_str(), {"stretch", "Merge with next"}));
    CHECK(stretches(f, id) == Seq{{0, L}, {60, P}});

    // Drag the boundary at 1:00 to about 1:30.
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x_at(60), y);
    d.ui.frames(1);
    io.MouseDown[0] = true;
    d.ui.frames(1);
    io.MousePos = ImVec2(x_at(75), y);
    d.ui.frames(1);
    io.MousePos = ImVec2(x_at(90), y);
    d.ui.frames(1);
    io.MouseDown[0] = false;
    d.ui.frames(2);
    const Seq after = stretches(f, id);
    REQUIRE(after.size() == 2);
    CHECK(after[1].first >= 89);
    CHECK(after[1].first <= 91);
    CHECK(f.store->undo_label() == "Re-time stretch");

    // The host's Ctrl+Z: undo the re-time and the merge.
    REQUIRE(f.store->undo().is_ok());
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    CHECK(stretches(f, id) == Seq{{0, L}, {60, P}, {120, J}});
    REQUIRE(view.shown().has_value());
    CHECK(view.shown()->stretches.size() == 3); // the panel read it again
}

TEST_CASE("split at a typed time from the editor; a bad time is explained and nothing changes") {
    AfFixture f;
    const int64_t id = f.recording({{0, L}, {60, M}}, 120);
    f.select(f.case_a);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view, "main");
    ImGuiWindow* main = HeadlessUiWindow(d);
    const auto strip = d.ui.rect_of(main, wb::test::HeadlessUi::id_in(main, {"strip"}));
    REQUIRE(strip.has_value());
    d.ui.click_at(ImVec2(strip->Min.x + strip->GetWidth() * 0.25f, strip->GetCenter().y));
    REQUIRE(view.selected_stretch() != 0);

    REQUIRE(d.replace_text({"stretch", "##split_at"}, "2:30"));
    REQUIRE(d.click_side({"stretch", "Split"}));
    CHECK(view.error().find("between 0:00 and 1:00") != std::string::npos);
    CHECK(stretches(f, id) == Seq{{0, L}, {60, M}});

    REQUIRE(d.replace_text({"stretch", "##split_at"}, "0:20"));
    REQUIRE(d.click_side({"stretch", "Split"}));
    CHECK(view.error().empty());
    CHECK(stretches(f, id) == Seq{{0, L}, {20, L}, {60, M}});
}

TEST_CASE("an unfinished recording reopens paused where it was left and can be resumed") {
    AfFixture f;
    int64_t id = 0;
    {
        // The app is closed mid-recording; the panel pauses it on the way out.
        f.select(f.case_a);
        FlowView first(f.host, f.clock.fn());
        PanelDriver<FlowView> d(first);
        d.ui.press('1');
        f.clock.advance_s(50);
        d.ui.press('3');
        f.clock.advance_s(20);
        id = first.shown_id();
    }
    CHECK(f.model.find(id)->active_ms == 70000);
    CHECK_FALSE(f.model.find(id)->finished);

    f.clock.advance_s(10000);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view);
    REQUIRE(view.shown_id() == id);
    CHECK(view.live().state() == LiveRecorder::State::Paused);
    CHECK(view.live().elapsed_ms() == 70000);
    CHECK(view.band_shown() == std::optional<Activity>(J));
    REQUIRE(d.ui.click("Panel", {"live", "Resume"}));
    f.clock.advance_s(30);
    d.ui.press('4');
    CHECK(stretches(f, id) == Seq{{0, L}, {50, J}, {100, P}});
    REQUIRE(d.ui.click("Panel", {"live", "Finish"}));
    CHECK(f.model.find(id)->finished);
}

TEST_CASE("comparing with a second recording puts its figures beside the first") {
    AfFixture f;
    const int64_t a = f.recording({{0, L}, {60, P}}, 120, "First visit");
    const int64_t b = f.recording({{0, M}, {30, J}, {60, M}, {90, J}}, 120, "Second visit");
    f.select(f.case_a);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view);
    CHECK(view.shown_id() == b); // the latest is shown first
    view.show_recording(a);
    d.ui.frames(2);
    CHECK_FALSE(drawn(drawn_text(d), "Figures, side by side"));
    view.compare_with(b);
    d.ui.frames(2);
    const std::string text = drawn_text(d);
    CHECK(drawn(text, "Figures, side by side"));
    CHECK(drawn(text, "Second visit"));
    CHECK(drawn(text, "+2")); // two more switches in the second
    CHECK(view.compare_shown());
    view.compare_with(a); // not with itself
    CHECK_FALSE(view.compare_shown());
}
