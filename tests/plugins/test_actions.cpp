// tests/plugins/test_actions.cpp - SDK actions (abi.h, since 1.1): one
// plugin asks another for something through the host. Checked here: the
// provider's change is its own committed undo step made in its own tables;
// a missing, older, refusing or disabled provider is a clear error that
// writes nothing; the rules against nesting, open edits and read-only
// stores; names must carry the provider's id. The plugins are small
// wb::Plugin classes linked into the test (load_in_process).
#include "plugin_test_env.h"

#include <workbench/plugin.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace wb::core;
using namespace wb::test;

namespace {

// What the test plugins saw; reset by each test.
struct Seen {
    std::string requester;
    std::vector<int32_t> provider_events;
    int runs = 0;
    bool nest = false;       // the handler requests an action itself
    wb_status nested = WB_OK; // what that nested request got
} seen;

// Offers "giver.add_row" v2: inserts the "text" field into its own table.
class Giver : public wb::Plugin {
public:
    explicit Giver(wb::Host host) : Plugin(host) {
        add_action("giver.add_row", 2, "Add a row", [this](const wb::ActionRequest& r) -> int64_t {
            ++seen.runs;
            seen.requester = std::string(r.requester());
            const auto text = r.field("text");
            if (!text) throw wb::Error(WB_INVALID, "the request has no 'text' field");
            if (seen.nest) {
                try {
                    this->host().request_action("giver.add_row", 1, 0, 0, {{"text", "nested"}});
                } catch (const wb::Error& e) {
                    seen.nested = e.status();
                }
            }
            wb::Edit edit(this->host(), "Add a giver row");
            wb::Statement st = this->host().prepare("INSERT INTO giver__rows(text, case_id) VALUES (?, ?)");
            st.bind(1, *text).bind(2, r.case_id()).run();
            const int64_t id = this->host().last_insert_rowid();
            edit.commit();
            return id;
        });
    }
    void on_event(const wb_event& e) override { seen.provider_events.push_back(e.type); }
    static std::span<const wb_migration> migrations() {
        static const wb_migration m[] = {
            wb::migration(1, "CREATE TABLE giver__rows(id INTEGER PRIMARY KEY, text TEXT NOT NULL, case_id INTEGER)")};
        return m;
    }
};

// Asks; keeps a table of its own to show that its edit stays separate.
class Asker : public wb::Plugin {
public:
    explicit Asker(wb::Host host) : Plugin(host) {}
    static std::span<const wb_migration> migrations() {
        static const wb_migration m[] = {wb::migration(1, "CREATE TABLE asker__notes(id INTEGER PRIMARY KEY, n TEXT)")};
        return m;
    }
};

// Registers an action under another plugin's name: create must fail.
class Squatter : public wb::Plugin {
public:
    explicit Squatter(wb::Host host) : Plugin(host) {
        add_action("giver.add_row", 1, "Pretend", [](const wb::ActionRequest&) -> int64_t { return 0; });
    }
    static std::span<const wb_migration> migrations() { return {}; }
};

const wb_plugin_descriptor* giver() { return wb::detail::describe<Giver>("giver", "Giver", "1.0", ""); }
const wb_plugin_descriptor* asker() { return wb::detail::describe<Asker>("asker", "Asker", "1.0", ""); }
const wb_plugin_descriptor* squatter() { return wb::detail::describe<Squatter>("squatter", "Squatter", "1.0", ""); }

struct ActionEnv : PluginEnv {
    int64_t case_id = 0;
    ActionEnv() {
        seen = Seen{};
        auto c = store->create_case("ACT-1", "Action test");
        REQUIRE(c.is_ok());
        case_id = c.value();
        REQUIRE(host->load_in_process(giver(), "test:giver").state == PluginState::Loaded);
        REQUIRE(host->load_in_process(asker(), "test:asker").state == PluginState::Loaded);
    }
    wb::Host as_asker() const { return wb::Host(host_api(), host->handle_of("asker")); }
    int64_t ask(const std::string& text, int version = 1) {
        return as_asker().request_action("giver.add_row", version, case_id, 0, {{"text", text}});
    }
    std::string error_of(auto&& f) {
        try {
            f();
        } catch (const wb::Error& e) {
            return e.what();
        }
        return "";
    }
};

} // namespace

