// spiral_map_paint.cpp - the map's picture through the SDK canvas (see
// spiral_map_paint.h), for the panel and for files alike.
//
// Drawing order is back to front: curve, loops, lines to the core, the
// hovered step's lines, core, markers, then the legend on top in region
// space. The shapes come ready-made from the cached Scene (spiral_scene.h);
// this only picks colours, skips what is outside the region and hands the
// coordinates to the canvas.
#include "spiral_map_paint.h"

#include "spiral_colours.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace spiral_mapper {

namespace {

// The step under the mouse shows all its connections, bright, on top of the
// quiet ones (on a busy map these are often the only lines it has).
void paint_hovered_lines(wb::Canvas& cv, const wb_palette& p, const MapPaint& m, PaintScratch& s) {
    const std::vector<char>& shown = *m.shown;
    const Layout& layout = *m.layout;
    if (m.hovered < 0 || static_cast<std::size_t>(m.hovered) >= m.visible || shown.size() != m.steps->size()) return;
    const std::size_t h = static_cast<std::size_t>(m.hovered);
    if (!shown[h]) return;
    const float scale = std::max(m.scale, 1e-4f), px = 1.0f / scale;
    auto segments_for = [&](float length_units) { return std::clamp(static_cast<int>(length_units * scale / 10.0f), 3, 28); };
    auto stroke = [&](uint32_t colour, float thickness) {
        s.xy.clear();
        for (const Point& q : s.points) s.xy.insert(s.xy.end(), {q.x, q.y});
        cv.polyline(s.xy, colour, thickness);
    };
    for (const ThemeLink& link : layout.links) {
        if ((link.from != h && link.to != h) || link.to >= m.visible || !shown[link.from] || !shown[link.to]) continue;
        const Point a = layout.steps[link.from].pos, b = layout.steps[link.to].pos;
        quadratic_into(a, link.control, b, segments_for(distance(a, b)), s.points);
        stroke(ui::with_alpha(p.accent, 0xE0), std::max(2.6f, 2.0f * px));
    }
    // Core lines are in step order.
    auto first = std::lower_bound(layout.core_lines.begin(), layout.core_lines.end(), h,
                                  [](const CoreLine& l, std::size_t step) { return l.step < step; });
    for (auto it = first; it != layout.core_lines.end() && it->step == h; ++it) {
        const uint32_t colour = ui::ingredient_colour(p, it->ingredient);
        const float thickness = std::max(2.8f, 2.0f * px);
        quadratic_into(it->from, it->control, it->to, segments_for(distance(it->from, it->to)), s.points);
        if (!it->strained) {
            stroke(colour, thickness);
            continue;
        }
        s.xy.clear();
        dash_segments(s.points, 7 * px, 5 * px, s.xy);
        for (std::size_t i = 0; i + 3 < s.xy.size(); i += 4)
            cv.line(s.xy[i], s.xy[i + 1], s.xy[i + 2], s.xy[i + 3], colour, thickness);
    }
}

void paint_legend(wb::Canvas& cv, const wb_palette& p, const MapPaint& m, PaintScratch& s) {
    const Legend& legend = *m.legend;
    const float ui_scale = m.ui_scale, font_px = legend.font_px;
    cv.transform(1, 0, 0, 1, m.origin_x, m.origin_y);
    const Box& b = legend.box;
    cv.rect(b.x0, b.y0, b.x1, b.y1, ui::with_alpha(p.surface, 0xF0), 6 * ui_scale);
    for (const LegendItem& item : legend.items) {
        // A compact row shows the swatches only; the panel names them in a
        // tooltip, with the note.
        if (legend.compact && item.what == LegendItem::Note) continue;
        // A note along the bottom of the map area (left of a legend beside
        // it) has a backing of its own.
        if (item.what == LegendItem::Note && item.x < b.x0) {
            const float w = cv.text_width(item.label.c_str(), font_px);
            cv.rect(item.x - 4 * ui_scale, item.y, item.x + w + 4 * ui_scale, item.y + legend.row,
                    ui::with_alpha(p.surface, 0xF0), 4 * ui_scale);
        }
        const float x = item.x, y = item.y, mid = y + legend.row / 2;
        const float sw = legend.swatch;
        s.shape.clear();
        switch (item.what) {
        case LegendItem::KindMarker:
            marker_shape(static_cast<Kind>(item.index), Point{x + sw / 2, mid}, 7 * ui_scale, 20, s.shape);
            cv.polygon(s.shape, ui::kind_colour(p, static_cast<Kind>(item.index)));
            break;
        case LegendItem::IngredientLine:
            cv.line(x, mid, x + sw, mid, ui::ingredient_colour(p, item.index), 2.5f * ui_scale);
            break;
        case LegendItem::Strained:
            dash_segments(std::vector<Point>{{x, mid}, {x + sw, mid}}, 5 * ui_scale, 4 * ui_scale, s.shape);
            for (std::size_t i = 0; i + 3 < s.shape.size(); i += 4)
                cv.line(s.shape[i], s.shape[i + 1], s.shape[i + 2], s.shape[i + 3], p.text_muted, 2.0f * ui_scale);
            break;
        case LegendItem::ThemeLoop:
            quadratic_into({x, mid + 5 * ui_scale}, {x + sw / 2, mid - 9 * ui_scale}, {x + sw, mid + 5 * ui_scale}, 10,
                           s.sample);
            dash_segments(s.sample, 2 * ui_scale, 3 * ui_scale, s.shape);
            for (std::size_t i = 0; i + 3 < s.shape.size(); i += 4)
                cv.line(s.shape[i], s.shape[i + 1], s.shape[i + 2], s.shape[i + 3], ui::with_alpha(p.text_muted, 0xC0),
                        1.6f * ui_scale);
            break;
        case LegendItem::Note:
            cv.text(x, mid - font_px / 2 - 1, item.label.c_str(), p.text_muted, font_px);
            continue;
        }
        if (legend.compact) continue;
        const bool strong = item.what == LegendItem::KindMarker || item.what == LegendItem::IngredientLine;
        cv.text(x + sw + legend.gap, mid - font_px / 2 - 1, item.label.c_str(), strong ? p.text : p.text_muted, font_px);
    }
}

} // namespace

