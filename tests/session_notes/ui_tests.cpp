// ui_tests.cpp - the session notes panel driven headlessly: click a prompt,
// type, leave it, and check the store; undo through the store and check the
// panel; search and open a result; the empty state and the layout.
#include "notes_fixture.h"
#include "notes_view.h"

#include "headless_ui.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

using namespace session_notes;
using notes_test::NotesFixture;
using notes_test::notes;
using wb::test::HeadlessUi;

namespace {

// Draws `view` as the whole content of a fixed window called "Panel".
struct PanelDriver {
    HeadlessUi ui;
    NotesView& view;
    ImVec2 size;

    PanelDriver(NotesView& v, ImVec2 panel_size) : ui(1600, 1000), view(v), size(panel_size) {
        ui.frame([this] { draw(); });
        ui.frames(2);
    }
    void draw() {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(size);
        ImGui::Begin("Panel", nullptr,
                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        view.draw();
        ImGui::End();
    }
    ImGuiWindow* panel() const { return HeadlessUi::window("Panel"); }
    std::optional<ImRect> rect(const char* label) { return ui.rect_of(panel(), HeadlessUi::id_in(panel(), {label})); }

    // The results list is a child window named after its parent and ID.
    ImGuiWindow* results_window() const {
        char name[256];
        std::snprintf(name, sizeof name, "Panel/results_%08X", HeadlessUi::id_in(panel(), {"results"}));
        return HeadlessUi::window(name);
    }
};

// Click a prompt's box: it turns into an input that takes the focus over
// the next two frames, then typing goes into it.
bool edit(PanelDriver& d, const char* label) {
    if (!d.ui.click("Panel", {label})) return false;
    d.ui.frames(2);
    return true;
}

void send(NotesView& view, wb_event_type type, int64_t case_id = 0, int64_t session_id = 0) {
    view.on_event(wb_event{sizeof(wb_event), type, case_id, session_id, nullptr});
}

void select(NotesFixture& f, NotesView& view, int64_t case_id, int64_t session_id) {
    f.select(case_id, session_id);
    send(view, WB_EVENT_CASE_SELECTED, case_id, session_id);
    send(view, WB_EVENT_SESSION_SELECTED, case_id, session_id);
}

} // namespace

TEST_CASE("typing in a prompt and leaving it saves the notes as one undo step") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes("old text")));
    NotesView view(f.host);
    select(f, view, f.case_a, f.a1);
    PanelDriver d(view, ImVec2(1300, 900));
    CHECK(view.draft().text[Happened] == "old text");

    REQUIRE(edit(d, "##happened"));
    d.ui.type(" and a new line"); // the cursor starts after the old text
    CHECK(view.has_unsaved_typing());
    CHECK(f.model.load(f.a1).text[Happened] == "old text"); // not yet: still typing

    REQUIRE(d.ui.click("Panel", {"##search"})); // leave the field
    CHECK_FALSE(view.has_unsaved_typing());
    CHECK(f.model.load(f.a1).text[Happened] == "old text and a new line");
    CHECK(f.store->undo_label() == "Edit session notes");

    // Undo through the store: after the event the panel shows the old text.
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    CHECK(view.draft().text[Happened] == "old text");
    REQUIRE(f.store->redo().is_ok());
    send(view, WB_EVENT_REDO_APPLIED);
    d.ui.frames(2);
    CHECK(view.draft().text[Happened] == "old text and a new line");
}

TEST_CASE("a pause in typing saves the burst; undo then reaches the field being typed in") {
    NotesFixture f;
    NotesView view(f.host);
    select(f, view, f.case_a, f.a2);
    PanelDriver d(view, ImVec2(1300, 900));

    REQUIRE(edit(d, "##felt"));
    d.ui.type("Warm");
    d.ui.type(" and");
    d.ui.type(" proud");
    CHECK(f.model.load(f.a2).empty());
    // Frames advance ImGui's clock by 1/60 s each: wait out the pause.
    d.ui.frames(static_cast<int>(NotesView::kAutosaveDelaySeconds * 60) + 5);
    CHECK(f.model.load(f.a2).text[Felt] == "Warm and proud");

    d.ui.type(", later tired");
    d.ui.frames(static_cast<int>(NotesView::kAutosaveDelaySeconds * 60) + 5);
    CHECK(f.model.load(f.a2).text[Felt] == "Warm and proud, later tired");

    // Undo arrives while the cursor is still in the field: the field must
    // show the store's text (ImGui's open input would keep the old one, and
    // write it back), and typing after a click continues from it.
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    CHECK(view.draft().text[Felt] == "Warm and proud");
    d.ui.type("?");
    d.ui.frames(static_cast<int>(NotesView::kAutosaveDelaySeconds * 60) + 5);
    CHECK(view.draft().text[Felt] == "Warm and proud");
    CHECK(f.model.load(f.a2).text[Felt] == "Warm and proud");
    REQUIRE(edit(d, "##felt"));
    d.ui.type("!");
    CHECK(view.draft().text[Felt] == "Warm and proud!");
}

