// ui_tests.cpp - the "Ruptures" panel driven headlessly: log a rupture from
// the empty state through the side form (a bad input explained in the
// form first), add a repair action (one dated before the rupture explained
// first), mark it repaired, find it all in the store, then undo. Also: the
// alliance check of the current session, a click on a timeline marker
// selecting its rupture, and the caseload panel opening a session. And the
// form's unsaved draft kept per case across a case switch (rr_drafts.h).
#include "rr_fixture.h"
#include "rr_view.h"

#include "drawn_text.h"
#include "panel_driver.h"
#include "store/demo_families.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>

using namespace rupture_repair;
using rr_test::kToday;
using rr_test::repair;
using rr_test::rupture;
using rr_test::RrFixture;
using wb::test::HeadlessUi;

namespace {

using wb::test::PanelDriver;

// The panel in a window too narrow for the timeline beside the list, as
// in a 1280 px workbench or in presentation mode (rr_layout.h stacks them).
struct NarrowPanel {
    HeadlessUi ui{900, 700};
    RupturesView& view;

    explicit NarrowPanel(RupturesView& v) : view(v) {
        ui.frame([this] { draw(); });
        ui.frames(2);
    }
    void draw() {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(560, 420));
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

template <class View>
void send(View& view, wb_event_type type) {
    view.on_event(wb_event{sizeof(wb_event), type, 0, 0, nullptr});
}

} // namespace

TEST_CASE("log a rupture through the form, add a repair, mark it repaired, find it in the store, undo") {
    RrFixture f;
    f.select(f.case_a, f.a2);
    RupturesView view(f.host);
    PanelDriver d(view);
    CHECK_FALSE(view.form_open());

    REQUIRE(d.ui.click("Panel", {"Log the first rupture"}));
    REQUIRE(view.form_open());
    d.ui.frames(2);
    // No description yet: explained in the form, nothing stored.
    REQUIRE(d.click_side({"Log rupture"}));
    CHECK(view.form_error().find("Describe") != std::string::npos);
    CHECK(f.model.load(f.case_a).ruptures.empty());

    REQUIRE(d.replace_text({"##description"}, "Went quiet when the visit time came up"));
    REQUIRE(d.click_side({"Moving against (confrontation)"}));
    REQUIRE(d.click_side({"signs", "Turning down a suggestion"}));
    REQUIRE(d.click_side({"strained", "Goals"}));
    REQUIRE(d.click_side({"Log rupture"}));
    d.ui.frames(2);
    CaseRecord rec = f.model.load(f.case_a);
    REQUIRE(rec.ruptures.size() == 1);
    const Rupture added = rec.ruptures[0];
    CHECK(view.form_error().empty());
    CHECK(added.description == "Went quiet when the visit time came up");
    CHECK(added.session_id == std::optional<int64_t>(f.a2)); // the session on screen
    CHECK(added.date == "2024-02-14");
    CHECK(added.kind == MarkerKind::Confrontation);
    CHECK(added.sub_markers == 4);
    CHECK(added.strained == StrainGoals);
    CHECK(added.status == Status::Open);
    CHECK(f.store->undo_label() == "Log rupture");
    CHECK(view.form_open()); // stays open so a repair can follow
    CHECK(view.form_draft().id == added.id);

    // A repair before the rupture is explained, not stored.
    REQUIRE(d.replace_text({"repair", "##repair_date"}, "2024-02-10"));
    REQUIRE(d.click_side({"repair", "Add repair action"}));
    CHECK(view.repair_error().find("before the rupture") != std::string::npos);
    CHECK(f.model.repairs_of(added.id).empty());

    REQUIRE(d.replace_text({"repair", "##repair_date"}, "2024-02-20"));
    REQUIRE(d.replace_text({"repair", "##repair_note"}, "Said sorry for the mix-up"));
    REQUIRE(d.click_side({"repair", "Add repair action"}));
    d.ui.frames(2);
    CHECK(view.repair_error().empty());
    const std::vector<RepairAction> repairs = f.model.repairs_of(added.id);
    REQUIRE(repairs.size() == 1);
    CHECK(repairs[0].date == "2024-02-20");
    CHECK(repairs[0].note == "Said sorry for the mix-up");
    CHECK(f.model.find(added.id)->status == Status::Repairing);
    CHECK(view.form_draft().status == Status::Repairing);

    REQUIRE(d.click_side({"status", "Mark repaired"}));
    d.ui.frames(2);
    CHECK(view.status_error().empty());
    Rupture stored = *f.model.find(added.id);
    CHECK(stored.status == Status::Repaired);
    CHECK(stored.resolution == Resolution::Fully);
    CHECK(time_to_repair(stored, f.model.repairs_of(added.id)) == std::optional<int>(6));
    CHECK(f.store->undo_label() == "Mark rupture repaired");
    // No spiral mapper is loaded here, so no spiral step is offered.
    CHECK_FALSE(view.spiral_offer_open());

    // Undo takes "repaired" back; the panel follows.
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    CHECK(f.model.find(added.id)->status == Status::Repairing);
    REQUIRE(view.record().ruptures.size() == 1);
    CHECK(view.record().ruptures[0].status == Status::Repairing);
    CHECK(view.form_draft().status == Status::Repairing);
}

TEST_CASE("the alliance check of the current session is saved from the panel and flagged when low") {
    RrFixture f;
    REQUIRE(f.model.add(rupture(f.case_a, "2024-01-10"), kToday));
    f.select(f.case_a, f.a1);
    RupturesView view(f.host);
    PanelDriver d(view);
    REQUIRE(d.ui.click(d.child("main").c_str(), {"alliance", "Save check"}));
    d.ui.frames(2);
    CHECK(view.alliance_error().empty());
    const CaseRecord rec = f.model.load(f.case_a);
    REQUIRE(rec.alliance.size() == 1);
    CHECK(rec.alliance[0].session_id == f.a1);
    CHECK(rec.alliance[0].total() == 20); // the sliders start in the middle
    CHECK(alliance_low(rec.alliance[0], read_settings(f.host).low_alliance));
    CHECK(f.store->undo_label() == "Save alliance check");
}

TEST_CASE("moving an alliance slider stores the check when it is let go, with no button to press") {
    RrFixture f;
    REQUIRE(f.model.add(rupture(f.case_a, "2024-01-10"), kToday));
    f.select(f.case_a, f.a1);
    RupturesView view(f.host);
    PanelDriver d(view);
    ImGuiWindow* main = wb::test::HeadlessUi::window(d.child("main").c_str());
    REQUIRE(main);
    const auto slider =
        d.ui.rect_of(main, wb::test::HeadlessUi::id_in(main, {"alliance", alliance_item_label(0), "##rating"}));
    REQUIRE(slider.has_value());
    d.ui.click_at(ImVec2(slider->Min.x + 2, slider->GetCenter().y)); // the far left end: 0
    d.ui.frames(2);
    CHECK(view.alliance_error().empty());
    const CaseRecord rec = f.model.load(f.case_a);
    REQUIRE(rec.alliance.size() == 1);
    CHECK(rec.alliance[0].session_id == f.a1);
    CHECK(rec.alliance[0].ratings[0] == 0);
    CHECK(rec.alliance[0].ratings[1] == 5); // the others as they started
    CHECK(f.store->undo_label() == "Save alliance check");
    // Stored: the button for keeping the starting values is gone.
    CHECK_FALSE(d.ui.click(d.child("main").c_str(), {"alliance", "Save check"}));
}

TEST_CASE("a click on a timeline marker selects its rupture; the panel follows the case") {
    RrFixture f;
    const Outcome a = f.model.add(rupture(f.case_a, "2024-01-10", "Family A"), kToday);
    const Outcome b = f.model.add(rupture(f.case_b, "2024-01-20", "Family B"), kToday);
    REQUIRE((a && b));
    f.select(f.case_a);
    RupturesView view(f.host);
    PanelDriver d(view);
    const auto at = view.marker_screen_pos(a.id);
    REQUIRE(at.has_value());
    d.ui.click_at(*at);
    CHECK(view.selected() == a.id);

    f.select(f.case_b);
    send(view, WB_EVENT_CASE_SELECTED);
    d.ui.frames(2);
    REQUIRE(view.record().ruptures.size() == 1);
    CHECK(view.record().ruptures[0].description == "Family B");
    CHECK(view.selected() == 0);
}

TEST_CASE("the caseload panel lists open ruptures oldest first and a click opens the session") {
    RrFixture f;
    Rupture with_session = rupture(f.case_b, "");
    with_session.session_id = f.b1;
    const Outcome older = f.model.add(with_session, kToday);
    const Outcome newer = f.model.add(rupture(f.case_a, "2024-03-01"), kToday);
    REQUIRE((older && newer));
    CaseloadView view(f.host);
    PanelDriver d(view);
    REQUIRE(view.rows().size() == 2);
    CHECK(view.rows()[0].rupture_id == older.id);
    CHECK(view.rows()[0].overdue); // long past any N days by now
    // Click the first row: the table's child window, below its header row.
    ImGuiWindow* table = nullptr;
    for (ImGuiWindow* w : d.ui.context()->Windows)
        if (std::string(w->Name).find("caseload") != std::string::npos) table = w;
    REQUIRE(table != nullptr);
    const float row_h = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
    d.ui.click_at(ImVec2(table->Pos.x + 30, table->Pos.y + row_h * 1.6f));
    CHECK(view.selected() == older.id);
    CHECK(f.plugins.take_requested_session() == f.b1); // the host is asked to show it
}

// The spiral mapper as the app loads it: its real library, through the
// loader, beside the tracker linked in process.
void load_spiral(RrFixture& f) {
    const wb::core::PluginInfo& info = f.plugins.load(std::filesystem::path(WB_PLUGIN_DIR) / "spiral_mapper.so");
    REQUIRE_MESSAGE(info.state == wb::core::PluginState::Loaded, info.reason);
}

int64_t spiral_steps(RrFixture& f, int kind) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(f.store->db(), "SELECT COUNT(*) FROM spiral_mapper__steps WHERE kind = ?", -1, &st,
                               nullptr) == SQLITE_OK);
    sqlite3_bind_int(st, 1, kind);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const int64_t n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

