// tests/plugins/test_host_api.cpp - the service table as a plugin sees it:
// statements, the namespace rules surfacing as WB_DENIED, edits, read-only
// stores, settings, log, context, session requests, and DATA_CHANGED
// arriving only after the plugin's own call has returned. The plugins here
// are linked into the test (load_in_process).
#include "plugin_test_env.h"

#include "plugins/host_handle.h"

#include "headless_ui.h"

#include <sqlite3.h>
#include <workbench/plugin.hpp>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

using namespace wb::core;
using namespace wb::test;
namespace fs = std::filesystem;

namespace {

// What the in-process test plugin saw; reset by each test.
struct Probe {
    bool in_call = false;           // plugin code on the stack
    bool reentered = false;         // an event arrived while in_call
    std::vector<int32_t> events;    // event types, in order
    bool begin_edit_in_create = false;
    bool leak_statement_in_create = false;
    wb_status late_register = -1;   // register_panel after create
} probe;

const wb_host_api* g_api = nullptr;
wb_host* g_handle = nullptr;

wb_status draw(wb_instance*, void*, char*, uint32_t) {
    probe.in_call = true;
    // Commit an edit mid-call; DATA_CHANGED must wait until we return.
    wb::Host host(g_api, g_handle);
    {
        wb::Edit edit(host, "Probe edit");
        host.exec("INSERT INTO probe__rows(value) VALUES ('from draw')");
        edit.commit();
    }
    wb_panel p{sizeof(wb_panel), "late", "Late", &draw, nullptr, nullptr};
    probe.late_register = g_api->register_panel(g_handle, &p);
    probe.in_call = false;
    return WB_OK;
}

wb_instance* create(const wb_host_api* api, wb_host* h, char*, uint32_t) {
    g_api = api;
    g_handle = h;
    wb_panel p{sizeof(wb_panel), "main", "Probe", &draw, nullptr, nullptr};
    if (api->register_panel(h, &p) != WB_OK) return nullptr;
    if (probe.begin_edit_in_create) api->begin_edit(h, "left open");
    if (probe.leak_statement_in_create) {
        wb_stmt* s = nullptr;
        api->prepare(h, "SELECT 1", &s);
    }
    static int instance = 0;
    return reinterpret_cast<wb_instance*>(&instance);
}

void destroy(wb_instance*) {}

wb_status on_event(wb_instance*, const wb_event* e, char*, uint32_t) {
    if (probe.in_call) probe.reentered = true;
    probe.events.push_back(e->type);
    return WB_OK;
}

const wb_migration kMigrations[] = {
    {sizeof(wb_migration), 1, "CREATE TABLE probe__rows(id INTEGER PRIMARY KEY, value TEXT)"},
};

const wb_plugin_descriptor kProbe = {
    sizeof(wb_plugin_descriptor), WB_ABI_MAJOR, WB_ABI_MINOR, IMGUI_VERSION_NUM, "probe", "Probe", "1.0", "",
    kMigrations, 1, &create, &destroy, &on_event};

// A second plugin with its own table, to check the fence between plugins.
const wb_migration kOtherMigrations[] = {
    {sizeof(wb_migration), 1, "CREATE TABLE other__secrets(id INTEGER PRIMARY KEY, value TEXT)"},
};
const wb_plugin_descriptor kOther = {
    sizeof(wb_plugin_descriptor), WB_ABI_MAJOR, WB_ABI_MINOR, IMGUI_VERSION_NUM, "other", "Other", "1.0", "",
    kOtherMigrations, 1, [](const wb_host_api*, wb_host*, char*, uint32_t) {
        static int x = 0;
        return reinterpret_cast<wb_instance*>(&x);
    },
    &destroy, nullptr};

// A raw C plugin (no plugin.hpp guard) whose panels misbehave: "throws"
// lets a C++ exception reach the host; "unbalanced" returns WB_OK with an
// ID and a child window still pushed.
wb_status draw_throws(wb_instance*, void*, char*, uint32_t) { throw std::runtime_error("raw throw"); }
wb_status draw_unbalanced(wb_instance*, void*, char*, uint32_t) {
    ImGui::PushID("left open");
    ImGui::BeginChild("also left open", ImVec2(50, 50));
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.5f);
    return WB_OK;
}
wb_instance* create_rude(const wb_host_api* api, wb_host* h, char*, uint32_t) {
    wb_panel a{sizeof(wb_panel), "throws", "Throws", &draw_throws, nullptr, nullptr};
    wb_panel b{sizeof(wb_panel), "unbalanced", "Unbalanced", &draw_unbalanced, nullptr, nullptr};
    api->register_panel(h, &a);
    api->register_panel(h, &b);
    static int x = 0;
    return reinterpret_cast<wb_instance*>(&x);
}
const wb_plugin_descriptor kRude = {
    sizeof(wb_plugin_descriptor), WB_ABI_MAJOR, WB_ABI_MINOR, IMGUI_VERSION_NUM, "rude", "Rude", "1.0", "",
    nullptr, 0, &create_rude, &destroy, nullptr};

