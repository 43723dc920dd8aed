// pdf_tests.cpp - the worksheet PDF as a person reads it: the real export
// (PluginHost::run_export with the cairo backend, the plugin's layout and
// drawing) read back with poppler's pdftotext and pdfinfo. The header stamp
// (case code and date, never the family's label), the worksheet's title and
// a written answer are real text, every page says "page N of M", an empty
// form has the questions but not the answers, and A3 takes fewer pages.
#include "ws_fixture.h"

#include "export_tools.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <string>

using namespace worksheets;
using ws_test::kToday;
using ws_test::WsFixture;

namespace {

// How often `part` occurs in `text`.
int occurrences(const std::string& text, const std::string& part) {
    int n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

// The worksheet exported by the host; its page count (0 on failure).
int export_pdf(WsFixture& f, int64_t sheet, const std::filesystem::path& out, wb::core::PageSize page,
               bool blank = false) {
    wb::core::ExportOptions opt;
    opt.format = WB_FORMAT_PDF;
    opt.case_id = f.case_a;
    opt.item_id = sheet;
    opt.page = page;
    opt.blank = blank;
    opt.date = "2024-06-01";
    int pages = 0;
    const auto st = f.plugins.run_export("worksheets", "sheet", opt, out, &pages);
    INFO(st.message());
    REQUIRE(st.is_ok());
    return pages;
}

} // namespace

TEST_CASE("the worksheet PDF has real text: stamp, title, answers, page numbers; A3 in fewer pages") {
    WsFixture f;
    const Outcome s = f.store_model.start(f.case_a, std::nullopt, "parents_learning_practitioner", Source::Builtin, kToday);
    REQUIRE(s);
    auto o = f.store_model.open(s.id);
    REQUIRE(o);
    // An answer to the first text question of the template.
    const Field* text_field = nullptr;
    for (const Section& sec : o->tpl.sections)
        for (const Field& fl : sec.fields)
            if (!text_field && (fl.type == FieldType::Text || fl.type == FieldType::Line)) text_field = &fl;
    REQUIRE(text_field);
    Answers a = o->answers;
    REQUIRE(a.set(*text_field, std::string("Bedtime went more calmly this fortnight")));
    REQUIRE(f.store_model.save_answers(s.id, a, kToday));

    wb::test::TempDir dir;
    const int a4 = export_pdf(f, s.id, dir / "a4.pdf", wb::core::PageSize::A4);
    const int a3 = export_pdf(f, s.id, dir / "a3.pdf", wb::core::PageSize::A3);
    CHECK(wb::test::pdf_pages(dir / "a4.pdf") == a4);
    CHECK(wb::test::pdf_page_size(dir / "a4.pdf").find("(A4)") != std::string::npos);
    CHECK(wb::test::pdf_page_size(dir / "a3.pdf").find("(A3)") != std::string::npos);
    CHECK(a4 >= 2);
    CHECK(a3 < a4);

    const std::string text = wb::test::pdf_text(dir / "a4.pdf");
    INFO(text);
    REQUIRE(!text.empty());
    // The stamp on every page's header, the case's code and never its label.
    CHECK(occurrences(text, "FAM-001 \xC2\xB7 2024-06-01") == a4);
    CHECK(text.find("Test family") == std::string::npos);
    CHECK(text.find(o->sheet.title) != std::string::npos);
    CHECK(text.find(text_field->label.substr(0, 20)) != std::string::npos);
    CHECK(text.find("Bedtime went more calmly this fortnight") != std::string::npos);
    // "page N of M" on every page, in order.
    for (int p = 1; p <= a4; ++p)
        CHECK(text.find("page " + std::to_string(p) + " of " + std::to_string(a4)) != std::string::npos);
    CHECK(text.find("page " + std::to_string(a4 + 1) + " of") == std::string::npos);

    const std::string a3_text = wb::test::pdf_text(dir / "a3.pdf");
    CHECK(a3_text.find("page 1 of " + std::to_string(a3)) != std::string::npos);
    CHECK(a3_text.find("Bedtime went more calmly this fortnight") != std::string::npos);

    // The empty form: the same questions, none of the answers.
    const int blank = export_pdf(f, s.id, dir / "blank.pdf", wb::core::PageSize::A4, true);
    const std::string blank_text = wb::test::pdf_text(dir / "blank.pdf");
    CHECK(blank >= 1);
    CHECK(blank_text.find(text_field->label.substr(0, 20)) != std::string::npos);
    CHECK(blank_text.find("Bedtime went more calmly") == std::string::npos);
    CHECK(blank_text.find("page 1 of " + std::to_string(blank)) != std::string::npos);
}