TEST_CASE("marking a rupture repaired offers a spiral step; yes adds exactly one, and undo takes only it away") {
    RrFixture f;
    load_spiral(f);
    constexpr int kSpiralRepairKind = 4; // spiral_mapper's "repair after rupture"
    const Outcome r = f.model.add(rupture(f.case_a, "2024-02-14", "Cross about the missed visit"), kToday);
    REQUIRE(r);
    REQUIRE(f.model.add_repair(repair(r.id, "2024-02-20", "Said sorry"), kToday));
    f.select(f.case_a);
    RupturesView view(f.host);
    PanelDriver d(view);
    const auto at = view.marker_screen_pos(r.id);
    REQUIRE(at.has_value());
    d.ui.click_at(*at); // selects it in the list beside the timeline
    d.ui.frames(1);
    REQUIRE(d.click_side({"Open selected rupture"}));
    d.ui.frames(2);
    REQUIRE(view.form_open());

    REQUIRE(SpiralLink(f.host).available());
    REQUIRE(d.click_side({"status", "Mark repaired"}));
    d.ui.frames(2);
    CHECK(f.model.find(r.id)->status == Status::Repaired);
    INFO(view.status_error());
    REQUIRE(view.spiral_offer_open());
    CHECK(spiral_steps(f, kSpiralRepairKind) == 0);
    REQUIRE(d.ui.click("Add to the spiral?", {"Yes, add the step"}));
    d.ui.frames(2);
    CHECK_FALSE(view.spiral_offer_open());
    CHECK(spiral_steps(f, kSpiralRepairKind) == 1);
    CHECK(f.store->undo_label() == "Add spiral step");

    // Undo takes the step away and leaves the rupture repaired.
    REQUIRE(f.store->undo().is_ok());
    CHECK(spiral_steps(f, kSpiralRepairKind) == 0);
    CHECK(f.model.find(r.id)->status == Status::Repaired);
}