struct ProbeEnv : PluginEnv {
    wb_host* h = nullptr;
    const wb_host_api* api = host_api();
    explicit ProbeEnv(Config cfg = Config()) : PluginEnv(std::move(cfg)) {
        probe = Probe{};
        const PluginInfo& info = host->load_in_process(&kProbe, "test:probe");
        REQUIRE_MESSAGE(info.state == PluginState::Loaded, info.reason);
        h = host->handle_of("probe");
        REQUIRE(h);
    }
    wb::Host wb() const { return wb::Host(api, h); }
};

// Prepare + step once; the final status (WB_DONE/WB_ROW or the error).
wb_status run(const wb_host_api* api, wb_host* h, const char* sql) {
    wb_stmt* s = nullptr;
    wb_status st = api->prepare(h, sql, &s);
    if (st != WB_OK) return st;
    st = api->step(s);
    api->finalize(s);
    return st;
}

} // namespace

TEST_CASE("the service table describes itself") {
    const wb_host_api* api = host_api();
    CHECK(api->struct_size == sizeof(wb_host_api));
    CHECK(api->abi_major == WB_ABI_MAJOR);
    CHECK(api->abi_minor == WB_ABI_MINOR);
    CHECK(std::string(api->host_version) == WB_HOST_VERSION);
    REQUIRE(api->canvas);
    CHECK(api->canvas->struct_size == sizeof(wb_canvas_api));
    CHECK(WB_HAS_FIELD(api, wb_host_api, select_session));
}

TEST_CASE("statements: prepare, bind, step and read columns in the plugin's own table") {
    ProbeEnv env;
    wb::Host host = env.wb();
    {
        wb::Edit edit(host, "Add rows");
        auto ins = host.prepare("INSERT INTO probe__rows(id, value) VALUES (?, ?)");
        ins.bind(1, int64_t{7}).bind(2, "seven").run();
        CHECK(host.last_insert_rowid() == 7);
        ins.reset();
        ins.bind(1, int64_t{8}).bind_null(2).run();
        edit.commit();
    }
    wb_stmt* s = nullptr;
    REQUIRE(env.api->prepare(env.h, "SELECT id, value, 2.5 FROM probe__rows ORDER BY id", &s) == WB_OK);
    CHECK(env.api->column_count(s) == 3);
    REQUIRE(env.api->step(s) == WB_ROW);
    CHECK(env.api->column_int64(s, 0) == 7);
    CHECK(std::string(env.api->column_text(s, 1)) == "seven");
    CHECK(env.api->column_type(s, 1) == WB_TYPE_TEXT);
    CHECK(env.api->column_double(s, 2) == 2.5);
    CHECK(env.api->column_type(s, 2) == WB_TYPE_FLOAT);
    REQUIRE(env.api->step(s) == WB_ROW);
    CHECK(env.api->column_type(s, 1) == WB_TYPE_NULL);
    CHECK(env.api->column_text(s, 9) == nullptr); // out of range: no crash
    CHECK(env.api->step(s) == WB_DONE);
    env.api->finalize(s);
    CHECK(env.api->bind_int64(nullptr, 1, 1) == WB_INVALID);
}

