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

#include "panel_driver.h"

#include <doctest/doctest.h>

#include <imgui_internal.h>

#include <string>

using namespace activity_flow;
using af_test::AfFixture;
using wb::test::PanelDriver;

namespace {

constexpr Activity L = Activity::Locating, M = Activity::Meaning, J = Activity::JointAction;
constexpr const char* kNote = "Talked about the flat on Elm Road";
constexpr const char* kTitle = "Visit at grandma Jo's";

// The text the panel drew in one frame (ImGui's log). The panel's window
// is the driver's, but the log is read before End(): ending a top-level
// window finishes the log and empties its buffer.
std::string drawn_text(PanelDriver<FlowView>& d) {
    std::string text;
    d.ui.frame([&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1500, 900));
        ImGui::Begin("Panel", nullptr,
                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        ImGui::LogToBuffer();
        d.view.draw();
        text = GImGui->LogBuffer.c_str();
        ImGui::LogFinish();
        ImGui::End();
    });
    // The driver repeats its last frame later: make that the plain one
    // again, not this one (it points at `text`, gone after the return).
    d.ui.frame([&d] { d.draw(); });
    return text;
}

} // namespace

TEST_CASE("presenting a real case hides notes and titles; a demo case and normal use show them") {
    AfFixture f;
    const int64_t id = f.recording({{0, L}, {300, M}}, 600, kTitle);
    REQUIRE(f.model.add_note(id, 120000, kNote));
    f.select(f.case_a);
    FlowView view(f.host, f.clock.fn());
    PanelDriver<FlowView> d(view);

    std::string text = drawn_text(d);
    CHECK(text.find(kNote) != std::string::npos);
    CHECK(text.find(kTitle) != std::string::npos);

    f.context.presenting = true;
    f.context.current_case_is_demo = false;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(text.find(kNote) == std::string::npos);
    CHECK(text.find("Elm Road") == std::string::npos);
    CHECK(text.find(kTitle) == std::string::npos);
    CHECK(text.find("hidden while presenting") != std::string::npos);
    CHECK(text.find("Notes (1)") != std::string::npos); // the count is not identifying

    f.context.current_case_is_demo = true;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(text.find(kNote) != std::string::npos);

    f.context.presenting = false;
    f.context.current_case_is_demo = false;
    d.ui.frames(2);
    CHECK(drawn_text(d).find(kNote) != std::string::npos);
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
    CHECK(drawn_text(d).find("Mrs Patel") == std::string::npos);
    REQUIRE(view.shown().has_value());
    CHECK(view.shown()->notes.empty());
}

TEST_CASE("the story grows the diagram two minutes a step, clamps at both ends and draws that step") {
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
