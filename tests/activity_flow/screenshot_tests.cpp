// screenshot_tests.cpp - the "Activity flow" panel in the real window: the
// built `workbench` binary renders the demo family (an invented visit
// recording) with the panel in front under xvfb-run, and the PNG it saves
// is checked for what a viewer would see: the right size, not blank, and
// the diagram's squares in all four activities' colours in the diagram's
// own region (so the grid really was drawn, not only the key's swatches).
#include <doctest/doctest.h>

#include "screenshot_checks.h"

#include <array>
#include <cstdint>

namespace {

using wb::test::Image;
using wb::test::near_colour;
using wb::test::TempDir;

// The activities' colours on the light theme (af_colours.h): locating blue,
// new meaning orange, joint action bluish green, planning reddish purple.
constexpr std::array<uint32_t, 4> kActivityColours = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7};

} // namespace

TEST_CASE("--screenshot renders the demo family's sequence diagram with squares in all four activities' colours") {
    TempDir dir;
    const wb::test::PanelPicture pic = wb::test::demo_panel_picture(dir, "activity_flow.flow", "activity_flow_demo.png");
    const Image& img = pic.img;

    // The diagram: right of the sidebar, left of the figures, under the
    // toolbar and above the editing timeline.
    const int x0 = img.w * 24 / 100, x1 = img.w * 62 / 100, y0 = img.h * 10 / 100, y1 = img.h * 62 / 100;
    std::array<int, kActivityColours.size()> hits{};
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            for (std::size_t k = 0; k < kActivityColours.size(); ++k)
                if (near_colour(img.at(x, y), kActivityColours[k], 6)) ++hits[k];
    for (std::size_t k = 0; k < hits.size(); ++k) {
        INFO("activity colour " << k << ": " << hits[k] << " pixels");
        CHECK(hits[k] >= 400); // several squares' worth of each
    }
}
