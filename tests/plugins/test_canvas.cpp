// tests/plugins/test_canvas.cpp - the canvas draws into the current ImGui
// window through its draw list, inside the region it reserved, with the
// transform applied to points, line widths and text.
#include "plugins/plugin_host.h"

#include "headless_ui.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace wb::core;
using wb::test::HeadlessUi;

namespace {

struct Bounds {
    float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
    void add(ImVec2 p) {
        x0 = std::min(x0, p.x), y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
    }
};

// Runs `paint` on a canvas of w x h inside a window; returns the bounds of
// the vertices it added relative to the region's top-left, and the region.
struct Drawn {
    Bounds bounds;
    int vertices = 0;
    ImVec2 origin;
    ImVec4 clip;           // clip rect of the last command drawn
    float cursor_after_y;  // layout cursor after the canvas
    float canvas_w = 0, canvas_h = 0;
};

Drawn draw_on_canvas(float w, float h, const std::function<void(const wb_canvas_api&, wb_canvas*)>& paint) {
    HeadlessUi ui;
    Drawn out;
    const wb_canvas_api& api = *host_api()->canvas;
    ui.frame([&] {
        ImGui::SetNextWindowPos(ImVec2(50, 40));
        ImGui::SetNextWindowSize(ImVec2(600, 400));
        ImGui::Begin("Canvas test", nullptr, ImGuiWindowFlags_NoDecoration);
        ImDrawList* list = ImGui::GetWindowDrawList();
        out.origin = ImGui::GetCursorScreenPos();
        const int before = list->VtxBuffer.Size;
        wb_canvas* c = api.begin(nullptr, w, h);
        REQUIRE(c);
        paint(api, c);
        api.size(c, &out.canvas_w, &out.canvas_h);
        out.clip = list->CmdBuffer.back().ClipRect;
        api.end(c);
        out.cursor_after_y = ImGui::GetCursorScreenPos().y;
        for (int i = before; i < list->VtxBuffer.Size; ++i) {
            ImVec2 p = list->VtxBuffer[i].pos;
            out.bounds.add(ImVec2(p.x - out.origin.x, p.y - out.origin.y));
        }
        out.vertices = list->VtxBuffer.Size - before;
        ImGui::End();
    });
    return out;
}

constexpr uint32_t kRed = IM_COL32(255, 0, 0, 255);

} // namespace

TEST_CASE("the canvas reserves its region and clips to it") {
    Drawn d = draw_on_canvas(200, 100, [](const wb_canvas_api& api, wb_canvas* c) {
        api.line(c, 0, 0, 10, 10, kRed, 1);
    });
    CHECK(d.cursor_after_y >= d.origin.y + 100);
    CHECK(d.clip.x == doctest::Approx(d.origin.x));
    CHECK(d.clip.y == doctest::Approx(d.origin.y));
    CHECK(d.clip.z == doctest::Approx(d.origin.x + 200));
    CHECK(d.clip.w == doctest::Approx(d.origin.y + 100));
    CHECK(d.canvas_w == doctest::Approx(200));
    CHECK(d.canvas_h == doctest::Approx(100));
}

TEST_CASE("the transform maps points: scale 2, offset (10, 5)") {
    Drawn d = draw_on_canvas(200, 100, [](const wb_canvas_api& api, wb_canvas* c) {
        api.set_transform(c, 2, 0, 0, 2, 10, 5);
        api.line(c, 0, 0, 50, 25, kRed, 1);       // -> (10,5)..(110,55)
        api.circle_filled(c, 50, 25, 5, kRed);    // -> centre (110,55), radius 10
    });
    REQUIRE(d.vertices > 0);
    // Within a pixel or two of anti-aliasing fringe of the mapped shapes.
    CHECK(d.bounds.x0 >= 10 - 2);
    CHECK(d.bounds.y0 >= 5 - 2);
    CHECK(d.bounds.x1 <= 120 + 2);
    CHECK(d.bounds.y1 <= 65 + 2);
    // ...and they reach the far edge of the scaled circle.
    CHECK(d.bounds.x1 >= 120 - 1);
    CHECK(d.bounds.y1 >= 65 - 1);
    CHECK(d.canvas_w == doctest::Approx(100));
    CHECK(d.canvas_h == doctest::Approx(50));
}

