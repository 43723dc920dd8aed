// cz_fixture.h - a store with the challenge-zone planner loaded in process:
// a wb::Host over the real service table, a case with two sessions, and a
// second case.
#pragma once

#include "cz_model.h"
#include "cz_plugin.h"
#include "cz_plain_data.h"

#include "plugin_fixture.h"

#include <doctest/doctest.h>

#include <memory>

namespace cz_test {

using wb::test::must;
using wb::test::test_palette;

struct CzFixture : wb::test::InProcessPlugin {
    challenge_zones::ChallengeModel model{host};

    CzFixture() : InProcessPlugin(challenge_zones::descriptor()) {}
};

// A challenge for case `case_id` as the form would send it (no id yet).
inline challenge_zones::Challenge challenge(int64_t case_id, const char* description,
                                            challenge_zones::Aspect aspect = challenge_zones::Aspect::Actions,
                                            const char* created = "2024-01-01") {
    challenge_zones::Challenge c = make(0, aspect, challenge_zones::Status::Active, "It matters to her");
    c.case_id = case_id;
    c.description = description;
    c.created = created;
    return c;
}

// A placement of challenge `challenge_id` as the form would send it.
inline challenge_zones::Placement placement(int64_t challenge_id, const char* date, challenge_zones::Zone zone,
                                            const char* reason = "") {
    challenge_zones::Placement p = at(0, challenge_id, date, zone);
    p.reason = reason;
    return p;
}

} // namespace cz_test
