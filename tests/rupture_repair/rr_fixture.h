// rr_fixture.h - a store with the rupture-repair tracker loaded in process:
// a wb::Host over the real service table, case A with two sessions
// (2024-01-10, 2024-02-14), case B with one, and helpers that build a
// rupture and a repair as the form would send them.
#pragma once

#include "rr_model.h"
#include "rr_plugin.h"

#include "plugin_fixture.h"

#include <doctest/doctest.h>

namespace rr_test {

using wb::test::must;

// "Today" for the model tests: every fixture date is in the past.
inline const std::string kToday = "2024-06-01";

struct RrFixture : wb::test::InProcessPlugin {
    rupture_repair::RuptureModel model{host};

    RrFixture() : InProcessPlugin(rupture_repair::descriptor()) {}
};

// An open withdrawal of case `case_id` on `date` (no id yet).
inline rupture_repair::Rupture rupture(int64_t case_id, const char* date, const char* description = "Went quiet") {
    rupture_repair::Rupture r;
    r.case_id = case_id;
    r.date = date;
    r.description = description;
    r.salience = 3;
    r.strained = rupture_repair::StrainBond;
    return r;
}

inline rupture_repair::RepairAction repair(int64_t rupture_id, const char* date, const char* note = "") {
    rupture_repair::RepairAction a;
    a.rupture_id = rupture_id;
    a.date = date;
    a.strategy = rupture_repair::Strategy::OwnPart;
    a.note = note;
    return a;
}

} // namespace rr_test
