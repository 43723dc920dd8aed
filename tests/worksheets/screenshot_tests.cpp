// screenshot_tests.cpp - the "Worksheets" panel in the real window: the
// built `workbench` binary renders the demo case (an invented family's two
// demo worksheets) with the filling panel in front under xvfb-run, and the
// PNG it saves is checked for what a viewer would see: the right size, not
// blank, and the open worksheet's form on the right of the panel, whose
// section headings, note labels and "required" marks are in the accent
// colour (so the form itself was drawn, not only the list or an empty page).
#include <doctest/doctest.h>

#include "screenshot_checks.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

using wb::test::Image;
using wb::test::near_colour;
using wb::test::TempDir;

// The light theme's accent (core/ui/theme.cpp), the default theme.
constexpr uint32_t kAccent = 0x2F6F8F;

// Pixels of `rgb` in the rectangle [x0, x1) x [y0, y1).
int count_colour(const Image& img, uint32_t rgb, int x0, int x1, int y0, int y1) {
    int n = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) n += near_colour(img.at(x, y), rgb, 8) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("--screenshot renders the demo family's open worksheet form in the Worksheets panel") {
    TempDir dir;
    const wb::test::PanelPicture pic =
        wb::test::demo_panel_picture(dir, "worksheets.sheets", "worksheets_demo.png");
    CHECK(pic.run.err.find("Added 2 demo worksheets") != std::string::npos); // the plugin's log
    const Image& img = pic.img;

    // The form: right of the sidebar and of the worksheet list, below the
    // case header and the tabs. Its accent text (the worksheet's title,
    // section headings, the figure's note labels, "required") makes solid
    // accent pixels there; the empty "no worksheets" page or a picker would
    // have few or none.
    const int form = count_colour(img, kAccent, img.w * 44 / 100, img.w * 98 / 100, img.h * 15 / 100, img.h * 93 / 100);
    INFO("accent pixels in the form: " << form);
    CHECK(form >= 400);
    // And the worksheet list on the left of the panel is not where they are.
    const int list = count_colour(img, kAccent, img.w * 24 / 100, img.w * 43 / 100, img.h * 20 / 100, img.h * 93 / 100);
    INFO("accent pixels in the list: " << list);
    CHECK(list < form / 4);
}
