// export_tests.cpp - the "map" export run by the host as `workbench export`
// and the export dialog run it (PluginHost::run_export, cairo), read back
// with the tools a person would use: one PDF page of A4 landscape with the
// title, the case's stamp (never its label) and the legend as real text; a
// well-formed SVG; a PNG at twice the points; a calm line for a case with
// no steps. No ImGui context exists in this binary, so a draw function
// that reached for ImGui would crash here rather than pass.
#include "spiral_fixture.h"
#include "spiral_types.h"

#include "export_tools.h"
#include "picture_export_checks.h"
#include "temp_dir.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

using namespace spiral_mapper;
using spiral_test::SpiralFixture;
using wb::test::contains;
using wb::test::export_options;
using wb::test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("the map export is offered as an A4 landscape picture in PDF, SVG and PNG") {
    SpiralFixture f;
    wb::test::check_offers_a4_picture(f.plugins, "spiral_mapper", "map", "Partnership spiral");
}

TEST_CASE("the demo spiral exports as one PDF page with its title, stamp and legend, without ImGui") {
    SpiralFixture f;
    REQUIRE(f.model.seed_demo(f.case_a) > 0);
    REQUIRE(ImGui::GetCurrentContext() == nullptr); // as under `workbench export`
    TempDir dir;
    const fs::path pdf = dir / "spiral.pdf";
    int pages = 0;
    const wb::core::Status s = f.plugins.run_export("spiral_mapper", "map", export_options(WB_FORMAT_PDF, f.case_a), pdf, &pages);
    INFO(s.message());
    REQUIRE(s.is_ok());
    CHECK(pages == 1);
    CHECK(wb::test::pdf_pages(pdf) == 1);
    CHECK(contains(wb::test::pdf_page_size(pdf), "842 x 595"));

    const std::string text = wb::test::pdf_text(pdf);
    INFO(text);
    CHECK(contains(text, "Partnership spiral"));
    CHECK(contains(text, "FAM-001")); // the stamp: the case's code...
    CHECK(contains(text, "2024-05-06"));
    CHECK_FALSE(contains(text, "Test family A")); // ...never the family's label
    // The legend: a kind of step, an ingredient and what dashes mean.
    CHECK(contains(text, kind_short_label(Kind::Repair)));
    CHECK(contains(text, ingredient_label(Help)));
    CHECK(contains(text, "dashed: strained"));
    CHECK(contains(text, "Safe space")); // the core
    CHECK(ImGui::GetCurrentContext() == nullptr);
}

TEST_CASE("the map exports as a well-formed SVG and a PNG at twice its size in points") {
    SpiralFixture f;
    REQUIRE(f.model.seed_demo(f.case_a) > 0);
    TempDir dir;
    const fs::path svg = dir / "spiral.svg", png = dir / "spiral.png";
    REQUIRE(f.plugins.run_export("spiral_mapper", "map", export_options(WB_FORMAT_SVG, f.case_a), svg).is_ok());
    REQUIRE(f.plugins.run_export("spiral_mapper", "map", export_options(WB_FORMAT_PNG, f.case_a), png).is_ok());
    CHECK(wb::test::xml_well_formed(svg));
    CHECK(contains(wb::test::slurp(svg), "width=\"842pt\""));
    const wb::test::PngSize size = wb::test::png_size(png);
    CHECK(size.w == 1684);
    CHECK(size.h == 1190);
}

TEST_CASE("a case with no steps still exports, saying so; no case is refused with a reason") {
    SpiralFixture f;
    TempDir dir;
    const fs::path pdf = dir / "empty.pdf";
    REQUIRE(f.plugins.run_export("spiral_mapper", "map", export_options(WB_FORMAT_PDF, f.case_b), pdf).is_ok());
    CHECK(wb::test::pdf_pages(pdf) == 1);
    const std::string text = wb::test::pdf_text(pdf);
    CHECK(contains(text, "Partnership spiral"));
    CHECK(contains(text, "No steps recorded yet"));

    const fs::path none = dir / "none.pdf";
    const wb::core::Status s = f.plugins.run_export("spiral_mapper", "map", export_options(WB_FORMAT_PDF, 0), none);
    CHECK_FALSE(s.is_ok());
    CHECK(contains(s.message(), "Pick a case"));
    CHECK_FALSE(fs::exists(none));
}

TEST_CASE("a file is drawn in the print colours on white paper, even when the screen is dark") {
    SpiralFixture f;
    REQUIRE(f.model.seed_demo(f.case_a) > 0);
    // The screen: a dark page. The paper: what the host hands every export.
    f.context.palette.dark = 1;
    f.context.palette.background = 0xFF251F1D; // #1D1F25
    f.context.print_palette = wb::test::test_palette();
    f.context.print_palette.background = 0xFFFFFFFF;
    TempDir dir;
    const fs::path svg = dir / "spiral.svg";
    REQUIRE(f.plugins.run_export("spiral_mapper", "map", export_options(WB_FORMAT_SVG, f.case_a), svg).is_ok());
    const std::string text = wb::test::slurp(svg);
    CHECK(contains(text, "fill:rgb(100%,100%,100%)"));            // white paper
    CHECK_FALSE(contains(text, "fill:rgb(11.372549%,12.156863%,14.509804%)")); // never the dark screen's #1D1F25
}