TEST_CASE("'no' to the offer adds nothing; without the spiral mapper nothing is offered") {
    RrFixture f;
    const Outcome r = f.model.add(rupture(f.case_a, "2024-02-14"), kToday);
    REQUIRE(r);
    REQUIRE(f.model.add_repair(repair(r.id, "2024-02-20"), kToday));
    f.select(f.case_a);
    RupturesView view(f.host);
    PanelDriver d(view);
    SpiralLink link(f.host);

    SUBCASE("without the spiral mapper") {
        CHECK_FALSE(link.available());
        d.ui.click_at(*view.marker_screen_pos(r.id));
        d.ui.frames(1);
        REQUIRE(d.click_side({"Open selected rupture"}));
        d.ui.frames(2);
        REQUIRE(d.click_side({"status", "Mark repaired"}));
        d.ui.frames(2);
        CHECK(f.model.find(r.id)->status == Status::Repaired);
        CHECK_FALSE(view.spiral_offer_open());
        // Asked anyway, the host says nobody offers it.
        CHECK(link.add_repair_step(*f.model.find(r.id), f.model.repairs_of(r.id)[0]).find("no running plugin offers") !=
              std::string::npos);
    }
    SUBCASE("with it, answering no") {
        load_spiral(f);
        CHECK(link.available());
        d.ui.click_at(*view.marker_screen_pos(r.id));
        d.ui.frames(1);
        REQUIRE(d.click_side({"Open selected rupture"}));
        d.ui.frames(2);
        REQUIRE(d.click_side({"status", "Mark repaired"}));
        d.ui.frames(2);
        REQUIRE(view.spiral_offer_open());
        REQUIRE(d.ui.click("Add to the spiral?", {"No"}));
        d.ui.frames(2);
        CHECK_FALSE(view.spiral_offer_open());
        CHECK(spiral_steps(f, 4) == 0);
        CHECK(f.store->undo_label() == "Mark rupture repaired");
    }
}

