// screenshot_tests.cpp - the spiral panel in the real window: the built
// `workbench` binary renders the demo case (about 25 steps) with the
// partnership spiral in front under xvfb-run, and the PNG it saves is
// checked for what a viewer would see: the right size, not blank, and the
// kinds' colours on the map itself (so the markers really were drawn, not
// just the side column's coloured bullets).
#include <doctest/doctest.h>

#include "workbench_run.h"

#include <stb/stb_image.h>

#include <sys/wait.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using wb::test::TempDir;

using wb::test::Image;
using wb::test::load_png;
using wb::test::quote;
using wb::test::Run;

Run workbench(const TempDir& dir, const std::string& args) { return wb::test::run_workbench(dir, args); }

// The five kinds' colours on the light theme (the host's colour-blind-safe
// set, in the order the plugin gives them to the kinds).
constexpr std::array<uint32_t, 5> kKindColours = {0xE69F00, 0x56B4E9, 0x009E73, 0x0072B2, 0xD55E00};

bool near_colour(const unsigned char* p, uint32_t rgb, int tolerance) {
    return std::abs(p[0] - static_cast<int>((rgb >> 16) & 0xFF)) <= tolerance &&
           std::abs(p[1] - static_cast<int>((rgb >> 8) & 0xFF)) <= tolerance &&
           std::abs(p[2] - static_cast<int>(rgb & 0xFF)) <= tolerance;
}

} // namespace

TEST_CASE("--screenshot renders the demo family's spiral with its markers in the kinds' colours") {
    TempDir dir;
    const fs::path shot = dir / "spiral.png";
    const Run r = workbench(dir, "--store " + quote((dir / "cases.db").string()) + " --plugins-dir " +
                                     quote(WB_PLUGIN_DIR) + " --screenshot " + quote(shot.string()) +
                                     " --size 1600x1000 --case DEMO-01 --panel spiral_mapper.map");
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("rendered panel: spiral_mapper.map") != std::string::npos);

    Image img = load_png(shot);
    REQUIRE(img.w == 1600);
    REQUIRE(img.h == 1000);

    // Not blank: many colours (anti-aliased text and curves) and contrast.
    const Image::Stats st = img.stats();
    CHECK(st.distinct > 200);
    CHECK(st.stddev > 10.0);
    CHECK(st.mean > 150.0); // the light theme by default

    // The map: right of the sidebar, left of the panel's side column (whose
    // summary has a bullet in each kind's colour), above the legend strip
    // (whose swatches have them too). Count the markers' solid fill there.
    const int x0 = img.w * 30 / 100, x1 = img.w * 70 / 100, y0 = img.h * 12 / 100, y1 = img.h * 80 / 100;
    std::array<int, kKindColours.size()> hits{};
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            for (std::size_t k = 0; k < kKindColours.size(); ++k)
                if (near_colour(img.at(x, y), kKindColours[k], 6)) ++hits[k];
    int kinds_seen = 0;
    for (std::size_t k = 0; k < hits.size(); ++k) {
        INFO("kind " << k << ": " << hits[k] << " pixels");
        CHECK(hits[k] >= 40); // at least a marker's worth of each kind
        kinds_seen += hits[k] >= 40 ? 1 : 0;
    }
    CHECK(kinds_seen == 5);

    // Keep a copy to look at when WB_KEEP_SCREENSHOTS names a folder.
    if (const char* keep = std::getenv("WB_KEEP_SCREENSHOTS"); keep && *keep) {
        std::error_code ec;
        fs::create_directories(keep, ec);
        fs::copy_file(shot, fs::path(keep) / "spiral_demo.png", fs::copy_options::overwrite_existing, ec);
    }
}
