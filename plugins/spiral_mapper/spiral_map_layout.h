// spiral_map_layout.h - where the map's legend and its text labels go, as
// plain geometry: no ImGui and no canvas, so the rules are tested on their
// own (tests/spiral_mapper/map_layout_tests.cpp).
//
// Two rules live here, shared by the panel and the file export:
//  - The legend goes where it leaves the spiral the most room: a strip
//    along the bottom (as on paper), or a column on the right when the
//    region is wide and short, as on a projector at twice the size; and
//    where neither leaves the spiral half the region, on screen, a single
//    row of swatches whose names show when pointed at.
//  - The core's text ("Safe space for learning" and the three ingredients
//    round its rim) is sized from the core as it is drawn: never wider
//    than the core, never over each other, and left out when it would be
//    too small to read (the core's tooltip then says it instead).
#pragma once

#include "spiral_layout.h"

#include <array>
#include <functional>
#include <string>
#include <vector>

namespace spiral_mapper {

// Width of `text` at `px` (same units as px).
using MeasureText = std::function<float(const char* text, float px)>;

// An axis-aligned box; in map units or region pixels, as the owner says.
struct Box {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
};
bool boxes_intersect(const Box& a, const Box& b);

// ---- The legend ---------------------------------------------------------------

struct LegendItem {
    enum What { KindMarker, IngredientLine, Strained, ThemeLoop, Note } what;
    int index = 0;
    std::string label;
    float x = 0, y = 0; // top-left of the entry within the legend's box
};

struct Legend {
    std::vector<LegendItem> items;
    float row = 0, swatch = 0, gap = 0, font_px = 0;
    // Beside the map (a column on the right) or a strip along the bottom.
    bool beside = false;
    // Short of room on screen: one row of swatches without their names,
    // which the panel shows when the row is pointed at (every entry stays
    // findable). The note is then only in that tooltip.
    bool compact = false;
    // The legend's box in the region, and the room it leaves for the
    // spiral: a map_w x map_h area from the region's top-left.
    Box box;
    float map_w = 0, map_h = 0;
};

// What the legend is laid out for: the region, the shape of what the
// spiral will be fitted to, the text size and, optionally, a note (how a
// busy map is thinned) shown after the items in muted text.
struct LegendSpace {
    float width = 0, height = 0;
    float content_aspect = 1; // width / height of the bounds the spiral is fitted to
    float ui_scale = 1;       // swatches, gaps and padding
    float font_px = 16;
    std::string note;
    // Whether the compact row may be used: only where it can be pointed at
    // (a file has no tooltip).
    bool allow_compact = false;
};

Legend layout_legend(const LegendSpace& space, const MeasureText& measure);

// The scale (pixels per map unit) the spiral gets in the room the legend
// leaves for bounds of this size.
float legend_fit_scale(const Legend& legend, float bounds_w, float bounds_h);

// What a busy map's legend says about the lines it leaves out: briefly
// when the full sentence does not fit in `width`. A file has no selection
// or pointer to mention.
std::string busy_map_note(float width, float font_px, const MeasureText& measure, bool on_screen);

// Text on the map stays readable at any zoom: between 0.8 and 1.35 of the
// UI font, in map units at `scale` pixels per unit.
float map_text_units(float wanted_px, float zoom, float font_px, float scale);

// ---- The core's labels -------------------------------------------------------

// Where the core's own text and its three ingredient names go, in map
// units round the core's centre (0, 0). Sizes are in pixels (canvas units).
struct CoreLabels {
    static constexpr int kCoreLines = 2;
    static constexpr const char* kCoreText[kCoreLines] = {"Safe space", "for learning"};

    bool core_shown = false;
    float core_px = 0;
    std::array<Point, kCoreLines> core_line_at{}; // top-left of each line
    std::array<Box, kCoreLines> core_line_box{};  // each line, inside the core
    Box core_box;                                 // both lines together

    bool ingredients_shown = false;
    float ingredient_px = 0;
    std::array<Point, kIngredientCount> ingredient_at{}; // top-left of each name
    std::array<Box, kIngredientCount> ingredient_box{};  // the name with its backing
};

struct CoreLabelSpace {
    float scale = 1;          // pixels per map unit, as drawn
    float core_wanted_px = 16; // the size each would have with room to spare
    float ingredient_wanted_px = 16;
    float min_px = 9; // smaller than this is not drawn at all
};

CoreLabels layout_core_labels(const LayoutParams& params, const CoreLabelSpace& space, const MeasureText& measure);

// The sizes the map asks for at `scale` pixels per unit and `zoom` (1 is
// "fit"), with a UI font of `font_px`: the text grows a little when zoomed
// in, and is never drawn below min_label_px().
CoreLabelSpace core_label_space(float scale, float zoom, float font_px);

// The smallest label worth drawing for a UI font of `font_px`: a little
// over half of it (so 2x text on a projector never falls to 1x sizes).
float min_label_px(float font_px);

// How many steps (from the first) the map is fitted to. Normally all of
// them, so replaying or filtering never moves the map. While presenting,
// the story frames the steps told so far, but never less than the first
// turn, so the audience sees the spiral large and the view widens as it
// grows past its first turn.
std::size_t fitted_step_count(std::size_t visible, std::size_t total, bool presenting, const LayoutParams& params = {});

} // namespace spiral_mapper
