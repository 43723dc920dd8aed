// export_tests.cpp - the zone map's "map" export run by the host as
// `workbench export` and the export dialog run it (PluginHost::run_export,
// cairo), read back with the tools a person would use: one PDF page of A4
// landscape with the title, the case's stamp (never its label), the bands
// and the legend as real text; a well-formed SVG; a PNG at twice the
// points; a calm line for a case with no challenges. No ImGui context
// exists in this binary, so a draw function that reached for ImGui would
// crash here rather than pass.
#include "cz_fixture.h"

#include "export_tools.h"
#include "picture_export_checks.h"
#include "temp_dir.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

using namespace challenge_zones;
using cz_test::CzFixture;
using wb::test::contains;
using wb::test::export_options;
using wb::test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("the zone map export is offered as an A4 landscape picture in PDF, SVG and PNG") {
    CzFixture f;
    wb::test::check_offers_a4_picture(f.plugins, "challenge_zones", "map", "Challenge zones");
}

TEST_CASE("the demo plan exports as one PDF page with its title, stamp, bands and legend, without ImGui") {
    CzFixture f;
    REQUIRE(f.model.seed_demo(f.case_a) > 0);
    REQUIRE(ImGui::GetCurrentContext() == nullptr); // as under `workbench export`
    TempDir dir;
    const fs::path pdf = dir / "zones.pdf";
    int pages = 0;
    const wb::core::Status s =
        f.plugins.run_export("challenge_zones", "map", export_options(WB_FORMAT_PDF, f.case_a), pdf, &pages);
    INFO(s.message());
    REQUIRE(s.is_ok());
    CHECK(pages == 1);
    CHECK(wb::test::pdf_pages(pdf) == 1);
    CHECK(contains(wb::test::pdf_page_size(pdf), "842 x 595"));

    const std::string text = wb::test::pdf_text(pdf);
    INFO(text);
    CHECK(contains(text, "Challenge zones"));
    CHECK(contains(text, "FAM-001")); // the stamp: the case's code...
    CHECK(contains(text, "2024-05-06"));
    CHECK_FALSE(contains(text, "Test family A")); // ...never the family's label
    CHECK(contains(text, "Optimal challenge"));
    CHECK(contains(text, zone_label(Zone::Overwhelming)));
    CHECK(contains(text, "Now"));
    // The legend: an aspect and the parent's diamond.
    CHECK(contains(text, aspect_short_label(Aspect::Actions)));
    CHECK(contains(text, "challenge from the parent"));
    CHECK(ImGui::GetCurrentContext() == nullptr);
}

TEST_CASE("the zone map exports as a well-formed SVG and a PNG at twice its size in points") {
    CzFixture f;
    REQUIRE(f.model.seed_demo(f.case_a) > 0);
    TempDir dir;
    const fs::path svg = dir / "zones.svg", png = dir / "zones.png";
    REQUIRE(f.plugins.run_export("challenge_zones", "map", export_options(WB_FORMAT_SVG, f.case_a), svg).is_ok());
    REQUIRE(f.plugins.run_export("challenge_zones", "map", export_options(WB_FORMAT_PNG, f.case_a), png).is_ok());
    CHECK(wb::test::xml_well_formed(svg));
    CHECK(contains(wb::test::slurp(svg), "width=\"842pt\""));
    const wb::test::PngSize size = wb::test::png_size(png);
    CHECK(size.w == 1684);
    CHECK(size.h == 1190);
}

TEST_CASE("a case with no challenges still exports, saying so; no case is refused with a reason") {
    CzFixture f;
    TempDir dir;
    const fs::path pdf = dir / "empty.pdf";
    REQUIRE(f.plugins.run_export("challenge_zones", "map", export_options(WB_FORMAT_PDF, f.case_b), pdf).is_ok());
    CHECK(wb::test::pdf_pages(pdf) == 1);
    const std::string text = wb::test::pdf_text(pdf);
    CHECK(contains(text, "Challenge zones"));
    CHECK(contains(text, "No challenges planned yet"));

    const fs::path none = dir / "none.pdf";
    const wb::core::Status s = f.plugins.run_export("challenge_zones", "map", export_options(WB_FORMAT_PDF, 0), none);
    CHECK_FALSE(s.is_ok());
    CHECK(contains(s.message(), "Pick a case"));
    CHECK_FALSE(fs::exists(none));
}
