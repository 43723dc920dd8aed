// ui_tests.cpp - the spiral panel driven headlessly: add a step through the
// form from the empty state, see bad input explained in the form, click a
// marker to edit it and delete it, undo through the store, zoom, fit and
// replay.
#include "spiral_fixture.h"
#include "spiral_view.h"

#include "headless_ui.h"

#include <doctest/doctest.h>

#include <cstdio>

using namespace spiral_mapper;
using spiral_test::SpiralFixture;
using spiral_test::step;
using wb::test::HeadlessUi;

namespace {

// Draws `view` as the whole content of a fixed window called "Panel".
struct PanelDriver {
    HeadlessUi ui;
    SpiralView& view;

    explicit PanelDriver(SpiralView& v) : ui(1600, 1000), view(v) {
        ui.frame([this] { draw(); });
        ui.frames(2);
    }
    void draw() {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1500, 900));
        ImGui::Begin("Panel", nullptr,
                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        view.draw();
        ImGui::End();
    }
    ImGuiWindow* panel() const { return HeadlessUi::window("Panel"); }
    // Child windows are named after their parent and ID.
    std::string child(const char* id) const {
        char name[256];
        std::snprintf(name, sizeof name, "Panel/%s_%08X", id, HeadlessUi::id_in(panel(), {id}));
        return name;
    }
    bool click_side(std::initializer_list<const char*> path) { return ui.click(child("side").c_str(), path); }
    // Click a text input in the form, select all it holds, and type over it.
    bool replace_text(const char* input, const char* text) {
        if (!click_side({input})) return false;
        ui.frames(1);
        ui.press('A', true);
        ui.type(text);
        return true;
    }
    bool click_marker(int64_t step_id) {
        auto pos = view.marker_screen_pos(step_id);
        if (!pos) return false;
        ui.click_at(*pos);
        ui.frames(1);
        return true;
    }
};

void send(SpiralView& view, wb_event_type type) { view.on_event(wb_event{sizeof(wb_event), type, 0, 0, nullptr}); }

} // namespace

TEST_CASE("the first step is added from the empty state through the form") {
    SpiralFixture f;
    f.select(f.case_a, f.a2);
    SpiralView view(f.host);
    PanelDriver d(view);
    CHECK_FALSE(view.form_open());

    REQUIRE(d.ui.click("Panel", {"Add the first step"}));
    REQUIRE(view.form_open());
    CHECK(view.form_draft().date == today_local());
    CHECK(view.form_draft().session_id == std::optional<int64_t>(f.a2)); // the session on screen

    // The description has the keyboard focus: typing goes straight in.
    d.ui.frames(2);
    d.ui.type("Listened at the door before being asked in");
    REQUIRE(d.replace_text("##theme", "first contact"));
    REQUIRE(d.click_side({"Help", "Strengthened"}));
    REQUIRE(d.click_side({"expansion", "Some"}));
    REQUIRE(d.click_side({"Add step"}));
    d.ui.frames(2);

    const std::vector<Step> stored = f.model.load(f.case_a);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].description == "Listened at the door before being asked in");
    CHECK(stored[0].theme == "first contact");
    CHECK(stored[0].date == today_local());
    CHECK(stored[0].effects[Help] == Effect::Strengthened);
    CHECK(stored[0].effects[Challenge] == Effect::Unchanged);
    CHECK(stored[0].expansion == Expansion::Some);
    CHECK(stored[0].session_id == std::optional<int64_t>(f.a2));
    CHECK_FALSE(view.form_open());
    CHECK(view.steps().size() == 1); // the map shows it
    CHECK(view.marker_screen_pos(stored[0].id).has_value());
}

TEST_CASE("an empty description or a future date is explained in the form and not stored") {
    SpiralFixture f;
    REQUIRE(f.model.add(step(f.case_a, "2024-01-05", "Already there")));
    f.select(f.case_a);
    SpiralView view(f.host);
    PanelDriver d(view);

    REQUIRE(d.ui.click("Panel", {"Add step"})); // the toolbar button
    REQUIRE(view.form_open());
    d.ui.frames(2); // the description takes the keyboard focus first
    REQUIRE(d.click_side({"Add step"}));        // the form's button, nothing typed
    CHECK(view.form_open());
    CHECK(view.form_error().find("Describe") != std::string::npos);
    CHECK(f.model.load(f.case_a).size() == 1);

    REQUIRE(d.click_side({"##description"}));
    d.ui.type("Planned for next year");
    REQUIRE(d.replace_text("##date", "2999-01-01"));
    REQUIRE(d.click_side({"Add step"}));
    CHECK(view.form_open());
    CHECK(view.form_error().find("future") != std::string::npos);
    CHECK(f.model.load(f.case_a).size() == 1);

    // Fixing the date lets it through; the typed description was kept.
    REQUIRE(d.replace_text("##date", "2024-02-01"));
    REQUIRE(d.click_side({"Add step"}));
    d.ui.frames(2);
    const std::vector<Step> stored = f.model.load(f.case_a);
    REQUIRE(stored.size() == 2);
    CHECK(stored[1].description == "Planned for next year");
    CHECK(stored[1].date == "2024-02-01");
}

