// tests/e2e/test_workbench_cli.cpp - the built `workbench` binary, run as a
// user would: screenshots of the real window (this test runs under
// xvfb-run), the window-less commands and their exit codes, and the
// message when there is no display at all.
#include <doctest/doctest.h>

#include "workbench_run.h"

#include <stb/stb_image.h>

#include <sys/wait.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

using wb::test::TempDir;

using wb::test::Image;
using wb::test::quote;
using wb::test::Run;

Run workbench(const TempDir& dir, const std::string& args, const std::string& env_prefix = "") {
    return wb::test::run_workbench(dir, args, env_prefix);
}

// Size and colour statistics of a saved screenshot.
struct Shot {
    int w = 0, h = 0;
    size_t distinct = 0;
    double mean = 0, stddev = 0;
};
Shot inspect_png(const fs::path& file) {
    const Image img = wb::test::load_png(file);
    const Image::Stats st = img.stats();
    return Shot{img.w, img.h, st.distinct, st.mean, st.stddev};
}

const std::string kPlugins = quote(WB_PLUGIN_DIR);

} // namespace

TEST_CASE("--screenshot renders the demo case with the session notes panel") {
    TempDir dir;
    const fs::path shot = dir / "out.png";
    const Run r = workbench(dir, "--store " + quote((dir / "cases.db").string()) + " --plugins-dir " + kPlugins +
                                     " --screenshot " + quote(shot.string()) +
                                     " --case DEMO-01 --panel session_notes.notes");
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("rendered panel: session_notes.notes") != std::string::npos);
    // Every plugin we ship loaded in the real window and added its share of
    // the fictional demo case.
    for (const char* id : {"activity_flow", "challenge_zones", "learning_map", "rupture_repair", "session_notes",
                           "spiral_mapper", "worksheets"}) {
        INFO("plugin: " << id);
        CHECK(r.err.find(std::string("[") + id + "] info: Added") != std::string::npos);
    }
    const Shot img = inspect_png(shot);
    CHECK(img.w == 1600);
    CHECK(img.h == 1000);
    // Not blank: a real UI has text (anti-aliased, so many colours) and
    // contrast between text and background.
    CHECK(img.distinct > 100);
    CHECK(img.stddev > 10.0);
    CHECK(img.mean > 150.0); // the light theme by default
    // The store was created with the demo case, and is healthy.
    const Run check = workbench(dir, "check-store " + quote((dir / "cases.db").string()));
    CHECK(check.code == 0);
}

TEST_CASE("--panel brings that tab to the front: it alone is reported as rendered") {
    TempDir dir;
    const fs::path shot = dir / "out.png";
    const Run r = workbench(dir, "--store " + quote((dir / "cases.db").string()) + " --plugins-dir " + kPlugins +
                                     " --screenshot " + quote(shot.string()) +
                                     " --case DEMO-01 --panel rupture_repair.caseload");
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("rendered panel: rupture_repair.caseload") != std::string::npos);
    // Only the tab in the picture, not one drawn before it came to the front.
    CHECK(r.out.find("rendered panel: rupture_repair.ruptures") == std::string::npos);
    CHECK(r.out.find("rendered panel: challenge_zones.planner") == std::string::npos);
}

TEST_CASE("--size is honoured and the dark theme from the preferences is used") {
    TempDir dir;
    {
        std::ofstream cfg(dir / "config.json");
        cfg << R"({"theme": "dark", "ui_scale": 1.5})";
    }
    const fs::path shot = dir / "dark.png";
    const Run r = workbench(dir, "--store " + quote((dir / "cases.db").string()) + " --plugins-dir " + kPlugins +
                                     " --screenshot " + quote(shot.string()) + " --size 1280x800 --frames 3");
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.code == 0);
    const Shot img = inspect_png(shot);
    CHECK(img.w == 1280);
    CHECK(img.h == 800);
    CHECK(img.distinct > 100);
    CHECK(img.mean < 90.0); // dark
}

// What a facilitator puts on the projector: a demo family from the library,
// presentation mode at 1920x1080, a few steps into the spiral's story.
TEST_CASE("--demo harbour --present: presentation mode at 1920x1080, large white on black") {
    TempDir dir;
    const fs::path shot = dir / "present.png";
    const Run r = workbench(dir, "--store " + quote((dir / "cases.db").string()) + " --plugins-dir " + kPlugins +
                                     " --screenshot " + quote(shot.string()) +
                                     " --size 1920x1080 --demo harbour --present --story 3"
                                     " --panel spiral_mapper.map");
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("rendered panel: spiral_mapper.map") != std::string::npos);
    wb::test::keep_screenshot(shot, "presentation.png");
    const Image img = wb::test::load_png(shot);
    REQUIRE(img.w == 1920);
    REQUIRE(img.h == 1080);
    const Image::Stats st = img.stats();
    CHECK(st.distinct > 100); // a drawn UI, not a blank frame
    CHECK(st.mean < 60.0);    // mostly black: the high-contrast theme
    // The case line at the top is large white type: count white pixels in
    // the band where the heading sits at 2x (it would be a thin line of
    // dark text at 1x in the light theme).
    int white = 0, tall_rows = 0;
    for (int y = 10; y < 110; ++y) {
        bool row_has_white = false;
        for (int x = 20; x < 700; ++x)
            if (wb::test::near_colour(img.at(x, y), 0xFFFFFF, 40)) {
                ++white;
                row_has_white = true;
            }
        tall_rows += row_has_white ? 1 : 0;
    }
    CHECK(white > 800);
    CHECK(tall_rows >= 24); // a heading at least 24 px tall
    // The demo library made the family's case.
    const Run check = workbench(dir, "check-store " + quote((dir / "cases.db").string()));
    CHECK(check.code == 0);
    CHECK(check.out.find("Cases: 2 (0 archived, 2 demo)") != std::string::npos);
}

