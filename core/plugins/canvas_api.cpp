// core/plugins/canvas_api.cpp - the one wb_canvas_api table. Each entry
// checks what the plugin passed (null canvas, null text, too few points,
// non-finite numbers) once, here, and then calls the canvas's backend, so
// the screen and the file backends never see bad input.
#include "plugins/canvas_backend.h"

#include <cmath>

namespace wb::core {
namespace {

bool finite(float v) { return std::isfinite(v); }
template <class... T>
bool finite(float v, T... more) {
    return std::isfinite(v) && finite(more...);
}

wb_canvas* begin(wb_host*, float w, float h) { return begin_imgui_canvas(finite(w) ? w : 0, finite(h) ? h : 0); }

void end(wb_canvas* cv) {
    if (!cv || !cv->ended_by_plugin()) return;
    cv->finish_region();
    delete cv;
}

void set_transform(wb_canvas* cv, double a, double b, double c, double d, double e, double f) {
    if (!cv) return;
    cv->a = a, cv->b = b, cv->c = c, cv->d = d, cv->e = e, cv->f = f;
}

void line(wb_canvas* cv, float x0, float y0, float x1, float y1, uint32_t color, float thickness) {
    if (cv && finite(x0, y0, x1, y1, thickness)) cv->line(x0, y0, x1, y1, color, thickness);
}

void polyline(wb_canvas* cv, const float* xy, int32_t count, uint32_t color, float thickness, int32_t closed) {
    if (cv && xy && count >= 2 && finite(thickness)) cv->polyline(xy, count, color, thickness, closed != 0);
}

void polygon_filled(wb_canvas* cv, const float* xy, int32_t count, uint32_t color) {
    if (cv && xy && count >= 3) cv->polygon_filled(xy, count, color);
}

void circle(wb_canvas* cv, float x, float y, float r, uint32_t color, float thickness) {
    if (cv && finite(x, y, r, thickness) && r > 0) cv->circle(x, y, r, color, thickness);
}

void circle_filled(wb_canvas* cv, float x, float y, float r, uint32_t color) {
    if (cv && finite(x, y, r) && r > 0) cv->circle_filled(x, y, r, color);
}

void arc(wb_canvas* cv, float x, float y, float r, float a0, float a1, uint32_t color, float thickness) {
    if (cv && finite(x, y, r, a0, a1, thickness) && r > 0 && a0 != a1) cv->arc(x, y, r, a0, a1, color, thickness);
}

void rect_filled(wb_canvas* cv, float x0, float y0, float x1, float y1, uint32_t color, float rounding) {
    if (cv && finite(x0, y0, x1, y1, rounding)) cv->rect_filled(x0, y0, x1, y1, color, rounding);
}

void text_styled(wb_canvas* cv, float x, float y, const char* utf8, uint32_t color, float size, int32_t style) {
    if (cv && utf8 && finite(x, y, size)) cv->text(x, y, utf8, color, size > 0 ? size : 0, style);
}

void text(wb_canvas* cv, float x, float y, const char* utf8, uint32_t color, float size) {
    text_styled(cv, x, y, utf8, color, size, WB_TEXT_REGULAR);
}

void size(wb_canvas* cv, float* w, float* h) {
    if (!cv) return;
    float ew = 0, eh = 0;
    cv->extent(ew, eh);
    const double sx = std::hypot(cv->a, cv->b), sy = std::hypot(cv->c, cv->d);
    if (w) *w = static_cast<float>(sx > 0 ? ew / sx : ew);
    if (h) *h = static_cast<float>(sy > 0 ? eh / sy : eh);
}

float text_width(wb_canvas* cv, const char* utf8, float size, int32_t style) {
    if (!cv || !utf8 || !finite(size)) return 0;
    return cv->text_width(utf8, size > 0 ? size : 0, style);
}

void new_page(wb_canvas* cv) {
    if (cv) cv->new_page();
}

int32_t output(wb_canvas* cv) { return cv ? cv->output() : 0; }

} // namespace

const wb_canvas_api* canvas_api() {
    static const wb_canvas_api api = [] {
        wb_canvas_api a{};
        a.struct_size = sizeof(wb_canvas_api);
        a.begin = &begin;
        a.end = &end;
        a.set_transform = &set_transform;
        a.line = &line;
        a.polyline = &polyline;
        a.polygon_filled = &polygon_filled;
        a.circle = &circle;
        a.circle_filled = &circle_filled;
        a.arc = &arc;
        a.rect_filled = &rect_filled;
        a.text = &text;
        a.size = &size;
        a.text_width = &text_width;
        a.text_styled = &text_styled;
        a.new_page = &new_page;
        a.output = &output;
        return a;
    }();
    return &api;
}

} // namespace wb::core
