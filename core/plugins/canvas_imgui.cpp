// core/plugins/canvas_imgui.cpp - the screen backend of the plugin canvas
// (see canvas_backend.h): drawn through the current ImGui window's draw list.
//
// Plugins draw in "canvas units"; an affine transform maps them to pixels of
// a region reserved in the panel's layout. Shapes are transformed point by
// point (circles become polygons), so rotation and uneven scaling work; line
// widths and text sizes scale by the transform's overall scale. This is the
// only file that knows the screen canvas is ImGui; files are drawn by
// canvas_cairo.cpp.
#include "plugins/canvas_backend.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace wb::core {
namespace {

// A region of the current window; its origin and size are in pixels.
struct ImGuiCanvas final : wb_canvas {
    ImDrawList* list = nullptr;
    ImVec2 origin; // top-left of the region, screen pixels
    ImVec2 size;   // region size, pixels

    ImVec2 map(double x, double y) const {
        return ImVec2(origin.x + static_cast<float>(a * x + c * y + e),
                      origin.y + static_cast<float>(b * x + d * y + f));
    }

    bool ended_by_plugin() const override { return true; }
    void finish_region() override { list->PopClipRect(); }
    void line(float x0, float y0, float x1, float y1, uint32_t color, float thickness) override;
    void polyline(const float* xy, int32_t count, uint32_t color, float thickness, bool closed) override;
    void polygon_filled(const float* xy, int32_t count, uint32_t color) override;
    void circle(float x, float y, float r, uint32_t color, float thickness) override;
    void circle_filled(float x, float y, float r, uint32_t color) override;
    void arc(float x, float y, float r, float a0, float a1, uint32_t color, float thickness) override;
    void rect_filled(float x0, float y0, float x1, float y1, uint32_t color, float rounding) override;
    void text(float x, float y, const char* utf8, uint32_t color, float size, int32_t style) override;
    float text_width(const char* utf8, float size, int32_t style) override;
    void extent(float& w, float& h) const override { w = size.x, h = size.y; }
    void new_page() override {} // the screen has no pages
    int32_t output() const override { return 0; }
};

constexpr double kPi = 3.14159265358979323846;

std::vector<ImVec2> mapped(const ImGuiCanvas* cv, const float* xy, int32_t count) {
    std::vector<ImVec2> pts;
    pts.reserve(static_cast<size_t>(count));
    for (int32_t i = 0; i < count; ++i) pts.push_back(cv->map(xy[2 * i], xy[2 * i + 1]));
    return pts;
}

// Points of an arc in canvas units, mapped to pixels; enough segments that
// the pixel error stays well under one pixel.
std::vector<ImVec2> arc_points(const ImGuiCanvas* cv, float x, float y, float r, float a0, float a1) {
    double span = std::fabs(static_cast<double>(a1) - a0);
    double r_px = std::fabs(r) * std::max(0.01f, cv->scale());
    int n = static_cast<int>(std::ceil(span * std::sqrt(std::max(1.0, r_px)) * 1.5));
    n = std::clamp(n, 3, 512);
    std::vector<ImVec2> pts;
    pts.reserve(static_cast<size_t>(n) + 1);
    for (int i = 0; i <= n; ++i) {
        double t = a0 + (static_cast<double>(a1) - a0) * i / n;
        pts.push_back(cv->map(x + r * std::cos(t), y + r * std::sin(t)));
    }
    return pts;
}

double cross(ImVec2 o, ImVec2 p, ImVec2 q) {
    return static_cast<double>(p.x - o.x) * (q.y - o.y) - static_cast<double>(p.y - o.y) * (q.x - o.x);
}

bool convex(const std::vector<ImVec2>& p) {
    int sign = 0;
    const size_t n = p.size();
    for (size_t i = 0; i < n; ++i) {
        double z = cross(p[i], p[(i + 1) % n], p[(i + 2) % n]);
        if (z == 0) continue;
        int s = z > 0 ? 1 : -1;
        if (sign && s != sign) return false;
        sign = s;
    }
    return true;
}

bool inside_triangle(ImVec2 p, ImVec2 a, ImVec2 b, ImVec2 c) {
    double d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
    bool neg = d1 < 0 || d2 < 0 || d3 < 0, pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(neg && pos);
}

// ImGui fills only convex polygons; a simple concave one is cut into
// triangles by ear clipping.
void fill_polygon(ImDrawList* list, std::vector<ImVec2> p, ImU32 color) {
    if (p.size() < 3) return;
    if (convex(p)) {
        list->AddConvexPolyFilled(p.data(), static_cast<int>(p.size()), color);
        return;
    }
    double area = 0;
    for (size_t i = 0; i < p.size(); ++i) area += cross(ImVec2(0, 0), p[i], p[(i + 1) % p.size()]);
    const double orient = area > 0 ? 1 : -1;
    // Anti-aliasing each (often thin) triangle would put fringes and spikes
    // inside the shape; fill without it and anti-alias the outline instead.
    const ImDrawListFlags flags = list->Flags;
    list->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    std::vector<size_t> idx(p.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    size_t guard = idx.size() * idx.size();
    size_t i = 0;
    while (idx.size() > 3 && guard-- > 0) {
        size_t n = idx.size();
        ImVec2 a = p[idx[(i + n - 1) % n]], b = p[idx[i % n]], c = p[idx[(i + 1) % n]];
        bool ear = cross(a, b, c) * orient > 0;
        for (size_t k = 0; ear && k < n; ++k) {
            size_t v = idx[k];
            if (v == idx[(i + n - 1) % n] || v == idx[i % n] || v == idx[(i + 1) % n]) continue;
            if (inside_triangle(p[v], a, b, c)) ear = false;
        }
        if (ear) {
            list->AddTriangleFilled(a, b, c, color);
            idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(i % n));
        } else {
            ++i;
        }
    }
    if (idx.size() == 3) list->AddTriangleFilled(p[idx[0]], p[idx[1]], p[idx[2]], color);
    list->Flags = flags;
    list->AddPolyline(p.data(), static_cast<int>(p.size()), color, ImDrawFlags_Closed, 1.0f);
}

// Text size in pixels: canvas units scaled, or the UI font's size.
float pixels(const ImGuiCanvas* cv, float size) { return size > 0 ? size * cv->scale() : ImGui::GetFontSize(); }

void ImGuiCanvas::line(float x0, float y0, float x1, float y1, uint32_t color, float thickness) {
    list->AddLine(map(x0, y0), map(x1, y1), color, thickness * scale());
}

void ImGuiCanvas::polyline(const float* xy, int32_t count, uint32_t color, float thickness, bool closed) {
    std::vector<ImVec2> pts = mapped(this, xy, count);
    list->AddPolyline(pts.data(), count, color, closed ? ImDrawFlags_Closed : ImDrawFlags_None, thickness * scale());
}

void ImGuiCanvas::polygon_filled(const float* xy, int32_t count, uint32_t color) {
    fill_polygon(list, mapped(this, xy, count), color);
}

// True when the transform only moves and scales evenly: a circle stays a
// circle, and ImGui's own circles (cached segment tables, no allocation)
// are exact. Panels draw hundreds of markers a frame; this is their path.
bool uniform_scale(const ImGuiCanvas& cv) {
    return cv.b == 0 && cv.c == 0 && std::fabs(std::fabs(cv.a) - std::fabs(cv.d)) <= 1e-9 * std::fabs(cv.a);
}

void ImGuiCanvas::circle(float x, float y, float r, uint32_t color, float thickness) {
    if (uniform_scale(*this)) {
        list->AddCircle(map(x, y), static_cast<float>(std::fabs(r * a)), color, 0, thickness * scale());
        return;
    }
    std::vector<ImVec2> pts = arc_points(this, x, y, r, 0, static_cast<float>(2 * kPi));
    pts.pop_back(); // the closing point equals the first
    list->AddPolyline(pts.data(), static_cast<int>(pts.size()), color, ImDrawFlags_Closed, thickness * scale());
}

void ImGuiCanvas::circle_filled(float x, float y, float r, uint32_t color) {
    if (uniform_scale(*this)) {
        list->AddCircleFilled(map(x, y), static_cast<float>(std::fabs(r * a)), color, 0);
        return;
    }
    std::vector<ImVec2> pts = arc_points(this, x, y, r, 0, static_cast<float>(2 * kPi));
    pts.pop_back();
    list->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()), color);
}

