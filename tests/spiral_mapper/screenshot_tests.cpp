// screenshot_tests.cpp - the spiral panel in the real window: the built
// `workbench` binary renders the demo case (about 25 steps) with the
// partnership spiral in front under xvfb-run, and the PNG it saves is
// checked for what a viewer would see: the right size, not blank, and the
// kinds' colours on the map itself (so the markers really were drawn, not
// just the side column's coloured bullets).
#include <doctest/doctest.h>

#include "screenshot_checks.h"

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

namespace {

using wb::test::Image;
using wb::test::near_colour;
using wb::test::TempDir;

// The five kinds' colours on the light theme (the host's colour-blind-safe
// set, in the order the plugin gives them to the kinds).
constexpr std::array<uint32_t, 5> kKindColours = {0xE69F00, 0x56B4E9, 0x009E73, 0x0072B2, 0xD55E00};

} // namespace

TEST_CASE("--screenshot renders the demo family's spiral with its markers in the kinds' colours") {
    TempDir dir;
    const wb::test::PanelPicture pic =
        wb::test::demo_panel_picture(dir, "spiral_mapper.map", "spiral_demo.png");
    const Image& img = pic.img;

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
}
