// export_tests.cpp - files in and out: the template import (a good file
// stored as a user template in one edit; a bad one refused with the problem
// and where, nothing stored), the template export (JSON that parses back),
// the worksheet's Markdown (title, headings, answers; an empty form), and
// the real PDF written by the host from the plugin's draw function.
#include "ws_fixture.h"

#include "ws_export.h"
#include "ws_template_edit.h"
#include "ws_template_json.h"

#include "temp_dir.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace worksheets;
using ws_test::kToday;
using ws_test::WsFixture;

namespace {

std::string sample_template_json() {
    Template t = new_template({});
    t.id = "shared_one";
    t.title = "A shared worksheet";
    add_field(t, 0, FieldType::Scale);
    return to_json(t);
}

} // namespace

TEST_CASE("importing a good template stores it as a user template in one edit") {
    WsFixture f;
    const wb::ImportSpec spec = template_import_spec(f.host);
    CHECK(spec.id == "template");
    CHECK(spec.max_bytes == 256 * 1024);
    spec.receive(sample_template_json());
    const auto e = f.store_model.latest("shared_one", Source::User);
    REQUIRE(e);
    CHECK(e->tpl.title == "A shared worksheet");
    CHECK(e->tpl.version == 1);
    CHECK(f.store->undo_label() == "Create template");
    // Importing it again is the next version, not a clash.
    spec.receive(sample_template_json());
    CHECK(f.store_model.versions("shared_one") == std::vector<int>{1, 2});
}

TEST_CASE("a bad template file is refused with the problem and where it is; nothing stored") {
    WsFixture f;
    const wb::ImportSpec spec = template_import_spec(f.host);
    const std::string before = f.store->undo_label();
    std::string bad = sample_template_json();
    bad.replace(bad.find("\"scale\""), 7, "\"slider\"");
    try {
        spec.receive(bad);
        FAIL("accepted");
    } catch (const wb::Error& e) {
        CHECK(e.status() == WB_INVALID);
        CHECK(std::string(e.what()).find("sections[0].fields[1].type") != std::string::npos);
    }
    CHECK_THROWS_AS(spec.receive("{\"schema\": 1,"), wb::Error);
    CHECK(f.store_model.templates().size() == builtin_list().size());
    CHECK(f.store->undo_label() == before);
}

TEST_CASE("the template export writes JSON that parses back to the same template") {
    WsFixture f;
    const wb::ExportSpec spec = template_export_spec(f.host);
    CHECK(spec.formats == WB_FORMAT_JSON);
    const TemplateEntry builtin = f.store_model.templates().front();
    wb_export_job job{sizeof(wb_export_job), WB_FORMAT_JSON, f.case_a, builtin.ref, 0, 0, 0, "FAM-001", nullptr};
    std::string text;
    wb::TextOut out([](void* ctx, const char* s, int32_t n) { static_cast<std::string*>(ctx)->append(s, static_cast<std::size_t>(n)); },
                    &text);
    spec.write_text(job, out);
    const ParseResult back = parse_template(text);
    REQUIRE(back.ok());
    CHECK(*back.value == builtin.tpl);
    job.item_id = 999;
    CHECK_THROWS_AS(spec.write_text(job, out), wb::Error);
}

TEST_CASE("the worksheet's Markdown has its title, headings and answers; an empty form has none") {
    WsFixture f;
    const Outcome s = f.store_model.start(f.case_a, std::nullopt, "ingredients_practitioner", Source::Builtin, kToday);
    REQUIRE(s);
    auto o = f.store_model.open(s.id);
    Answers a = o->answers;
    REQUIRE(a.set(WsFixture::field(o->tpl, "focus"), std::string("The last three visits")));
    REQUIRE(a.set(WsFixture::field(o->tpl, "help_fit"), 7));
    REQUIRE(a.set(WsFixture::field(o->tpl, "weakest"), 1));
    REQUIRE(f.store_model.save_answers(s.id, a, kToday));

    const wb::ExportSpec spec = sheet_export_spec(f.host);
    CHECK(spec.paged);
    CHECK(spec.can_blank);
    CHECK((spec.formats & WB_FORMAT_MARKDOWN) != 0);
    wb_export_job job{sizeof(wb_export_job), WB_FORMAT_MARKDOWN, f.case_a, s.id, 595, 842, 0, "FAM-001 \xC2\xB7 2024-06-01", nullptr};
    std::string md;
    wb::TextOut out([](void* ctx, const char* p, int32_t n) { static_cast<std::string*>(ctx)->append(p, static_cast<std::size_t>(n)); },
                    &md);
    spec.write_text(job, out);
    CHECK(md.rfind("# Essential ingredients: my reflection\n", 0) == 0);
    CHECK(md.find("FAM-001") != std::string::npos);
    CHECK(md.find("Test family") == std::string::npos); // never the family's label
    CHECK(md.find("\n## Help\n") != std::string::npos);
    CHECK(md.find("\n## Safe space for learning\n") != std::string::npos);
    CHECK(md.find("> The last three visits") != std::string::npos);
    CHECK(md.find("7 of 10") != std::string::npos);
    CHECK(md.find("- [x] Challenge") != std::string::npos);

    std::string blank;
    wb::TextOut blank_out([](void* ctx, const char* p, int32_t n) { static_cast<std::string*>(ctx)->append(p, static_cast<std::size_t>(n)); },
                          &blank);
    job.blank = 1;
    spec.write_text(job, blank_out);
    CHECK(blank.find("The last three visits") == std::string::npos);
    CHECK(blank.find("- [x]") == std::string::npos);
    CHECK(blank.find("\n## Help\n") != std::string::npos);

    // Another case's worksheet is refused.
    job.case_id = f.case_b;
    CHECK_THROWS_AS(spec.write_text(job, out), wb::Error);
}

TEST_CASE("the host writes the worksheet as a PDF from the plugin's draw function, A3 in fewer pages") {
    WsFixture f;
    const Outcome s = f.store_model.start(f.case_a, std::nullopt, "parents_learning_practitioner", Source::Builtin, kToday);
    REQUIRE(s);
    wb::test::TempDir dir;
    wb::core::ExportOptions opt;
    opt.format = WB_FORMAT_PDF;
    opt.case_id = f.case_a;
    opt.item_id = s.id;
    opt.date = "2024-06-01";
    int a4_pages = 0, a3_pages = 0;
    const auto a4 = f.plugins.run_export("worksheets", "sheet", opt, dir / "a4.pdf", &a4_pages);
    INFO(a4.message());
    REQUIRE(a4.is_ok());
    opt.page = wb::core::PageSize::A3;
    REQUIRE(f.plugins.run_export("worksheets", "sheet", opt, dir / "a3.pdf", &a3_pages).is_ok());
    CHECK(a4_pages >= 2);
    CHECK(a3_pages < a4_pages);
    std::ifstream in(dir / "a4.pdf", std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    CHECK(bytes.str().rfind("%PDF", 0) == 0);
}
