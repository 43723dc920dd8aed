// lm_scene.cpp - the map's geometry and hit tests (see lm_scene.h).
#include "lm_scene.h"

#include <algorithm>
#include <cmath>

namespace learning_map {
namespace {
constexpr float kPi = 3.14159265358979f;
}

void build_scene(MapScene& s, const SceneInputs& in) {
    s.inputs = in;
    s.built = true;
    // The family view is read from across a room: everything larger.
    const float grow = in.family ? 1.3f : 1.0f;
    s.legend_font = in.font * 0.92f * grow;
    float label_font = in.font * 1.05f * grow;

    const float label_room = label_font * 1.5f + 11 * in.scale; // the legend column's top
    // A wide, short region keeps its height for the map: the legend goes in
    // a column on the right. Otherwise a strip along the bottom: two lines
    // when the region is wide enough for two items a line, else four.
    s.legend_side = in.width > in.height * 1.9f;
    float map_w = in.width;
    float map_bottom = in.height;
    if (s.legend_side) {
        map_w = in.width * 0.66f;
        s.legend_x0 = map_w + 8 * in.scale;
        s.legend_top = label_room;
    } else {
        const int legend_rows = in.width >= 62 * s.legend_font ? 2 : 4;
        const float legend_h = s.legend_font * (0.6f + 1.55f * static_cast<float>(legend_rows));
        s.legend_x0 = 8 * in.scale;
        s.legend_top = std::max(in.height - legend_h, in.height * 0.55f);
        map_bottom = s.legend_top;
    }
    // The ring's radius r from the room the names need: the side names
    // ("How change happens" is the longest, under 11.5 font sizes wide) sit
    // beside their nodes, the top and bottom ones above and below. Node and
    // ring sizes follow r; on a small map (or at a large UI scale) the names
    // shrink with it rather than spill over their neighbours.
    const float pad = 4 * in.scale;
    auto fit = [&](float lf) {
        const float half_w = map_w * 0.5f - pad;
        const float r_w = std::min((half_w - 11.5f * lf) / 1.12f, (half_w - 8 * lf) / 1.31f);
        const float r_h = (map_bottom - 2.6f * lf - 2 * pad) / 2.58f;
        return std::max(std::min(r_w, r_h), 20.0f * in.scale);
    };
    float r = fit(label_font);
    s.label_font = std::min(label_font, std::max(r * 0.16f, 8.0f));
    if (s.label_font < label_font) r = fit(s.label_font);
    s.ring_r = r;
    s.node_r = r * 0.28f;
    // The recency ring grows with its node, so it never runs into a
    // neighbour at a large UI scale.
    s.ring_offset = s.node_r * 0.11f + 1;
    s.ring_width = s.node_r * 0.09f + 1;
    const float block = 2.58f * r + 2.6f * s.label_font;
    s.centre = Pt{map_w * 0.5f, std::max((map_bottom - block) * 0.5f, 0.0f) + 1.3f * s.label_font + 1.34f * r};
    s.count_font = std::min(in.font * 1.5f * grow, std::max(s.node_r * 0.72f, 8.0f));
    s.small_font = std::min(in.font * 0.85f * grow, std::max(s.node_r * 0.34f, 7.0f));
    for (int k = 0; k < kDomainCount; ++k) {
        const float a = -kPi / 2 + 2 * kPi * static_cast<float>(k) / kDomainCount;
        s.node[static_cast<std::size_t>(k)] = Pt{s.centre.x + s.ring_r * std::cos(a), s.centre.y + s.ring_r * std::sin(a)};
        using L = MapScene::LabelAt;
        s.label_at[static_cast<std::size_t>(k)] =
            k == 0 ? L::Above : (k == 3 || k == 4) ? L::Below : std::cos(a) > 0 ? L::Right : L::Left;
    }

    // Three overlapping circles, clear of the nodes' inner edge.
    const float inner = s.ring_r - s.node_r;
    s.cond_r = inner * 0.52f;
    const float offset = inner * 0.30f;
    for (int k = 0; k < kConditionCount; ++k) {
        const float a = -kPi / 2 + 2 * kPi * static_cast<float>(k) / kConditionCount;
        const Pt dir{std::cos(a), std::sin(a)};
        s.cond[static_cast<std::size_t>(k)] = Pt{s.centre.x + offset * dir.x, s.centre.y + offset * dir.y};
        // Each circle's text sits in the part no other circle covers.
        s.cond_text[static_cast<std::size_t>(k)] =
            Pt{s.centre.x + (offset + s.cond_r * 0.42f) * dir.x, s.centre.y + (offset + s.cond_r * 0.42f) * dir.y};
    }
    // "Acceptance" must fit inside its circle.
    s.cond_font = std::min(s.label_font * 0.95f, std::max(s.cond_r * 0.26f, 7.0f));
    s.cond_note = Pt{s.centre.x, s.centre.y + offset * 0.5f + s.cond_r + 3 * in.scale};
}

int domain_at(const MapScene& s, Pt p) {
    if (!s.built) return -1;
    for (int k = 0; k < kDomainCount; ++k) {
        const Pt n = s.node[static_cast<std::size_t>(k)];
        if (std::hypot(p.x - n.x, p.y - n.y) <= s.node_r * 1.08f) return k;
    }
    return -1;
}

int condition_at(const MapScene& s, Pt p) {
    if (!s.built) return -1;
    int best = -1;
    float best_d = 0;
    for (int k = 0; k < kConditionCount; ++k) {
        const Pt c = s.cond[static_cast<std::size_t>(k)];
        const float d = std::hypot(p.x - c.x, p.y - c.y);
        if (d <= s.cond_r && (best < 0 || d < best_d)) {
            best = k;
            best_d = d;
        }
    }
    return best;
}

} // namespace learning_map