TEST_CASE("the namespace fence surfaces as WB_DENIED with the rule in last_error") {
    ProbeEnv env;
    REQUIRE(env.host->load_in_process(&kOther, "test:other").state == PluginState::Loaded);
    auto c = env.store->create_case("FIX-02", "Fictional case");
    REQUIRE(c.is_ok());
    REQUIRE(env.api->begin_edit(env.h, "Try to reach out") == WB_OK);

    CHECK(run(env.api, env.h, "UPDATE cases SET label = 'x'") == WB_DENIED);
    std::string error = env.api->last_error(env.h);
    CHECK(contains(error, "probe__*"));
    CHECK(contains(error, "denied"));
    CHECK(run(env.api, env.h, "INSERT INTO other__secrets(value) VALUES ('x')") == WB_DENIED);
    CHECK(run(env.api, env.h, "SELECT * FROM other__secrets") == WB_DENIED);
    CHECK(run(env.api, env.h, "DROP TABLE probe__rows") == WB_DENIED); // layout changes only in migrations
    CHECK(run(env.api, env.h, "COMMIT") == WB_DENIED);
    CHECK(run(env.api, env.h, "PRAGMA journal_mode = DELETE") == WB_DENIED);
    CHECK(run(env.api, env.h, "ATTACH DATABASE ':memory:' AS x") == WB_DENIED);
    // Allowed: reading the core tables, writing its own.
    CHECK(run(env.api, env.h, "SELECT code FROM cases") == WB_ROW);
    CHECK(run(env.api, env.h, "SELECT * FROM sessions") == WB_DONE);
    CHECK(run(env.api, env.h, "INSERT INTO probe__rows(value) VALUES ('mine')") == WB_DONE);
    CHECK(env.api->commit_edit(env.h) == WB_OK);
    CHECK(env.store->find_case(c.value())->label == "Fictional case");
    CHECK(count_rows(*env.store, "probe__rows") == 1);
}

TEST_CASE("writes need an edit; edits do not nest; one statement at a time") {
    ProbeEnv env;
    // Outside an edit a write is refused (by the store or by step).
    wb_status outside = run(env.api, env.h, "INSERT INTO probe__rows(value) VALUES ('x')");
    CHECK((outside == WB_DENIED || outside == WB_INVALID));
    CHECK(contains(env.api->last_error(env.h), "edit"));
    CHECK(count_rows(*env.store, "probe__rows") == 0);

    CHECK(env.api->commit_edit(env.h) == WB_INVALID);
    REQUIRE(env.api->begin_edit(env.h, "First") == WB_OK);
    CHECK(env.api->begin_edit(env.h, "Nested") == WB_INVALID);
    // A statement prepared in the edit but stepped after it ended.
    wb_stmt* s = nullptr;
    REQUIRE(env.api->prepare(env.h, "INSERT INTO probe__rows(value) VALUES ('late')", &s) == WB_OK);
    env.api->cancel_edit(env.h);
    CHECK_FALSE(env.store->in_edit());
    CHECK(env.api->step(s) == WB_INVALID);
    env.api->finalize(s);
    CHECK(count_rows(*env.store, "probe__rows") == 0);

    wb_stmt* two = nullptr;
    CHECK(env.api->prepare(env.h, "SELECT 1; SELECT 2", &two) == WB_INVALID);
    CHECK(two == nullptr);
    CHECK(env.api->prepare(env.h, "SELECT 1; -- trailing comment", &two) == WB_OK);
    env.api->finalize(two);
    CHECK(env.api->prepare(env.h, "SELEC nonsense", &two) == WB_ERROR);
    CHECK_FALSE(std::string(env.api->last_error(env.h)).empty());
}

