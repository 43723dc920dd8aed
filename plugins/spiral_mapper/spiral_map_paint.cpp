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

Legend layout_legend(float width, float ui_scale, float font_px, const char* note, const MeasureText& measure) {
    Legend l;
    l.font_px = font_px;
    l.row = font_px * 1.5f;
    l.swatch = 24 * ui_scale;
    l.gap = 6 * ui_scale;
    for (int k = 0; k < kKindCount; ++k)
        l.items.push_back({LegendItem::KindMarker, k, kind_short_label(static_cast<Kind>(k))});
    for (int g = 0; g < kIngredientCount; ++g) l.items.push_back({LegendItem::IngredientLine, g, ingredient_label(g)});
    l.items.push_back({LegendItem::Strained, 0, "dashed: strained"});
    l.items.push_back({LegendItem::ThemeLoop, 0, "same theme again"});
    if (note) l.items.push_back({LegendItem::Note, 0, note});
    const float pad = 10 * ui_scale, spacing = 22 * ui_scale;
    float x = pad, y = pad * 0.6f;
    for (std::size_t i = 0; i < l.items.size(); ++i) {
        LegendItem& item = l.items[i];
        // Ingredients start a new row: kinds first, then what the lines
        // mean; a note has a row of its own.
        const bool new_group = i > 0 && ((item.what != LegendItem::KindMarker && l.items[i - 1].what == LegendItem::KindMarker) ||
                                         item.what == LegendItem::Note);
        const float swatch = item.what == LegendItem::Note ? 0 : l.swatch + l.gap;
        const float w = swatch + measure(item.label, font_px);
        if (x > pad && (x + w > width - pad || new_group)) {
            x = pad;
            y += l.row;
        }
        item.x = x;
        item.y = y;
        x += w + spacing;
    }
    l.height = y + l.row + pad * 0.6f;
    return l;
}

std::string busy_map_note(float width, float font_px, const MeasureText& measure, bool on_screen) {
    const std::string n = std::to_string(kRecentWithLines);
    std::string note = "Busy map: lines shown only for the latest " + n + " steps" +
                       (on_screen ? " and the one selected or pointed at" : "");
    if (measure(note.c_str(), font_px) > width) note = "Lines for the latest " + n + " steps only";
    return note;
}

float map_text_units(float wanted_px, float zoom, float font_px, float scale) {
    return std::clamp(wanted_px * std::sqrt(std::max(zoom, 0.01f)), font_px * 0.8f, font_px * 1.35f) / scale;
}

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
    const float top = m.height - legend.height;
    cv.rect(0, top, m.width, m.height, ui::with_alpha(p.surface, 0xF0), 6 * ui_scale);
    for (const LegendItem& item : legend.items) {
        const float x = item.x, y = top + item.y, mid = y + legend.row / 2;
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
            cv.text(x, mid - font_px / 2 - 1, item.label, p.text_muted, font_px);
            continue;
        }
        const bool strong = item.what == LegendItem::KindMarker || item.what == LegendItem::IngredientLine;
        cv.text(x + sw + legend.gap, mid - font_px / 2 - 1, item.label, strong ? p.text : p.text_muted, font_px);
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
    {
        const float text_px = std::clamp(font_px * std::sqrt(std::max(m.zoom, 0.01f)), font_px * 0.8f, font_px * 1.2f);
        const float units = text_px / scale;
        const char* lines[] = {"Safe space", "for learning"};
        for (int i = 0; i < 2; ++i) {
            const float w = measure(lines[i], text_px) / scale;
            cv.text(-w / 2, (static_cast<float>(i) - 1.0f) * units * 1.15f, lines[i], p.text, units);
        }
    }
    for (int g = 0; g < kIngredientCount; ++g) {
        const Point a = ingredient_anchor(g, params);
        const uint32_t colour = ui::ingredient_colour(p, g);
        cv.disc(a.x, a.y, 8.5f, p.surface);
        cv.disc(a.x, a.y, 6.5f, colour);
        const float units = map_text_units(font_px, m.zoom, font_px, scale);
        const float w = measure(ingredient_label(g), units * scale) / scale;
        // Labels sit outside the rim, away from the centre.
        const float len = std::max(std::hypot(a.x, a.y), 1.0f);
        const Point out{a.x / len, a.y / len};
        const float lx = a.x + out.x * 16 - (out.x < -0.3f ? w : (out.x > 0.3f ? 0 : w / 2));
        const float ly = a.y + out.y * 16 - (out.y < 0 ? units : 0) - units * 0.5f * (std::fabs(out.y) < 0.6f ? 1.f : 0.f);
        cv.rect(lx - 3, ly - 1, lx + w + 3, ly + units * 1.1f, ui::with_alpha(p.background, 0xC8), 3);
        cv.text(lx, ly, ingredient_label(g), colour, units);
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

    // ---- Legend: a strip along the bottom, in region space -----------------
    paint_legend(cv, p, m, scratch);
}

} // namespace spiral_mapper