TEST_CASE("--demo with an unknown family is a clear error") {
    TempDir dir;
    const Run r = workbench(dir, "--store " + quote((dir / "cases.db").string()) + " --plugins-dir " + kPlugins +
                                     " --screenshot " + quote((dir / "x.png").string()) + " --demo nobody");
    CHECK(r.code == 2);
    CHECK(r.err.find("nobody") != std::string::npos);
}

TEST_CASE("--case and --panel that do not exist are clear errors") {
    TempDir dir;
    const std::string base = "--store " + quote((dir / "cases.db").string()) + " --plugins-dir " + kPlugins +
                             " --screenshot " + quote((dir / "x.png").string());
    const Run no_case = workbench(dir, base + " --case NOPE-99");
    CHECK(no_case.code == 2);
    CHECK(no_case.err.find("NOPE-99") != std::string::npos);
    const Run no_panel = workbench(dir, base + " --panel nothing.here");
    CHECK(no_panel.code == 3);
    CHECK(no_panel.err.find("nothing.here") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "x.png"));
}

TEST_CASE("without a display the workbench says so and how to get a screenshot") {
    TempDir dir;
    const Run r = workbench(dir, "--store " + quote((dir / "cases.db").string()),
                            "env -u DISPLAY -u WAYLAND_DISPLAY");
    CHECK(r.code == 1);
    CHECK(r.err.find("no display") != std::string::npos);
    CHECK(r.err.find("xvfb-run") != std::string::npos);
    CHECK(r.err.find("--screenshot") != std::string::npos);
}

TEST_CASE("check-store: 0 for a good store, 4 for a zero-byte or missing file") {
    TempDir dir;
    // Make a good store through the workbench itself.
    REQUIRE(workbench(dir, "--store " + quote((dir / "good.db").string()) + " --safe-mode --screenshot " +
                               quote((dir / "s.png").string()) + " --frames 1")
                .code == 0);
    const Run good = workbench(dir, "check-store " + quote((dir / "good.db").string()));
    CHECK(good.code == 0);
    CHECK(good.out.find("OK") != std::string::npos);

    { std::ofstream(dir / "zero.db"); }
    const Run zero = workbench(dir, "check-store " + quote((dir / "zero.db").string()));
    CHECK(zero.code == 4);
    CHECK(fs::file_size(dir / "zero.db") == 0);

    const Run missing = workbench(dir, "check-store " + quote((dir / "missing.db").string()));
    CHECK(missing.code == 4);
    CHECK_FALSE(fs::exists(dir / "missing.db"));
}

TEST_CASE("validate-plugin: 0 for a real plugin, 3 for a text file or a missing one") {
    TempDir dir;
    const Run good = workbench(dir, "validate-plugin " + quote(std::string(WB_PLUGIN_DIR) + "/session_notes.so"));
    INFO("stdout: " << good.out << "\nstderr: " << good.err);
    CHECK(good.code == 0);
    CHECK(good.out.find("OK") != std::string::npos);
    CHECK(good.out.find("session_notes") != std::string::npos);

    { std::ofstream(dir / "text.so") << "just some text, not a library\n"; }
    const Run text = workbench(dir, "validate-plugin " + quote((dir / "text.so").string()));
    CHECK(text.code == 3);
    CHECK(text.out.find("Not loadable") != std::string::npos);

    const Run missing = workbench(dir, "validate-plugin " + quote((dir / "nope.so").string()));
    CHECK(missing.code == 3);
}

TEST_CASE("plugins lists each plugin with its status") {
    TempDir dir;
    const Run r = workbench(dir, "plugins --plugins-dir " + kPlugins);
    CHECK(r.code == 0);
    CHECK(r.out.find("session_notes") != std::string::npos);
    CHECK(r.out.find("loaded") != std::string::npos);

    // A broken file in the folder is listed with its reason, still exit 0.
    fs::create_directories(dir / "plugins");
    { std::ofstream(dir / "plugins" / "broken.so") << "not a library\n"; }
    const Run broken = workbench(dir, "plugins --plugins-dir " + quote((dir / "plugins").string()));
    CHECK(broken.code == 0);
    CHECK(broken.out.find("broken.so") != std::string::npos);
}

TEST_CASE("usage: --help and --version succeed, bad arguments exit 2") {
    TempDir dir;
    const Run help = workbench(dir, "--help");
    CHECK(help.code == 0);
    CHECK(help.out.find("Exit codes") != std::string::npos);
    CHECK(help.out.find("validate-plugin") != std::string::npos);
    const Run version = workbench(dir, "--version");
    CHECK(version.code == 0);
    CHECK(version.out.find("SQLite") != std::string::npos);
    CHECK(workbench(dir, "--no-such-option").code == 2);
    CHECK(workbench(dir, "--size banana --screenshot x.png").code == 2);
    CHECK(workbench(dir, "--frames 3").code == 2); // only with --screenshot
    CHECK(workbench(dir, "validate-plugin").code == 2);
    CHECK(workbench(dir, "check-store").code == 2);
}
