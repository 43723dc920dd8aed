// af_fixture.h - a store with the activity flow plugin loaded in process (a
// wb::Host over the real service table; case A with two sessions, case B
// with one), a clock the test moves by hand, and a helper that writes a
// finished recording from a compact script.
#pragma once

#include "af_live.h"
#include "af_model.h"
#include "af_plugin.h"

#include "plugin_fixture.h"

#include <doctest/doctest.h>

#include <initializer_list>
#include <utility>

namespace af_test {

using wb::test::must;

// Time only moves when the test says so.
struct FakeClock {
    int64_t now = 5'000'000; // any starting point: only differences count
    activity_flow::Clock fn() {
        return [this] { return now; };
    }
    void advance_s(int64_t s) { now += s * 1000; }
};

struct AfFixture : wb::test::InProcessPlugin {
    activity_flow::ActivityModel model{host};
    FakeClock clock;

    AfFixture() : InProcessPlugin(activity_flow::descriptor()) {}

    // A finished recording of `length_s` seconds in case A with these
    // switches ({seconds, activity}); the first should be at 0.
    int64_t recording(std::initializer_list<std::pair<int, activity_flow::Activity>> switches, int length_s,
                      const char* title = "Visit two", int slice_s = 30, int64_t case_id = 0) {
        using namespace activity_flow;
        auto it = switches.begin();
        const Outcome started = model.start(case_id ? case_id : case_a, std::nullopt, title, slice_s, it->second);
        REQUIRE(started);
        for (++it; it != switches.end(); ++it)
            REQUIRE(model.switch_to(started.id, static_cast<int64_t>(it->first) * 1000, it->second));
        REQUIRE(model.finish(started.id, static_cast<int64_t>(length_s) * 1000));
        return started.id;
    }
};

} // namespace af_test
