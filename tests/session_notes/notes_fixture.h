// notes_fixture.h - a store with the session notes plugin loaded in process,
// as the tests of its model and view need it: a wb::Host over the real
// service table, and a case with two sessions plus a second case.
#pragma once

#include "notes_model.h"
#include "session_notes_plugin.h"

#include "plugins/plugin_host.h"
#include "store/store.h"
#include "util/config.h"

#include <doctest/doctest.h>

#include <memory>

namespace notes_test {

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
    return p;
}

inline wb_host* load_plugin(wb::core::PluginHost& plugins) {
    const wb::core::PluginInfo& info = plugins.load_in_process(session_notes::descriptor(), "test");
    INFO("plugin reason: " << info.reason);
    REQUIRE(info.state == wb::core::PluginState::Loaded);
    wb_host* handle = plugins.handle_of("session_notes");
    REQUIRE(handle != nullptr);
    return handle;
}

inline int64_t must(wb::core::Result<int64_t> r) {
    INFO(r.message());
    REQUIRE(r.is_ok());
    return r.value();
}

struct NotesFixture {
    std::unique_ptr<wb::core::Store> store = wb::core::Store::open_in_memory();
    wb::core::Config config;
    wb::core::HostContext context{0, 0, 1.0f, test_palette(), "test"};
    wb::core::PluginHost plugins{*store, config, context};
    wb::Host host{wb::core::host_api(), load_plugin(plugins)};
    session_notes::NotesModel model{host};

    int64_t case_a = must(store->create_case("FAM-001", "Test family A"));
    int64_t case_b = must(store->create_case("FAM-002", "Test family B"));
    int64_t a1 = must(store->add_session(case_a, "2024-01-10", "Alex", ""));
    int64_t a2 = must(store->add_session(case_a, "2024-02-14", "Alex", ""));
    int64_t b1 = must(store->add_session(case_b, "2024-01-20", "Sam", ""));

    void select(int64_t case_id, int64_t session_id) {
        context.current_case = case_id;
        context.current_session = session_id;
        plugins.broadcast(wb_event{sizeof(wb_event), WB_EVENT_CASE_SELECTED, case_id, session_id});
        plugins.broadcast(wb_event{sizeof(wb_event), WB_EVENT_SESSION_SELECTED, case_id, session_id});
    }
};

inline session_notes::NoteFields notes(const char* happened, const char* felt = "", const char* noticed = "",
                                       const char* next_step = "") {
    session_notes::NoteFields f;
    f.text[session_notes::Happened] = happened;
    f.text[session_notes::Felt] = felt;
    f.text[session_notes::Noticed] = noticed;
    f.text[session_notes::NextStep] = next_step;
    return f;
}

} // namespace notes_test
