// tests/ui/test_typing_kept.cpp - no typed text is lost when the workbench
// closes or changes what it shows while a field is still being typed in:
// the window's close button, Ctrl+Q, destroying the workbench, opening
// another store and switching a plugin off, for the core session form and
// for the session notes plugin (the real .so). Also: a second copy of a
// plugin (same id, another folder) never speaks for the copy that runs.
#include "shell_fixture.h"

#include "plugins/plugin_host.h"
#include "util/config.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace wb::core;
using namespace wb::test;

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

WorkbenchOptions file_store(const fs::path& file) {
    WorkbenchOptions o;
    o.store_path = file;
    o.seed_demo_if_new = false;
    return o;
}

} // namespace

// ---- The core session form ------------------------------------------------

TEST_CASE("session form: text typed into Short notes is saved when the window is closed mid-edit") {
    TempDir tmp;
    const fs::path file = tmp / "cases.db";
    const SeededStore ids = seed_store(file);
    ShellFixture s(file_store(file));
    REQUIRE(s.wb->context().current_session == ids.session_id);
    REQUIRE(s.edit_session_notes());
    s.ui.type("Talked about the night feeds");
    s.run(2);
    // Still in the field: nothing saved yet.
    CHECK(stored_session_notes(file, ids.session_id) == "");

    SUBCASE("the close button") {
        CHECK_FALSE(s.wb->ready_to_close(false)); // no request: keep running
        CHECK(s.close_like_the_window(true) == 1);  // one more frame, then yes
    }
    SUBCASE("Ctrl+Q while typing") {
        s.ui.press('Q', true);
        CHECK(s.wb->quit_requested());
        CHECK(s.close_like_the_window(false) == 1);
    }
    // Saved by the last frame (the field was left), before any teardown.
    CHECK(stored_session_notes(file, ids.session_id) == "Talked about the night feeds");
    CHECK(s.wb->last_frame().session_form_error.empty());
}

TEST_CASE("session form: destroying the workbench mid-edit still saves the typing") {
    TempDir tmp;
    const fs::path file = tmp / "cases.db";
    const SeededStore ids = seed_store(file);
    ShellFixture s(file_store(file));
    REQUIRE(s.edit_session_notes());
    s.ui.type("Left without a last frame");
    s.wb.reset();
    CHECK(stored_session_notes(file, ids.session_id) == "Left without a last frame");
}

TEST_CASE("session form: opening another store mid-edit saves the typing to the first store") {
    TempDir tmp;
    const fs::path file = tmp / "cases.db";
    const fs::path other = tmp / "other.db";
    const SeededStore ids = seed_store(file);
    (void)seed_store(other);
    ShellFixture s(file_store(file));
    REQUIRE(s.edit_session_notes());
    s.ui.type("Written before the switch");
    REQUIRE(s.wb->open_store(other).is_ok());
    CHECK(stored_session_notes(file, ids.session_id) == "Written before the switch");
    // Nothing leaked into the other store's session with the same id.
    CHECK(stored_session_notes(other, ids.session_id) == "");
    // And the field let go: later frames do not write the old text anywhere.
    s.run(3);
    CHECK(ImGui::GetActiveID() == 0);
    CHECK(stored_session_notes(other, ids.session_id) == "");
}

TEST_CASE("session form: a half-typed date does not cost the notes typed with it on quit") {
    TempDir tmp;
    const fs::path file = tmp / "cases.db";
    const SeededStore ids = seed_store(file);
    ShellFixture s(file_store(file));
    REQUIRE(s.ui.click(s.sidebar()->Name, {"##date"}));
    s.ui.press('A', true);
    s.ui.type("2024-13"); // not a date
    REQUIRE(s.edit_session_notes()); // leaving the date: refused and explained
    CHECK_FALSE(s.wb->last_frame().session_form_error.empty());
    s.ui.type("Notes worth keeping");
    s.wb.reset();
    CHECK(stored_session_notes(file, ids.session_id) == "Notes worth keeping");
    CHECK(read_text(file, "SELECT date FROM sessions WHERE id = ?", ids.session_id) == "2024-03-01");
}

// ---- The session notes plugin (real .so) ------------------------------------