TEST_CASE("Export… in the toolbar asks the host for the timeline export of the case on screen") {
    RrFixture f;
    REQUIRE(f.model.add(rupture(f.case_a, "2024-01-10"), kToday));
    f.select(f.case_a);
    RupturesView view(f.host);
    PanelDriver d(view);
    CHECK_FALSE(f.plugins.take_requested_file().has_value()); // nothing asked yet
    REQUIRE(d.ui.click("Panel", {"Export\xE2\x80\xA6"}));
    d.ui.frames(1);
    const auto request = f.plugins.take_requested_file();
    REQUIRE(request.has_value());
    CHECK(request->plugin_id == "rupture_repair");
    CHECK(request->id == "timeline");
    CHECK_FALSE(request->is_import);
    CHECK(request->case_id == f.case_a);
}

TEST_CASE("a narrow panel puts the list under a full-width timeline, and a form opened there is scrolled into view") {
    RrFixture f;
    for (const char* date : {"2024-01-10", "2024-02-10", "2024-03-10", "2024-04-10"})
        REQUIRE(f.model.add(rupture(f.case_a, date), kToday));
    f.select(f.case_a, f.a1);
    RupturesView view(f.host);
    NarrowPanel d(view);
    ImGuiWindow* main = d.child("main");
    ImGuiWindow* side = d.child("side");
    REQUIRE(main != nullptr);
    REQUIRE(side != nullptr);
    // Stacked: the list starts under the timeline and the alliance check,
    // and they span the panel.
    CHECK(side->Pos.y >= main->Pos.y + main->Size.y);
    CHECK(main->Size.x == doctest::Approx(side->Size.x));
    CHECK(main->Size.x >= d.panel()->ContentRegionRect.GetWidth() - 1);

    // "Log rupture" opens the form under them; the panel scrolls so its
    // top is in view rather than below the fold.
    REQUIRE(d.ui.click("Panel", {"Log rupture"}));
    d.ui.frames(3);
    REQUIRE(view.form_open());
    const ImRect visible = d.panel()->InnerRect;
    CHECK(d.panel()->Scroll.y > 0);
    CHECK(side->Pos.y >= visible.Min.y - 1);
    CHECK(side->Pos.y < visible.Min.y + visible.GetHeight() / 3);
}

