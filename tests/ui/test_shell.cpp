// tests/ui/test_shell.cpp - the workbench shell, drawn headless at
// 1280x800 with the real plugins: layout, the New case and Add session
// dialogs driven by clicks and typing, undo by keyboard, the read-only
// banner, empty states, failed panels, and preferences that persist.
#include "headless_ui.h"
#include "temp_dir.h"

#include "store/store.h"
#include "ui/workbench.h"
#include "util/config.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace fs = std::filesystem;
using namespace wb::core;
using wb::test::HeadlessUi;

namespace {

using wb::test::TempDir;

// A child window of `parent` created with BeginChild(id).
ImGuiWindow* child(ImGuiWindow* parent, const char* id) {
    if (!parent) return nullptr;
    const std::string prefix = std::string(parent->Name) + "/" + id + "_";
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string(w->Name).rfind(prefix, 0) == 0) return w;
    return nullptr;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

// A workbench drawn headless. The UI context is made first and destroyed
// last, so plugins are gone before ImGui is.
struct Shell {
    TempDir dir;
    HeadlessUi ui{1280, 800};
    std::unique_ptr<Workbench> wb;

    // `front`: the tab brought to the front (nullptr: whatever the
    // workbench picks itself, e.g. the one remembered from last time).
    explicit Shell(WorkbenchOptions o = {}, bool in_memory = true, bool demo = false,
                   const char* front = "session_notes.notes") {
        if (o.config_file.empty()) o.config_file = dir / "config.json";
        if (o.plugin_dirs.empty()) o.plugin_dirs = {WB_PLUGIN_DIR};
        o.in_memory_store = in_memory;
        o.seed_demo_if_new = demo;
        wb = std::make_unique<Workbench>(o);
        // Several plugins contribute tabs; these tests look at session notes.
        if (front) wb->show_panel(front);
        run(3);
    }
    void run(int n) {
        for (int i = 0; i < n; ++i) {
            wb->prepare_frame();
            ui.frame([this] { wb->draw_frame(); });
        }
    }
    ImGuiWindow* host() { return HeadlessUi::window(Workbench::kHostWindow); }
    ImGuiWindow* sidebar() { return child(host(), Workbench::kSidebar); }
    ImGuiWindow* main() { return child(host(), Workbench::kMain); }
    ImGuiWindow* status() { return child(host(), Workbench::kStatusBar); }
    bool popup_open(const char* name) {
        ImGuiWindow* w = HeadlessUi::window(name);
        return w && w->Active;
    }
};

} // namespace

TEST_CASE("the shell fills the window: menu bar, sidebar, main area, status bar") {
    Shell s({}, true, true);
    REQUIRE(s.wb->store() != nullptr);
    ImGuiWindow* host = s.host();
    REQUIRE(host != nullptr);
    CHECK(host->Size.x == doctest::Approx(1280));
    CHECK(host->Size.y == doctest::Approx(800));
    CHECK((host->Flags & ImGuiWindowFlags_MenuBar) != 0);
    CHECK(host->MenuBarHeight() > 10);

    ImGuiWindow* side = s.sidebar();
    ImGuiWindow* main = s.main();
    ImGuiWindow* status = s.status();
    REQUIRE(side != nullptr);
    REQUIRE(main != nullptr);
    REQUIRE(status != nullptr);
    CHECK(side->Active);
    CHECK(side->Pos.x == doctest::Approx(0));
    CHECK(side->Size.x > 250);
    CHECK(side->Size.y > 500);
    // The main area sits right of the sidebar and takes the rest.
    CHECK(main->Pos.x >= side->Pos.x + side->Size.x);
    CHECK(main->Pos.x + main->Size.x == doctest::Approx(1280).epsilon(0.01));
    CHECK(main->Size.x > 700);
    // The status bar is a thin strip along the bottom edge.
    CHECK(status->Pos.y + status->Size.y == doctest::Approx(800).epsilon(0.01));
    CHECK(status->Size.y < 60);
    CHECK(status->Pos.y >= side->Pos.y + side->Size.y - 1);

    // The demo case is selected and the session notes panel drew.
    const auto demo = s.wb->store()->find_case_by_code("DEMO-01");
    REQUIRE(demo.has_value());
    CHECK(demo->demo);
    CHECK(s.wb->context().current_case == demo->id);
    CHECK(s.wb->context().current_session != 0);
    CHECK(contains(s.wb->last_frame().panels_drawn, "session_notes.notes"));
    CHECK(s.wb->last_error().empty());
}

TEST_CASE("the layout follows a window resize") {
    Shell s({}, true, true);
    ImGui::GetIO().DisplaySize = ImVec2(900, 600);
    s.run(3);
    CHECK(s.host()->Size.x == doctest::Approx(900));
    CHECK(s.status()->Pos.y + s.status()->Size.y == doctest::Approx(600).epsilon(0.01));
    CHECK(s.main()->Pos.x + s.main()->Size.x == doctest::Approx(900).epsilon(0.01));
}