TEST_CASE("a cancelled edit leaves nothing behind; a committed one is undoable") {
    ProbeEnv env;
    REQUIRE(env.api->begin_edit(env.h, "Cancelled") == WB_OK);
    CHECK(run(env.api, env.h, "INSERT INTO probe__rows(value) VALUES ('gone')") == WB_DONE);
    env.api->cancel_edit(env.h);
    CHECK(count_rows(*env.store, "probe__rows") == 0);

    REQUIRE(env.api->begin_edit(env.h, "Kept") == WB_OK);
    CHECK(run(env.api, env.h, "INSERT INTO probe__rows(value) VALUES ('kept')") == WB_DONE);
    REQUIRE(env.api->commit_edit(env.h) == WB_OK);
    CHECK(env.store->undo_label() == "Kept");
    REQUIRE(env.store->undo().is_ok());
    CHECK(count_rows(*env.store, "probe__rows") == 0);
}

TEST_CASE("DATA_CHANGED reaches plugins after the committing call returns") {
    ProbeEnv env;
    REQUIRE(env.host->panels().size() == 1);
    CHECK(env.host->draw_panel(env.host->panels()[0]));
    CHECK_FALSE(probe.reentered);
    REQUIRE(probe.events.size() == 1);
    CHECK(probe.events[0] == WB_EVENT_DATA_CHANGED);
    CHECK(count_rows(*env.store, "probe__rows") == 1);
    // Panels can only be registered during create.
    CHECK(probe.late_register == WB_INVALID);
    CHECK(env.host->panels().size() == 1);
}

TEST_CASE("an edit left open at the end of a call is cancelled") {
    PluginEnv env;
    probe = Probe{};
    probe.begin_edit_in_create = true;
    REQUIRE(env.host->load_in_process(&kProbe, "test:probe").state == PluginState::Loaded);
    CHECK_FALSE(env.store->in_edit());
    CHECK(logged(*env.host, "probe", "edit left open"));
    // The core can edit again.
    CHECK(env.store->create_case("FIX-03", "Fictional").is_ok());
}

TEST_CASE("statements a plugin forgets are finalized when it unloads") {
    {
        PluginEnv env;
        probe = Probe{};
        probe.leak_statement_in_create = true;
        REQUIRE(env.host->load_in_process(&kProbe, "test:probe").state == PluginState::Loaded);
        REQUIRE(env.host->set_enabled("probe", false).is_ok());
        CHECK(logged(*env.host, "probe", "statement(s) left unfinalized were finalized"));
    }
}

TEST_CASE("settings are per plugin and kept in the preferences") {
    TempDir dir;
    ProbeEnv env{Config(dir.path / "config.json")};
    CHECK(std::string(env.api->setting_get(env.h, "colour", "blue")) == "blue");
    CHECK(std::string(env.api->setting_get(env.h, "colour", nullptr)).empty());
    REQUIRE(env.api->setting_set(env.h, "colour", "green") == WB_OK);
    CHECK(std::string(env.api->setting_get(env.h, "colour", "blue")) == "green");
    CHECK(Config(dir.path / "config.json").plugin_settings["probe"]["colour"] == "green");
    CHECK(env.api->setting_set(env.h, "", "x") == WB_INVALID);
}

TEST_CASE("the log keeps plugin lines, capped") {
    ProbeEnv env;
    env.api->log(env.h, WB_LOG_WARNING, "first message");
    REQUIRE_FALSE(env.host->log().empty());
    CHECK(env.host->log().back().level == WB_LOG_WARNING);
    CHECK(env.host->log().back().plugin_id == "probe");
    CHECK(env.host->log().back().text == "first message");
    for (int i = 0; i < 600; ++i) env.api->log(env.h, WB_LOG_DEBUG, ("line " + std::to_string(i)).c_str());
    CHECK(env.host->log().size() == kMaxLogLines);
    CHECK(env.host->log().back().text == "line 599");
}

TEST_CASE("add_demo_data logs what a plugin added, and turns its failure into a warning") {
    ProbeEnv env;
    wb::add_demo_data(env.wb(), "demo widgets", [] { return 3; });
    CHECK(env.host->log().back().level == WB_LOG_INFO);
    CHECK(env.host->log().back().text == "Added 3 demo widgets.");

    wb::add_demo_data(env.wb(), "demo widgets", []() -> int { throw wb::Error(WB_DENIED, "no table"); });
    CHECK(env.host->log().back().level == WB_LOG_WARNING);
    CHECK(env.host->log().back().text == "Could not add the demo widgets: no table");
}

