// plugin_tests.cpp - the worksheets plugin loaded in process through the
// real PluginHost: it passes the host's checks, registers its two panels,
// its exports and its import, and the panels draw headlessly.
#include "ws_plugin.h"

#include "headless_ui.h"
#include "plugin_fixture.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("the worksheets plugin loads, registers its panels, exports and import, and draws") {
    wb::test::InProcessPlugin fixture(worksheets::descriptor());
    CHECK(std::string(worksheets::descriptor()->id) == "worksheets");

    std::vector<wb::core::PanelRef> panels = fixture.plugins.panels();
    const wb::core::PanelRef* sheets = nullptr;
    const wb::core::PanelRef* templates = nullptr;
    for (const wb::core::PanelRef& p : panels) {
        if (p.key() == "worksheets.sheets") sheets = &p;
        if (p.key() == "worksheets.templates") templates = &p;
    }
    REQUIRE(sheets);
    REQUIRE(templates);
    CHECK(sheets->title == "Worksheets");
    CHECK(templates->title == "Templates");

    const auto exports = fixture.plugins.exports_of("worksheets");
    REQUIRE(exports.size() == 2);
    CHECK(exports[0].id == "sheet");
    CHECK(exports[0].paged);
    CHECK(exports[0].can_blank);
    CHECK(exports[1].id == "template");
    const auto imports = fixture.plugins.imports_of("worksheets");
    REQUIRE(imports.size() == 1);
    CHECK(imports[0].extension == ".json");

    fixture.select(fixture.case_a, fixture.a1);
    wb::test::HeadlessUi ui;
    bool drawn = false;
    ui.frame([&] {
        ImGui::Begin("Panel");
        drawn = fixture.plugins.draw_panel(*sheets) && fixture.plugins.draw_panel(*templates);
        ImGui::End();
    });
    CHECK(drawn);
}