TEST_CASE("a case is created through the New case dialog by clicking and typing") {
    Shell s;
    Store& store = *s.wb->store();
    CHECK(store.cases(true).empty());
    CHECK(s.wb->last_frame().no_cases_hint);

    REQUIRE(s.ui.click(s.sidebar()->Name, {"+ New case"}));
    s.run(2);
    REQUIRE(s.popup_open("New case"));

    SUBCASE("a valid code and label create the case and select it") {
        s.ui.type("FAM-014"); // the code field has the keyboard focus
        REQUIRE(s.ui.click("New case", {"##label"}));
        s.ui.type("Toddler, north team");
        REQUIRE(s.ui.click("New case", {"Create case"}));
        s.run(2);
        const auto c = store.find_case_by_code("FAM-014");
        REQUIRE(c.has_value());
        CHECK(c->label == "Toddler, north team");
        CHECK_FALSE(c->demo);
        CHECK(s.wb->context().current_case == c->id);
        CHECK_FALSE(s.popup_open("New case"));
        CHECK_FALSE(s.wb->last_frame().no_cases_hint);
        // The new case has no sessions yet: the sidebar says so.
        CHECK(s.wb->last_frame().no_sessions_hint);
    }
    SUBCASE("a code with spaces is refused and the dialog stays open") {
        s.ui.type("Jane Smith");
        REQUIRE(s.ui.click("New case", {"Create case"}));
        s.run(2);
        CHECK(store.cases(true).empty());
        CHECK(s.popup_open("New case"));
    }
}

TEST_CASE("a session is added, selected, edited; Ctrl+Z and Ctrl+Shift+Z undo and redo") {
    Shell s;
    Store& store = *s.wb->store();
    auto case_id = s.wb->create_case("FAM-020", "Test family");
    REQUIRE(case_id.is_ok());
    s.run(2);

    REQUIRE(s.ui.click(s.sidebar()->Name, {"+ Add session"}));
    s.run(2);
    REQUIRE(s.popup_open("Add session"));
    s.ui.type("Practitioner Q"); // the supervisee field has the focus
    REQUIRE(s.ui.click("Add session", {"Add session"}));
    s.run(2);
    auto sessions = store.sessions(case_id.value());
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].supervisee == "Practitioner Q");
    CHECK(s.wb->context().current_session == sessions[0].id);

    // An older session, added directly, then chosen by clicking its row.
    auto older = store.add_session(case_id.value(), "2020-01-01", "Practitioner R", "");
    REQUIRE(older.is_ok());
    s.run(2);
    ImGuiWindow* list = child(s.sidebar(), "Sessions");
    REQUIRE(list != nullptr);
    const std::string row = std::to_string(older.value());
    REQUIRE(s.ui.click(list->Name, {row.c_str(), "##row"}));
    s.run(1);
    CHECK(s.wb->context().current_session == older.value());

    SUBCASE("a date in the future is explained and not saved") {
        REQUIRE(s.ui.click(s.sidebar()->Name, {"##date"}));
        s.ui.press('A', true);
        s.ui.type("2999-01-01");
        s.ui.press(ImGuiKey_Enter);
        s.run(2);
        CHECK(store.find_session(older.value())->date == "2020-01-01");
        CHECK(s.wb->last_frame().session_form_error.find("future") != std::string::npos);
    }
    SUBCASE("a supervisee edit is saved when the field is left, and Ctrl+Z undoes it") {
        REQUIRE(s.ui.click(s.sidebar()->Name, {"##supervisee"}));
        s.ui.press('A', true);
        s.ui.type("Practitioner S");
        s.ui.press(ImGuiKey_Enter);
        s.run(2);
        CHECK(store.find_session(older.value())->supervisee == "Practitioner S");
        s.ui.press('Z', true);
        s.run(1);
        CHECK(store.find_session(older.value())->supervisee == "Practitioner R");
        s.ui.press('Z', true, true);
        s.run(1);
        CHECK(store.find_session(older.value())->supervisee == "Practitioner S");
    }
    SUBCASE("Ctrl+Z undoes the last edit: the session added last goes away") {
        s.ui.press('Z', true);
        s.run(1);
        CHECK(store.find_session(older.value()) == std::nullopt);
        CHECK(store.sessions(case_id.value()).size() == 1);
        // The selection moved off the vanished session.
        CHECK(s.wb->context().current_session == sessions[0].id);
        s.ui.press('Y', true);
        s.run(1);
        CHECK(store.find_session(older.value()).has_value());
    }
}

