// export_tests.cpp - the "flow" export run as `workbench export` and the
// export dialog run it (PluginHost::run_export, cairo), read back with the
// tools a person would use: one A4-landscape PDF page with the title, the
// case's stamp (never its label), the recording, the key and the figures
// as real text; a second recording side by side; a well-formed SVG; a PNG
// at twice the points; the figures as Markdown and JSON; and a clear
// refusal when there is nothing to export. No ImGui context exists in this
// binary, so a draw function that reached for ImGui would crash here.
#include "af_export.h"
#include "af_fixture.h"

#include "export_tools.h"
#include "picture_export_checks.h"
#include "temp_dir.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

using namespace activity_flow;
using af_test::AfFixture;
using wb::test::contains;
using wb::test::export_options;
using wb::test::TempDir;
namespace fs = std::filesystem;

namespace {

constexpr Activity L = Activity::Locating, M = Activity::Meaning, J = Activity::JointAction, P = Activity::Planning;

wb::core::ExportOptions options(wb_format format, int64_t case_id, int64_t item) {
    wb::core::ExportOptions o = export_options(format, case_id);
    o.item_id = item;
    return o;
}

} // namespace

TEST_CASE("the flow export is offered as an A4 landscape picture and as Markdown and JSON") {
    AfFixture f;
    const auto exports = f.plugins.exports_of("activity_flow");
    REQUIRE(exports.size() == 1);
    CHECK(exports[0].id == "flow");
    CHECK(exports[0].title == "Activity flow");
    CHECK(exports[0].formats ==
          (WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG | WB_FORMAT_MARKDOWN | WB_FORMAT_JSON));
    CHECK_FALSE(exports[0].paged);
    CHECK(exports[0].width == 842);
    CHECK(exports[0].height == 595);
}

TEST_CASE("a recording exports as one PDF page with title, stamp, recording, key and figures, without ImGui") {
    AfFixture f;
    const int64_t id = f.recording({{0, L}, {300, M}, {420, J}, {600, P}}, 900, "Bath time visit");
    REQUIRE(ImGui::GetCurrentContext() == nullptr); // as under `workbench export`
    TempDir dir;
    const fs::path pdf = dir / "flow.pdf";
    int pages = 0;
    const wb::core::Status s =
        f.plugins.run_export("activity_flow", "flow", options(WB_FORMAT_PDF, f.case_a, export_item(id, 0)), pdf, &pages);
    INFO(s.message());
    REQUIRE(s.is_ok());
    CHECK(pages == 1);
    CHECK(wb::test::pdf_pages(pdf) == 1);
    CHECK(contains(wb::test::pdf_page_size(pdf), "842 x 595"));
    const std::string text = wb::test::pdf_text(pdf);
    INFO(text);
    CHECK(contains(text, "Activity flow"));
    CHECK(contains(text, "FAM-001"));
    CHECK_FALSE(contains(text, "Test family A"));
    CHECK(contains(text, "Bath time visit"));
    CHECK(contains(text, "15:00")); // its length
    // The key and the figures.
    CHECK(contains(text, "Locating and orienting change"));
    CHECK(contains(text, "Planning for change"));
    CHECK(contains(text, "Switches"));
    CHECK(contains(text, "33%")); // 5 of 15 minutes locating
    CHECK(contains(text, "Which activity followed which"));
    CHECK(ImGui::GetCurrentContext() == nullptr);
}

TEST_CASE("two recordings of the case export side by side; item 0 is the latest recording") {
    AfFixture f;
    const int64_t a = f.recording({{0, L}, {60, P}}, 120, "First visit");
    const int64_t b = f.recording({{0, M}, {30, J}, {60, M}, {90, J}}, 120, "Second visit");
    TempDir dir;
    const fs::path pdf = dir / "both.pdf";
    REQUIRE(f.plugins.run_export("activity_flow", "flow", options(WB_FORMAT_PDF, f.case_a, export_item(a, b)), pdf)
                .is_ok());
    const std::string text = wb::test::pdf_text(pdf);
    CHECK(contains(text, "Compared with"));
    CHECK(contains(text, "First visit"));
    CHECK(contains(text, "Second visit"));

    const fs::path md = dir / "latest.md";
    REQUIRE(f.plugins.run_export("activity_flow", "flow", options(WB_FORMAT_MARKDOWN, f.case_a, 0), md).is_ok());
    const std::string m = wb::test::slurp(md);
    CHECK(contains(m, "# Activity flow"));
    CHECK(contains(m, "## Second visit"));
    CHECK_FALSE(contains(m, "First visit"));
    CHECK(contains(m, "3 switches"));
    CHECK(contains(m, "| M Creating new meaning | 50.0% | 1:00 |"));
    CHECK(contains(m, "| M | 0 | 0 | 2 | 0 |")); // M was followed by J twice
}

TEST_CASE("the figures export as JSON; a finished file for SVG and PNG") {
    AfFixture f;
    const int64_t id = f.recording({{0, L}, {45, M}, {90, L}}, 120, "Visit \"quoted\"");
    TempDir dir;
    const fs::path json = dir / "flow.json", svg = dir / "flow.svg", png = dir / "flow.png";
    REQUIRE(f.plugins.run_export("activity_flow", "flow", options(WB_FORMAT_JSON, f.case_a, id), json).is_ok());
    const std::string j = wb::test::slurp(json);
    CHECK(contains(j, "\"title\": \"Visit \\\"quoted\\\"\""));
    CHECK(contains(j, "\"switches\": 2"));
    CHECK(contains(j, "\"duration_s\": 120"));
    CHECK(contains(j, "\"transitions\": [[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]"));
    REQUIRE(f.plugins.run_export("activity_flow", "flow", options(WB_FORMAT_SVG, f.case_a, id), svg).is_ok());
    REQUIRE(f.plugins.run_export("activity_flow", "flow", options(WB_FORMAT_PNG, f.case_a, id), png).is_ok());
    CHECK(wb::test::xml_well_formed(svg));
    CHECK(contains(wb::test::slurp(svg), "width=\"842pt\""));
    const wb::test::PngSize size = wb::test::png_size(png);
    CHECK(size.w == 1684);
    CHECK(size.h == 1190);
}

TEST_CASE("nothing to export is refused with a reason and no file") {
    AfFixture f;
    TempDir dir;
    const fs::path none = dir / "none.pdf";
    wb::core::Status s = f.plugins.run_export("activity_flow", "flow", options(WB_FORMAT_PDF, f.case_b, 0), none);
    CHECK_FALSE(s.is_ok());
    CHECK(contains(s.message(), "no activity recordings"));
    s = f.plugins.run_export("activity_flow", "flow", options(WB_FORMAT_PDF, 0, 0), none);
    CHECK(contains(s.message(), "Pick a case"));
    // Another family's recording is not exported under this case.
    const int64_t other = f.recording({{0, L}}, 60, "Other", 30, f.case_b);
    s = f.plugins.run_export("activity_flow", "flow", options(WB_FORMAT_PDF, f.case_a, other), none);
    CHECK_FALSE(s.is_ok());
    CHECK_FALSE(fs::exists(none));
}
