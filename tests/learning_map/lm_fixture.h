// lm_fixture.h - a store with the learning map loaded in process: a
// wb::Host over the real service table, case A with two sessions
// (2024-01-10, 2024-02-14), case B with one, and helpers that build
// evidence and ratings as the forms would send them.
#pragma once

#include "lm_model.h"
#include "lm_plugin.h"

#include "plugin_fixture.h"

#include <doctest/doctest.h>

#include <optional>

namespace lm_test {

using wb::test::must;

struct LmFixture : wb::test::InProcessPlugin {
    learning_map::LearningModel model{host};

    LmFixture() : InProcessPlugin(learning_map::descriptor()) {}

    // One more session of case A on `date`.
    int64_t session_a(const char* date) { return must(store->add_session(case_a, date, "Alex", "")); }
};

inline learning_map::Evidence evidence(int64_t case_id, int64_t session_id, learning_map::Domain d, const char* note) {
    learning_map::Evidence e;
    e.case_id = case_id;
    e.session_id = session_id;
    e.domain = d;
    e.note = note;
    return e;
}

// Ratings of one session: the parent's three, then the helper's three.
inline learning_map::ConditionRatings ratings(int64_t case_id, int64_t session_id, std::optional<int> pt,
                                              std::optional<int> pa, std::optional<int> po, std::optional<int> ht,
                                              std::optional<int> ha, std::optional<int> ho) {
    using namespace learning_map;
    ConditionRatings r;
    r.case_id = case_id;
    r.session_id = session_id;
    r.set(Rater::Parent, Condition::Trust, pt);
    r.set(Rater::Parent, Condition::Acceptance, pa);
    r.set(Rater::Parent, Condition::Openness, po);
    r.set(Rater::Helper, Condition::Trust, ht);
    r.set(Rater::Helper, Condition::Acceptance, ha);
    r.set(Rater::Helper, Condition::Openness, ho);
    return r;
}

} // namespace lm_test
