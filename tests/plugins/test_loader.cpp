// tests/plugins/test_loader.cpp - every broken-plugin fixture is refused
// (or disabled) with a clear message, and the host keeps working after
// each; the good fixture loads, edits undoably and hears DATA_CHANGED.
#include "plugin_test_env.h"

#include "plugins/descriptor_check.h"

#include "headless_ui.h"

#include <boost/dll/shared_library.hpp>

#include <imgui.h>

#include <fstream>

using namespace wb::core;
using namespace wb::test;
namespace fs = std::filesystem;

namespace {

// The good plugin still loads and draws: the host survived.
void check_host_still_works(PluginEnv& env) {
    const PluginInfo& good = env.host->load(fixture("good"));
    REQUIRE_MESSAGE(good.state == PluginState::Loaded, good.reason);
    HeadlessUi ui;
    bool drawn = false;
    ui.frame([&] {
        ImGui::Begin("Host");
        drawn = env.host->draw_panel(PanelRef{"fixture_good", "items", "Items"});
        ImGui::End();
    });
    CHECK(drawn);
    CHECK(count_rows(*env.store, "fixture_good__items") == 1);
}

bool draw_in_window(PluginHost& host, const PanelRef& panel) {
    bool ok = false;
    ImGui::Begin("Host");
    ok = host.draw_panel(panel);
    ImGui::End();
    return ok;
}

} // namespace

TEST_CASE("the good fixture loads, migrates and registers its panel") {
    PluginEnv env;
    const PluginInfo& info = env.host->load(fixture("good"));
    REQUIRE_MESSAGE(info.state == PluginState::Loaded, info.reason);
    CHECK(info.id == "fixture_good");
    CHECK(info.name == "Good fixture");
    CHECK(info.version == "1.0.0");
    CHECK(info.abi_major == WB_ABI_MAJOR);
    CHECK(info.abi_minor == WB_ABI_MINOR);
    CHECK(info.reason.empty());
    CHECK(info.path == fixture("good"));
    CHECK(table_exists(*env.store, "fixture_good__items"));
    CHECK(env.store->plugin_schema_version("fixture_good") == 1);
    auto panels = env.host->panels();
    REQUIRE(panels.size() == 1);
    CHECK(panels[0].key() == "fixture_good.items");
    CHECK(panels[0].title == "Items");
    CHECK(env.host->handle_of("fixture_good") != nullptr);
    CHECK(logged(*env.host, "fixture_good", "fixture_good created"));
}

