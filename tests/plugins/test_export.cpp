// tests/plugins/test_export.cpp - exports and imports end to end through
// the PluginHost with the exporter fixture (tests/fixtures/exporter.cpp),
// read back with the tools a person would use: a paginated PDF has more
// pages at A4 than at A3 and real text (pdftotext); an SVG is well-formed
// XML and carries its text; a PNG is twice the picture's size in points;
// a failing draw leaves no file and says why; an import over its limit is
// refused before the plugin sees it, and the plugin's refusal is reported.
#include "export_tools.h"
#include "plugin_test_env.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

using namespace wb::core;
using namespace wb::test;
namespace fs = std::filesystem;

namespace {

constexpr const char* kStamp = "FAM-EXP \xC2\xB7 2024-05-06";

struct ExportEnv : PluginEnv {
    TempDir dir;
    int64_t case_id = 0;
    ExportEnv() {
        auto c = store->create_case("FAM-EXP", "Fictional export family");
        REQUIRE(c.is_ok());
        case_id = c.value();
        const PluginInfo& info = host->load(fixture("exporter"));
        INFO(info.reason);
        REQUIRE(info.state == PluginState::Loaded);
    }
    ExportOptions options(wb_format format, PageSize page = PageSize::A4) const {
        ExportOptions o;
        o.format = format;
        o.case_id = case_id;
        o.item_id = 7;
        o.page = page;
        o.date = "2024-05-06";
        return o;
    }
    Status run(const std::string& id, const ExportOptions& o, const fs::path& out, int* pages = nullptr) {
        return host->run_export("fixture_export", id, o, out, pages);
    }
    bool only(const fs::path& file) const { // the folder holds this file and nothing else (no temp files)
        size_t n = 0;
        for (const auto& entry : fs::directory_iterator(dir.path)) {
            ++n;
            if (entry.path() != file) return false;
        }
        return n == 1;
    }
};

} // namespace

TEST_CASE("a paged PDF has real text, the stamp with the case code, and more pages at A4 than at A3") {
    ExportEnv env;
    const fs::path a4 = env.dir / "a4.pdf", a3 = env.dir / "a3.pdf";
    int pages = 0;
    Status s = env.run("doc", env.options(WB_FORMAT_PDF, PageSize::A4), a4, &pages);
    INFO(s.message());
    REQUIRE(s.is_ok());
    REQUIRE(env.run("doc", env.options(WB_FORMAT_PDF, PageSize::A3), a3).is_ok());

    // 120 lines of 14 pt with 56 pt margins: 52 a page on A4, 77 on A3.
    CHECK(pdf_pages(a4) == 3);
    CHECK(pages == 3);
    CHECK(pdf_pages(a3) == 2);
    CHECK(contains(pdf_page_size(a4), "595 x 842"));
    CHECK(contains(pdf_page_size(a3), "842 x 1191"));

    const std::string text = pdf_text(a4);
    CHECK(contains(text, "Line 001 of the fictional fixture document"));
    CHECK(contains(text, "Line 120 of the fictional fixture document"));
    CHECK(contains(text, "Fixture document, item 7"));
    CHECK(contains(text, kStamp));
    CHECK(contains(text, "Page 3"));
    CHECK_FALSE(contains(text, "Fictional export family")); // never the case label
}

TEST_CASE("the empty form prints blanks instead of the content") {
    ExportEnv env;
    ExportOptions o = env.options(WB_FORMAT_PDF);
    o.blank = true;
    const fs::path out = env.dir / "blank.pdf";
    REQUIRE(env.run("doc", o, out).is_ok());
    const std::string text = pdf_text(out);
    CHECK(contains(text, "Line 001: ____"));
    CHECK_FALSE(contains(text, "fictional fixture document"));
    // An export without an empty form refuses the option.
    o.format = WB_FORMAT_PNG;
    Status s = env.run("picture", o, env.dir / "p.png");
    CHECK_FALSE(s.is_ok());
    CHECK(contains(s.message(), "no empty form"));
}

TEST_CASE("an SVG is well-formed and carries its text; a PNG is rendered at twice the points") {
    ExportEnv env;
    const fs::path svg = env.dir / "picture.svg", png = env.dir / "picture.png", pdf = env.dir / "picture.pdf";
    REQUIRE(env.run("picture", env.options(WB_FORMAT_SVG), svg).is_ok());
    REQUIRE(env.run("picture", env.options(WB_FORMAT_PNG), png).is_ok());
    REQUIRE(env.run("picture", env.options(WB_FORMAT_PDF), pdf).is_ok());

    CHECK(xml_well_formed(svg));
    const std::string body = slurp(svg);
    CHECK(contains(body, ">Fixture picture</text>"));
    CHECK(contains(body, "font-weight=\"bold\""));
    CHECK(contains(body, "width=\"400pt\""));

    const PngSize size = png_size(png);
    CHECK(size.w == 800);
    CHECK(size.h == 600);

    // A picture keeps its own size, whatever page size is asked for.
    CHECK(contains(pdf_page_size(pdf), "400 x 300"));
    CHECK(pdf_pages(pdf) == 1);

    // A paged document as SVG is its first page only, not pages drawn over
    // each other.
    const fs::path doc_svg = env.dir / "doc.svg";
    REQUIRE(env.run("doc", env.options(WB_FORMAT_SVG), doc_svg).is_ok());
    CHECK(xml_well_formed(doc_svg));
    const std::string doc = slurp(doc_svg);
    CHECK(contains(doc, "Line 052 of"));
    CHECK_FALSE(contains(doc, "Line 053 of"));
}