TEST_CASE("wb::guarded passes an Outcome through and turns a store failure into one") {
    const wb::Outcome ok = wb::guarded([] { return wb::Outcome{7, ""}; });
    CHECK(static_cast<bool>(ok));
    CHECK(ok.id == 7);
    const wb::Outcome refused = wb::guarded([] { return wb::Outcome{0, "Describe it first."}; });
    CHECK_FALSE(static_cast<bool>(refused));
    CHECK(refused.error == "Describe it first.");
    const wb::Outcome failed =
        wb::guarded([]() -> wb::Outcome { throw wb::Error(WB_READONLY, "the store is read-only"); }, "Could not delete");
    CHECK_FALSE(static_cast<bool>(failed));
    CHECK(failed.error == "Could not delete: the store is read-only");
}

TEST_CASE("wb::case_stamp tells a case by its creation time; no case, or none by that id, gives \"\"") {
    ProbeEnv env;
    auto c = env.store->create_case("FIX-09", "Fictional");
    REQUIRE(c.is_ok());
    const std::string stamp = wb::case_stamp(env.wb(), c.value());
    CHECK_FALSE(stamp.empty());
    CHECK(wb::case_stamp(env.wb(), c.value()) == stamp); // the same case, the same stamp
    CHECK(wb::case_stamp(env.wb(), 0).empty());
    CHECK(wb::case_stamp(env.wb(), c.value() + 1000).empty());
}

TEST_CASE("context, look and feel come from the host context") {
    ProbeEnv env;
    env.context.current_case = 12;
    env.context.current_session = 34;
    env.context.ui_scale = 1.5f;
    env.context.palette.categorical[3] = 0xff123456;
    env.context.palette.struct_size = 0; // the host fills it in for plugins
    CHECK(env.api->current_case(env.h) == 12);
    CHECK(env.api->current_session(env.h) == 34);
    CHECK(env.api->ui_scale(env.h) == 1.5f);
    const wb_palette* pal = env.api->palette(env.h);
    REQUIRE(pal);
    CHECK(pal->struct_size == sizeof(wb_palette));
    CHECK(pal->categorical[3] == 0xff123456);
    CHECK(env.api->read_only(env.h) == 0);
}

TEST_CASE("select_session records a request the application takes once") {
    ProbeEnv env;
    auto c = env.store->create_case("FIX-04", "Fictional");
    REQUIRE(c.is_ok());
    auto s = env.store->add_session(c.value(), "2024-02-02", "Fictional", "");
    REQUIRE(s.is_ok());
    CHECK(env.api->select_session(env.h, 999999) == WB_NOT_FOUND);
    CHECK(env.host->take_requested_session() == 0);
    CHECK(env.api->select_session(env.h, s.value()) == WB_OK);
    CHECK(env.host->take_requested_session() == s.value());
    CHECK(env.host->take_requested_session() == 0);
}

TEST_CASE("a read-only store refuses edits with WB_READONLY") {
    TempDir dir;
    const fs::path file = dir.path / "cases.db";
    {
        auto store = Store::open(file, OpenMode::CreateIfMissing);
        REQUIRE(store.is_ok());
        // Run the probe once so its table exists in the file.
        Config config;
        HostContext context;
        PluginHost host(*store.value(), config, context);
        REQUIRE(host.load_in_process(&kProbe, "test:probe").state == PluginState::Loaded);
    }
    auto store = Store::open(file, OpenMode::ReadOnly);
    REQUIRE(store.is_ok());
    REQUIRE(store.value()->read_only());
    Config config;
    HostContext context;
    PluginHost host(*store.value(), config, context);
    REQUIRE(host.load_in_process(&kProbe, "test:probe").state == PluginState::Loaded);
    wb_host* h = host.handle_of("probe");
    const wb_host_api* api = host_api();
    CHECK(api->read_only(h) == 1);
    CHECK(api->begin_edit(h, "Nope") == WB_READONLY);
    CHECK(contains(api->last_error(h), "read-only"));
    CHECK(run(api, h, "SELECT COUNT(*) FROM probe__rows") == WB_ROW);
    // Demo data is not even tried on a read-only store.
    bool seeded = false;
    wb::add_demo_data(wb::Host(api, h), "demo widgets", [&] { seeded = true; return 1; });
    CHECK_FALSE(seeded);
}