TEST_CASE("a change made elsewhere shows up after DATA_CHANGED, keeping unsaved typing") {
    NotesFixture f;
    NotesView view(f.host);
    select(f, view, f.case_a, f.a1);
    PanelDriver d(view, ImVec2(1300, 900));

    REQUIRE(edit(d, "##noticed"));
    d.ui.type("typed here");
    REQUIRE(f.model.save(f.a1, notes("written elsewhere")));
    send(view, WB_EVENT_DATA_CHANGED);
    d.ui.frames(1);
    CHECK(view.draft().text[Happened] == "written elsewhere");
    CHECK(view.draft().text[Noticed] == "typed here");
    CHECK(f.model.load(f.a1) == notes("written elsewhere", "", "typed here"));
}

TEST_CASE("switching sessions saves the typing to the session being left") {
    NotesFixture f;
    NotesView view(f.host);
    select(f, view, f.case_a, f.a1);
    PanelDriver d(view, ImVec2(1300, 900));
    REQUIRE(edit(d, "##next_step"));
    d.ui.type("Ask about mornings");
    select(f, view, f.case_a, f.a2);
    CHECK(f.model.load(f.a1).text[NextStep] == "Ask about mornings");
    CHECK(f.model.load(f.a2).empty());
    d.ui.frames(2);
    CHECK(view.session_id() == f.a2);
    CHECK(view.draft().text[NextStep].empty());
}

namespace {

// Makes every write to the notes table fail (as a full disk or a lost file
// would) until the returned trigger names are dropped again.
void make_note_writes_fail(wb::core::Store& store, bool fail) {
    const char* sql = fail ? "CREATE TEMP TRIGGER fail_insert BEFORE INSERT ON session_notes__notes"
                             " BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;"
                             "CREATE TEMP TRIGGER fail_update BEFORE UPDATE ON session_notes__notes"
                             " BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;"
                           : "DROP TRIGGER temp.fail_insert; DROP TRIGGER temp.fail_update;";
    char* err = nullptr;
    const int rc = sqlite3_exec(store.db(), sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    REQUIRE(rc == SQLITE_OK);
}

// The notes of a session as the store holds them, read as the core (so it
// works after the plugin's own handle is gone).
std::string stored_happened(wb::core::Store& store, int64_t session_id) {
    sqlite3_stmt* st = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(store.db(), "SELECT happened FROM session_notes__notes WHERE session_id = ?", -1, &st,
                           nullptr) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, session_id);
        if (sqlite3_step(st) == SQLITE_ROW) out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    return out;
}

} // namespace

TEST_CASE("a failed save on session switch keeps the draft on screen with the reason, until saved or discarded") {
    NotesFixture f;
    NotesView view(f.host);
    select(f, view, f.case_a, f.a1);
    PanelDriver d(view, ImVec2(1300, 900));
    REQUIRE(edit(d, "##happened"));
    d.ui.type("Words that must not vanish");
    make_note_writes_fail(*f.store, true);

    select(f, view, f.case_a, f.a2); // the sidebar moves on; the save fails
    d.ui.frames(3);
    CHECK(view.session_id() == f.a1); // the panel stays with the typing
    CHECK(view.draft().text[Happened] == "Words that must not vanish");
    CHECK(view.has_unsaved_typing());
    CHECK(view.holding_unsaved_session());
    CHECK(view.error().find("could not be saved") != std::string::npos);
    CHECK(f.model.load(f.a1).empty());

    SUBCASE("once saving works again, Try saving again saves it and the panel follows the sidebar") {
        make_note_writes_fail(*f.store, false);
        REQUIRE(d.ui.click("Panel", {"Try saving again"}));
        d.ui.frames(2);
        CHECK(f.model.load(f.a1).text[Happened] == "Words that must not vanish");
        CHECK(view.session_id() == f.a2);
        CHECK(view.error().empty());
        CHECK(view.draft().text[Happened].empty());
    }
    SUBCASE("a new keystroke retries; when it works the panel follows the sidebar") {
        make_note_writes_fail(*f.store, false);
        d.ui.type("!");
        d.ui.frames(2);
        CHECK(f.model.load(f.a1).text[Happened] == "Words that must not vanish!");
        CHECK(view.session_id() == f.a2);
    }
    SUBCASE("Discard is the one way to let it go, and it is the user's choice") {
        REQUIRE(d.ui.click("Panel", {"Discard these changes"}));
        d.ui.frames(2);
        CHECK(view.session_id() == f.a2);
        CHECK_FALSE(view.has_unsaved_typing());
        make_note_writes_fail(*f.store, false);
        CHECK(f.model.load(f.a1).empty());
    }
}