TEST_CASE("every broken fixture is refused with a message naming the problem") {
    struct Case {
        const char* file;
        PluginState state;
        std::vector<std::string> reason; // substrings the reason must hold
    };
    const std::string host_abi = std::to_string(WB_ABI_MAJOR) + "." + std::to_string(WB_ABI_MINOR);
    const std::vector<Case> cases = {
        {"no_entry", PluginState::Failed, {"no 'wb_plugin_entry' entry symbol"}},
        {"abi_major", PluginState::Failed,
         {"SDK ABI " + std::to_string(WB_ABI_MAJOR + 1) + "." + std::to_string(WB_ABI_MINOR), "supports ABI " + host_abi}},
        {"newer_minor", PluginState::Failed,
         {"SDK ABI " + std::to_string(WB_ABI_MAJOR) + "." + std::to_string(WB_ABI_MINOR + 1), "host's ABI " + host_abi}},
        {"imgui_mismatch", PluginState::Failed,
         {"Dear ImGui " + std::to_string(IMGUI_VERSION_NUM + 1), "Dear ImGui " + std::to_string(IMGUI_VERSION_NUM)}},
        {"larger_descriptor", PluginState::Failed, {"unknown, newer descriptor", std::to_string(sizeof(wb_plugin_descriptor))}},
        {"invalid_id", PluginState::Failed, {"invalid plugin id 'Fixture-Invalid'"}},
        {"bad_migration", PluginState::Failed, {"migration failed", "fixture_badmig__missing"}},
        {"create_fails", PluginState::Failed, {"create failed: fixture: create refused on purpose"}},
        {"broken", PluginState::Failed, {"not a shared library"}},
        {"does_not_exist", PluginState::Failed, {"file not found"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.file);
        PluginEnv env;
        const PluginInfo info = env.host->load(fixture(c.file));
        CHECK(info.state == c.state);
        for (const std::string& part : c.reason) CHECK_MESSAGE(contains(info.reason, part), info.reason);
        CHECK(env.host->panels().empty());
        check_host_still_works(env);
    }
}

TEST_CASE("an older (1.0-sized) descriptor is accepted, also by a newer host whose descriptor grew") {
    // The fixture's own descriptor, as a host reads it from the library.
    boost::dll::shared_library lib(fixture("older_descriptor").string(), boost::dll::load_mode::rtld_now);
    auto& entry = lib.get_alias<const wb_plugin_descriptor*()>(WB_ENTRY_SYMBOL);
    const wb_plugin_descriptor* d = entry();
    REQUIRE(d);
    CHECK(d->struct_size == kDescriptorSize_1_0);
    CHECK(d->abi_minor == 0);
    // Today the 1.0 size is the whole struct, so this host alone cannot
    // tell "older" from "current": pretend to be a 1.x host that appended
    // two fields to the descriptor. It must still take the 1.0 plugin.
    HostAbi newer = HostAbi::current();
    newer.minor = WB_ABI_MINOR + 2;
    newer.descriptor_size = sizeof(wb_plugin_descriptor) + 2 * sizeof(void*);
    Status in_newer = check_descriptor(d, newer);
    CHECK_MESSAGE(in_newer.is_ok(), in_newer.message());

    PluginEnv env;
    const PluginInfo& info = env.host->load(fixture("older_descriptor"));
    CHECK_MESSAGE(info.state == PluginState::Loaded, info.reason);
    CHECK(info.id == "fixture_older");
    CHECK(info.abi_minor == 0);
}

TEST_CASE("a failing migration is rolled back: no table is left") {
    PluginEnv env;
    const PluginInfo info = env.host->load(fixture("bad_migration"));
    CHECK(info.state == PluginState::Failed);
    CHECK(info.id == "fixture_badmig");
    CHECK_FALSE(table_exists(*env.store, "fixture_badmig__notes"));
    CHECK(env.store->plugin_schema_version("fixture_badmig") == 0);
    CHECK(env.host->handle_of("fixture_badmig") == nullptr);
}

TEST_CASE("writes outside the plugin's namespace are denied (WB_DENIED)") {
    PluginEnv env;
    auto c = env.store->create_case("FIX-01", "Fictional case");
    REQUIRE(c.is_ok());
    auto s = env.store->add_session(c.value(), "2024-01-01", "Fictional supervisee", "original notes");
    REQUIRE(s.is_ok());
    // The fixture's create() fails unless all three writes got WB_DENIED.
    const PluginInfo info = env.host->load(fixture("writes_outside"));
    CHECK_MESSAGE(info.state == PluginState::Loaded, info.reason);
    CHECK(logged(*env.host, "fixture_writes", "UPDATE sessions SET notes = 'changed by a plugin' -> status 2"));
    CHECK(logged(*env.host, "fixture_writes", "fixture_writes__*"));
    CHECK(env.store->find_session(s.value())->notes == "original notes");
    CHECK(env.store->cases(true).size() == 1);
    CHECK_FALSE(table_exists(*env.store, "other_plugin__x"));
    CHECK_FALSE(env.store->in_edit());
}

TEST_CASE("duplicate ids: the first file by name wins") {
    TempDir dir;
    // Named so that sorting, not directory order, decides: 1.so (B) first.
    fs::copy_file(fixture("dup_b"), dir.path / "1.so");
    fs::copy_file(fixture("dup_a"), dir.path / "2.so");
    fs::copy_file(fixture("good"), dir.path / "3.so");
    PluginEnv env;
    env.host->load_all({dir.path}, false);
    const auto& list = env.host->plugins();
    REQUIRE(list.size() == 3);
    CHECK(list[0].path.filename() == "1.so");
    CHECK(list[0].name == "Duplicate B");
    CHECK(list[0].state == PluginState::Loaded);
    CHECK(list[1].name == "Duplicate A");
    CHECK(list[1].state == PluginState::Failed);
    CHECK(contains(list[1].reason, "duplicate plugin id 'fixture_dup'"));
    CHECK(contains(list[1].reason, "1.so"));
    CHECK(list[2].state == PluginState::Loaded);
}

TEST_CASE("load_all skips missing folders and non-.so files") {
    TempDir dir;
    fs::copy_file(fixture("good"), dir.path / "good.so");
    { std::ofstream(dir.path / "notes.txt") << "not a plugin"; }
    PluginEnv env;
    env.host->load_all({dir.path / "absent", dir.path}, false);
    REQUIRE(env.host->plugins().size() == 1);
    CHECK(env.host->plugins()[0].state == PluginState::Loaded);
}

TEST_CASE("safe mode lists every plugin without loading any") {
    TempDir dir;
    fs::copy_file(fixture("good"), dir.path / "good.so");
    fs::copy_file(fixture("create_fails"), dir.path / "create_fails.so");
    PluginEnv env;
    env.host->load_all({dir.path}, true);
    REQUIRE(env.host->plugins().size() == 2);
    for (const auto& info : env.host->plugins()) {
        CHECK(info.state == PluginState::SafeMode);
        CHECK_FALSE(info.reason.empty());
    }
    CHECK(env.host->panels().empty());
    CHECK_FALSE(table_exists(*env.store, "fixture_good__items"));
    CHECK(std::string(to_string(PluginState::SafeMode)) == "safe mode");
}

TEST_CASE("an exception in draw disables the plugin, not the host") {
    PluginEnv env;
    REQUIRE(env.host->load(fixture("throws_in_draw")).state == PluginState::Loaded);
    REQUIRE(env.host->load(fixture("good")).state == PluginState::Loaded);
    const PanelRef boom{"fixture_throws", "boom", "Boom"};
    const PanelRef items{"fixture_good", "items", "Items"};
    HeadlessUi ui;
    bool boom_ok = true, items_ok = false;
    // The panel leaves a child window, a colour and an ID pushed when it
    // throws: without the host unwinding them ImGui would abort here.
    ui.frame([&] {
        boom_ok = draw_in_window(*env.host, boom);
        items_ok = draw_in_window(*env.host, items);
    });
    CHECK_FALSE(boom_ok);
    CHECK(items_ok);
    const PluginInfo* info = env.info("fixture_throws");
    REQUIRE(info);
    CHECK(info->state == PluginState::Failed);
    CHECK(contains(info->reason, "panel 'Boom' failed"));
    CHECK(contains(info->reason, "fixture: draw threw on purpose"));
    CHECK(env.host->handle_of("fixture_throws") == nullptr);
    REQUIRE(env.host->panels().size() == 1);
    CHECK(env.host->panels()[0].plugin_id == "fixture_good");
    CHECK(logged(*env.host, "fixture_throws", "disabled for this session"));
    // Later frames go on; the failed panel is simply not drawn.
    ui.frame([&] {
        boom_ok = draw_in_window(*env.host, boom);
        items_ok = draw_in_window(*env.host, items);
    });
    CHECK_FALSE(boom_ok);
    CHECK(items_ok);
}

TEST_CASE("an error from an event handler disables that plugin only") {
    PluginEnv env;
    REQUIRE(env.host->load(fixture("event_error")).state == PluginState::Loaded);
    REQUIRE(env.host->load(fixture("good")).state == PluginState::Loaded);
    env.host->broadcast(wb_event{sizeof(wb_event), WB_EVENT_DATA_CHANGED, 0, 0, nullptr});
    const PluginInfo* bad = env.info("fixture_event_error");
    REQUIRE(bad);
    CHECK(bad->state == PluginState::Failed);
    CHECK(contains(bad->reason, "'data changed' event failed: fixture: event handler failed on purpose"));
    // The good plugin got the same event and keeps running.
    CHECK(env.info("fixture_good")->state == PluginState::Loaded);
    CHECK(env.config.plugin_settings["fixture_good"]["data_changed"] == "1");
    env.host->broadcast(wb_event{sizeof(wb_event), WB_EVENT_DATA_CHANGED, 0, 0, nullptr});
    CHECK(env.config.plugin_settings["fixture_good"]["data_changed"] == "2");
}

TEST_CASE("a plugin edit is one undo step, and DATA_CHANGED follows it") {
    PluginEnv env;
    REQUIRE(env.host->load(fixture("good")).state == PluginState::Loaded);
    HeadlessUi ui;
    ui.frame([&] { CHECK(draw_in_window(*env.host, PanelRef{"fixture_good", "items", "Items"})); });
    CHECK(count_rows(*env.store, "fixture_good__items") == 1);
    CHECK(env.config.plugin_settings["fixture_good"]["data_changed"] == "1");
    REQUIRE(env.store->can_undo());
    CHECK(env.store->undo_label() == "Add fixture item");
    REQUIRE(env.store->undo().is_ok());
    CHECK(count_rows(*env.store, "fixture_good__items") == 0);
    REQUIRE(env.store->redo().is_ok());
    CHECK(count_rows(*env.store, "fixture_good__items") == 1);
}

TEST_CASE("disabling and enabling persists in the preferences file") {
    TempDir dir;
    const fs::path prefs = dir.path / "config.json";
    {
        PluginEnv env{Config(prefs)};
        REQUIRE(env.host->load(fixture("good")).state == PluginState::Loaded);
        REQUIRE(env.host->set_enabled("fixture_good", false).is_ok());
        CHECK(env.info("fixture_good")->state == PluginState::Disabled);
        CHECK(env.host->panels().empty());
        CHECK(env.host->handle_of("fixture_good") == nullptr);
        CHECK(Config(prefs).plugin_disabled("fixture_good"));
    }
    {
        // Next run: listed as Disabled, not created (no migration either).
        PluginEnv env{Config(prefs)};
        const PluginInfo info = env.host->load(fixture("good"));
        CHECK(info.state == PluginState::Disabled);
        CHECK(info.id == "fixture_good");
        CHECK(info.name == "Good fixture");
        CHECK_FALSE(table_exists(*env.store, "fixture_good__items"));
        // Enabling loads it at once.
        REQUIRE(env.host->set_enabled("fixture_good", true).is_ok());
        CHECK(env.info("fixture_good")->state == PluginState::Loaded);
        CHECK(env.host->panels().size() == 1);
        CHECK(table_exists(*env.store, "fixture_good__items"));
        CHECK_FALSE(Config(prefs).plugin_disabled("fixture_good"));
        CHECK(env.host->plugins().size() == 1);
    }
    PluginEnv env;
    CHECK_FALSE(env.host->set_enabled("no_such_plugin", false).is_ok());
}

TEST_CASE("a plugin that failed this run can be re-enabled") {
    PluginEnv env;
    REQUIRE(env.host->load(fixture("event_error")).state == PluginState::Loaded);
    env.host->broadcast(wb_event{sizeof(wb_event), WB_EVENT_CASE_SELECTED, 0, 0, nullptr});
    REQUIRE(env.info("fixture_event_error")->state == PluginState::Failed);
    REQUIRE(env.host->set_enabled("fixture_event_error", true).is_ok());
    CHECK(env.info("fixture_event_error")->state == PluginState::Loaded);
}

TEST_CASE("another store gets its own host: plugins migrate there and edit only there") {
    // What the application does when it switches stores (a new PluginHost
    // per store): the same plugin file, two stores, no leaking between them.
    PluginEnv first;
    REQUIRE(first.host->load(fixture("good")).state == PluginState::Loaded);
    PluginEnv second;
    REQUIRE(second.host->load(fixture("good")).state == PluginState::Loaded);
    CHECK(&second.host->store() == second.store.get());
    CHECK(table_exists(*second.store, "fixture_good__items"));
    HeadlessUi ui;
    ui.frame([&] { CHECK(draw_in_window(*second.host, PanelRef{"fixture_good", "items", "Items"})); });
    CHECK(count_rows(*second.store, "fixture_good__items") == 1);
    CHECK(count_rows(*first.store, "fixture_good__items") == 0);
}

TEST_CASE("validate checks a file without touching any real store") {
    Validation good = PluginHost::validate(fixture("good"));
    CHECK_MESSAGE(good.loadable, good.info.reason);
    CHECK(good.info.id == "fixture_good");
    Validation major = PluginHost::validate(fixture("abi_major"));
    CHECK_FALSE(major.loadable);
    CHECK(contains(major.info.reason, "major"));
    Validation missing = PluginHost::validate(fixture("does_not_exist"));
    CHECK_FALSE(missing.loadable);
    CHECK(contains(missing.info.reason, "file not found"));
    Validation migration = PluginHost::validate(fixture("bad_migration"));
    CHECK_FALSE(migration.loadable);
    CHECK(PluginHost::validate(fixture("writes_outside")).loadable);
}

TEST_CASE("the default plugin folders: next to the executable, the install folder, then the data folder") {
    auto dirs = PluginHost::default_dirs();
    REQUIRE(dirs.size() == 3);
    const fs::path exe_dir = fs::read_symlink("/proc/self/exe").parent_path();
    CHECK(dirs[0] == exe_dir / "plugins");
    CHECK(dirs[1] == (exe_dir.parent_path() / WB_PLUGIN_INSTALL_DIR).lexically_normal());
    CHECK(dirs[2] == default_data_dir() / "plugins");
}
