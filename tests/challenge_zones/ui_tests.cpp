// ui_tests.cpp - the planner panel driven headlessly: add a challenge from
// the empty state through the form (bad input explained there), place it
// from the form, move it by dragging its marker into another zone (the
// reason popup), and check the placements in the store, then undo. And the
// form's unsaved draft kept per case across a case switch (cz_drafts.h).
#include "cz_fixture.h"
#include "cz_view.h"

#include "drawn_text.h"
#include "headless_ui.h"

#include <doctest/doctest.h>

#include <cstdio>

using namespace challenge_zones;
using cz_test::challenge;
using cz_test::CzFixture;
using cz_test::placement;
using wb::test::HeadlessUi;

namespace {

// Draws `view` as the whole content of a fixed window called "Panel".
struct PanelDriver {
    HeadlessUi ui;
    PlannerView& view;

    explicit PanelDriver(PlannerView& v) : ui(1600, 1000), view(v) {
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
    std::string child(const char* id) const {
        char name[256];
        std::snprintf(name, sizeof name, "Panel/%s_%08X", id, HeadlessUi::id_in(panel(), {id}));
        return name;
    }
    bool click_side(std::initializer_list<const char*> path) { return ui.click(child("side").c_str(), path); }
    bool replace_text(std::initializer_list<const char*> path, const char* text) {
        if (!click_side(path)) return false;
        ui.frames(1);
        ui.press('A', true);
        ui.type(text);
        return true;
    }
    // Press on the marker, carry it to `zone`'s band and let go.
    bool drag_marker(int64_t id, Zone zone) {
        const auto from = view.marker_screen_pos(id);
        const auto to = view.zone_screen_centre(zone);
        if (!from || !to) return false;
        ImGuiIO& io = ImGui::GetIO();
        ui.move_mouse(*from);
        io.MouseDown[0] = true;
        ui.frames(1);
        for (int i = 1; i <= 6; ++i) {
            const float t = static_cast<float>(i) / 6.0f;
            ui.move_mouse(ImVec2(from->x + (to->x - from->x) * t, from->y + (to->y - from->y) * t));
        }
        io.MouseDown[0] = false;
        ui.frames(2);
        return true;
    }
};

// The panel in a window too narrow for the map beside the table, as in a
// 1280 px workbench or in presentation mode (cz_layout.h stacks them).
struct NarrowPanel {
    HeadlessUi ui{900, 700};
    PlannerView& view;

