// ws_figure.cpp - the framework diagrams (see ws_figure.h). Simple, calm
// geometry: thin lines, pale fills, few words. Every shape is placed
// relative to the box it is given, so the same code serves a panel and a
// printed page.
#include "ws_figure.h"

#include <workbench/abi.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace worksheets {
namespace {

constexpr float kPi = 3.14159265f;

// Lines of text centred on (cx, cy) as a block.
void centred(wb::Canvas& c, std::initializer_list<const char*> lines, float cx, float cy, float size, uint32_t colour,
             int style = WB_TEXT_REGULAR) {
    const float line_h = size * 1.25f;
    float y = cy - line_h * static_cast<float>(lines.size()) / 2;
    for (const char* l : lines) {
        const float w = c.text_width(l, size, style);
        c.text(cx - w / 2, y, l, colour, size, style);
        y += line_h;
    }
}

void part(wb::Canvas& c, float x, float y, float r, const FigureInk& ink) {
    c.disc(x, y, r, ink.soft);
    c.circle(x, y, r, ink.line, 1.5f);
}

void ingredients(wb::Canvas& c, float cx, float cy, float w, float h, const FigureInk& ink, float ts) {
    // The three ingredients at the corners, the safe space in the middle.
    const float R = std::min(w * 0.36f, h * 0.40f);
    const float cy2 = cy + R * 0.12f; // the triangle's centre sits a little low
    std::array<float, 6> v{};
    for (int i = 0; i < 3; ++i) {
        const float a = -kPi / 2 + static_cast<float>(i) * 2 * kPi / 3;
        v[static_cast<std::size_t>(2 * i)] = cx + R * std::cos(a);
        v[static_cast<std::size_t>(2 * i + 1)] = cy2 + R * std::sin(a);
    }
    c.circle(cx, cy2, R * 1.18f, ink.faint, 1.0f); // the context that holds them
    c.polyline(v, ink.line, 1.5f, true);
    c.disc(cx, cy2, R * 0.42f, ink.soft);
    c.circle(cx, cy2, R * 0.42f, ink.line, 1.0f);
    centred(c, {"Safe space", "for learning"}, cx, cy2, ts, ink.text, WB_TEXT_BOLD);
    const float r = R * 0.16f;
    const char* names[3] = {"Help", "Possibility", "Challenge"};
    for (int i = 0; i < 3; ++i) {
        const float x = v[static_cast<std::size_t>(2 * i)], y = v[static_cast<std::size_t>(2 * i + 1)];
        part(c, x, y, r, ink);
        const float tw = c.text_width(names[i], ts, WB_TEXT_BOLD);
        if (i == 0) c.text(x + r + ts * 0.5f, y - ts * 0.6f, names[i], ink.text, ts, WB_TEXT_BOLD);
        else c.text(x - tw / 2, y + r + ts * 0.3f, names[i], ink.text, ts, WB_TEXT_BOLD);
    }
}

void spiral(wb::Canvas& c, float x0, float y0, float w, float h, const FigureInk& ink, float ts) {
    // The spiral in a square on the left, its five kinds of step listed
    // on the right, numbered as along the line.
    const float side = std::min(h, w * 0.5f);
    const float cx = x0 + side / 2, cy = y0 + h / 2;
    const float core = side * 0.11f;
    const float turns = 2.6f;
    const float grow = (side * 0.46f - core) / (turns * 2 * kPi);
    std::vector<float> pts;
    for (int i = 0; i <= 260; ++i) {
        const float t = static_cast<float>(i) / 260 * turns * 2 * kPi;
        const float r = core + grow * t;
        pts.push_back(cx + r * std::cos(t - kPi / 2));
        pts.push_back(cy + r * std::sin(t - kPi / 2));
    }
    c.polyline(pts, ink.line, 1.5f);
    c.disc(cx, cy, core * 0.9f, ink.soft);
    c.circle(cx, cy, core * 0.9f, ink.line, 1.0f);
    static const char* steps[5] = {"Gaining acceptance", "Helping parents value themselves", "Subtle intervention",
                                   "Obvious intervention", "Repair after rupture"};
    const float mr = std::max(ts * 0.75f, side * 0.035f);
    for (int i = 0; i < 5; ++i) {
        const float t = (0.55f + static_cast<float>(i) * 0.47f) * 2 * kPi;
        const float r = core + grow * t;
        const float x = cx + r * std::cos(t - kPi / 2), y = cy + r * std::sin(t - kPi / 2);
        part(c, x, y, mr, ink);
        const std::string n = std::to_string(i + 1);
        centred(c, {n.c_str()}, x, y, ts * 0.85f, ink.text, WB_TEXT_BOLD);
    }
    // The legend.
    const float lx = x0 + side + ts * 1.5f;
    float ly = y0 + h / 2 - ts * 1.6f * 3.5f;
    c.text(lx, ly, "Core: safe space for learning", ink.text, ts, WB_TEXT_BOLD);
    ly += ts * 1.7f;
    for (int i = 0; i < 5; ++i) {
        const std::string line = std::to_string(i + 1) + "  " + steps[i];
        c.text(lx, ly, line.c_str(), ink.text, ts);
        ly += ts * 1.6f;
    }
}

void activities(wb::Canvas& c, float cx, float cy, float w, float h, const FigureInk& ink, float ts) {
    // Four activities on a ring: a flow with no fixed order.
    const float R = std::min(w * 0.30f, h * 0.33f);
    const float r = std::min(R * 0.50f, w * 0.14f);
    c.circle(cx, cy, R, ink.faint, 2.0f);
    struct Item {
        float angle;
        const char* l1;
        const char* l2;
    };
    const Item items[4] = {{-3 * kPi / 4, "Locating and", "orienting"},
                           {-kPi / 4, "Creating new", "meaning"},
                           {kPi / 4, "Joint live", "action"},
                           {3 * kPi / 4, "Planning", "for change"}};
    for (int i = 0; i < 4; ++i) {
        const float x = cx + R * std::cos(items[i].angle) * 1.25f, y = cy + R * std::sin(items[i].angle);
        part(c, x, y, r, ink);
        const std::string n = std::to_string(i + 1);
        centred(c, {items[i].l1, items[i].l2}, x, y, ts * 0.9f, ink.text, WB_TEXT_BOLD);
    }
}

void learning(wb::Canvas& c, float cx, float cy, float w, float h, const FigureInk& ink, float ts) {
    // Seven domains around the three conditions that hold them up.
    const float R = std::min(w * 0.30f, h * 0.36f);
    const float rc = R * 0.17f;
    const char* conditions[3] = {"Trust", "Acceptance", "Openness"};
    std::array<float, 6> tri{};
    for (int i = 0; i < 3; ++i) {
        const float a = -kPi / 2 + static_cast<float>(i) * 2 * kPi / 3;
        tri[static_cast<std::size_t>(2 * i)] = cx + R * 0.30f * std::cos(a);
        tri[static_cast<std::size_t>(2 * i + 1)] = cy + R * 0.30f * std::sin(a);
    }
    c.polygon(tri, ink.soft);
    for (int i = 0; i < 3; ++i) {
        const float x = tri[static_cast<std::size_t>(2 * i)], y = tri[static_cast<std::size_t>(2 * i + 1)];
        c.disc(x, y, rc, ink.soft);
        c.circle(x, y, rc, ink.line, 1.0f);
        centred(c, {conditions[i]}, x, y, ts * 0.75f, ink.text);
    }
    const char* domains[7] = {"Getting help", "How change happens", "Parenting", "My child", "Me", "My family",
                              "Relationships"};
    const float rd = R * 0.12f;
    for (int i = 0; i < 7; ++i) {
        const float a = -kPi / 2 + static_cast<float>(i) * 2 * kPi / 7;
        const float x = cx + R * std::cos(a), y = cy + R * std::sin(a);
        c.line(cx + R * 0.45f * std::cos(a), cy + R * 0.45f * std::sin(a), x - rd * std::cos(a), y - rd * std::sin(a),
               ink.faint, 1.0f);
        part(c, x, y, rd, ink);
        // The name outside the disc, on the side away from the centre.
        const float tw = c.text_width(domains[i], ts, WB_TEXT_BOLD);
        const float ca = std::cos(a), sa = std::sin(a);
        float tx = x + ca * (rd + ts * 0.4f);
        if (ca < -0.2f) tx -= tw;
        else if (ca <= 0.2f) tx -= tw / 2;
        float ty = y + sa * (rd + ts * 0.3f) - ts * 0.6f;
        if (sa > 0.5f) ty = y + rd + ts * 0.2f;
        if (sa < -0.9f) ty = y - rd - ts * 1.4f;
        c.text(tx, ty, domains[i], ink.text, ts, WB_TEXT_BOLD);
    }
}

} // namespace

std::string_view figure_title(Figure f) {
    switch (f) {
    case Figure::Ingredients: return "The essential ingredients";
    case Figure::Spiral: return "Building partnership: the spiral";
    case Figure::Activities: return "The four partnership activities";
    case Figure::LearningDomains: return "Parents' learning: seven domains, three conditions";
    }
    return "";
}

void draw_figure(wb::Canvas& c, Figure f, float x, float y, float w, float h, const FigureInk& ink, float text_size) {
    const float cx = x + w / 2, cy = y + h / 2;
    switch (f) {
    case Figure::Ingredients: ingredients(c, cx, cy, w, h, ink, text_size); break;
    case Figure::Spiral: spiral(c, x, y, w, h, ink, text_size); break;
    case Figure::Activities: activities(c, cx, cy, w, h, ink, text_size); break;
    case Figure::LearningDomains: learning(c, cx, cy, w, h, ink, text_size); break;
    }
}

} // namespace worksheets