void paint_map(wb::Canvas& cv, const wb_palette& p, const MapPaint& m, const MeasureText& measure, PaintScratch& scratch) {
    const Scene& scene = *m.scene;
    const Layout& layout = *m.layout;
    const std::vector<Step>& steps = *m.steps;
    const LayoutParams& params = *m.params;
    const float scale = m.scale, font_px = m.font_px;
    // Hover and selection belong to the screen: a file shows the map plain.
    const bool live = cv.on_screen();
    const int hovered = live && m.hovered >= 0 && static_cast<std::size_t>(m.hovered) < m.visible ? m.hovered : -1;
    auto is_hovered = [&](std::size_t step) { return hovered >= 0 && static_cast<std::size_t>(hovered) == step; };

    cv.transform(scale, 0, 0, scale, m.origin_x + m.offset_x, m.origin_y + m.offset_y);
    const float px = 1.0f / std::max(scale, 1e-4f); // one pixel in map units
    // What the region shows, in map units: anything outside is not drawn.
    const Bounds view{-m.offset_x * px, -m.offset_y * px, (m.width - m.offset_x) * px, (m.height - m.offset_y) * px};
    const std::vector<float>& xy = scene.xy;
    auto run = [&](Range r) { return std::span<const float>(xy).subspan(r.begin, r.floats()); };
    auto dashes = [&](Range r, uint32_t colour, float thickness) {
        for (uint32_t i = r.begin; i + 3 < r.end; i += 4) cv.line(xy[i], xy[i + 1], xy[i + 2], xy[i + 3], colour, thickness);
    };

    // ---- The spiral curve up to the last visible step, then a faded tail --
    // Neighbouring chunks in view are one stretch of the pool: one line.
    const float curve_w = std::max(3.2f, 1.0f * px);
    for (std::size_t c = 0; c < scene.curve.size();) {
        if (!overlaps(scene.curve[c].box, view)) {
            ++c;
            continue;
        }
        std::size_t last = c;
        while (last + 1 < scene.curve.size() && overlaps(scene.curve[last + 1].box, view)) ++last;
        cv.polyline(run(Range{scene.curve[c].range.begin, scene.curve[last].range.end}), ui::with_alpha(p.text_muted, 0x70),
                    curve_w);
        c = last + 1;
    }
    dashes(scene.tail, ui::with_alpha(p.text_muted, 0x50), std::max(2.4f, 1.0f * px));

    // ---- Loops: steps that met the same theme again (dotted, quiet) --------
    for (const SceneStroke& loop : scene.loops) {
        if (is_hovered(loop.step) || is_hovered(loop.other) || !overlaps(loop.box, view)) continue;
        dashes(loop.range, ui::with_alpha(p.text_muted, 0x60), std::max(1.4f, 1.0f * px));
    }

    // ---- Lines back to the core: quiet by default, the hovered step's lit --
    for (const SceneStroke& line : scene.core_lines) {
        if (is_hovered(line.step) || !overlaps(line.box, view)) continue;
        const uint32_t colour = ui::with_alpha(ui::ingredient_colour(p, line.ingredient), hovered >= 0 ? 0x38 : 0x78);
        const float thickness = std::max(1.5f, 1.0f * px);
        if (line.dashed) dashes(line.range, colour, thickness);
        else cv.polyline(run(line.range), colour, thickness);
    }
    if (live) paint_hovered_lines(cv, p, m, scratch);

    // ---- The core: the safe space, with the three ingredients round it ----
    const float core_r = params.core_radius;
    cv.disc(0, 0, core_r + 10, ui::with_alpha(p.accent, live && m.core_hovered ? 0x30 : 0x1C));
    cv.disc(0, 0, core_r, p.surface);
    cv.circle(0, 0, core_r, ui::with_alpha(p.accent, 0xC0), 2.2f);
    // Its words and the ingredients' names are sized from the core as drawn
    // (spiral_map_layout.h): none outgrows the core or meets another, and
    // any too small to read is left to the core's tooltip.
    const CoreLabels labels = layout_core_labels(params, core_label_space(scale, m.zoom, font_px), measure);
    if (labels.core_shown) {
        const float units = labels.core_px / scale;
        for (int i = 0; i < CoreLabels::kCoreLines; ++i) {
            const Point at = labels.core_line_at[static_cast<std::size_t>(i)];
            cv.text(at.x, at.y, CoreLabels::kCoreText[i], p.text, units);
        }
    }
    for (int g = 0; g < kIngredientCount; ++g) {
        const Point a = ingredient_anchor(g, params);
        const uint32_t colour = ui::ingredient_colour(p, g);
        cv.disc(a.x, a.y, 8.5f, p.surface);
        cv.disc(a.x, a.y, 6.5f, colour);
        if (!labels.ingredients_shown) continue;
        const Box& b = labels.ingredient_box[static_cast<std::size_t>(g)];
        const Point at = labels.ingredient_at[static_cast<std::size_t>(g)];
        cv.rect(b.x0, b.y0, b.x1, b.y1, ui::with_alpha(p.background, 0xC8), 3 * px);
        cv.text(at.x, at.y, ingredient_label(g), colour, labels.ingredient_px / scale);
    }

    // ---- Steps -------------------------------------------------------------
    // Rings round the selected and hovered markers stay a few pixels wide
    // even when the markers are tiny.
    const float r = scene.detail.marker_radius * 0.86f;
    for (const SceneMarker& mk : scene.markers) {
        if (!overlaps(mk.box, view)) continue;
        const PlacedStep& at = layout.steps[mk.step];
        if (live && m.selected_id != 0 && steps[mk.step].id == m.selected_id)
            cv.circle(at.pos.x, at.pos.y, r + std::max(6.5f, 4.0f * px), p.accent, std::max(3.0f, 2.0f * px));
        else if (is_hovered(mk.step))
            cv.circle(at.pos.x, at.pos.y, r + std::max(5.5f, 3.5f * px), p.text_muted, std::max(2.0f, 1.5f * px));
        const uint32_t fill = mk.shown ? ui::kind_colour(p, mk.kind) : ui::with_alpha(ui::kind_colour(p, mk.kind), 0x40);
        if (scene.detail.outlines) cv.polyline(run(mk.shape), mk.shown ? p.surface : ui::with_alpha(p.surface, 0x60), 3.0f, true);
        cv.polygon(run(mk.shape), fill);
        if (mk.second.floats() > 0) cv.polygon(run(mk.second), fill);
    }
    const float number_units = scene.inputs.number_units;
    for (const SceneNumber& num : scene.numbers)
        if (overlaps(num.box, view)) cv.text(num.at.x, num.at.y, num.text, p.text_muted, number_units);

    // ---- Legend: beside or below the spiral, in region space ---------------
    paint_legend(cv, p, m, scratch);
}

} // namespace spiral_mapper
