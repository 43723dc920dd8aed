// tests/support/screenshot_checks.h - the checks every panel screenshot test
// starts with: the real window renders the demo case with one panel in
// front, the run succeeds and reports that panel in the picture, and the
// PNG is a rendered light-theme UI of the asked size, not a blank frame.
#pragma once

#include "workbench_run.h"

#include <doctest/doctest.h>

#include <string>

namespace wb::test {

struct PanelPicture {
    Run run;
    Image img;
};

// `name` is the PNG's file name, also used when WB_KEEP_SCREENSHOTS keeps
// a copy to look at.
inline PanelPicture demo_panel_picture(const TempDir& dir, const std::string& panel, const char* name) {
    const std::filesystem::path shot = dir / name;
    PanelPicture out;
    out.run = screenshot_demo_panel(dir, shot, panel);
    INFO("stdout: " << out.run.out << "\nstderr: " << out.run.err);
    REQUIRE(out.run.code == 0);
    CHECK(out.run.out.find("rendered panel: " + panel) != std::string::npos);

    out.img = load_png(shot);
    REQUIRE(out.img.w == 1600);
    REQUIRE(out.img.h == 1000);
    keep_screenshot(shot, name);

    // Not blank: many colours (anti-aliased text and shapes) and contrast.
    const Image::Stats st = out.img.stats();
    CHECK(st.distinct > 200);
    CHECK(st.stddev > 10.0);
    CHECK(st.mean > 150.0); // the light theme by default
    return out;
}

} // namespace wb::test
