// spiral_fixture.h - a store with the spiral mapper loaded in process, as
// the model and panel tests need it: a wb::Host over the real service
// table, a case with two sessions, and a second case.
#pragma once

#include "spiral_mapper_plugin.h"
#include "spiral_model.h"

#include "plugin_fixture.h"

#include <doctest/doctest.h>

#include <memory>

namespace spiral_test {

using wb::test::must;
using wb::test::test_palette;

struct SpiralFixture : wb::test::InProcessPlugin {
    spiral_mapper::SpiralModel model{host};

    SpiralFixture() : InProcessPlugin(spiral_mapper::descriptor()) {}
};

inline spiral_mapper::Step step(int64_t case_id, const char* date, const char* description,
                                spiral_mapper::Kind kind = spiral_mapper::Kind::Acceptance, const char* theme = "") {
    spiral_mapper::Step s;
    s.case_id = case_id;
    s.date = date;
    s.description = description;
    s.kind = kind;
    s.theme = theme;
    return s;
}

} // namespace spiral_test
