// screenshot_tests.cpp - the "Ruptures" panel in the real window: the built
// `workbench` binary renders the demo case (an invented family's six
// ruptures, their repairs and alliance checks) with the tracker in front
// under xvfb-run, and the PNG it saves is checked for what a viewer would
// see: the right size, not blank, and every status's colour on the
// timeline itself (so the markers, arcs and tails really were drawn, not
// just the list's swatches).
#include <doctest/doctest.h>

#include "screenshot_checks.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

using wb::test::Image;
using wb::test::near_colour;
using wb::test::TempDir;

// The statuses' colours on the light theme, as rr_widgets.h hands them out
// from the host's colour-blind-safe set: open (orange), repairing (sky
// blue), repaired (bluish green), not resolved (reddish purple).
constexpr std::array<uint32_t, 4> kStatusColours = {0xE69F00, 0x56B4E9, 0x009E73, 0xCC79A7};

} // namespace

TEST_CASE("--screenshot renders the demo family's rupture timeline with markers in the statuses' colours") {
    TempDir dir;
    const wb::test::PanelPicture pic =
        wb::test::demo_panel_picture(dir, "rupture_repair.ruptures", "rupture_repair_demo.png");
    const Image& img = pic.img;

    // The timeline: right of the sidebar, left of the list (whose rows have
    // a swatch in each status's colour), above the alliance editor and the
    // legend (whose swatches have them too). Count solid status colour.
    const int x0 = img.w * 24 / 100, x1 = img.w * 66 / 100, y0 = img.h * 18 / 100, y1 = img.h * 62 / 100;
    std::array<int, kStatusColours.size()> hits{};
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            for (std::size_t k = 0; k < kStatusColours.size(); ++k)
                if (near_colour(img.at(x, y), kStatusColours[k], 6)) ++hits[k];
    int seen = 0;
    for (std::size_t k = 0; k < hits.size(); ++k) {
        INFO("status colour " << k << ": " << hits[k] << " pixels");
        CHECK(hits[k] >= 60); // at least a marker's worth of each
        seen += hits[k] >= 60 ? 1 : 0;
    }
    CHECK(seen == static_cast<int>(kStatusColours.size()));
}
