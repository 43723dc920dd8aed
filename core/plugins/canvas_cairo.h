// core/plugins/canvas_cairo.h - the file backend of the plugin canvas (see
// canvas_backend.h): cairo draws what a plugin's export draws into a PDF
// (pages, real selectable text in DejaVu Sans), an SVG or a PNG. Units are
// points (1/72 inch); a PNG is rendered at twice that, so one point is two
// pixels and it stays crisp.
//
// cairo writes an SVG's text as glyph outlines, which look exact but are
// not text; so the SVG also gets a transparent layer of real <text> at the
// same places (as scanned PDFs carry an invisible text layer), which makes
// it searchable and selectable.
//
// Only the host links cairo; plugins reach it through the canvas table.
#pragma once

#include "plugins/canvas_backend.h"
#include "util/status.h"

#include <cairo.h>

#include <cstdio>
#include <utility>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace wb::core {

class CairoCanvas final : public wb_canvas {
public:
    // Pixels per point in a PNG.
    static constexpr double kPngScale = 2.0;
    // The text size when a plugin passes 0 ("the UI size"): body text.
    static constexpr float kDefaultTextSize = 10.0f;

    // Starts writing `format` (PDF, SVG or PNG) of width x height points to
    // `file`, which is created (or emptied) now.
    static Result<std::unique_ptr<CairoCanvas>> open(wb_format format, float width, float height,
                                                     const std::filesystem::path& file);
    ~CairoCanvas() override;
    CairoCanvas(const CairoCanvas&) = delete;
    CairoCanvas& operator=(const CairoCanvas&) = delete;

    // Completes the file. Fails when cairo or the disk reported an error.
    Status finish();
    int pages() const { return page_ + 1; }

    bool ended_by_plugin() const override { return false; }
    void line(float x0, float y0, float x1, float y1, uint32_t color, float thickness) override;
    void polyline(const float* xy, int32_t count, uint32_t color, float thickness, bool closed) override;
    void polygon_filled(const float* xy, int32_t count, uint32_t color) override;
    void circle(float x, float y, float r, uint32_t color, float thickness) override;
    void circle_filled(float x, float y, float r, uint32_t color) override;
    void arc(float x, float y, float r, float a0, float a1, uint32_t color, float thickness) override;
    void rect_filled(float x0, float y0, float x1, float y1, uint32_t color, float rounding) override;
    void text(float x, float y, const char* utf8, uint32_t color, float size, int32_t style) override;
    float text_width(const char* utf8, float size, int32_t style) override;
    void extent(float& w, float& h) const override { w = width_, h = height_; }
    // PDF: the next page. SVG and PNG hold one page: what a paged export
    // draws after its first page is left out rather than drawn on top.
    void new_page() override;
    int32_t output() const override { return format_; }

private:
    CairoCanvas(wb_format format, float width, float height, std::FILE* file);
    // Drawing is skipped when the transform cannot be used (singular or not
    // finite: cairo would stop drawing altogether) or past the only page.
    bool drawable() const;
    // Runs `build` (path calls in canvas units) under the plugin's
    // transform; the path stays in device space after it.
    template <class F>
    bool build_path(F&& build);
    void stroke(uint32_t color, float thickness);
    void fill(uint32_t color);
    void use_font(float size, int32_t style);
    float text_size(float size) const;

    // What the SVG's text layer needs of each text drawn.
    struct TextRun {
        double x, baseline, size;
        int32_t style;
        std::string text;
    };
    static cairo_status_t write_out(void* self, const unsigned char* data, unsigned int length);
    std::string svg_text_layer() const;

    wb_format format_;
    float width_, height_;
    std::FILE* file_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    int page_ = 0;
    bool finished_ = false;
    float font_px_ = -1; // the font set on cr_ (px, style), to set it once
    int32_t font_style_ = -1;
    std::string svg_;                // an SVG is kept here until finish()
    std::vector<TextRun> svg_texts_; // ...with its text layer
    bool write_failed_ = false;
};

} // namespace wb::core