TEST_CASE("the plugin saves typing still within the autosave pause when it is switched off") {
    NotesFixture f;
    HeadlessUi ui(1600, 1000);
    wb::core::PanelRef ref;
    for (const auto& p : f.plugins.panels())
        if (p.key() == "session_notes.notes") ref = p;
    REQUIRE(ref.plugin_id == "session_notes");
    bool ok = true;
    ui.frame([&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1300, 900));
        ImGui::Begin("Host");
        if (f.plugins.handle_of("session_notes")) ok = f.plugins.draw_panel(ref) && ok;
        ImGui::End();
    });
    f.select(f.case_a, f.a1);
    ui.frames(3);
    REQUIRE(ui.click("Host", {"##happened"}));
    ui.frames(2);
    ui.type("Typed just before closing"); // no pause, still in the field
    CHECK(ok);
    CHECK(stored_happened(*f.store, f.a1).empty());

    // Switched off from the plugin manager: the instance is destroyed now.
    (void)f.plugins.set_enabled("session_notes", false); // the in-memory config need not be saved
    CHECK(f.plugins.handle_of("session_notes") == nullptr);
    CHECK(stored_happened(*f.store, f.a1) == "Typed just before closing");
    ui.frames(1);
}

TEST_CASE("search typed in the box lists the case's matching sessions; a click opens one") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes("A story at bedtime")));
    REQUIRE(f.model.save(f.a2, notes("Another story, a shorter one")));
    REQUIRE(f.model.save(f.b1, notes("story in another case")));
    NotesView view(f.host);
    select(f, view, f.case_a, f.a2);
    PanelDriver d(view, ImVec2(1300, 900));

    REQUIRE(d.ui.click("Panel", {"##search"}));
    d.ui.type("STORY");
    d.ui.frames(1);
    REQUIRE(view.results().size() == 2);
    CHECK(view.results()[0].session_id == f.a2);
    CHECK(view.results()[1].session_id == f.a1);

    ImGuiWindow* list = d.results_window();
    REQUIRE(list != nullptr);
    const std::string a1_id = "##result" + std::to_string(f.a1);
    REQUIRE(d.ui.click(list->Name, {a1_id.c_str()}));
    CHECK(f.plugins.take_requested_session() == f.a1);

    REQUIRE(d.ui.click("Panel", {"##search"}));
    d.ui.type("zzz"); // "STORYzzz" matches nothing
    d.ui.frames(1);
    CHECK(view.query() == "STORYzzz");
    CHECK(view.results().empty());
}

TEST_CASE("with no session selected the panel shows its empty state, and no inputs") {
    NotesFixture f;
    NotesView view(f.host);
    PanelDriver d(view, ImVec2(1300, 900));
    CHECK(view.session_id() == 0);
    CHECK_FALSE(d.rect("##happened").has_value());
    CHECK_FALSE(d.rect("##search").has_value()); // no case: nothing to search

    f.context.current_case = f.case_a;
    send(view, WB_EVENT_CASE_SELECTED, f.case_a, 0);
    d.ui.frames(2);
    CHECK_FALSE(d.rect("##happened").has_value());
    CHECK(d.rect("##search").has_value()); // a case: its notes can be searched
}