TEST_CASE("SQLite result codes map to SDK statuses") {
    CHECK(status_from_sqlite(SQLITE_AUTH) == WB_DENIED);
    CHECK(status_from_sqlite(SQLITE_READONLY) == WB_READONLY);
    CHECK(status_from_sqlite(SQLITE_READONLY_DBMOVED) == WB_READONLY);
    CHECK(status_from_sqlite(SQLITE_CONSTRAINT_PRIMARYKEY) == WB_CONFLICT);
    CHECK(status_from_sqlite(SQLITE_RANGE) == WB_INVALID);
    CHECK(status_from_sqlite(SQLITE_ERROR) == WB_ERROR);
    CHECK(status_from_sqlite(SQLITE_ROW) == WB_ROW);
    CHECK(status_from_sqlite(SQLITE_DONE) == WB_DONE);
}

TEST_CASE("the host guards its side: exceptions and unbalanced ImGui stacks") {
    HeadlessUi ui;
    SUBCASE("an exception thrown straight through the C boundary") {
        PluginEnv env;
        REQUIRE(env.host->load_in_process(&kRude, "test:rude").state == PluginState::Loaded);
        bool ok = true;
        ui.frame([&] {
            ImGui::Begin("Host");
            ok = env.host->draw_panel(PanelRef{"rude", "throws", "Throws"});
            ImGui::End();
        });
        CHECK_FALSE(ok);
        CHECK(contains(env.host->plugins()[0].reason, "an exception crossed the plugin boundary: raw throw"));
    }
    SUBCASE("a draw that returns with stacks left open") {
        PluginEnv env;
        REQUIRE(env.host->load_in_process(&kRude, "test:rude").state == PluginState::Loaded);
        bool ok = true;
        ui.frame([&] {
            ImGui::Begin("Host");
            ok = env.host->draw_panel(PanelRef{"rude", "unbalanced", "Unbalanced"});
            ImGui::End(); // would assert if the child/ID/style were still open
        });
        CHECK_FALSE(ok);
        CHECK(env.host->plugins()[0].state == PluginState::Failed);
        CHECK(contains(env.host->plugins()[0].reason, "left Dear ImGui unbalanced"));
        ui.frames(2); // later frames are fine
    }
}

namespace {

// A plugin built with struct sizes other than this host's: its migrations
// are laid out with a larger stride (a later minor appended a field), and
// its panel struct is larger too. The host must walk the array with the
// plugin's stride and hand the Store its own structs.
struct WideMigration {
    wb_migration m;
    uint64_t field_from_a_later_minor;
};
const WideMigration kWideMigrations[] = {
    {{sizeof(WideMigration), 1, "CREATE TABLE wide__first(id INTEGER PRIMARY KEY)"}, ~0ull},
    {{sizeof(WideMigration), 2, "CREATE TABLE wide__second(id INTEGER PRIMARY KEY)"}, ~0ull},
};
struct WidePanel {
    wb_panel p;
    const char* field_from_a_later_minor;
};
wb_status draw_wide(wb_instance*, void* user, char*, uint32_t) {
    ++*static_cast<int*>(user);
    return WB_OK;
}
int g_wide_draws = 0;
wb_status g_small_panel = WB_OK;
wb_instance* create_wide(const wb_host_api* api, wb_host* h, char*, uint32_t) {
    WidePanel wide{{sizeof(WidePanel), "wide", "Wide", &draw_wide, &g_wide_draws, nullptr}, "ignored by this host"};
    if (api->register_panel(h, &wide.p) != WB_OK) return nullptr;
    // Smaller than a 1.0 wb_panel: refused, not read past its end.
    wb_panel small{offsetof(wb_panel, user), "small", "Small", &draw_wide, nullptr, nullptr};
    g_small_panel = api->register_panel(h, &small);
    static int x = 0;
    return reinterpret_cast<wb_instance*>(&x);
}
const wb_plugin_descriptor kWide = {
    sizeof(wb_plugin_descriptor), WB_ABI_MAJOR, WB_ABI_MINOR, IMGUI_VERSION_NUM, "wide", "Wide", "1.0", "",
    &kWideMigrations[0].m, 2, &create_wide, &destroy, nullptr};

} // namespace

