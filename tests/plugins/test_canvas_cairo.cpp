// tests/plugins/test_canvas_cairo.cpp - the cairo canvas through the same
// table plugins call (host_api()->canvas), without ImGui: text widths from
// the real font, the top-left text convention, styles, bad input that must
// not stop the drawing (invalid UTF-8, a singular transform), and pages.
#include "export_tools.h"
#include "plugins/canvas_cairo.h"
#include "plugins/plugin_host.h"
#include "temp_dir.h"

#include <doctest/doctest.h>
#include <stb/stb_image.h>

#include <memory>
#include <string>

using namespace wb::core;
using namespace wb::test;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<CairoCanvas> open_canvas(wb_format f, float w, float h, const fs::path& out) {
    auto c = CairoCanvas::open(f, w, h, out);
    INFO(c.message());
    REQUIRE(c.is_ok());
    return std::move(c.value());
}

bool contains(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }

} // namespace

TEST_CASE("text widths come from the font: longer, bigger and bold are wider; the transform is undone") {
    TempDir dir;
    auto canvas = open_canvas(WB_FORMAT_PDF, 595, 842, dir / "w.pdf");
    const wb_canvas_api& api = *host_api()->canvas;
    wb_canvas* c = canvas.get();
    const float w = api.text_width(c, "Partnership", 10, WB_TEXT_REGULAR);
    CHECK(w > 30);
    CHECK(w < 80);
    CHECK(api.text_width(c, "Partnership work", 10, WB_TEXT_REGULAR) > w);
    CHECK(api.text_width(c, "Partnership", 20, WB_TEXT_REGULAR) == doctest::Approx(2 * w).epsilon(0.02));
    CHECK(api.text_width(c, "Partnership", 10, WB_TEXT_BOLD) > w);
    CHECK(api.text_width(c, "Partnership", 0, WB_TEXT_REGULAR) ==
          doctest::Approx(w * CairoCanvas::kDefaultTextSize / 10).epsilon(0.02));
    // At scale 2 the same text is the same width in canvas units.
    api.set_transform(c, 2, 0, 0, 2, 0, 0);
    CHECK(api.text_width(c, "Partnership", 10, WB_TEXT_REGULAR) == doctest::Approx(w).epsilon(0.02));
    CHECK(api.output(c) == WB_FORMAT_PDF);
    float cw = 0, ch = 0;
    api.size(c, &cw, &ch);
    CHECK(cw == doctest::Approx(297.5f));
    CHECK(ch == doctest::Approx(421.0f));
    CHECK(canvas->finish().is_ok());
}

TEST_CASE("bad input from a plugin does not stop the drawing") {
    TempDir dir;
    const fs::path out = dir / "bad.pdf";
    auto canvas = open_canvas(WB_FORMAT_PDF, 595, 842, out);
    const wb_canvas_api& api = *host_api()->canvas;
    wb_canvas* c = canvas.get();
    api.text(c, 50, 50, "broken \xC3\x28 bytes", 0xFF000000, 12);
    api.set_transform(c, 0, 0, 0, 0, 0, 0); // singular: skipped, not fatal
    api.line(c, 0, 0, 10, 10, 0xFF000000, 1);
    api.text(c, 50, 80, "hidden", 0xFF000000, 12);
    api.set_transform(c, 1, 0, 0, 1, 0, 0);
    const float nan = std::nanf("");
    api.line(c, nan, 0, 10, 10, 0xFF000000, 1);
    api.circle(c, 10, 10, -5, 0xFF000000, 1);
    const float pts[] = {0, 0, nan, 1, 2, 2};
    api.polygon_filled(c, pts, 3, 0xFF000000);
    api.text(c, 50, 110, "still drawing", 0xFF000000, 12);
    api.end(c); // a plugin's end() on a host canvas does nothing
    api.text(c, 50, 140, "after end", 0xFF000000, 12);
    REQUIRE(canvas->finish().is_ok());
    const std::string text = pdf_text(out);
    CHECK(contains(text, "broken"));
    CHECK(contains(text, "bytes"));
    CHECK_FALSE(contains(text, "hidden"));
    CHECK(contains(text, "still drawing"));
    CHECK(contains(text, "after end"));
}

TEST_CASE("text is placed by its top-left corner, as on screen") {
    TempDir dir;
    const fs::path out = dir / "top.png";
    auto canvas = open_canvas(WB_FORMAT_PNG, 100, 40, out);
    const wb_canvas_api& api = *host_api()->canvas;
    // A black 20 pt "H" at the top-left: its ink is inside the first line
    // box (0..~24 pt), not above it, as a baseline position would put it.
    api.text(canvas.get(), 0, 0, "H", 0xFF000000, 20);
    REQUIRE(canvas->finish().is_ok());
    const PngSize size = png_size(out);
    CHECK(size.w == 200);
    CHECK(size.h == 80);
    int w = 0, h = 0, n = 0;
    unsigned char* px = stbi_load(out.c_str(), &w, &h, &n, 1);
    REQUIRE(px != nullptr);
    int top = -1, bottom = -1;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (px[y * w + x] < 128) {
                if (top < 0) top = y;
                bottom = y;
            }
    stbi_image_free(px);
    // In pixels (2 per point): the cap's top a few points down, the
    // baseline near the font's ascent (about 18.6 pt for 20 pt DejaVu).
    CHECK(top >= 4);
    CHECK(top <= 14);
    CHECK(bottom >= 32);
    CHECK(bottom <= 40);
}

TEST_CASE("a PDF's pages are the new_page calls plus one") {
    TempDir dir;
    const fs::path out = dir / "pages.pdf";
    auto canvas = open_canvas(WB_FORMAT_PDF, 595, 842, out);
    const wb_canvas_api& api = *host_api()->canvas;
    for (int i = 1; i <= 4; ++i) {
        api.text(canvas.get(), 50, 50, ("Page " + std::to_string(i)).c_str(), 0xFF000000, 12);
        if (i < 4) api.new_page(canvas.get());
    }
    CHECK(canvas->pages() == 4);
    REQUIRE(canvas->finish().is_ok());
    CHECK(pdf_pages(out) == 4);
    CHECK_FALSE(canvas->finish().is_ok()); // only once
}

TEST_CASE("a file that cannot be created is a clear error") {
    auto c = CairoCanvas::open(WB_FORMAT_PDF, 595, 842, "/nonexistent-folder/x.pdf");
    CHECK_FALSE(c.is_ok());
    CHECK(contains(c.message(), "cannot write /nonexistent-folder/x.pdf"));
    TempDir dir;
    c = CairoCanvas::open(WB_FORMAT_PDF, 0, 842, dir / "x.pdf");
    CHECK(contains(c.message(), "not usable"));
    c = CairoCanvas::open(WB_FORMAT_MARKDOWN, 595, 842, dir / "x.md");
    CHECK(contains(c.message(), "only PDF, SVG and PNG"));
}