    explicit NarrowPanel(PlannerView& v) : view(v) {
        ui.frame([this] { draw(); });
        ui.frames(2);
    }
    void draw() {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(640, 420));
        ImGui::Begin("Panel", nullptr,
                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        view.draw();
        ImGui::End();
    }
    ImGuiWindow* panel() const { return HeadlessUi::window("Panel"); }
    ImGuiWindow* child(const char* id) const {
        char name[256];
        std::snprintf(name, sizeof name, "Panel/%s_%08X", id, HeadlessUi::id_in(panel(), {id}));
        return HeadlessUi::window(name);
    }
};

void send(PlannerView& view, wb_event_type type) { view.on_event(wb_event{sizeof(wb_event), type, 0, 0, nullptr}); }

std::vector<Zone> zones_of(ChallengeModel& model, int64_t id) {
    std::vector<Zone> out;
    for (const Placement& p : model.placements_of(id)) out.push_back(*p.zone);
    return out;
}

} // namespace

TEST_CASE("add a challenge through the form, place it, drag it to another zone, and find it all in the store") {
    CzFixture f;
    f.select(f.case_a);
    PlannerView view(f.host);
    PanelDriver d(view);
    REQUIRE(view.prompts().size() == 1); // "no challenge yet"
    CHECK(view.prompts()[0].rule == PromptRule::NoChallenge);

    REQUIRE(d.ui.click("Panel", {"Plan the first challenge"}));
    REQUIRE(view.form_open());
    d.ui.frames(2);
    d.ui.type("A settled bedtime routine");
    REQUIRE(d.replace_text({"##why"}, "Calm evenings with her partner"));
    REQUIRE(d.click_side({"Practical"}));
    // A review date before the challenge was started is explained, not stored.
    REQUIRE(d.replace_text({"##created"}, "2024-03-10"));
    REQUIRE(d.replace_text({"##review"}, "2024-03-01"));
    REQUIRE(d.click_side({"Add challenge"}));
    CHECK(view.form_error().find("before") != std::string::npos);
    CHECK(f.model.load(f.case_a).challenges.empty());

    REQUIRE(d.replace_text({"##review"}, "2024-04-01"));
    REQUIRE(d.click_side({"Add challenge"}));
    d.ui.frames(2);
    CasePlan plan = f.model.load(f.case_a);
    REQUIRE(plan.challenges.size() == 1);
    const Challenge& added = plan.challenges[0];
    CHECK(added.description == "A settled bedtime routine");
    CHECK(added.why_it_matters == "Calm evenings with her partner");
    CHECK(added.support == Practical);
    CHECK(added.status == Status::Active);
    CHECK(added.review_date == "2024-04-01");
    CHECK(view.form_open()); // stays open so it can be placed at once
    CHECK(view.form_draft().id == added.id);

    // Recording a placement without choosing a zone is explained in the form.
    REQUIRE(d.click_side({"place", "Record placement"}));
    CHECK(f.model.placements_of(added.id).empty());
    CHECK_FALSE(view.marker_screen_pos(added.id).has_value());

    REQUIRE(d.click_side({"place", "Comfort"}));
    REQUIRE(d.replace_text({"place", "##date"}, "2024-03-12"));
    REQUIRE(d.replace_text({"place", "##reason"}, "Likes the idea, not tried yet"));
    REQUIRE(d.click_side({"place", "Record placement"}));
    d.ui.frames(2);
    REQUIRE(zones_of(f.model, added.id) == std::vector<Zone>{Zone::Comfort});
    CHECK(f.model.placements_of(added.id)[0].reason == "Likes the idea, not tried yet");
    CHECK(f.model.placements_of(added.id)[0].date == "2024-03-12");
    REQUIRE(view.marker_screen_pos(added.id).has_value());
    CHECK(view.zone_at(*view.marker_screen_pos(added.id)) == Zone::Comfort);

    // Close the form, then drag the marker up into the optimal zone.
    REQUIRE(d.click_side({"Close"}));
    CHECK_FALSE(view.form_open());
    REQUIRE(d.drag_marker(added.id, Zone::Optimal));
    REQUIRE(view.reason_popup_open());
    CHECK(f.model.placements_of(added.id).size() == 1); // nothing yet: it asks first
    d.ui.frames(1);
    d.ui.type("Tried three nights with a plan");
    REQUIRE(d.ui.click("Why this zone?", {"Record move"}));
    d.ui.frames(2);
    CHECK_FALSE(view.reason_popup_open());
    const std::vector<Placement> stored = f.model.placements_of(added.id);
    REQUIRE(stored.size() == 2);
    CHECK(*stored[1].zone == Zone::Optimal);
    CHECK(stored[1].reason == "Tried three nights with a plan");
    CHECK(stored[1].date == today_local());
    CHECK(f.store->undo_label() == "Place challenge");
    CHECK(view.zone_at(*view.marker_screen_pos(added.id)) == Zone::Optimal);

    // Undo takes the move back and the marker returns to comfort.
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    CHECK(zones_of(f.model, added.id) == std::vector<Zone>{Zone::Comfort});
    CHECK(view.current_zone(added.id) == Zone::Comfort);
    CHECK(view.zone_at(*view.marker_screen_pos(added.id)) == Zone::Comfort);
}

TEST_CASE("a drag cancelled in the reason popup records nothing; a drag within the same zone asks nothing") {
    CzFixture f;
    const Outcome c = f.model.add(challenge(f.case_a, "Playgroup alone"));
    REQUIRE(c);
    REQUIRE(f.model.place(placement(c.id, "2024-01-10", Zone::Comfort)));
    f.select(f.case_a);
    PlannerView view(f.host);
    PanelDriver d(view);

    REQUIRE(d.drag_marker(c.id, Zone::Comfort));
    CHECK_FALSE(view.reason_popup_open());
    CHECK(view.selected() == c.id);

    REQUIRE(d.drag_marker(c.id, Zone::Overwhelming));
    REQUIRE(view.reason_popup_open());
    REQUIRE(d.ui.click("Why this zone?", {"Cancel"}));
    d.ui.frames(2);
    CHECK_FALSE(view.reason_popup_open());
    CHECK(zones_of(f.model, c.id) == std::vector<Zone>{Zone::Comfort});
}

TEST_CASE("the panel follows the case, shows prompts from the model, and reloads after outside changes") {
    CzFixture f;
    const Outcome a = f.model.add(challenge(f.case_a, "Family A challenge"));
    REQUIRE(a);
    Challenge no_why = challenge(f.case_b, "Family B challenge");
    no_why.why_it_matters = "";
    REQUIRE(f.model.add(no_why));
    f.select(f.case_a);
    PlannerView view(f.host);
    PanelDriver d(view);
    REQUIRE(view.plan().challenges.size() == 1);
    auto has_rule = [&](PromptRule r) {
        for (const Prompt& p : view.prompts())
            if (p.rule == r) return true;
        return false;
    };
    CHECK_FALSE(has_rule(PromptRule::NoWhy));
    CHECK(has_rule(PromptRule::AspectUntouched));

    f.select(f.case_b);
    send(view, WB_EVENT_CASE_SELECTED);
    d.ui.frames(2);
    REQUIRE(view.plan().challenges.size() == 1);
    CHECK(view.plan().challenges[0].description == "Family B challenge");
    CHECK(has_rule(PromptRule::NoWhy));

    // A change made elsewhere shows after DATA_CHANGED.
    REQUIRE(f.model.add(challenge(f.case_b, "Added elsewhere")));
    send(view, WB_EVENT_DATA_CHANGED);
    d.ui.frames(1);
    CHECK(view.plan().challenges.size() == 2);
}

TEST_CASE("Export… in the toolbar asks the host for the zone map export of the case on screen") {
    CzFixture f;
    REQUIRE(f.model.add(cz_test::challenge(f.case_a, "A settled bedtime routine")));
    f.select(f.case_a);
    PlannerView view(f.host);
    PanelDriver d(view);
    CHECK_FALSE(f.plugins.take_requested_file().has_value()); // nothing asked yet
    REQUIRE(d.ui.click("Panel", {"Export\xE2\x80\xA6"}));
    d.ui.frames(1);
    const auto request = f.plugins.take_requested_file();
    REQUIRE(request.has_value());
    CHECK(request->plugin_id == "challenge_zones");
    CHECK(request->id == "map");
    CHECK_FALSE(request->is_import);
    CHECK(request->case_id == f.case_a);
}

TEST_CASE("a narrow panel puts the table under a full-width map, and a form opened there is scrolled into view") {
    CzFixture f;
    for (int k = 0; k < 8; ++k) REQUIRE(f.model.add(challenge(f.case_a, "A challenge worth a row")));
    f.select(f.case_a);
    PlannerView view(f.host);
    NarrowPanel d(view);
    ImGuiWindow* map = d.child("map");
    ImGuiWindow* side = d.child("side");
    REQUIRE(map != nullptr);
    REQUIRE(side != nullptr);
    // Stacked: the table starts under the map, and the map spans the panel.
    CHECK(side->Pos.y >= map->Pos.y + map->Size.y);
    CHECK(map->Size.x == doctest::Approx(side->Size.x));
    CHECK(map->Size.x >= d.panel()->ContentRegionRect.GetWidth() - 1);

    // "Add challenge" opens the form under the map; the panel scrolls so
    // its top is in view rather than below the fold.
    REQUIRE(d.ui.click("Panel", {"Add challenge"}));
    d.ui.frames(3);
    REQUIRE(view.form_open());
    const ImRect visible = d.panel()->InnerRect;
    CHECK(d.panel()->Scroll.y > 0);
    CHECK(side->Pos.y >= visible.Min.y - 1);
    CHECK(side->Pos.y < visible.Min.y + visible.GetHeight() / 3);
    d.ui.type("Walks to the shop with him");
    CHECK(view.form_draft().description == "Walks to the shop with him");
}

// ---- Unsaved drafts across a case switch (cz_drafts.h) ---------------------------

namespace {

constexpr const char* kHalfTyped = "Ask the school for a meeting about the bus";
constexpr const char* kKeptLine = "Not saved yet";

// As the app does it: the sidebar picks the case, the view hears of it.
void switch_case(CzFixture& f, PlannerView& view, PanelDriver& d, int64_t case_id) {
    f.select(case_id);
    send(view, WB_EVENT_CASE_SELECTED);
    d.ui.frames(2);
}

// Every character one more frame drew (drawn_text.h; spaces are not drawn).
bool drawn(PanelDriver& d, const char* what) {
    d.ui.frames(1);
    return wb::test::drawn_has(wb::test::drawn_text(), what);
}

} // namespace

TEST_CASE("a challenge half-drafted is kept when the user looks at another case, and is back on return") {
    CzFixture f;
    f.select(f.case_a);
    PlannerView view(f.host);
    PanelDriver d(view);
    REQUIRE(d.ui.click("Panel", {"Plan the first challenge"}));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"##description"}, kHalfTyped));
    REQUIRE(d.replace_text({"##why"}, "She wants him to travel on his own"));
    REQUIRE(d.click_side({"Emotional"}));
    REQUIRE(view.form_draft().description == kHalfTyped);

    // Another family: its own (empty) plan, no form, nothing typed.
    switch_case(f, view, d, f.case_b);
    CHECK_FALSE(view.form_open());
    CHECK(view.form_draft().description.empty());
    CHECK_FALSE(drawn(d, kHalfTyped));
    CHECK(view.kept_drafts() == 1);

    // Back: the form open again as it was left, with a line saying so.
    switch_case(f, view, d, f.case_a);
    REQUIRE(view.form_open());
    CHECK(view.form_draft().id == 0);
    CHECK(view.form_draft().case_id == f.case_a);
    CHECK(view.form_draft().description == kHalfTyped);
    CHECK(view.form_draft().why_it_matters == "She wants him to travel on his own");
    CHECK(view.form_draft().support == Emotional);
    CHECK(view.draft_restored());
    CHECK(view.kept_drafts() == 0);
    CHECK(drawn(d, kHalfTyped));
    CHECK(drawn(d, kKeptLine));
    CHECK(f.model.load(f.case_a).challenges.empty()); // nothing written on the way

    // Presenting a real case: the restored text is masked like any other.
    f.context.presenting = true;
    d.ui.frames(2);
    CHECK_FALSE(drawn(d, kHalfTyped));
    CHECK_FALSE(drawn(d, "travel on his own"));
    f.context.presenting = false;
    d.ui.frames(2);

    // Added as usual; the line goes once it is saved.
    REQUIRE(d.click_side({"Add challenge"}));
    d.ui.frames(2);
    const CasePlan plan = f.model.load(f.case_a);
    REQUIRE(plan.challenges.size() == 1);
    CHECK(plan.challenges[0].description == kHalfTyped);
    CHECK_FALSE(view.draft_restored());
    CHECK_FALSE(drawn(d, kKeptLine));
}

