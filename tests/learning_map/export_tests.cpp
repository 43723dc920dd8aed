// export_tests.cpp - the learning map's two exports run by the host as
// `workbench export` and the export dialog run them (PluginHost::run_export,
// cairo), read back with the tools a person would use: one A4-landscape PDF
// page with the title, the case's stamp (never its label), the domains, the
// conditions and the legend as real text and NO note; the family version in
// plain words; a map as of an earlier session; a well-formed SVG; a PNG at
// twice the points; a calm line for a case without sessions. No ImGui
// context exists in this binary, so a draw function that reached for ImGui
// would crash here rather than pass.
#include "lm_export.h"
#include "lm_fixture.h"

#include "export_tools.h"
#include "picture_export_checks.h"
#include "temp_dir.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

using namespace learning_map;
using lm_test::evidence;
using lm_test::LmFixture;
using wb::test::contains;
using wb::test::export_options;
using wb::test::TempDir;
namespace fs = std::filesystem;

namespace {

constexpr const char* kNote = "Xylophone lessons with grandad";

void seed(LmFixture& f) {
    REQUIRE(f.model.add_evidence(evidence(f.case_a, f.a1, Domain::GettingHelp, kNote)));
    REQUIRE(f.model.add_evidence(evidence(f.case_a, f.a2, Domain::MyChild, "Second note")));
    REQUIRE(f.model.set_priority(f.case_a, Domain::Me, f.a2, true));
    REQUIRE(f.model.save_ratings(lm_test::ratings(f.case_a, f.a1, 1, 2, 3, 3, 3, 3)));
}

std::string export_pdf(LmFixture& f, const char* id, int64_t case_id, int64_t item, const fs::path& pdf) {
    wb::core::ExportOptions o = export_options(WB_FORMAT_PDF, case_id);
    o.item_id = item;
    int pages = 0;
    const wb::core::Status s = f.plugins.run_export("learning_map", id, o, pdf, &pages);
    INFO(s.message());
    REQUIRE(s.is_ok());
    CHECK(pages == 1);
    return wb::test::pdf_text(pdf);
}

} // namespace

TEST_CASE("two A4 landscape pictures are offered: the practitioner's map and the family's") {
    LmFixture f;
    const auto exports = f.plugins.exports_of("learning_map");
    REQUIRE(exports.size() == 2);
    CHECK(exports[0].id == kMapExportId);
    CHECK(exports[0].title == "Learning map");
    CHECK(exports[1].id == kFamilyMapExportId);
    for (const auto& x : exports) {
        CHECK(x.formats == (WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG));
        CHECK_FALSE(x.paged);
        CHECK(x.width == 842);
        CHECK(x.height == 595);
    }
}

TEST_CASE("the map exports as one PDF page with title, stamp, domains, conditions and legend, never a note") {
    LmFixture f;
    seed(f);
    REQUIRE(ImGui::GetCurrentContext() == nullptr); // as under `workbench export`
    TempDir dir;
    const fs::path pdf = dir / "map.pdf";
    const std::string text = export_pdf(f, kMapExportId, f.case_a, 0, pdf);
    INFO(text);
    CHECK(wb::test::pdf_pages(pdf) == 1);
    CHECK(contains(wb::test::pdf_page_size(pdf), "842 x 595"));
    CHECK(contains(text, "Parents' learning map"));
    CHECK(contains(text, "FAM-001"));
    CHECK_FALSE(contains(text, "Test family A"));
    CHECK(contains(text, "As of session 2 of 2"));
    CHECK(contains(text, "2 signs of learning"));
    for (int k = 0; k < kDomainCount; ++k) CHECK(contains(text, domain_label(static_cast<Domain>(k))));
    CHECK(contains(text, "Trust"));
    CHECK(contains(text, "Openness"));
    CHECK(contains(text, "a priority the family chose"));
    CHECK(contains(text, "as rated on")); // session 2 has no ratings: session 1's, dated
    CHECK(contains(text, "2024-01-10"));
    CHECK_FALSE(contains(text, "Xylophone")); // notes never reach a picture
    CHECK(ImGui::GetCurrentContext() == nullptr);
}

TEST_CASE("the family map uses plain words; an earlier session's map leaves later data out") {
    LmFixture f;
    seed(f);
    TempDir dir;
    std::string text = export_pdf(f, kFamilyMapExportId, f.case_a, 0, dir / "family.pdf");
    INFO(text);
    CHECK(contains(text, "Our learning map"));
    CHECK(contains(text, "Asking for help"));
    CHECK(contains(text, "Star: what you want to work on"));
    CHECK_FALSE(contains(text, "Xylophone"));
    CHECK_FALSE(contains(text, "signs of learning recorded")); // no practitioner's summary line

    text = export_pdf(f, kMapExportId, f.case_a, f.a1, dir / "first.pdf");
    CHECK(contains(text, "As of session 1 of 2"));
    CHECK(contains(text, "1 sign of learning"));

    // A session of another family is refused with a reason.
    wb::core::ExportOptions o = export_options(WB_FORMAT_PDF, f.case_a);
    o.item_id = f.b1;
    const wb::core::Status s = f.plugins.run_export("learning_map", kMapExportId, o, dir / "bad.pdf");
    CHECK_FALSE(s.is_ok());
    CHECK(contains(s.message(), "not part of this case"));
}

TEST_CASE("the map exports as a well-formed SVG and a PNG at twice its size in points") {
    LmFixture f;
    seed(f);
    TempDir dir;
    const fs::path svg = dir / "map.svg", png = dir / "map.png";
    REQUIRE(f.plugins.run_export("learning_map", kMapExportId, export_options(WB_FORMAT_SVG, f.case_a), svg).is_ok());
    REQUIRE(f.plugins.run_export("learning_map", kFamilyMapExportId, export_options(WB_FORMAT_PNG, f.case_a), png).is_ok());
    CHECK(wb::test::xml_well_formed(svg));
    CHECK(contains(wb::test::slurp(svg), "width=\"842pt\""));
    const wb::test::PngSize size = wb::test::png_size(png);
    CHECK(size.w == 1684);
    CHECK(size.h == 1190);
}

TEST_CASE("a case without sessions still exports, saying so; no case is refused with a reason") {
    LmFixture f;
    const int64_t empty = lm_test::must(f.store->create_case("FAM-003", "No sessions"));
    TempDir dir;
    const std::string text = export_pdf(f, kMapExportId, empty, 0, dir / "empty.pdf");
    CHECK(contains(text, "No sessions recorded yet"));
    const fs::path none = dir / "none.pdf";
    const wb::core::Status s =
        f.plugins.run_export("learning_map", kMapExportId, export_options(WB_FORMAT_PDF, 0), none);
    CHECK_FALSE(s.is_ok());
    CHECK(contains(s.message(), "Pick a case"));
    CHECK_FALSE(fs::exists(none));
}
