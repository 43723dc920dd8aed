// screenshot_tests.cpp - the "Learning map" panel in the real window: the
// built `workbench` binary renders the demo case (the fictional rivers
// family, six sessions) with the map in front under xvfb-run, and the PNG it
// saves is checked for what a viewer would see: not blank, domains filled
// in the evidence green, the strong recency ring on the domains seen in the
// latest session, the family's priority stars, and the parent's rating
// dots at the centre. A second run presents the same case at 1920x1080
// (large scale, high contrast) and checks the map is still drawn.
#include <doctest/doctest.h>

#include "screenshot_checks.h"

#include <cstdint>
#include <string>

namespace {

using wb::test::Image;
using wb::test::near_colour;
using wb::test::TempDir;

// The light theme's colour-blind-safe set (lm_colours.h).
constexpr uint32_t kPriorityOrange = 0xE69F00, kRecencyBlue = 0x0072B2, kParentPurple = 0xCC79A7;

struct Hits {
    int green = 0, orange = 0, blue = 0, purple = 0;
};

// Counts the map's colours inside a rectangle given in percent of the image.
Hits count(const Image& img, int x0p, int x1p, int y0p, int y1p) {
    Hits h;
    for (int y = img.h * y0p / 100; y < img.h * y1p / 100; ++y)
        for (int x = img.w * x0p / 100; x < img.w * x1p / 100; ++x) {
            const unsigned char* p = img.at(x, y);
            // The evidence fill: white mixed towards bluish green.
            if (p[1] - p[0] > 60 && p[1] - p[2] > 12) ++h.green;
            if (near_colour(p, kPriorityOrange, 8)) ++h.orange;
            if (near_colour(p, kRecencyBlue, 8)) ++h.blue;
            if (near_colour(p, kParentPurple, 8)) ++h.purple;
        }
    return h;
}

} // namespace

TEST_CASE("--screenshot renders the demo family's learning map: filled domains, rings, stars, rating dots") {
    TempDir dir;
    const wb::test::PanelPicture pic = wb::test::demo_panel_picture(dir, "learning_map.map", "learning_map_demo.png");
    // The map: right of the sidebar, left of the side form.
    const Hits h = count(pic.img, 18, 70, 8, 99);
    INFO("green " << h.green << ", orange " << h.orange << ", blue " << h.blue << ", purple " << h.purple);
    CHECK(h.green >= 5000);  // several domains with signs of learning
    CHECK(h.blue >= 1500);   // at least one full recency ring (the legend's small rings are far less)
    CHECK(h.orange >= 300);  // the priority stars, beyond the legend's one
    CHECK(h.purple >= 150);  // the parent's rating dots, beyond the legend's one
}

TEST_CASE("presenting the demo case at 1920x1080 still draws the whole map") {
    TempDir dir;
    const std::filesystem::path shot = dir / "learning_map_present.png";
    const wb::test::Run run = wb::test::run_workbench(
        dir, "--store " + wb::test::quote((dir / "cases.db").string()) + " --plugins-dir " +
                 wb::test::quote(WB_PLUGIN_DIR) + " --screenshot " + wb::test::quote(shot.string()) +
                 " --size 1920x1080 --case DEMO-01 --panel learning_map.map --present");
    INFO("stdout: " << run.out << "\nstderr: " << run.err);
    REQUIRE(run.code == 0);
    const Image img = wb::test::load_png(shot);
    REQUIRE(img.w == 1920);
    REQUIRE(img.h == 1080);
    wb::test::keep_screenshot(shot, "learning_map_present.png");
    const Hits h = count(img, 0, 100, 0, 100);
    INFO("green " << h.green << ", orange " << h.orange << ", blue " << h.blue << ", purple " << h.purple);
    CHECK(h.green >= 5000);
    CHECK(h.orange >= 300);
}
