// tests/e2e/test_export_cli.cpp - `workbench export`, run as a script
// would, without any display: a store with one case (made with the Store
// API as setup), the exporter fixture as the only plugin, and the files
// read back with pdfinfo/pdftotext. Every failure has its exit code and a
// message, and leaves no file behind.
#include "workbench_run.h"

#include "../plugins/export_tools.h"
#include "store/store.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using wb::test::quote;
using wb::test::Run;
using wb::test::TempDir;

namespace {

struct CliEnv {
    TempDir dir;
    fs::path store = dir / "cases.db";
    CliEnv() {
        fs::create_directories(dir / "plugins");
        fs::copy_file(fs::path(WB_FIXTURE_DIR) / "exporter.so", dir / "plugins" / "exporter.so");
        auto st = wb::core::Store::open(store, wb::core::OpenMode::CreateIfMissing);
        REQUIRE(st.is_ok());
        REQUIRE(st.value()->create_case("FAM-CLI", "Fictional command-line family").is_ok());
    }
    // `workbench export` with the store and plugin folder, no display.
    Run run(const std::string& args) {
        return wb::test::run_workbench(dir, "export --store " + quote(store.string()) + " --plugins-dir " +
                                                quote((dir / "plugins").string()) + " " + args,
                                       "env -u DISPLAY -u WAYLAND_DISPLAY");
    }
    std::string out(const char* name) { return quote((dir / name).string()); }
};

bool has(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }

} // namespace

TEST_CASE("workbench export writes a PDF at A4 or A3 with real text and the case code") {
    CliEnv env;
    Run r = env.run("--case FAM-CLI --export fixture_export.doc --item 7 --format pdf --out " + env.out("a4.pdf"));
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.code == 0);
    CHECK(has(r.out, "Exported Fixture document of case FAM-CLI as PDF (3 pages, A4)"));
    CHECK(wb::test::pdf_pages(env.dir / "a4.pdf") == 3);
    const std::string text = wb::test::pdf_text(env.dir / "a4.pdf");
    CHECK(has(text, "Fixture document, item 7"));
    CHECK(has(text, "FAM-CLI \xC2\xB7 20")); // code and date
    CHECK_FALSE(has(text, "Fictional command-line family"));

    r = env.run("--case FAM-CLI --export=fixture_export.doc --format pdf --page a3 --blank --out " + env.out("a3.pdf"));
    REQUIRE(r.code == 0);
    CHECK(wb::test::pdf_pages(env.dir / "a3.pdf") == 2);
    CHECK(has(wb::test::pdf_text(env.dir / "a3.pdf"), "Line 001: ___"));

    r = env.run("--case FAM-CLI --export fixture_export.doc --format md --out " + env.out("doc.md"));
    REQUIRE(r.code == 0);
    CHECK(wb::test::slurp(env.dir / "doc.md").rfind("# Fixture document\n", 0) == 0);
    r = env.run("--case FAM-CLI --export fixture_export.picture --format png --out " + env.out("p.png"));
    REQUIRE(r.code == 0);
    CHECK(wb::test::png_size(env.dir / "p.png").w == 800);
    CHECK(has(r.out, "(a picture of 400 x 300 points)")); // its own size, not "1 page, A4"
}

TEST_CASE("workbench export failures: exit codes, messages, and no file") {
    CliEnv env;
    Run r = env.run("--case NOPE-1 --export fixture_export.doc --format pdf --out " + env.out("x.pdf"));
    CHECK(r.code == 2);
    CHECK(has(r.err, "no case with the code \"NOPE-1\""));

    r = env.run("--case FAM-CLI --export fixture_export.nothing --format pdf --out " + env.out("x.pdf"));
    CHECK(r.code == 2);
    CHECK(has(r.err, "fixture_export.picture  Fixture picture (PDF, SVG, PNG)")); // what it does offer

    r = env.run("--case FAM-CLI --export elsewhere.doc --format pdf --out " + env.out("x.pdf"));
    CHECK(r.code == 3);
    CHECK(has(r.err, "no plugin \"elsewhere\""));

    // --worksheet ID is worksheets.sheet of that item.
    r = env.run("--case FAM-CLI --worksheet 4 --format pdf --out " + env.out("x.pdf"));
    CHECK(r.code == 3);
    CHECK(has(r.err, "no plugin \"worksheets\""));

    r = env.run("--case FAM-CLI --export fixture_export.broken --format pdf --out " + env.out("x.pdf"));
    CHECK(r.code == 5);
    CHECK(has(r.err, "fixture: the drawing failed on purpose"));

    r = env.run("--case FAM-CLI --export fixture_export.picture --format md --out " + env.out("x.md"));
    CHECK(r.code == 5);
    CHECK(has(r.err, "not as Markdown"));

    r = env.run("--case FAM-CLI --export fixture_export.doc --format docx --out " + env.out("x.pdf"));
    CHECK(r.code == 2);
    CHECK(has(r.err, "--format needs pdf, svg, png, md or json"));
    r = env.run("--case FAM-CLI --export fixture_export.doc --format pdf");
    CHECK(r.code == 2);
    CHECK(has(r.err, "--out FILE"));
    r = env.run("--case FAM-CLI --worksheet 4 --item 2 --format pdf --out " + env.out("x.pdf"));
    CHECK(r.code == 2);
    r = env.run("--case FAM-CLI --export fixture_export.doc --format pdf --page letter --out " + env.out("x.pdf"));
    CHECK(r.code == 2);

    CHECK_FALSE(fs::exists(env.dir / "x.pdf"));
    CHECK_FALSE(fs::exists(env.dir / "x.md"));

    // An export never creates a store.
    const fs::path missing = env.dir / "missing.db";
    r = wb::test::run_workbench(env.dir, "export --store " + quote(missing.string()) +
                                             " --case FAM-CLI --export fixture_export.doc --format pdf --out " +
                                             env.out("x.pdf"));
    CHECK(r.code == 4);
    CHECK(has(r.err, "there is no store at"));
    CHECK_FALSE(fs::exists(missing));
}

TEST_CASE("--help documents export and its exit code") {
    TempDir dir;
    const Run r = wb::test::run_workbench(dir, "--help");
    CHECK(r.code == 0);
    CHECK(has(r.out, "export --case CODE --export PLUGIN.EXPORT"));
    CHECK(has(r.out, "--worksheet ID"));
    CHECK(has(r.out, "5  export failed"));
}