TEST_CASE("migrations and panels with another struct size: walked with the plugin's stride, read up to its size") {
    PluginEnv env;
    const PluginInfo& info = env.host->load_in_process(&kWide, "test:wide");
    REQUIRE_MESSAGE(info.state == PluginState::Loaded, info.reason);
    CHECK(table_exists(*env.store, "wide__first"));
    CHECK(table_exists(*env.store, "wide__second")); // the second entry, one plugin stride further
    CHECK(env.store->plugin_schema_version("wide") == 2);
    REQUIRE(env.host->panels().size() == 1);
    CHECK(env.host->panels()[0].title == "Wide");
    g_wide_draws = 0;
    CHECK(env.host->draw_panel(env.host->panels()[0]));
    CHECK(g_wide_draws == 1); // `user` came through from the larger struct
    CHECK(g_small_panel == WB_INVALID);
    CHECK(contains(host_api()->last_error(env.host->handle_of("wide")), std::to_string(offsetof(wb_panel, user) + sizeof(void*))));
}

namespace {

// SDK 1.3 appended `story` to wb_panel. A panel from a 1.2 plugin ends
// before it: whatever its memory holds there must never be called.
int g_stories_run = 0;
wb_status count_story(wb_instance*, void*, int32_t delta, wb_story_state* state) {
    ++g_stories_run;
    state->step = 1 + delta;
    state->count = 4;
    std::snprintf(state->caption, sizeof state->caption, "%s", std::string(300, 'x').c_str()); // over-long: cut
    return WB_OK;
}
wb_instance* create_storied(const wb_host_api* api, wb_host* h, char*, uint32_t) {
    wb_panel old{offsetof(wb_panel, story), "old", "Old", &draw_wide, &g_wide_draws, &count_story};
    wb_panel now{sizeof(wb_panel), "now", "Now", &draw_wide, &g_wide_draws, &count_story};
    if (api->register_panel(h, &old) != WB_OK || api->register_panel(h, &now) != WB_OK) return nullptr;
    static int x = 0;
    return reinterpret_cast<wb_instance*>(&x);
}
const wb_plugin_descriptor kStoried = {
    sizeof(wb_plugin_descriptor), WB_ABI_MAJOR, WB_ABI_MINOR, IMGUI_VERSION_NUM, "storied", "Storied", "1.0", "",
    nullptr, 0, &create_storied, &destroy, nullptr};

} // namespace

TEST_CASE("stories (1.3): a 1.2-sized panel has none; a 1.3 one is asked, clamped and its caption cut") {
    PluginEnv env;
    REQUIRE(env.host->load_in_process(&kStoried, "test:storied").state == PluginState::Loaded);
    const auto panels = env.host->panels();
    REQUIRE(panels.size() == 2);
    g_stories_run = 0;
    CHECK_FALSE(env.host->story(panels[0], +1).has_value());
    CHECK(g_stories_run == 0); // the pointer past a 1.2 struct was never read
    const auto s = env.host->story(panels[1], +1);
    REQUIRE(s.has_value());
    CHECK(g_stories_run == 1);
    CHECK(s->step == 2);
    CHECK(s->count == 4);
    CHECK(s->caption.size() == sizeof(wb_story_state::caption) - 1);
    CHECK(env.host->story(panels[1], +9)->step == 3); // clamped into 0..count-1
}