TEST_CASE("an untouched challenge form leaves no draft behind; each case gets back only its own") {
    CzFixture f;
    f.select(f.case_a);
    PlannerView view(f.host);
    PanelDriver d(view);
    REQUIRE(d.ui.click("Panel", {"Plan the first challenge"})); // opened, nothing typed
    d.ui.frames(2);
    REQUIRE(view.form_open());

    switch_case(f, view, d, f.case_b);
    CHECK(view.kept_drafts() == 0);
    REQUIRE(d.ui.click("Panel", {"Plan the first challenge"}));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"##description"}, kHalfTyped));

    switch_case(f, view, d, f.case_a);
    CHECK_FALSE(view.form_open());
    CHECK_FALSE(view.draft_restored());
    CHECK_FALSE(drawn(d, kHalfTyped));
    CHECK(view.kept_drafts() == 1); // B's

    switch_case(f, view, d, f.case_b);
    REQUIRE(view.form_open());
    CHECK(view.form_draft().description == kHalfTyped);
    CHECK(view.form_draft().case_id == f.case_b);
}

TEST_CASE("a challenge half-edited comes back on return; once an undo takes it away its draft is dropped") {
    CzFixture f;
    const Outcome c = f.model.add(challenge(f.case_a, "A settled bedtime routine"));
    REQUIRE(c);
    REQUIRE(f.model.place(placement(c.id, "2024-01-10", Zone::Comfort)));
    f.select(f.case_a);
    PlannerView view(f.host);
    PanelDriver d(view);
    d.ui.click_at(*view.marker_screen_pos(c.id));
    d.ui.frames(1);
    REQUIRE(view.selected() == c.id);
    REQUIRE(d.click_side({"Edit"}));
    d.ui.frames(2);
    REQUIRE(view.form_open());
    REQUIRE(d.replace_text({"##description"}, kHalfTyped));
    REQUIRE(d.click_side({"place", "Optimal challenge"}));
    REQUIRE(d.replace_text({"place", "##reason"}, "She chose the evening herself"));

    switch_case(f, view, d, f.case_b);
    CHECK_FALSE(view.form_open());
    CHECK_FALSE(drawn(d, "chose the evening"));
    switch_case(f, view, d, f.case_a);
    REQUIRE(view.form_open());
    CHECK(view.form_draft().id == c.id);
    CHECK(view.form_draft().description == kHalfTyped);
    CHECK(view.selected() == c.id);
    CHECK(view.draft_restored());
    CHECK(drawn(d, "chose the evening")); // the placement being written too
    CHECK(f.model.load(f.case_a).challenges[0].description == "A settled bedtime routine"); // still unsaved

    // Away again; Ctrl+Z there, twice, takes the placement and the challenge away.
    switch_case(f, view, d, f.case_b);
    CHECK(view.kept_drafts() == 1);
    REQUIRE(f.store->undo().is_ok());
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    switch_case(f, view, d, f.case_a);
    CHECK_FALSE(view.form_open());
    CHECK(view.kept_drafts() == 0);

    // Redo brings the challenge back, not the stale draft.
    REQUIRE(f.store->redo().is_ok());
    send(view, WB_EVENT_REDO_APPLIED);
    d.ui.frames(2);
    CHECK(view.plan().challenges.size() == 1);
    CHECK_FALSE(view.form_open());
    CHECK_FALSE(view.draft_restored());

    // A draft kept for another case goes when another store is opened.
    REQUIRE(d.ui.click("Panel", {"Add challenge"}));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"##description"}, kHalfTyped));
    switch_case(f, view, d, f.case_b);
    CHECK(view.kept_drafts() == 1);
    send(view, WB_EVENT_STORE_OPENED);
    d.ui.frames(2);
    CHECK(view.kept_drafts() == 0);
}
