// cz_fixture.h - a store with the challenge-zone planner loaded in process:
// a wb::Host over the real service table, a case with two sessions, and a
// second case.
#pragma once

#include "cz_model.h"
#include "cz_plugin.h"

#include "plugins/plugin_host.h"
#include "store/store.h"
#include "util/config.h"

#include <doctest/doctest.h>

#include <memory>

namespace cz_test {

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
    for (int i = 0; i < WB_CATEGORICAL_COUNT; ++i) p.categorical[i] = 0xFF000000u | (0x203040u * static_cast<uint32_t>(i + 1));
    return p;
}

inline wb_host* load_plugin(wb::core::PluginHost& plugins) {
    const wb::core::PluginInfo& info = plugins.load_in_process(challenge_zones::descriptor(), "test");
    INFO("plugin reason: " << info.reason);
    REQUIRE(info.state == wb::core::PluginState::Loaded);
    wb_host* handle = plugins.handle_of("challenge_zones");
    REQUIRE(handle != nullptr);
    return handle;
}

inline int64_t must(wb::core::Result<int64_t> r) {
    INFO(r.message());
    REQUIRE(r.is_ok());
    return r.value();
}

struct CzFixture {
    std::unique_ptr<wb::core::Store> store = wb::core::Store::open_in_memory();
    wb::core::Config config;
    wb::core::HostContext context{0, 0, 1.0f, test_palette(), "test"};
    wb::core::PluginHost plugins{*store, config, context};
    wb::Host host{wb::core::host_api(), load_plugin(plugins)};
    challenge_zones::ChallengeModel model{host};

    int64_t case_a = must(store->create_case("FAM-001", "Test family A"));
    int64_t case_b = must(store->create_case("FAM-002", "Test family B"));
    int64_t a1 = must(store->add_session(case_a, "2024-01-10", "Alex", ""));
    int64_t a2 = must(store->add_session(case_a, "2024-02-14", "Alex", ""));
    int64_t b1 = must(store->add_session(case_b, "2024-01-20", "Sam", ""));

    void select(int64_t case_id, int64_t session_id = 0) {
        context.current_case = case_id;
        context.current_session = session_id;
        plugins.broadcast(wb_event{sizeof(wb_event), WB_EVENT_CASE_SELECTED, case_id, session_id});
    }
};

inline challenge_zones::Challenge challenge(int64_t case_id, const char* description,
                                            challenge_zones::Aspect aspect = challenge_zones::Aspect::Actions,
                                            const char* created = "2024-01-01") {
    challenge_zones::Challenge c;
    c.case_id = case_id;
    c.description = description;
    c.aspect = aspect;
    c.why_it_matters = "It matters to her";
    c.status = challenge_zones::Status::Active;
    c.created = created;
    return c;
}

inline challenge_zones::Placement placement(int64_t challenge_id, const char* date, challenge_zones::Zone zone,
                                            const char* reason = "") {
    challenge_zones::Placement p;
    p.challenge_id = challenge_id;
    p.date = date;
    p.zone = zone;
    p.reason = reason;
    return p;
}

} // namespace cz_test