TEST_CASE("clicking a marker opens the step; it is edited and deleted through the form, and undo brings it back") {
    SpiralFixture f;
    REQUIRE(f.model.add(step(f.case_a, "2024-01-05", "One")));
    REQUIRE(f.model.add(step(f.case_a, "2024-01-20", "Two", Kind::Subtle, "sleep")));
    REQUIRE(f.model.add(step(f.case_a, "2024-02-02", "Three", Kind::Repair, "sleep")));
    f.select(f.case_a);
    SpiralView view(f.host);
    PanelDriver d(view);
    REQUIRE(view.steps().size() == 3);
    const int64_t two = view.steps()[1].id;

    REQUIRE(d.click_marker(two));
    REQUIRE(view.form_open());
    CHECK(view.form_step_id() == two);
    CHECK(view.form_draft().description == "Two");

    REQUIRE(d.replace_text("##description", "Two, told again"));
    REQUIRE(d.click_side({"Challenge", "Strained"}));
    REQUIRE(d.click_side({"Save changes"}));
    d.ui.frames(2);
    Step stored = f.model.load(f.case_a).at(1);
    CHECK(stored.id == two);
    CHECK(stored.description == "Two, told again");
    CHECK(stored.effects[Challenge] == Effect::Strained);
    CHECK(stored.kind == Kind::Subtle);
    CHECK(f.store->undo_label() == "Edit spiral step");
    CHECK_FALSE(view.form_open());

    REQUIRE(d.click_marker(two));
    REQUIRE(view.form_step_id() == two);
    REQUIRE(d.click_side({"Delete step"}));
    d.ui.frames(2);
    CHECK(f.model.load(f.case_a).size() == 2);
    CHECK(view.steps().size() == 2);

    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    REQUIRE(view.steps().size() == 3);
    CHECK(view.steps()[1].description == "Two, told again");
}

TEST_CASE("the form of a step that is undone away closes instead of saving into nothing") {
    SpiralFixture f;
    REQUIRE(f.model.add(step(f.case_a, "2024-01-05", "One")));
    REQUIRE(f.model.add(step(f.case_a, "2024-01-09", "Soon undone")));
    f.select(f.case_a);
    SpiralView view(f.host);
    PanelDriver d(view);
    REQUIRE(d.click_marker(view.steps()[1].id));
    REQUIRE(view.form_open());
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    CHECK_FALSE(view.form_open());
    CHECK(view.steps().size() == 1);
}

TEST_CASE("the wheel zooms the map, Fit resets it, and replay grows the spiral step by step") {
    SpiralFixture f;
    for (int i = 1; i <= 5; ++i) {
        char date[16];
        std::snprintf(date, sizeof date, "2024-01-%02d", i);
        REQUIRE(f.model.add(step(f.case_a, date, "A step")));
    }
    f.select(f.case_a);
    SpiralView view(f.host);
    PanelDriver d(view);
    CHECK(view.visible_count() == 5);

    const ImVec2 marker = *view.marker_screen_pos(view.steps()[0].id);
    d.ui.move_mouse(ImVec2(marker.x + 30, marker.y + 30));
    ImGui::GetIO().MouseWheel = 2.0f;
    d.ui.frames(1);
    ImGui::GetIO().MouseWheel = 0;
    CHECK(view.zoom() > 1.2f);
    REQUIRE(d.ui.click("Panel", {"Fit"}));
    CHECK(view.zoom() == doctest::Approx(1.0f));

    REQUIRE(d.ui.click("Panel", {"###play"}));
    CHECK(view.playing());
    CHECK(view.visible_count() == 1);
    // Frames advance ImGui's clock by 1/60 s each.
    const int frames_per_step = static_cast<int>(SpiralView::kReplaySecondsPerStep * 60) + 2;
    d.ui.frames(frames_per_step);
    CHECK(view.visible_count() == 2);
    d.ui.frames(frames_per_step * 4);
    CHECK_FALSE(view.playing());
    CHECK(view.visible_count() == 5);
}

TEST_CASE("switching case shows that family's spiral and closes the form") {
    SpiralFixture f;
    REQUIRE(f.model.add(step(f.case_a, "2024-01-05", "Family A")));
    REQUIRE(f.model.add(step(f.case_b, "2024-01-05", "Family B")));
    REQUIRE(f.model.add(step(f.case_b, "2024-01-06", "Family B again")));
    f.select(f.case_a);
    SpiralView view(f.host);
    PanelDriver d(view);
    REQUIRE(d.click_marker(view.steps()[0].id));
    REQUIRE(view.form_open());
    f.select(f.case_b);
    send(view, WB_EVENT_CASE_SELECTED);
    d.ui.frames(2);
    CHECK_FALSE(view.form_open());
    REQUIRE(view.steps().size() == 2);
    CHECK(view.steps()[0].description == "Family B");
}

TEST_CASE("Export… in the toolbar asks the host for the map export of the case on screen") {
    SpiralFixture f;
    REQUIRE(f.model.add(step(f.case_a, "2024-01-05", "One")));
    f.select(f.case_a);
    SpiralView view(f.host);
    PanelDriver d(view);
    CHECK_FALSE(f.plugins.take_requested_file().has_value()); // nothing asked yet
    REQUIRE(d.ui.click("Panel", {"Export\xE2\x80\xA6"}));
    d.ui.frames(1);
    const auto request = f.plugins.take_requested_file();
    REQUIRE(request.has_value());
    CHECK(request->plugin_id == "spiral_mapper");
    CHECK(request->id == "map");
    CHECK_FALSE(request->is_import);
    CHECK(request->case_id == f.case_a);
}
