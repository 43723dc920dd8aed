// map_layout_tests.cpp - the rules for where the spiral map's legend goes
// and how large the core's text is drawn (spiral_map_layout.h), on plain
// numbers: on a projector at twice the size the spiral keeps most of its
// area, a roughly square panel keeps the strip along the bottom, a cramped
// screen gets one row of swatches, every legend entry is placed inside the
// region without touching another, and the core's labels never outgrow
// the core nor meet each other.
#include "spiral_layout.h"
#include "spiral_map_layout.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <string>

using namespace spiral_mapper;

namespace {

// Close to DejaVu Sans (the UI font): about half the size per character.
float fake_measure(const char* text, float px) { return static_cast<float>(std::strlen(text)) * 0.5f * px; }

// The demo families' spirals have about fifteen steps, some widening.
Bounds fifteen_step_bounds() {
    std::vector<Step> steps(15);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        steps[i].id = static_cast<int64_t>(i + 1);
        steps[i].expansion = static_cast<Expansion>(i % 3);
    }
    const Layout l = layout_spiral(steps);
    return content_bounds(l, steps.size());
}

LegendSpace space_for(float w, float h, float ui_scale, const Bounds& b, std::string note = {}) {
    LegendSpace s;
    s.width = w;
    s.height = h;
    s.content_aspect = b.width() / b.height();
    s.ui_scale = ui_scale;
    s.font_px = 17 * ui_scale;
    s.note = std::move(note);
    return s;
}

// The height the spiral is drawn at under this legend.
float fitted_height(const Legend& l, const Bounds& b) { return b.height() * legend_fit_scale(l, b.width(), b.height()); }

// Each entry's rectangle: swatch and label (a note has no swatch).
Box item_box(const Legend& l, const LegendItem& item) {
    const float swatch = item.what == LegendItem::Note ? 0 : l.swatch + l.gap;
    return Box{item.x, item.y, item.x + swatch + fake_measure(item.label.c_str(), l.font_px), item.y + l.row};
}

void check_entries_placed(const Legend& l, const LegendSpace& s) {
    // Every kind, every ingredient, dashes and loops: 5 + 3 + 2 entries.
    int entries = 0;
    for (const LegendItem& item : l.items) entries += item.what == LegendItem::Note ? 0 : 1;
    CHECK(entries == kKindCount + kIngredientCount + 2);
    for (std::size_t i = 0; i < l.items.size(); ++i) {
        const Box a = item_box(l, l.items[i]);
        INFO("entry " << l.items[i].label);
        CHECK(a.x0 >= 0);
        CHECK(a.y0 >= 0);
        CHECK(a.x1 <= s.width + 0.5f);
        CHECK(a.y1 <= s.height + 0.5f);
        for (std::size_t j = i + 1; j < l.items.size(); ++j) CHECK_FALSE(boxes_intersect(a, item_box(l, l.items[j])));
    }
}

} // namespace

TEST_CASE("at 2x on a projector the legend moves beside the spiral, which keeps most of the height") {
    const Bounds b = fifteen_step_bounds();
    // The panel's whole width (1840x560) and the map beside the story
    // column (about 1090x600), both at twice the size.
    for (const auto& [w, h] : {std::pair{1840.0f, 560.0f}, std::pair{1090.0f, 600.0f}}) {
        INFO(w << "x" << h);
        const LegendSpace s = space_for(w, h, 2, b);
        const Legend l = layout_legend(s, fake_measure);
        CHECK(l.beside);
        CHECK(fitted_height(l, b) >= 0.6f * h);
        // The spiral's area and the legend's box do not meet.
        CHECK(l.map_w <= l.box.x0);
        CHECK(l.box.x1 <= w);
        check_entries_placed(l, s);
        // Better than the strip would have been: the reason for moving.
        LegendSpace square = s;
        square.width = s.height * 1.1f;
        CHECK(fitted_height(l, b) > fitted_height(layout_legend(square, fake_measure), b));
    }
}

TEST_CASE("a roughly square panel at 1x keeps the legend as a strip along the bottom") {
    const Bounds b = fifteen_step_bounds();
    for (const auto& [w, h] : {std::pair{480.0f, 540.0f}, std::pair{640.0f, 700.0f}}) {
        INFO(w << "x" << h);
        const LegendSpace s = space_for(w, h, 1, b);
        const Legend l = layout_legend(s, fake_measure);
        CHECK_FALSE(l.beside);
        CHECK(l.box.y1 == doctest::Approx(h));
        CHECK(l.map_h <= l.box.y0 + 0.5f);
        CHECK(fitted_height(l, b) >= 0.6f * h);
        check_entries_placed(l, s);
    }
}

TEST_CASE("the busy-map note is kept with the legend, wrapped to fit, beside or below") {
    const Bounds b = fifteen_step_bounds();
    const std::string note = busy_map_note(1000, 34, fake_measure, true);
    for (const auto& [w, h, ui] : {std::tuple{1840.0f, 560.0f, 2.0f}, std::tuple{1090.0f, 600.0f, 2.0f},
                                   std::tuple{1090.0f, 420.0f, 2.0f}, std::tuple{480.0f, 540.0f, 1.0f}}) {
        INFO(w << "x" << h << " at " << ui);
        const LegendSpace s = space_for(w, h, ui, b, note);
        const Legend l = layout_legend(s, fake_measure);
        std::string said;
        for (const LegendItem& item : l.items)
            if (item.what == LegendItem::Note) said += (said.empty() ? "" : " ") + item.label;
        CHECK(said == note);
        check_entries_placed(l, s);
        // A note under the map is below the spiral's area.
        for (const LegendItem& item : l.items)
            if (item.what == LegendItem::Note && item.x < l.box.x0) CHECK(item.y >= l.map_h - 0.5f);
    }
}

