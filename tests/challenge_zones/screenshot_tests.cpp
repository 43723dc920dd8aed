// screenshot_tests.cpp - the planner panel in the real window: the built
// `workbench` binary renders the demo case (an invented family's seven
// challenges) with the challenge zones in front under xvfb-run, and the
// PNG it saves is checked for what a viewer would see: the right size, not
// blank, and the aspects' colours on the zone map itself (so the markers
// really were drawn, not just the table's swatches or the legend's).
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

// The aspects' colours on the light theme for the demo's active
// challenges' markers (actions, safety, self-care, the change process):
// the host's colour-blind-safe set as cz_widgets.h hands it out.
constexpr std::array<uint32_t, 4> kMarkerColours = {0x56B4E9, 0xD55E00, 0x009E73, 0x0072B2};

} // namespace

TEST_CASE("--screenshot renders the demo family's zone map with markers in the aspects' colours") {
    TempDir dir;
    const wb::test::PanelPicture pic =
        wb::test::demo_panel_picture(dir, "challenge_zones.planner", "challenge_zones_demo.png");
    const Image& img = pic.img;

    // The map: at 1600 px the panel is too narrow for the map beside the
    // table (cz_layout.h), so the map spans the panel right of the sidebar,
    // below the prompts and above its legend strip and the plan table under
    // it (whose swatches have the aspects' colours too). Count the markers'
    // solid fill there; trajectories are translucent, so they do not count.
    const int x0 = img.w * 26 / 100, x1 = img.w * 97 / 100, y0 = img.h * 26 / 100, y1 = img.h * 72 / 100;
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
}
