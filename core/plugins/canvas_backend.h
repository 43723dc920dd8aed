// core/plugins/canvas_backend.h - what a plugin's opaque wb_canvas really
// is: an abstract drawing backend. The one wb_canvas_api table every plugin
// gets (canvas_api.cpp) checks its arguments and dispatches to a backend:
// the screen (canvas_imgui.cpp, ImGui's draw list, in pixels) or a file
// (canvas_cairo.cpp: PDF, SVG, PNG, in points). So the same drawing code
// serves a panel and an export.
//
// Both backends share the plugin's affine transform (canvas units ->
// output units) and apply it the same way: points follow it, line widths
// and text sizes scale by its overall scale, text stays upright.
#pragma once

#include <workbench/abi.h>

#include <cmath>
#include <cstdint>

struct wb_canvas {
    virtual ~wb_canvas() = default;

    // x' = a*x + c*y + e ; y' = b*x + d*y + f
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
    // Overall scale (square root of the area factor): for widths and text.
    float scale() const { return static_cast<float>(std::sqrt(std::fabs(a * d - b * c))); }
    bool axis_aligned() const { return b == 0 && c == 0; }

    // A canvas the plugin began (the screen) is deleted by its end(); an
    // export's canvas belongs to the host, so end() leaves it alone.
    virtual bool ended_by_plugin() const = 0;
    // Called by end() before a plugin-owned canvas is deleted.
    virtual void finish_region() {}

    // Arguments are checked by the table: non-null, enough points, r > 0.
    virtual void line(float x0, float y0, float x1, float y1, uint32_t color, float thickness) = 0;
    virtual void polyline(const float* xy, int32_t count, uint32_t color, float thickness, bool closed) = 0;
    virtual void polygon_filled(const float* xy, int32_t count, uint32_t color) = 0;
    virtual void circle(float x, float y, float r, uint32_t color, float thickness) = 0;
    virtual void circle_filled(float x, float y, float r, uint32_t color) = 0;
    virtual void arc(float x, float y, float r, float a0, float a1, uint32_t color, float thickness) = 0;
    virtual void rect_filled(float x0, float y0, float x1, float y1, uint32_t color, float rounding) = 0;
    // Top-left of the text at (x, y); size in canvas units, 0 = default.
    virtual void text(float x, float y, const char* utf8, uint32_t color, float size, int32_t style) = 0;
    virtual float text_width(const char* utf8, float size, int32_t style) = 0;
    // The drawing area in output units (pixels, points).
    virtual void extent(float& w, float& h) const = 0;
    virtual void new_page() = 0;
    virtual int32_t output() const = 0; // 0 on screen, else a wb_format
};

namespace wb::core {

// The table plugins get (host_api()->canvas).
const wb_canvas_api* canvas_api();

// Begins a screen canvas of w x h pixels (0: the space left) in the current
// ImGui window, or nullptr outside a window (canvas_imgui.cpp).
wb_canvas* begin_imgui_canvas(float w, float h);

} // namespace wb::core