// ---- Unsaved drafts across a case switch (rr_drafts.h) ---------------------------

namespace {

constexpr const char* kHalfTyped = "Walked out when the letter from school came up";
constexpr const char* kKeptLine = "Not saved yet";

// As the app does it: the sidebar picks the case, the view hears of it.
void switch_case(RrFixture& f, RupturesView& view, PanelDriver<RupturesView>& d, int64_t case_id,
                 int64_t session_id = 0) {
    f.select(case_id, session_id);
    send(view, WB_EVENT_CASE_SELECTED);
    d.ui.frames(2);
}

// Every character one more frame drew (drawn_text.h; spaces are not drawn).
bool drawn(PanelDriver<RupturesView>& d, const char* what) {
    d.ui.frames(1);
    return wb::test::drawn_has(wb::test::drawn_text(), what);
}

} // namespace

TEST_CASE("a rupture half-logged is kept when the user looks at another case, and is back on return") {
    RrFixture f;
    f.select(f.case_a, f.a2);
    RupturesView view(f.host);
    PanelDriver d(view);
    REQUIRE(d.ui.click("Panel", {"Log the first rupture"}));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"##description"}, kHalfTyped));
    REQUIRE(d.click_side({"Moving against (confrontation)"}));
    REQUIRE(d.click_side({"strained", "Goals"}));
    REQUIRE(view.form_draft().description == kHalfTyped);

    // Another family: its own (empty) record, no form, nothing typed.
    switch_case(f, view, d, f.case_b, f.b1);
    CHECK_FALSE(view.form_open());
    CHECK(view.form_draft().description.empty());
    CHECK_FALSE(drawn(d, kHalfTyped));
    CHECK(view.kept_drafts() == 1);

    // Back: the form open again as it was left, with a line saying so.
    switch_case(f, view, d, f.case_a, f.a2);
    REQUIRE(view.form_open());
    CHECK(view.form_draft().id == 0);
    CHECK(view.form_draft().description == kHalfTyped);
    CHECK(view.form_draft().kind == MarkerKind::Confrontation);
    CHECK(view.form_draft().strained == StrainGoals);
    CHECK(view.form_draft().session_id == std::optional<int64_t>(f.a2));
    CHECK(view.draft_restored());
    CHECK(view.kept_drafts() == 0);
    CHECK(drawn(d, kHalfTyped));
    CHECK(drawn(d, kKeptLine));
    CHECK(f.model.load(f.case_a).ruptures.empty()); // nothing written on the way

    // Presenting a real case: the restored description is masked like any other.
    f.context.presenting = true;
    d.ui.frames(2);
    CHECK_FALSE(drawn(d, kHalfTyped));
    f.context.presenting = false;
    d.ui.frames(2);

    // Logged as usual; the line goes once it is saved.
    REQUIRE(d.click_side({"Log rupture"}));
    d.ui.frames(2);
    const CaseRecord rec = f.model.load(f.case_a);
    REQUIRE(rec.ruptures.size() == 1);
    CHECK(rec.ruptures[0].description == kHalfTyped);
    CHECK(rec.ruptures[0].kind == MarkerKind::Confrontation);
    CHECK_FALSE(view.draft_restored());
    CHECK_FALSE(drawn(d, kKeptLine));
}