TEST_CASE("Markdown and JSON are the plugin's text, written as given") {
    ExportEnv env;
    const fs::path md = env.dir / "doc.md", json = env.dir / "doc.json";
    REQUIRE(env.run("doc", env.options(WB_FORMAT_MARKDOWN), md).is_ok());
    REQUIRE(env.run("doc", env.options(WB_FORMAT_JSON), json).is_ok());
    const std::string text = slurp(md);
    CHECK(text.rfind("# Fixture document\n\n" + std::string(kStamp) + "\n", 0) == 0);
    CHECK(contains(text, "- Line 120 of the fictional fixture document\n"));
    const auto parsed = nlohmann::json::parse(slurp(json));
    CHECK(parsed["lines"] == 120);
    CHECK(parsed["item"] == 7);
}

TEST_CASE("a draw that throws leaves no file (nor replaces an old one) and keeps the plugin running") {
    ExportEnv env;
    const fs::path out = env.dir / "broken.pdf";
    Status s = env.run("broken", env.options(WB_FORMAT_PDF), out);
    CHECK_FALSE(s.is_ok());
    CHECK(contains(s.message(), "'Broken export' was not exported"));
    CHECK(contains(s.message(), "fixture: the drawing failed on purpose"));
    CHECK_FALSE(fs::exists(out));
    CHECK(fs::is_empty(env.dir.path)); // no temporary file left behind

    // An older file of that name is kept as it was.
    const fs::path md = env.dir / "broken.md";
    std::ofstream(md) << "older text\n";
    s = env.run("broken", env.options(WB_FORMAT_MARKDOWN), md);
    CHECK(contains(s.message(), "fixture: the text failed on purpose"));
    CHECK(slurp(md) == "older text\n");
    CHECK(env.only(md));

    // Not a crash: the plugin still runs and exports what works.
    CHECK(env.info("fixture_export")->state == PluginState::Loaded);
    CHECK(env.run("picture", env.options(WB_FORMAT_PNG), env.dir / "ok.png").is_ok());
}

TEST_CASE("run_export explains what it cannot do") {
    ExportEnv env;
    Status s = env.run("picture", env.options(WB_FORMAT_MARKDOWN), env.dir / "x.md");
    CHECK(contains(s.message(), "can be exported as PDF, SVG, PNG, not as Markdown"));
    s = env.run("nothing", env.options(WB_FORMAT_PDF), env.dir / "x.pdf");
    CHECK(contains(s.message(), "no export 'nothing'"));
    s = env.host->run_export("nobody", "doc", env.options(WB_FORMAT_PDF), env.dir / "x.pdf");
    CHECK(contains(s.message(), "'nobody' is not running"));
    s = env.run("doc", env.options(WB_FORMAT_PDF), env.dir / "missing" / "x.pdf");
    CHECK(contains(s.message(), "does not exist"));
    s = env.run("doc", env.options(WB_FORMAT_PDF), env.dir.path);
    CHECK(contains(s.message(), "is not a file name"));
    ExportOptions o = env.options(WB_FORMAT_PDF);
    o.case_id = 999;
    s = env.run("doc", o, env.dir / "x.pdf");
    CHECK(contains(s.message(), "no case with id 999"));
    CHECK(fs::is_empty(env.dir.path));
}

TEST_CASE("run_import hands the bytes over, refuses large files unread, and reports the plugin's refusal") {
    ExportEnv env;
    auto write = [&](const char* name, const std::string& text) {
        std::ofstream(env.dir / name, std::ios::binary) << text;
        return env.dir / name;
    };
    Status s = env.host->run_import("fixture_export", "notes", write("ok.txt", "fictional note"));
    INFO(s.message());
    CHECK(s.is_ok());
    CHECK(count_rows(*env.store, "fixture_export__received") == 1);

    s = env.host->run_import("fixture_export", "notes", write("big.txt", std::string(65, 'x')));
    CHECK(contains(s.message(), "big.txt is 65 bytes, larger than the 64 bytes this import accepts"));
    s = env.host->run_import("fixture_export", "notes", write("no.txt", "please refuse this"));
    CHECK(contains(s.message(), "no.txt was not imported: line 1: the word 'refuse' is not accepted"));
    s = env.host->run_import("fixture_export", "notes", env.dir / "absent.txt");
    CHECK(contains(s.message(), "there is no file"));
    s = env.host->run_import("fixture_export", "notes", env.dir.path);
    CHECK(contains(s.message(), "is a folder"));
    s = env.host->run_import("fixture_export", "other", env.dir / "ok.txt");
    CHECK(contains(s.message(), "no import 'other'"));
    CHECK(count_rows(*env.store, "fixture_export__received") == 1);
    CHECK(env.info("fixture_export")->state == PluginState::Loaded);
}

TEST_CASE("plugins never link cairo: only the host draws files") {
    std::vector<fs::path> files{fixture("exporter")};
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(WB_PLUGIN_DIR, ec))
        if (entry.path().extension() == ".so") files.push_back(entry.path());
    for (const fs::path& f : files) {
        const Command r = run_command("readelf -d " + shell_quote(f.string()));
        INFO(f.string());
        REQUIRE(contains(r.out, "NEEDED")); // readelf read it
        CHECK_FALSE(contains(r.out, "libcairo"));
    }
}