TEST_CASE("a provider's action adds a row in its own table as one undo step, then everyone hears of it") {
    ActionEnv env;
    CHECK(env.as_asker().action_version("giver.add_row") == 2);

    const int64_t id = env.ask("from the asker");
    CHECK(id > 0);
    CHECK(seen.requester == "asker");
    CHECK(count_rows(*env.store, "giver__rows") == 1);
    // Every plugin (the provider too) hears that data changed, once.
    CHECK(std::count(seen.provider_events.begin(), seen.provider_events.end(), WB_EVENT_DATA_CHANGED) == 1);

    // The provider's edit is its own step, labelled by the provider.
    CHECK(env.store->undo_label() == "Add a giver row");
    REQUIRE(env.store->undo().is_ok());
    CHECK(count_rows(*env.store, "giver__rows") == 0);
    REQUIRE(env.store->redo().is_ok());
    CHECK(count_rows(*env.store, "giver__rows") == 1);
}

TEST_CASE("nobody offering the action, or an older provider, is a clear error and writes nothing") {
    ActionEnv env;
    CHECK(env.as_asker().action_version("giver.remove_row") == 0);
    const std::string missing = env.error_of([&] {
        env.as_asker().request_action("giver.remove_row", 1, env.case_id, 0, {});
    });
    CHECK(contains(missing, "no running plugin offers 'giver.remove_row'"));

    const std::string older = env.error_of([&] { env.ask("too new", 3); });
    CHECK(contains(older, "version 2"));
    CHECK(contains(older, "version 3"));
    CHECK(seen.runs == 0);
    CHECK(count_rows(*env.store, "giver__rows") == 0);
}

TEST_CASE("a provider that refuses passes its reason to the requester and stays loaded") {
    ActionEnv env;
    const std::string why = env.error_of([&] {
        env.as_asker().request_action("giver.add_row", 1, env.case_id, 0, {{"not text", "x"}});
    });
    CHECK(contains(why, "giver could not do 'Add a row'"));
    CHECK(contains(why, "no 'text' field"));
    CHECK(env.info("giver")->state == PluginState::Loaded);
    CHECK(count_rows(*env.store, "giver__rows") == 0);
    CHECK_FALSE(env.store->can_undo());
}

TEST_CASE("a request while the requester's own edit is open is refused: each change is its own undo step") {
    ActionEnv env;
    wb::Host asker = env.as_asker();
    wb::Edit edit(asker, "Asker note");
    asker.exec("INSERT INTO asker__notes(n) VALUES ('x')");
    wb_status got = WB_OK;
    try {
        env.ask("inside");
    } catch (const wb::Error& e) {
        got = e.status();
        CHECK(contains(e.what(), "commit or cancel your own edit first"));
    }
    CHECK(got == WB_CONFLICT);
    edit.commit();
    CHECK(env.ask("after") > 0);
    CHECK(env.store->undo_label() == "Add a giver row");
    REQUIRE(env.store->undo().is_ok());
    CHECK(env.store->undo_label() == "Asker note");
}

TEST_CASE("an action cannot request another action") {
    ActionEnv env;
    seen.nest = true;
    CHECK(env.ask("outer") > 0);
    CHECK(seen.nested == WB_INVALID);
    CHECK(seen.runs == 1);
    CHECK(count_rows(*env.store, "giver__rows") == 1);
}

TEST_CASE("a disabled provider's actions are gone; enabling it brings them back") {
    ActionEnv env;
    REQUIRE(env.host->set_enabled("giver", false).is_ok());
    CHECK(env.as_asker().action_version("giver.add_row") == 0);
    CHECK(contains(env.error_of([&] { env.ask("while off"); }), "no running plugin offers"));
    REQUIRE(env.host->set_enabled("giver", true).is_ok());
    CHECK(env.as_asker().action_version("giver.add_row") == 2);
    CHECK(env.ask("back on") > 0);
}