TEST_CASE("an untouched rupture form leaves no draft behind; each case gets back only its own") {
    RrFixture f;
    f.select(f.case_a, f.a2);
    RupturesView view(f.host);
    PanelDriver d(view);
    REQUIRE(d.ui.click("Panel", {"Log the first rupture"})); // opened, nothing typed
    d.ui.frames(2);
    REQUIRE(view.form_open());

    switch_case(f, view, d, f.case_b, f.b1);
    CHECK(view.kept_drafts() == 0);
    REQUIRE(d.ui.click("Panel", {"Log the first rupture"}));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"##description"}, kHalfTyped));

    switch_case(f, view, d, f.case_a, f.a2);
    CHECK_FALSE(view.form_open());
    CHECK_FALSE(view.draft_restored());
    CHECK_FALSE(drawn(d, kHalfTyped));
    CHECK(view.kept_drafts() == 1); // B's

    switch_case(f, view, d, f.case_b, f.b1);
    REQUIRE(view.form_open());
    CHECK(view.form_draft().description == kHalfTyped);
    CHECK(view.form_draft().case_id == f.case_b);
}

TEST_CASE("a rupture half-edited comes back on return; once an undo takes the rupture away its draft is dropped") {
    RrFixture f;
    const Outcome r = f.model.add(rupture(f.case_a, "2024-01-10", "Went quiet"), kToday);
    REQUIRE(r);
    f.select(f.case_a);
    RupturesView view(f.host);
    PanelDriver d(view);
    d.ui.click_at(*view.marker_screen_pos(r.id));
    d.ui.frames(1);
    REQUIRE(d.click_side({"Open selected rupture"}));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"##description"}, kHalfTyped));
    REQUIRE(d.replace_text({"repair", "##repair_note"}, "Rang her the next morning"));

    switch_case(f, view, d, f.case_b);
    CHECK_FALSE(view.form_open());
    switch_case(f, view, d, f.case_a);
    REQUIRE(view.form_open());
    CHECK(view.form_draft().id == r.id);
    CHECK(view.form_draft().description == kHalfTyped);
    CHECK(view.repair_draft().note == "Rang her the next morning");
    CHECK(view.selected() == r.id);
    CHECK(view.draft_restored());
    CHECK(f.model.find(r.id)->description == "Went quiet"); // still unsaved

    // Away again; Ctrl+Z there takes the rupture away (the last edit).
    switch_case(f, view, d, f.case_b);
    CHECK(view.kept_drafts() == 1);
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    switch_case(f, view, d, f.case_a);
    CHECK_FALSE(view.form_open());
    CHECK(view.kept_drafts() == 0);

    // Redo brings the rupture back, not the stale draft.
    REQUIRE(f.store->redo().is_ok());
    send(view, WB_EVENT_REDO_APPLIED);
    d.ui.frames(2);
    CHECK(view.record().ruptures.size() == 1);
    CHECK_FALSE(view.form_open());
    CHECK_FALSE(view.draft_restored());

    // A draft kept for another case goes when another store is opened.
    REQUIRE(d.ui.click("Panel", {"Log rupture"}));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"##description"}, kHalfTyped));
    switch_case(f, view, d, f.case_b);
    CHECK(view.kept_drafts() == 1);
    send(view, WB_EVENT_STORE_OPENED);
    d.ui.frames(2);
    CHECK(view.kept_drafts() == 0);
}

TEST_CASE("a demo case put back as it was keeps its id but never gets the old demo case's draft") {
    RrFixture f;
    const wb::core::DemoFamily* family = wb::core::find_demo_family("rivers");
    REQUIRE(family != nullptr);
    const int64_t demo = wb::test::must(f.store->put_demo_family(*family));
    f.select(demo);
    RupturesView view(f.host);
    PanelDriver d(view);
    REQUIRE(d.ui.click("Panel", {"Log the first rupture"}));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"##description"}, kHalfTyped));
    switch_case(f, view, d, f.case_a);
    CHECK(view.kept_drafts() == 1);

    // File > Demo cases puts the family back: the old case goes, a new one
    // takes the same id, and the host says so.
    const int64_t again = wb::test::must(f.store->put_demo_family(*family));
    CHECK(again == demo);
    view.on_event(wb_event{sizeof(wb_event), WB_EVENT_DEMO_CASE_CREATED, again, 0, family->key});
    CHECK(view.kept_drafts() == 0);
    switch_case(f, view, d, again);
    CHECK_FALSE(view.form_open());
    CHECK_FALSE(drawn(d, kHalfTyped));
}