TEST_CASE("a read-only store shows a banner and the edit controls do nothing") {
    Shell setup; // only for its temp dir
    const fs::path file = setup.dir / "cases.db";
    {
        auto st = Store::open(file, OpenMode::CreateIfMissing);
        REQUIRE(st.is_ok());
        REQUIRE(st.value()->create_case("RO-1", "Read only").is_ok());
    }
    WorkbenchOptions o;
    o.store_path = file;
    o.read_only = true;
    Shell s(o, false, false);
    REQUIRE(s.wb->store() != nullptr);
    CHECK(s.wb->store()->read_only());
    CHECK(s.wb->last_frame().read_only_banner);
    CHECK(child(s.host(), "ReadOnlyBanner") != nullptr);
    CHECK_FALSE(s.wb->editable());

    s.ui.click(s.sidebar()->Name, {"+ New case"}); // disabled: no dialog
    s.ui.press('N', true);
    s.run(2);
    CHECK_FALSE(s.popup_open("New case"));
    CHECK(s.wb->store()->cases(true).size() == 1);
}

TEST_CASE("a writable store shows no read-only banner") {
    Shell s;
    CHECK_FALSE(s.wb->last_frame().read_only_banner);
    CHECK(child(s.host(), "ReadOnlyBanner") == nullptr);
}

TEST_CASE("an empty store and no plugins show helpful empty states") {
    Shell empty_plugins_dir;
    WorkbenchOptions o;
    o.plugin_dirs = {empty_plugins_dir.dir.path};
    Shell s(o);
    const FrameReport& r = s.wb->last_frame();
    CHECK(r.no_cases_hint);
    CHECK(r.no_case_selected_hint);
    CHECK(r.no_plugins_hint);
    CHECK(r.panels_drawn.empty());

    // The empty state's own button opens the New case dialog.
    ImGuiWindow* cases = child(s.sidebar(), "Cases");
    REQUIRE(cases != nullptr);
    REQUIRE(s.ui.click(cases->Name, {"Create your first case"}));
    s.run(2);
    CHECK(s.popup_open("New case"));
}

TEST_CASE("a panel whose plugin fails shows the reason in its tab") {
    Shell holder;
    const fs::path plugins = holder.dir / "plugins";
    fs::create_directories(plugins);
    fs::copy_file(fs::path(WB_FIXTURE_DIR) / "throws_in_draw.so", plugins / "throws_in_draw.so");
    WorkbenchOptions o;
    o.plugin_dirs = {plugins};
    Shell s(o, true, true);
    s.run(2);
    const FrameReport& r = s.wb->last_frame();
    CHECK(contains(r.panels_failed, "fixture_throws.boom"));
    CHECK_FALSE(contains(r.panels_drawn, "fixture_throws.boom"));
    CHECK_FALSE(r.no_plugins_hint); // the tab stays, explaining
    CHECK_FALSE(s.wb->last_error().empty());
}

TEST_CASE("a store that cannot be opened gets a calm message, and another can be created") {
    Shell holder;
    const fs::path bad = holder.dir / "zero.db";
    { std::ofstream(bad.string()); }
    WorkbenchOptions o;
    o.store_path = bad;
    Shell s(o, false, false);
    CHECK(s.wb->store() == nullptr);
    CHECK_FALSE(s.wb->store_error().empty());
    CHECK(s.wb->last_frame().no_store_message);
    CHECK(fs::file_size(bad) == 0); // untouched

    REQUIRE(s.wb->create_store(holder.dir / "fresh.db", true).is_ok());
    s.run(2);
    REQUIRE(s.wb->store() != nullptr);
    CHECK_FALSE(s.wb->last_frame().no_store_message);
    CHECK(s.wb->store()->find_case_by_code("DEMO-01").has_value());
    // The new store joins the recent list, which is saved.
    Config saved(s.dir / "config.json");
    REQUIRE_FALSE(saved.recent_stores.empty());
    CHECK(saved.recent_stores.front() == (holder.dir / "fresh.db").string());
}

TEST_CASE("a large store that fails its background integrity check is closed with the report") {
    Shell holder;
    const fs::path path = holder.dir / "big.db";
    {
        auto made = Store::open(path, OpenMode::CreateIfMissing);
        REQUIRE(made.is_ok());
        auto c = made.value()->create_case("FAM-9", "Many sessions");
        REQUIRE(c.is_ok());
        for (int i = 0; i < 120; ++i)
            REQUIRE(made.value()->add_session(c.value(), "2025-03-01", "P", std::string(400, 'x')).is_ok());
    }
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const size_t page = 4096, pages = bytes.size() / page;
    REQUIRE(pages > 6);
    for (size_t i = 0; i < page; ++i) bytes[(pages / 2) * page + i] = static_cast<char>(0xA5 ^ (i * 7));
    { std::ofstream(path, std::ios::binary) << bytes; }

    WorkbenchOptions o;
    o.store_path = path;
    o.foreground_check_bytes = 0; // treat it as large: checked in the background
    Shell s(o, false, false);
    // The check runs on its own thread. Wait for its verdict (the plugins'
    // start-up may already have waited for it), then one frame notices it.
    if (s.wb->store()) CHECK_FALSE(s.wb->store()->wait_for_integrity().is_ok());
    s.run(1);
    CHECK(s.wb->store() == nullptr);
    CHECK(s.wb->store_error().find("integrity check") != std::string::npos);
    s.run(1);
    CHECK(s.wb->last_frame().no_store_message);
}