TEST_CASE("presentation (1.3): identifying text is masked only while presenting a case that is not a demo") {
    PluginEnv env;
    REQUIRE(env.host->load_in_process(&kStoried, "test:storied").state == PluginState::Loaded);
    wb_host* h = env.host->handle_of("storied");
    const wb_host_api* api = host_api();
    const char* secret = "a family's own words";
    CHECK(api->presentation(h) == 0);
    CHECK(api->identifying(h, secret) == secret);

    env.context.presenting = true;
    env.context.current_case_is_demo = true;
    CHECK(api->presentation(h) == WB_PRESENTING);
    CHECK(api->identifying(h, secret) == secret);

    env.context.current_case_is_demo = false;
    CHECK(api->presentation(h) == (WB_PRESENTING | WB_MASK_IDENTIFYING));
    CHECK(std::string(api->identifying(h, secret)) == kIdentifyingMask);
    CHECK(std::string(api->identifying(h, nullptr)) == kIdentifyingMask); // never NULL

    env.context.presenting = false;
    CHECK(api->identifying(h, secret) == secret);
}

TEST_CASE("finalize twice, a made-up handle, a stale handle: refused without touching freed memory") {
    ProbeEnv env;
    wb_stmt* s = nullptr;
    REQUIRE(env.api->prepare(env.h, "SELECT 1", &s) == WB_OK);
    env.api->finalize(s);
    env.api->finalize(s); // the second one must do nothing (was a double free)
    CHECK(env.api->step(s) == WB_INVALID);
    CHECK(env.api->bind_int64(s, 1, 1) == WB_INVALID);
    CHECK(env.api->column_count(s) == 0);
    CHECK(env.api->column_text(s, 0) == nullptr);

    // A handle that never came from prepare (was dereferenced).
    wb_stmt* bogus = reinterpret_cast<wb_stmt*>(static_cast<uintptr_t>(0xdeadbeef));
    env.api->finalize(bogus);
    CHECK(env.api->step(bogus) == WB_INVALID);
    CHECK(env.api->reset(bogus) == WB_INVALID);

    // A stale handle never reaches a newer statement, even one that might
    // have been given the same memory.
    wb_stmt* t = nullptr;
    REQUIRE(env.api->prepare(env.h, "SELECT 2", &t) == WB_OK);
    CHECK(t != s);
    env.api->finalize(s);
    REQUIRE(env.api->step(t) == WB_ROW);
    CHECK(env.api->column_int64(t, 0) == 2);
    env.api->finalize(t);
    // Nothing is left for the unload to clean up.
    REQUIRE(env.host->set_enabled("probe", false).is_ok());
    CHECK_FALSE(logged(*env.host, "probe", "left unfinalized"));
}

TEST_CASE("settings refuse keys and values that are not UTF-8, and change nothing") {
    TempDir dir;
    const fs::path prefs = dir.path / "config.json";
    ProbeEnv env{Config(prefs)};
    REQUIRE(env.api->setting_set(env.h, "view", "list") == WB_OK);

    CHECK(env.api->setting_set(env.h, "view", "caf\xe9") == WB_INVALID); // Latin-1, not UTF-8
    CHECK(contains(env.api->last_error(env.h), "not valid UTF-8"));
    CHECK(env.api->setting_set(env.h, "vi\xff" "ew", "grid") == WB_INVALID);
    CHECK(contains(env.api->last_error(env.h), "key is not valid UTF-8"));
    CHECK(env.api->setting_set(env.h, "overlong", "\xc0\xaf") == WB_INVALID);
    CHECK(env.api->setting_set(env.h, "surrogate", "\xed\xa0\x80") == WB_INVALID);
    CHECK(env.api->setting_set(env.h, "cut", "\xe2\x9c") == WB_INVALID); // a truncated sequence

    // Nothing changed, in memory or in the file.
    CHECK(std::string(env.api->setting_get(env.h, "view", "?")) == "list");
    CHECK(env.config.plugin_settings["probe"].size() == 1);
    CHECK(Config(prefs).plugin_settings["probe"]["view"] == "list");

    // Real UTF-8 is fine and round-trips through the file.
    REQUIRE(env.api->setting_set(env.h, "caf\xc3\xa9", "\xe2\x9c\x93 fictional") == WB_OK);
    CHECK(Config(prefs).plugin_settings["probe"]["caf\xc3\xa9"] == "\xe2\x9c\x93 fictional");
}
