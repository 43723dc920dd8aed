// lm_scene.h - the learning map's geometry in region units, worked out
// once per size: the three overlapping condition circles at the centre,
// the seven domain nodes on a ring around them (clockwise from the top),
// where each node's name goes, and the legend strip along the bottom. Also
// the hit tests the panel uses for hover and click.
//
// The geometry depends only on SceneInputs (size, font, scale, the family
// view), so the view rebuilds it only when one of them changes. No ImGui
// and no canvas here: plain C++, tested on its own.
#pragma once

#include "lm_types.h"

#include <array>

namespace learning_map {

struct Pt {
    float x = 0, y = 0;
};

struct SceneInputs {
    float width = 0, height = 0; // the map region
    float font = 13, scale = 1;  // the font size the labels use; the UI scale
    bool family = false;         // the larger, simpler "with family" view
    bool operator==(const SceneInputs&) const = default;
};

struct MapScene {
    SceneInputs inputs;
    bool built = false;

    Pt centre;
    float ring_r = 0; // centre to each domain node
    float node_r = 0;
    float ring_offset = 6, ring_width = 5; // the recency ring, outside the node
    std::array<Pt, kDomainCount> node{};
    // Where each domain's name goes: above the top node, below the bottom
    // two, and outward beside the four at the sides (so names never run
    // into the neighbouring nodes).
    enum class LabelAt : int { Above, Below, Left, Right };
    std::array<LabelAt, kDomainCount> label_at{};
    float label_font = 13, count_font = 13, small_font = 11;

    float cond_r = 0; // each condition circle
    float cond_font = 12; // the conditions' names
    std::array<Pt, kConditionCount> cond{};
    std::array<Pt, kConditionCount> cond_text{}; // where each condition's label and dots are centred
    Pt cond_note;                                // under the circles: "as rated on <date>"

    // The legend: a strip along the bottom from legend_top, or, on a region
    // much wider than tall (a projector at a large UI scale), a column on the
    // right from legend_x0, starting at legend_top.
    bool legend_side = false;
    float legend_x0 = 0;
    float legend_top = 0;
    float legend_font = 12;
};

void build_scene(MapScene& scene, const SceneInputs& in);

// The domain whose node holds `p` (region units), or -1.
int domain_at(const MapScene& scene, Pt p);
// The condition circle holding `p` (the nearest centre where they
// overlap), or -1.
int condition_at(const MapScene& scene, Pt p);

} // namespace learning_map
