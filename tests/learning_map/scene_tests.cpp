// scene_tests.cpp - the learning map's size and text rules (lm_scene.h) on
// plain numbers: on a projector at twice the size the map fills the height
// it has and its names are drawn at the UI's size; the map keeps its shape
// and fills its room at any size; names never run into each other or into
// another node; the centre's words fit side by side; and the legend stays
// inside the region, clear of the map.
#include "lm_scene.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

using namespace learning_map;

namespace {

// About DejaVu Sans (the UI font): half a size and a little per letter,
// bold a tenth wider.
float fake_width(const char* text, float px, bool bold) {
    return static_cast<float>(std::string(text).size()) * 0.52f * px * (bold ? 1.1f : 1.0f);
}

MapScene scene_for(float w, float h, float font, float scale, bool family = false) {
    MapScene s;
    build_scene(s, SceneInputs{w, h, font, scale, family}, fake_width);
    return s;
}

// The room the map is drawn in: left of a legend column, or above a strip.
Rect map_room(const MapScene& s) {
    const SceneInputs& in = s.inputs;
    return s.legend_side ? Rect{0, 0, s.legend_x0 - 8 * in.scale, in.height} : Rect{0, 0, in.width, s.legend_top};
}

bool inside(const Rect& a, const Rect& room) {
    return a.x0 >= room.x0 - 0.5f && a.y0 >= room.y0 - 0.5f && a.x1 <= room.x1 + 0.5f && a.y1 <= room.y1 + 0.5f;
}

} // namespace

TEST_CASE("on a projector at 2x the map fills the height it has and its names are at the UI's size") {
    // The presented panel: about 1820 x 600 physical pixels, 34 px text.
    const MapScene s = scene_for(1820, 600, 34, 2);
    REQUIRE(s.legend_side); // wide and short: the legend goes beside
    const Rect b = map_box(s);
    CHECK(b.height() >= 0.9f * 600);
    CHECK(inside(b, map_room(s)));
    CHECK(s.label_font >= 34);
    CHECK(s.cond_font >= 0.6f * 34);
    CHECK(s.cond_small_font >= 0.6f * 34);
    // Twice the size of the same region at 1x: the text grows with it.
    const MapScene one = scene_for(910, 300, 17, 1);
    CHECK(s.label_font >= 1.8f * one.label_font);
    CHECK(s.cond_font >= 1.8f * one.cond_font);
    CHECK(s.ring_r >= 1.8f * one.ring_r);
}

TEST_CASE("the map keeps its shape and fills its room, at any size") {
    for (float scale : {0.6f, 1.0f, 2.0f}) {
        for (float w = 300; w <= 2000; w += 170) {
            for (float h = 260; h <= 1100; h += 140) {
                for (bool family : {false, true}) {
                    const float width = w * scale / 1.5f + 100, font = 17 * scale;
                    if (width < 20 * font || h < 15 * font) continue; // not a region anyone draws this text in
                    const MapScene s = scene_for(width, h, font, scale, family);
                    INFO(s.inputs.width << "x" << h << " at " << scale << std::string(family ? ", family" : ""));
                    // Seven nodes evenly round the centre: the map's shape.
                    for (int k = 0; k < kDomainCount; ++k) {
                        const Pt n = s.node[static_cast<std::size_t>(k)];
                        CHECK(std::hypot(n.x - s.centre.x, n.y - s.centre.y) == doctest::Approx(s.ring_r).epsilon(0.001));
                    }
                    if (s.ring_r <= 20 * scale + 0.01f) continue; // too small a region: the least map there is
                    const Rect b = map_box(s), room = map_room(s);
                    CHECK(inside(b, room));
                    // It fills the room one way or the other.
                    const bool fills = b.width() >= 0.96f * (room.width() - 8 * scale) ||
                                       b.height() >= 0.96f * (room.height() - 8 * scale);
                    CHECK(fills);
                    // Names at least three quarters of the UI's size.
                    CHECK(s.label_font >= 0.75f * s.inputs.font - 0.01f);
                }
            }
        }
    }
}

TEST_CASE("domain names never meet each other or another node, and the centre's words fit side by side") {
    for (float font : {9.0f, 13.0f, 17.0f, 34.0f}) {
        for (float w = 320; w <= 2000; w += 210) {
            for (float h = 280; h <= 1100; h += 160) {
                for (bool family : {false, true}) {
                    const float scale = font / 17;
                    if (w < 20 * font || h < 15 * font) continue; // not a region anyone draws this text in
                    const MapScene s = scene_for(w, h, font, scale, family);
                    if (s.ring_r <= 20 * scale + 0.01f) continue;
                    INFO(w << "x" << h << ", font " << font << std::string(family ? ", family" : ""));
                    for (int k = 0; k < kDomainCount; ++k) {
                        const Rect& a = s.label_box[static_cast<std::size_t>(k)];
                        for (int j = 0; j < kDomainCount; ++j) {
                            CHECK_FALSE(rects_intersect(a, node_box(s, j)));
                            if (j > k) CHECK_FALSE(rects_intersect(a, s.label_box[static_cast<std::size_t>(j)]));
                        }
                    }
                    // Acceptance and Openness sit side by side under Trust.
                    const Pt left = s.cond_text[2], right = s.cond_text[1];
                    const float half = (fake_width(condition_label(Condition::Openness), s.cond_font, true) +
                                        fake_width(condition_label(Condition::Acceptance), s.cond_font, true)) / 2;
                    CHECK(half < right.x - left.x);
                    // The three circles stay clear of the nodes' inner edge.
                    for (const Pt& c : s.cond)
                        CHECK(std::hypot(c.x - s.centre.x, c.y - s.centre.y) + s.cond_r < s.ring_r - s.node_r);
                }
            }
        }
    }
}

TEST_CASE("the legend stays inside the region and clear of the map") {
    for (float font : {9.0f, 17.0f, 34.0f}) {
        for (float w = 360; w <= 2000; w += 260) {
            for (float h = 300; h <= 1100; h += 200) {
                for (bool family : {false, true}) {
                    const float scale = font / 17;
                    if (w < 20 * font || h < 15 * font) continue; // not a region anyone draws this text in
                    const MapScene s = scene_for(w, h, font, scale, family);
                    INFO(w << "x" << h << ", font " << font << std::string(family ? ", family" : ""));
                    REQUIRE(s.legend.size() == 4);
                    for (const LegendEntry& e : s.legend) {
                        CHECK(e.x >= 0);
                        for (const std::string& line : e.lines) {
                            // A single word may be wider than a narrow column; a line of several never is.
                            if (line.find(' ') == std::string::npos) continue;
                            CHECK(e.text_x + fake_width(line.c_str(), s.legend_font, false) <= w);
                        }
                    }
                    CHECK(s.legend_bottom <= h + 0.5f);
                    if (s.ring_r > 20 * scale + 0.01f) {
                        const Rect b = map_box(s);
                        if (s.legend_side) CHECK(b.x1 <= s.legend_x0);
                        else CHECK(b.y1 <= s.legend_top);
                    }
                }
            }
        }
    }
}