TEST_CASE("notes plugin: typing within the autosave pause is saved on quit, store switch and switch-off") {
    TempDir tmp;
    const fs::path file = tmp / "cases.db";
    const fs::path other = tmp / "other.db";
    const SeededStore ids = seed_store(file);
    (void)seed_store(other);
    ShellFixture s(file_store(file));
    REQUIRE(contains(s.wb->last_frame().panels_drawn, "session_notes.notes"));
    REQUIRE(s.edit_notes_prompt("##happened"));
    s.ui.type("We mapped the week");
    CHECK_FALSE(stored_plugin_note(file, ids.session_id).has_value()); // still typing

    SUBCASE("Ctrl+Q") {
        s.ui.press('Q', true);
        s.close_like_the_window(false);
        CHECK(stored_plugin_note(file, ids.session_id) == "We mapped the week");
    }
    SUBCASE("the workbench destroyed without a last frame") {
        s.wb.reset();
        CHECK(stored_plugin_note(file, ids.session_id) == "We mapped the week");
    }
    SUBCASE("another store opened") {
        REQUIRE(s.wb->open_store(other).is_ok());
        CHECK(stored_plugin_note(file, ids.session_id) == "We mapped the week");
        CHECK_FALSE(stored_plugin_note(other, ids.session_id).has_value());
    }
    SUBCASE("a new store created") {
        REQUIRE(s.wb->create_store(tmp / "new.db", false).is_ok());
        CHECK(stored_plugin_note(file, ids.session_id) == "We mapped the week");
    }
    SUBCASE("the plugin switched off") {
        REQUIRE(s.wb->plugins().set_enabled("session_notes", false).is_ok());
        CHECK(stored_plugin_note(file, ids.session_id) == "We mapped the week");
        s.run(2);
        CHECK_FALSE(contains(s.wb->last_frame().panels_drawn, "session_notes.notes"));
    }
}

// ---- Two copies of one plugin ---------------------------------------------

TEST_CASE("a second copy of a plugin in another folder leaves the running copy's tab and switch alone") {
    TempDir tmp;
    const fs::path first = tmp / "plugins-a";
    const fs::path second = tmp / "plugins-b";
    fs::create_directories(first);
    fs::create_directories(second);
    fs::copy_file(fs::path(WB_PLUGIN_DIR) / "session_notes.so", first / "session_notes.so");
    fs::copy_file(fs::path(WB_PLUGIN_DIR) / "session_notes.so", second / "session_notes.so");
    WorkbenchOptions o;
    o.in_memory_store = true;
    o.plugin_dirs = {first, second};
    ShellFixture s(o);
    s.run(2);

    // The host refused the second copy and runs the first.
    const auto& infos = s.wb->plugins().plugins();
    REQUIRE(infos.size() == 2);
    REQUIRE(infos[0].state == PluginState::Loaded);
    REQUIRE(infos[1].state == PluginState::Failed);
    REQUIRE(infos[1].id == "session_notes");

    // Its tab draws the running copy: the refused twin does not make it "stopped".
    CHECK(contains(s.wb->last_frame().panels_drawn, "session_notes.notes"));
    CHECK(s.wb->last_frame().panels_failed.empty());

    SUBCASE("the duplicate's row in the plugin manager cannot be switched") {
        s.wb->request_plugin_manager();
        s.run(2);
        ImGuiWindow* manager = HeadlessUi::window("Plugin manager");
        REQUIRE(manager != nullptr);
        // The table scrolls, so its rows live in its own child window; each
        // row's widgets sit under PushID(row index).
        ImGuiWindow* table = child_window(manager, "plugins");
        REQUIRE(table != nullptr);
        const ImGuiID table_id = ImHashStr("plugins", 0, manager->ID);
        auto checkbox = [&](int row) {
            return ImHashStr("##on", 0, ImHashData(&row, sizeof row, table_id));
        };
        // Switch the running copy off with its own row's switch.
        auto r = s.ui.rect_of(table, checkbox(0));
        REQUIRE(r.has_value());
        s.ui.click_at(r->GetCenter());
        s.run(2);
        REQUIRE(s.wb->plugins().plugins()[0].state == PluginState::Disabled);
        REQUIRE(Config(s.dir / "config.json").plugin_disabled("session_notes"));
        // The duplicate's switch (unticked: it is not loaded) must not turn
        // the id back on: it is disabled, so a click does nothing.
        r = s.ui.rect_of(table, checkbox(1));
        if (r) s.ui.click_at(r->GetCenter());
        s.run(2);
        CHECK(s.wb->plugins().plugins()[0].state == PluginState::Disabled);
        CHECK(Config(s.dir / "config.json").plugin_disabled("session_notes"));
        CHECK(s.wb->last_frame().panels_drawn.empty());
    }
    SUBCASE("switching the running copy off removes its tab instead of showing it as stopped") {
        REQUIRE(s.wb->plugins().set_enabled("session_notes", false).is_ok());
        s.run(2);
        CHECK(s.wb->last_frame().panels_drawn.empty());
        CHECK(s.wb->last_frame().panels_failed.empty());
    }
}
