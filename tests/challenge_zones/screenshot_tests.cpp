// screenshot_tests.cpp - the planner panel in the real window: the built
// `workbench` binary renders the demo case (an invented family's seven
// challenges) with the challenge zones in front under xvfb-run, and the
// PNG it saves is checked for what a viewer would see: the right size, not
// blank, and the aspects' colours on the zone map itself (so the markers
// really were drawn, not just the table's swatches or the legend's).
#include <doctest/doctest.h>

#include "workbench_run.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;

namespace {

using wb::test::Image;
using wb::test::load_png;
using wb::test::quote;
using wb::test::Run;
using wb::test::TempDir;

// The aspects' colours on the light theme for the demo's active
// challenges' markers (actions, safety, self-care, the change process):
// the host's colour-blind-safe set as cz_widgets.h hands it out.
constexpr std::array<uint32_t, 4> kMarkerColours = {0x56B4E9, 0xD55E00, 0x009E73, 0x0072B2};

bool near_colour(const unsigned char* p, uint32_t rgb, int tolerance) {
    return std::abs(p[0] - static_cast<int>((rgb >> 16) & 0xFF)) <= tolerance &&
           std::abs(p[1] - static_cast<int>((rgb >> 8) & 0xFF)) <= tolerance &&
           std::abs(p[2] - static_cast<int>(rgb & 0xFF)) <= tolerance;
}

} // namespace

TEST_CASE("--screenshot renders the demo family's zone map with markers in the aspects' colours") {
    TempDir dir;
    const fs::path shot = dir / "planner.png";
    const Run r = wb::test::run_workbench(dir, "--store " + quote((dir / "cases.db").string()) + " --plugins-dir " +
                                                   quote(WB_PLUGIN_DIR) + " --screenshot " + quote(shot.string()) +
                                                   " --size 1600x1000 --case DEMO-01 --panel challenge_zones.planner");
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("rendered panel: challenge_zones.planner") != std::string::npos);

    Image img = load_png(shot);
    REQUIRE(img.w == 1600);
    REQUIRE(img.h == 1000);

    // Not blank: many colours (anti-aliased text and arrows) and contrast.
    const Image::Stats st = img.stats();
    CHECK(st.distinct > 200);
    CHECK(st.stddev > 10.0);
    CHECK(st.mean > 150.0); // the light theme by default

    // The map: right of the sidebar, left of the plan table (whose rows
    // have a swatch in each aspect's colour), below the prompts and above
    // the legend strip (whose swatches have them too). Count the markers'
    // solid fill there; trajectories are translucent, so they do not count.
    const int x0 = img.w * 26 / 100, x1 = img.w * 57 / 100, y0 = img.h * 28 / 100, y1 = img.h * 82 / 100;
    std::array<int, kMarkerColours.size()> hits{};
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            for (std::size_t k = 0; k < kMarkerColours.size(); ++k)
                if (near_colour(img.at(x, y), kMarkerColours[k], 6)) ++hits[k];
    int seen = 0;
    for (std::size_t k = 0; k < hits.size(); ++k) {
        INFO("aspect colour " << k << ": " << hits[k] << " pixels");
        CHECK(hits[k] >= 80); // at least a marker's worth of each
        seen += hits[k] >= 80 ? 1 : 0;
    }
    CHECK(seen == static_cast<int>(kMarkerColours.size()));

    // Keep a copy to look at when WB_KEEP_SCREENSHOTS names a folder.
    if (const char* keep = std::getenv("WB_KEEP_SCREENSHOTS"); keep && *keep) {
        std::error_code ec;
        fs::create_directories(keep, ec);
        fs::copy_file(shot, fs::path(keep) / "challenge_zones_demo.png", fs::copy_options::overwrite_existing, ec);
    }
}