TEST_CASE("an action name must start with the provider's own id") {
    ActionEnv env;
    const PluginInfo& info = env.host->load_in_process(squatter(), "test:squatter");
    CHECK(info.state == PluginState::Failed);
    CHECK(contains(info.reason, "must start with 'squatter.'"));
    // The real provider still answers.
    CHECK(env.ask("still mine") > 0);
    CHECK(seen.runs == 1);
}

TEST_CASE("a read-only store refuses requests before any plugin code runs") {
    TempDir dir;
    const auto path = dir / "cases.db";
    Config config;
    HostContext context;
    context.palette.struct_size = sizeof(wb_palette);
    auto load_both = [](PluginHost& host) {
        REQUIRE(host.load_in_process(giver(), "test:giver").state == PluginState::Loaded);
        REQUIRE(host.load_in_process(asker(), "test:asker").state == PluginState::Loaded);
    };
    {
        // First a writable open, so the plugins' tables exist.
        auto s = Store::open(path, OpenMode::CreateIfMissing);
        REQUIRE(s.is_ok());
        REQUIRE(s.value()->create_case("RO-1", "Read only").is_ok());
        PluginHost host(*s.value(), config, context);
        load_both(host);
    }
    auto opened = Store::open(path, OpenMode::ReadOnly);
    REQUIRE(opened.is_ok());
    Store& store = *opened.value();
    REQUIRE(store.read_only());
    seen = Seen{};
    PluginHost host(store, config, context);
    load_both(host);
    wb::Host asker(host_api(), host.handle_of("asker"));
    wb_status got = WB_OK;
    try {
        asker.request_action("giver.add_row", 1, 1, 0, {{"text", "x"}});
    } catch (const wb::Error& e) {
        got = e.status();
    }
    CHECK(got == WB_READONLY);
    CHECK(seen.runs == 0);
}

TEST_CASE("the C request is checked: size, name, version and fields") {
    ActionEnv env;
    wb_host* h = env.host->handle_of("asker");
    const wb_host_api* api = host_api();
    wb_field fields[] = {{"text", nullptr}};
    wb_action_request r{};
    r.struct_size = sizeof r;
    r.action = "giver.add_row";
    r.version = 1;
    r.case_id = env.case_id;
    r.fields = fields;
    r.field_count = 1;
    int64_t id = 42;
    CHECK(api->request_action(h, &r, &id) == WB_INVALID); // a NULL value
    CHECK(id == 0);
    CHECK(contains(api->last_error(h), "field #1"));
    r.field_count = 0;
    r.version = 0;
    CHECK(api->request_action(h, &r, &id) == WB_INVALID);
    r.version = 1;
    r.struct_size = 8;
    CHECK(api->request_action(h, &r, &id) == WB_INVALID);
    CHECK(api->request_action(h, nullptr, &id) == WB_INVALID);
    CHECK(seen.runs == 0);
}

TEST_CASE("in a 1.0 host (a service table without actions) the C++ layer says 'not available'") {
    ActionEnv env;
    wb_host_api old_api = *host_api();
    old_api.struct_size = offsetof(wb_host_api, register_action); // what a 1.0 host hands out
    old_api.abi_minor = 0;
    wb::Host asker(&old_api, env.host->handle_of("asker"));
    CHECK_FALSE(asker.has_actions());
    CHECK(asker.action_version("giver.add_row") == 0);
    wb_status got = WB_OK;
    try {
        asker.request_action("giver.add_row", 1, env.case_id, 0, {{"text", "x"}});
    } catch (const wb::Error& e) {
        got = e.status();
        CHECK(contains(e.what(), "needs SDK ABI 1.1"));
    }
    CHECK(got == WB_NOT_FOUND);
    CHECK(seen.runs == 0);
}