TEST_CASE("circles keep their size under a flip and become ellipses under uneven scaling") {
    // Even scale with a flip (y up): still a circle of radius 2 x 10.
    Drawn flipped = draw_on_canvas(200, 100, [](const wb_canvas_api& api, wb_canvas* c) {
        api.set_transform(c, 2, 0, 0, -2, 100, 50);
        api.circle_filled(c, 0, 0, 10, kRed); // -> centre (100,50), radius 20
    });
    CHECK(flipped.bounds.x0 == doctest::Approx(80).epsilon(0.03));
    CHECK(flipped.bounds.x1 == doctest::Approx(120).epsilon(0.03));
    CHECK(flipped.bounds.y0 == doctest::Approx(30).epsilon(0.05));
    CHECK(flipped.bounds.y1 == doctest::Approx(70).epsilon(0.03));
    // Uneven: x scaled 3, y scaled 1 -> 60 wide, 20 high.
    Drawn ellipse = draw_on_canvas(200, 100, [](const wb_canvas_api& api, wb_canvas* c) {
        api.set_transform(c, 3, 0, 0, 1, 100, 50);
        api.circle(c, 0, 0, 10, kRed, 1);
    });
    CHECK(ellipse.bounds.x1 - ellipse.bounds.x0 == doctest::Approx(60).epsilon(0.05));
    CHECK(ellipse.bounds.y1 - ellipse.bounds.y0 == doctest::Approx(20).epsilon(0.15));
}

TEST_CASE("line thickness scales with the transform") {
    auto spread = [](double scale) {
        Drawn d = draw_on_canvas(200, 100, [scale](const wb_canvas_api& api, wb_canvas* c) {
            api.set_transform(c, scale, 0, 0, scale, 0, 50);
            api.line(c, 0, 0, 40, 0, kRed, 3);
        });
        return d.bounds.y1 - d.bounds.y0;
    };
    float thin = spread(1), thick = spread(2);
    CHECK(thick >= 6);
    CHECK(thick - thin >= 2.5f);
}

TEST_CASE("rotation is applied point by point") {
    // 90 degrees: x' = -y, y' = x, moved to (100, 10).
    Drawn d = draw_on_canvas(200, 100, [](const wb_canvas_api& api, wb_canvas* c) {
        api.set_transform(c, 0, 1, -1, 0, 100, 10);
        api.rect_filled(c, 0, 0, 60, 20, kRed, 0); // -> x in [80,100], y in [10,70]
    });
    CHECK(d.bounds.x0 >= 80 - 2);
    CHECK(d.bounds.x1 <= 100 + 2);
    CHECK(d.bounds.y0 >= 10 - 2);
    CHECK(d.bounds.y1 <= 70 + 2);
    CHECK(d.bounds.y1 - d.bounds.y0 >= 59);
}

TEST_CASE("every primitive draws something and stays in bounds") {
    Drawn d = draw_on_canvas(300, 200, [](const wb_canvas_api& api, wb_canvas* c) {
        const float tri[] = {10, 10, 60, 10, 35, 50};
        const float ell[] = {100, 10, 140, 10, 140, 20, 110, 20, 110, 60, 100, 60}; // concave L
        api.polyline(c, tri, 3, kRed, 2, 1);
        api.polygon_filled(c, ell, 6, kRed);
        api.circle(c, 200, 50, 20, kRed, 1);
        api.arc(c, 200, 120, 30, 0, 3.14159f, kRed, 2);
        api.rect_filled(c, 10, 100, 80, 150, kRed, 4);
        api.text(c, 100, 150, "Fictional label", kRed, 0);
    });
    CHECK(d.vertices > 50);
    CHECK(d.bounds.x0 >= -2);
    CHECK(d.bounds.y0 >= -2);
    CHECK(d.bounds.x1 <= 302);
    CHECK(d.bounds.y1 <= 202);
}

TEST_CASE("a concave polygon is filled only inside its outline") {
    // An L shape: the notch (120..140, 30..60) must get no triangle.
    Drawn d = draw_on_canvas(300, 200, [](const wb_canvas_api& api, wb_canvas* c) {
        const float ell[] = {100, 10, 140, 10, 140, 20, 110, 20, 110, 60, 100, 60};
        api.polygon_filled(c, ell, 6, kRed);
    });
    REQUIRE(d.vertices >= 12); // more than one convex fan: triangulated
    CHECK(d.bounds.x0 >= 98);
    CHECK(d.bounds.x1 <= 142);
}

TEST_CASE("bad input is ignored, and no window means no canvas") {
    Drawn d = draw_on_canvas(100, 100, [](const wb_canvas_api& api, wb_canvas* c) {
        api.polyline(c, nullptr, 5, kRed, 1, 0);
        api.polygon_filled(c, nullptr, 3, kRed);
        api.circle(c, 0, 0, -1, kRed, 1);
        api.text(c, 0, 0, nullptr, kRed, 0);
        api.line(nullptr, 0, 0, 1, 1, kRed, 1);
    });
    CHECK(d.vertices == 0);
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(nullptr);
    CHECK(host_api()->canvas->begin(nullptr, 10, 10) == nullptr);
    ImGui::SetCurrentContext(previous);
}