void ImGuiCanvas::arc(float x, float y, float r, float a0, float a1, uint32_t color, float thickness) {
    std::vector<ImVec2> pts = arc_points(this, x, y, r, a0, a1);
    list->AddPolyline(pts.data(), static_cast<int>(pts.size()), color, ImDrawFlags_None, thickness * scale());
}

void ImGuiCanvas::rect_filled(float x0, float y0, float x1, float y1, uint32_t color, float rounding) {
    if (axis_aligned()) {
        ImVec2 p = map(x0, y0), q = map(x1, y1);
        list->AddRectFilled(ImVec2(std::min(p.x, q.x), std::min(p.y, q.y)),
                            ImVec2(std::max(p.x, q.x), std::max(p.y, q.y)), color, rounding * scale());
        return;
    }
    // Rotated or skewed: a plain quadrilateral (rounding is dropped).
    ImVec2 quad[4] = {map(x0, y0), map(x1, y0), map(x1, y1), map(x0, y1)};
    list->AddConvexPolyFilled(quad, 4, color);
}

// ImGui draws text upright: the position follows the transform, the glyphs
// do not rotate. The UI has one face: bold is drawn twice, half a pixel
// apart, which reads as heavier without a second font in the atlas.
void ImGuiCanvas::text(float x, float y, const char* utf8, uint32_t color, float size, int32_t style) {
    const float px = pixels(this, size);
    const ImVec2 at = map(x, y);
    list->AddText(ImGui::GetFont(), px, at, color, utf8);
    if (style & WB_TEXT_BOLD) list->AddText(ImGui::GetFont(), px, ImVec2(at.x + 0.5f, at.y), color, utf8);
}

// Width in canvas units: the pixel width undone by the transform's scale.
float ImGuiCanvas::text_width(const char* utf8, float size, int32_t) {
    const float s = std::max(scale(), 1e-6f);
    return ImGui::GetFont()->CalcTextSizeA(pixels(this, size), FLT_MAX, 0.0f, utf8).x / s;
}

} // namespace

wb_canvas* begin_imgui_canvas(float w, float h) {
    if (!ImGui::GetCurrentContext() || !ImGui::GetCurrentWindowRead()) return nullptr;
    ImVec2 avail = ImGui::GetContentRegionAvail();
    ImVec2 size(w > 0 ? w : avail.x, h > 0 ? h : avail.y);
    size.x = std::max(size.x, 1.0f);
    size.y = std::max(size.y, 1.0f);
    auto* cv = new ImGuiCanvas;
    cv->list = ImGui::GetWindowDrawList();
    cv->origin = ImGui::GetCursorScreenPos();
    cv->size = size;
    ImGui::Dummy(size); // takes the space in the layout
    cv->list->PushClipRect(cv->origin, ImVec2(cv->origin.x + size.x, cv->origin.y + size.y), true);
    return cv;
}

} // namespace wb::core
