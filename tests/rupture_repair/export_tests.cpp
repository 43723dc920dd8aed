// export_tests.cpp - the case timeline's "timeline" export run by the host
// as `workbench export` and the export dialog run it
// (PluginHost::run_export, cairo), read back with the tools a person would
// use: one PDF page of A4 landscape with the title, the case's stamp (never
// its label), session dates and the legend as real text; a well-formed
// SVG; a PNG at twice the points; a calm line for a case with no ruptures. No ImGui context
// exists in this binary, so a draw function that reached for ImGui would
// crash here rather than pass.
#include "rr_fixture.h"

#include "export_tools.h"
#include "picture_export_checks.h"
#include "temp_dir.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

using namespace rupture_repair;
using rr_test::RrFixture;
using wb::test::contains;
using wb::test::export_options;
using wb::test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("the timeline export is offered as an A4 landscape picture in PDF, SVG and PNG") {
    RrFixture f;
    wb::test::check_offers_a4_picture(f.plugins, "rupture_repair", "timeline", "Rupture timeline");
}

TEST_CASE("a case's ruptures export as one PDF page with its title, stamp, axis and legend, without ImGui") {
    RrFixture f;
    const Outcome open = f.model.add(rr_test::rupture(f.case_a, "2024-01-10"), rr_test::kToday);
    REQUIRE(open);
    const Outcome mended = f.model.add(rr_test::rupture(f.case_a, "2024-02-14", "Raised her voice"), rr_test::kToday);
    REQUIRE(mended);
    REQUIRE(f.model.add_repair(rr_test::repair(mended.id, "2024-02-20", "Went back to it"), rr_test::kToday));
    REQUIRE(ImGui::GetCurrentContext() == nullptr); // as under `workbench export`
    TempDir dir;
    const fs::path pdf = dir / "timeline.pdf";
    int pages = 0;
    const wb::core::Status s =
        f.plugins.run_export("rupture_repair", "timeline", export_options(WB_FORMAT_PDF, f.case_a), pdf, &pages);
    INFO(s.message());
    REQUIRE(s.is_ok());
    CHECK(pages == 1);
    CHECK(wb::test::pdf_pages(pdf) == 1);
    CHECK(contains(wb::test::pdf_page_size(pdf), "842 x 595"));

    const std::string text = wb::test::pdf_text(pdf);
    INFO(text);
    CHECK(contains(text, "Rupture timeline"));
    CHECK(contains(text, "FAM-001")); // the stamp: the case's code...
    CHECK(contains(text, "2024-05-06"));
    CHECK_FALSE(contains(text, "Test family A")); // ...never the family's label
    CHECK(contains(text, "2 ruptures logged"));
    CHECK(contains(text, "Today"));
    CHECK(contains(text, "10 Jan")); // a session on the axis
    // The legend: the shapes and the statuses.
    CHECK(contains(text, "moving away"));
    CHECK(contains(text, status_label(Status::Open)));
    CHECK(contains(text, "No alliance checks recorded yet")); // a file never says "below"
    CHECK(ImGui::GetCurrentContext() == nullptr);
}

TEST_CASE("the timeline exports as a well-formed SVG and a PNG at twice its size in points") {
    RrFixture f;
    REQUIRE(f.model.seed_demo(f.case_a, rr_test::kToday) > 0);
    TempDir dir;
    const fs::path svg = dir / "timeline.svg", png = dir / "timeline.png";
    REQUIRE(f.plugins.run_export("rupture_repair", "timeline", export_options(WB_FORMAT_SVG, f.case_a), svg).is_ok());
    REQUIRE(f.plugins.run_export("rupture_repair", "timeline", export_options(WB_FORMAT_PNG, f.case_a), png).is_ok());
    CHECK(wb::test::xml_well_formed(svg));
    CHECK(contains(wb::test::slurp(svg), "width=\"842pt\""));
    const wb::test::PngSize size = wb::test::png_size(png);
    CHECK(size.w == 1684);
    CHECK(size.h == 1190);
}

TEST_CASE("a case with no ruptures still exports, saying so; no case is refused with a reason") {
    RrFixture f;
    TempDir dir;
    const fs::path pdf = dir / "empty.pdf";
    REQUIRE(f.plugins.run_export("rupture_repair", "timeline", export_options(WB_FORMAT_PDF, f.case_b), pdf).is_ok());
    CHECK(wb::test::pdf_pages(pdf) == 1);
    const std::string text = wb::test::pdf_text(pdf);
    CHECK(contains(text, "Rupture timeline"));
    CHECK(contains(text, "No ruptures logged yet"));

    const fs::path none = dir / "none.pdf";
    const wb::core::Status s = f.plugins.run_export("rupture_repair", "timeline", export_options(WB_FORMAT_PDF, 0), none);
    CHECK_FALSE(s.is_ok());
    CHECK(contains(s.message(), "Pick a case"));
    CHECK_FALSE(fs::exists(none));
}
