// ws_fixture.h - a store with the worksheets plugin loaded in process: a
// wb::Host over the real service table, case A with two sessions
// (2024-01-10, 2024-02-14), case B with one, and the plugin's store.
#pragma once

#include "ws_plugin.h"
#include "ws_store.h"

#include "plugin_fixture.h"

#include <doctest/doctest.h>

namespace ws_test {

inline const std::string kToday = "2024-06-01";

struct WsFixture : wb::test::InProcessPlugin {
    worksheets::WorksheetStore store_model{host};

    WsFixture() : InProcessPlugin(worksheets::descriptor()) {}

    // A field of a built-in template, by id.
    static const worksheets::Field& field(const worksheets::Template& t, const char* id) {
        const worksheets::Field* f = t.find_field(id);
        REQUIRE_MESSAGE(f, "no field " << id);
        return *f;
    }
};

} // namespace ws_test
