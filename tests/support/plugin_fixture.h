// tests/support/plugin_fixture.h - one plugin loaded in process over a
// private in-memory store, as plugin model and panel tests need it.
//
// It gives a wb::Host over the host's real service table (so the plugin's
// reads and writes pass the same authorizer, edits and undo as in the app),
// a case A with two sessions and a case B with one, and select() to send the
// selection events the app would send.
#pragma once

#include "plugins/plugin_host.h"
#include "store/store.h"
#include "util/config.h"

#include <workbench/plugin.hpp>

#include <doctest/doctest.h>

#include <memory>

namespace wb::test {

// A fixed palette with distinct categorical colours.
inline wb_palette test_palette() {
    wb_palette p{};
    p.struct_size = sizeof(wb_palette);
    p.background = 0xFFF5F5F5;
    p.surface = 0xFFFFFFFF;
    p.text = 0xFF202020;
    p.text_muted = 0xFF707070;
    p.accent = 0xFFB27A2A;
    p.warning = 0xFF1A8FD6;
    p.error = 0xFF2A2AC8;
    p.success = 0xFF3C8A2E;
    for (int i = 0; i < WB_CATEGORICAL_COUNT; ++i)
        p.categorical[i] = 0xFF000000u | (0x203040u * static_cast<uint32_t>(i + 1));
    return p;
}

inline int64_t must(core::Result<int64_t> r) {
    INFO(r.message());
    REQUIRE(r.is_ok());
    return r.value();
}

inline wb_host* load_in_process(core::PluginHost& plugins, const wb_plugin_descriptor* descriptor) {
    const core::PluginInfo& info = plugins.load_in_process(descriptor, "test");
    INFO("plugin reason: " << info.reason);
    REQUIRE(info.state == core::PluginState::Loaded);
    wb_host* handle = plugins.handle_of(descriptor->id);
    REQUIRE(handle != nullptr);
    return handle;
}

struct InProcessPlugin {
    std::unique_ptr<core::Store> store = core::Store::open_in_memory();
    core::Config config;
    core::HostContext context{0, 0, 1.0f, test_palette(), "test"};
    core::PluginHost plugins{*store, config, context};
    wb::Host host;

    int64_t case_a = must(store->create_case("FAM-001", "Test family A"));
    int64_t case_b = must(store->create_case("FAM-002", "Test family B"));
    int64_t a1 = must(store->add_session(case_a, "2024-01-10", "Alex", ""));
    int64_t a2 = must(store->add_session(case_a, "2024-02-14", "Alex", ""));
    int64_t b1 = must(store->add_session(case_b, "2024-01-20", "Sam", ""));

    explicit InProcessPlugin(const wb_plugin_descriptor* descriptor)
        : host(core::host_api(), load_in_process(plugins, descriptor)) {}

    // What the app sends when the user picks a case and a session.
    void select(int64_t case_id, int64_t session_id = 0) {
        context.current_case = case_id;
        context.current_session = session_id;
        plugins.broadcast(wb_event{sizeof(wb_event), WB_EVENT_CASE_SELECTED, case_id, session_id, nullptr});
        plugins.broadcast(wb_event{sizeof(wb_event), WB_EVENT_SESSION_SELECTED, case_id, session_id, nullptr});
    }
};

} // namespace wb::test