TEST_CASE("the layout follows the panel width") {
    NotesFixture f;
    NotesView view(f.host);
    select(f, view, f.case_a, f.a1);

    SUBCASE("wide: notes and search side by side") {
        PanelDriver d(view, ImVec2(1300, 900));
        const auto field = d.rect("##happened");
        const auto search = d.rect("##search");
        REQUIRE(field);
        REQUIRE(search);
        CHECK(field->GetWidth() > 600);
        CHECK(search->Min.x > field->Max.x);
        CHECK(search->Min.y < field->Max.y);
    }
    SUBCASE("narrow: search below the notes, both full width") {
        PanelDriver d(view, ImVec2(700, 900));
        const auto field = d.rect("##happened");
        const auto next = d.rect("##next_step");
        const auto search = d.rect("##search");
        REQUIRE(field);
        REQUIRE(next);
        REQUIRE(search);
        const float content_w = d.panel()->ContentRegionRect.GetWidth();
        CHECK(field->GetWidth() > content_w - 30);
        CHECK(search->Min.y > next->Max.y);
        CHECK(field->Max.x <= d.panel()->Pos.x + d.panel()->Size.x);
    }
}

TEST_CASE("the plugin's own panel draws through the plugin host") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes("drawn through the host")));
    HeadlessUi ui(1600, 1000);
    wb::core::PanelRef ref;
    for (const auto& p : f.plugins.panels())
        if (p.key() == "session_notes.notes") ref = p;
    REQUIRE(ref.plugin_id == "session_notes");
    bool ok = true;
    auto draw = [&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1300, 900));
        ImGui::Begin("Host");
        ok = f.plugins.draw_panel(ref) && ok;
        ImGui::End();
    };
    ui.frame(draw);
    ui.frames(2);
    CHECK(ok);
    CHECK_FALSE(ui.click("Host", {"##happened"})); // no session yet: empty state

    f.select(f.case_a, f.a1);
    ui.frames(3);
    CHECK(ok);
    // The plugin's own instance edits the store through the service table.
    REQUIRE(ui.click("Host", {"##happened"}));
    ui.frames(2);
    ui.type(", typed in the host");
    REQUIRE(ui.click("Host", {"##search"}));
    CHECK(ok);
    CHECK(f.model.load(f.a1).text[Happened] == "drawn through the host, typed in the host");
    for (const auto& info : f.plugins.plugins())
        if (info.id == "session_notes") CHECK(info.state == wb::core::PluginState::Loaded);
}

TEST_CASE("on a read-only store the notes are shown but cannot be edited") {
    const auto dir = std::filesystem::temp_directory_path() / ("wb-notes-ui-ro-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto path = dir / "cases.db";
    std::filesystem::remove(path);
    int64_t case_id = 0, session = 0;
    {
        auto opened = wb::core::Store::open(path, wb::core::OpenMode::CreateIfMissing);
        REQUIRE(opened.is_ok());
        auto& store = *opened.value();
        wb::core::Config config;
        wb::core::HostContext context{0, 0, 1.0f, notes_test::test_palette(), "test"};
        wb::core::PluginHost plugins{store, config, context};
        wb::Host host{wb::core::host_api(), wb::test::load_in_process(plugins, session_notes::descriptor())};
        case_id = notes_test::must(store.create_case("RO-2", "Read-only view test"));
        session = notes_test::must(store.add_session(case_id, "2024-05-02", "Jo", ""));
        REQUIRE(NotesModel(host).save(session, notes("kept as it was")));
    }
    {
        auto opened = wb::core::Store::open(path, wb::core::OpenMode::ReadOnly);
        REQUIRE(opened.is_ok());
        auto& store = *opened.value();
        wb::core::Config config;
        wb::core::HostContext context{case_id, session, 1.0f, notes_test::test_palette(), "test"};
        wb::core::PluginHost plugins{store, config, context};
        wb::Host host{wb::core::host_api(), wb::test::load_in_process(plugins, session_notes::descriptor())};
        NotesView view(host);
        PanelDriver d(view, ImVec2(1300, 900));
        CHECK(view.draft().text[Happened] == "kept as it was");
        REQUIRE(d.ui.click("Panel", {"##happened"}));
        d.ui.frames(2);
        d.ui.type("changed?");
        d.ui.frames(100);
        CHECK(view.draft().text[Happened] == "kept as it was");
        CHECK_FALSE(view.has_unsaved_typing());
        CHECK(view.error().empty());
        CHECK(NotesModel(host).load(session).text[Happened] == "kept as it was");
    }
    std::filesystem::remove_all(dir);
}