TEST_CASE("where even a column leaves the spiral under half the height, the screen's legend is one row of swatches") {
    const Bounds b = fifteen_step_bounds();
    // 2x on a small screen: the map gets about 700 x 300 pixels.
    LegendSpace s = space_for(700, 300, 2, b, "Lines for the latest 40 steps only");
    s.allow_compact = true;
    const Legend l = layout_legend(s, fake_measure);
    CHECK(l.compact);
    CHECK(fitted_height(l, b) >= 0.6f * 300);
    // Every entry is still there, named (for the tooltip), its swatch in the
    // row, and the note goes with them.
    int entries = 0, notes = 0;
    for (const LegendItem& item : l.items) {
        CHECK_FALSE(item.label.empty());
        if (item.what == LegendItem::Note) {
            ++notes;
            continue;
        }
        ++entries;
        CHECK(item.x >= l.box.x0);
        CHECK(item.x + l.swatch <= l.box.x1);
        CHECK(item.y >= l.box.y0);
    }
    CHECK(entries == kKindCount + kIngredientCount + 2);
    CHECK(notes == 1);
    // A file cannot be pointed at: the same space gives it a full legend.
    s.allow_compact = false;
    CHECK_FALSE(layout_legend(s, fake_measure).compact);
    // Nor does a roomy screen get the compact row.
    LegendSpace roomy = space_for(1090, 600, 2, b);
    roomy.allow_compact = true;
    CHECK_FALSE(layout_legend(roomy, fake_measure).compact);
}

TEST_CASE("the core's labels fit inside the core, never meet, never outgrow it, or are left out") {
    const LayoutParams params;
    const float r = params.core_radius;
    for (float font : {9.0f, 17.0f, 34.0f}) {
        for (float scale = 0.15f; scale <= 4.0f; scale *= 1.25f) {
            for (float zoom : {0.5f, 1.0f, 3.0f}) {
                INFO("font " << font << ", scale " << scale << ", zoom " << zoom);
                const CoreLabelSpace space = core_label_space(scale, zoom, font);
                const CoreLabels l = layout_core_labels(params, space, fake_measure);
                if (l.core_shown) {
                    CHECK(l.core_px >= space.min_px);
                    CHECK(l.core_px <= space.core_wanted_px);
                    // Every corner of both lines is inside the core's disc.
                    for (const Box& line : l.core_line_box)
                        for (float x : {line.x0, line.x1})
                            for (float y : {line.y0, line.y1}) CHECK(std::hypot(x, y) <= r);
                }
                if (l.ingredients_shown) {
                    CHECK(l.ingredient_px >= space.min_px);
                    CHECK(l.ingredient_px <= space.ingredient_wanted_px + 1e-3f);
                    for (int g = 0; g < kIngredientCount; ++g) {
                        const Box& a = l.ingredient_box[static_cast<std::size_t>(g)];
                        // No wider than the core, and no taller than half its radius.
                        CHECK(fake_measure(ingredient_label(g), l.ingredient_px) / scale <= 2 * r + 1e-3f);
                        CHECK(l.ingredient_px / scale * 1.1f <= 0.5f * r + 1e-3f);
                        if (l.core_shown) CHECK_FALSE(boxes_intersect(a, l.core_box));
                        for (int h = g + 1; h < kIngredientCount; ++h)
                            CHECK_FALSE(boxes_intersect(a, l.ingredient_box[static_cast<std::size_t>(h)]));
                    }
                }
            }
        }
    }
}

TEST_CASE("the core's labels show at ordinary sizes and are left out when the core is tiny") {
    const LayoutParams params;
    // The 1x panel (about 0.6 px per unit) shows both at a readable size.
    const CoreLabels normal = layout_core_labels(params, core_label_space(0.6f, 1, 17), fake_measure);
    CHECK(normal.core_shown);
    CHECK(normal.ingredients_shown);
    CHECK(normal.core_px >= 0.75f * 17);
    // On a projector at 2x with the core only 50 px across, 2x text cannot
    // fit: nothing is drawn rather than text spilling over the spiral.
    const CoreLabels tiny = layout_core_labels(params, core_label_space(0.33f, 1, 34), fake_measure);
    CHECK_FALSE(tiny.core_shown);
    CHECK_FALSE(tiny.ingredients_shown);
    // With the core large, the text is as large as the UI asks for.
    const CoreLabels large = layout_core_labels(params, core_label_space(2.0f, 1, 34), fake_measure);
    CHECK(large.core_px == doctest::Approx(34));
    CHECK(large.ingredient_px == doctest::Approx(34));
}

TEST_CASE("the map is fitted to every step, or while presenting to the story so far but at least the first turn") {
    const LayoutParams params;
    const std::size_t turn = static_cast<std::size_t>(params.first_turn_steps);
    CHECK(fitted_step_count(3, 15, false, params) == 15);
    CHECK(fitted_step_count(15, 15, false, params) == 15);
    CHECK(fitted_step_count(3, 15, true, params) == turn);
    CHECK(fitted_step_count(12, 15, true, params) == 12);
    CHECK(fitted_step_count(15, 15, true, params) == 15);
    CHECK(fitted_step_count(2, 4, true, params) == 4);
    CHECK(fitted_step_count(0, 0, true, params) == 0);
}
