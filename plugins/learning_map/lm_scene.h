// lm_scene.h - the learning map's geometry in region units, worked out
// once per size: the three overlapping condition circles at the centre,
// the seven domain nodes on a ring around them (clockwise from the top),
// where each node's name goes and how large it is, and the legend (a strip
// along the bottom or a column on the right). Also the hit tests the panel
// uses for hover and click.
//
// The rules, tested in tests/learning_map/scene_tests.cpp:
//  - The map is as large as the region allows, keeping its shape: the
//    ring's radius is the largest at which the nodes, their rings and
//    their names fit the room left by the legend.
//  - Text scales with the map: names are a fixed share of the ring's
//    radius, between a floor that stays readable and the UI's own size
//    (so a projector at twice the size gets twice the text), and the
//    centre's words are as large as the circles leave room for.
//  - Names never run into each other or into another node: long ones
//    wrap onto two lines, or the bottom names move beside their nodes,
//    whichever leaves the map larger.
//
// The geometry depends only on SceneInputs (size, font, scale, the family
// view) and the font's widths, so the view rebuilds it only when an input
// changes. No ImGui and no canvas here: plain C++, tested on its own.
#pragma once

#include "lm_types.h"

#include <array>
#include <functional>
#include <string>
#include <vector>

namespace learning_map {

struct Pt {
    float x = 0, y = 0;
};

struct Rect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
};
bool rects_intersect(const Rect& a, const Rect& b);

// Width of `text` at `px`, bold or regular (the canvas's or ImGui's font).
using MeasureText = std::function<float(const char* text, float px, bool bold)>;

struct SceneInputs {
    float width = 0, height = 0; // the map region
    float font = 13, scale = 1;  // the UI font size; the UI scale
    bool family = false;         // the larger, simpler "with family" view
    bool operator==(const SceneInputs&) const = default;
};

// One legend entry: its swatches start at x, its text (wrapped) at text_x.
struct LegendEntry {
    enum What { Fill, Ring, Star, Centre } what = Fill;
    float x = 0, y = 0, text_x = 0;
    std::vector<std::string> lines;
};

struct MapScene {
    SceneInputs inputs;
    bool built = false;

    Pt centre;
    float ring_r = 0; // centre to each domain node
    float node_r = 0;
    float ring_offset = 6, ring_width = 5; // the recency ring, outside the node
    std::array<Pt, kDomainCount> node{};
    // Where each domain's name goes: above the top node, below (or beside)
    // the bottom two, and outward beside the four at the sides.
    enum class LabelAt : int { Above, Below, Left, Right };
    std::array<LabelAt, kDomainCount> label_at{};
    // Each name's lines and the box they fill (the width at bold, since a
    // priority's name is drawn bold).
    std::array<std::vector<std::string>, kDomainCount> label_lines{};
    std::array<Rect, kDomainCount> label_box{};
    float label_font = 13, count_font = 13, small_font = 11;
    float label_line = 16; // from one line of a name to the next

    float cond_r = 0; // each condition circle
    float cond_font = 12; // the conditions' names
    float cond_small_font = 11; // the P / H rows under them
    std::array<Pt, kConditionCount> cond{};
    std::array<Pt, kConditionCount> cond_text{}; // where each condition's label and dots are centred
    Pt cond_note;                                // under the circles: "as rated on <date>"

    // The legend: a strip along the bottom from legend_top, or, on a region
    // much wider than tall (a projector at a large UI scale), a column on the
    // right from legend_x0, starting at legend_top.
    bool legend_side = false;
    float legend_x0 = 0;
    float legend_top = 0;
    float legend_bottom = 0; // where its last line ends
    float legend_font = 12;
    float legend_swatch = 6; // a swatch's radius
    std::vector<LegendEntry> legend;
};

void build_scene(MapScene& scene, const SceneInputs& in, const MeasureText& measure);

// The box round a node and its recency ring (and a priority star).
Rect node_box(const MapScene& scene, int domain);
// The box round everything drawn for the domains: nodes, rings, names.
Rect map_box(const MapScene& scene);

// The domain whose node holds `p` (region units), or -1.
int domain_at(const MapScene& scene, Pt p);
// The condition circle holding `p` (the nearest centre where they
// overlap), or -1.
int condition_at(const MapScene& scene, Pt p);

} // namespace learning_map