TEST_CASE("UI scale and theme changes persist to the preferences file") {
    Shell s;
    const fs::path config = s.dir / "config.json";
    s.ui.press('=', true);
    s.run(1);
    CHECK(s.wb->scale() == doctest::Approx(1.1f));
    CHECK(Config(config).ui_scale == doctest::Approx(1.1f));
    s.ui.press('=', true);
    s.ui.press('-', true);
    s.run(1);
    CHECK(Config(config).ui_scale == doctest::Approx(1.1f));
    // The font atlas is rebuilt at the new size before the next frame.
    CHECK(s.wb->prepare_frame() == false); // already rebuilt by run()
    CHECK(ImGui::GetFontSize() == doctest::Approx(kBaseFontPx * 1.1f).epsilon(0.02));

    s.wb->set_theme(true);
    CHECK(Config(config).theme == "dark");
    CHECK(s.wb->context().palette.dark == 1);

    // A new start reads them back.
    WorkbenchOptions o;
    o.config_file = config;
    Shell again(o);
    CHECK(again.wb->scale() == doctest::Approx(1.1f));
    CHECK(again.wb->dark());

    again.ui.press('0', true);
    CHECK(Config(config).ui_scale == doctest::Approx(1.0f));
}

TEST_CASE("switching a plugin off removes its tab and is remembered") {
    Shell s({}, true, true);
    REQUIRE(contains(s.wb->last_frame().panels_drawn, "session_notes.notes"));
    REQUIRE(s.wb->plugins().set_enabled("session_notes", false).is_ok());
    s.run(2);
    // Other plugins' panels may still draw; this one's is gone.
    CHECK_FALSE(contains(s.wb->last_frame().panels_drawn, "session_notes.notes"));
    CHECK(Config(s.dir / "config.json").plugin_disabled("session_notes"));

    // Hiding a panel from the View menu is remembered too.
    REQUIRE(s.wb->plugins().set_enabled("session_notes", true).is_ok());
    s.wb->set_panel_hidden("session_notes.notes", true);
    s.run(2);
    CHECK_FALSE(contains(s.wb->last_frame().panels_drawn, "session_notes.notes"));
    s.wb->set_panel_hidden("session_notes.notes", false);
    s.wb->show_panel("session_notes.notes"); // only the front tab draws; another plugin's may be in front
    s.run(2);
    CHECK(contains(s.wb->last_frame().panels_drawn, "session_notes.notes"));
}

TEST_CASE("the tab in front is remembered and comes back on the next start") {
    const char* kSpiral = "spiral_mapper.map";
    fs::path config;
    WorkbenchOptions o;
    {
        Shell s({}, true, true);
        config = s.dir / "config.json";
        REQUIRE(contains(s.wb->last_frame().panels_drawn, "session_notes.notes"));
        s.wb->show_panel(kSpiral);
        s.run(2);
        REQUIRE(contains(s.wb->last_frame().panels_drawn, kSpiral));
        CHECK(Config(config).plugin_settings["workbench.host"]["last_panel"] == kSpiral);
        // Keep the file for the next start (the Shell's folder goes with it).
        fs::copy_file(config, fs::temp_directory_path() / "wb-last-panel-config.json",
                      fs::copy_options::overwrite_existing);
    }
    o.config_file = fs::temp_directory_path() / "wb-last-panel-config.json";
    Shell again(o, true, true, nullptr);
    CHECK(contains(again.wb->last_frame().panels_drawn, kSpiral));
    CHECK_FALSE(contains(again.wb->last_frame().panels_drawn, "session_notes.notes"));
    fs::remove(o.config_file);
}

TEST_CASE("the plugin manager and about dialogs open") {
    Shell s({}, true, true);
    s.wb->request_plugin_manager();
    s.run(2);
    CHECK(s.popup_open("Plugin manager"));
    s.ui.press(ImGuiKey_Escape);
    s.run(2);
    CHECK_FALSE(s.popup_open("Plugin manager"));
    s.wb->request_about();
    s.run(2);
    CHECK(s.popup_open("About Partnership Workbench"));
}
