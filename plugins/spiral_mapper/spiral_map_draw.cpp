// spiral_map_draw.cpp - the map: the spiral, its steps, the loops between
// steps of the same theme, the lines back to the core, the core itself and
// a legend, all drawn through the SDK canvas (so the same drawing can go to
// a print backend later), plus hover, click, zoom and pan.
//
// Drawing order is back to front: curve, loops, lines to the core, the
// hovered step's lines, core, markers, then the legend on top in screen
// space. The shapes come ready-made from the cached Scene (spiral_scene.h),
// rebuilt only when the case, filters, replay, selection or zoom change;
// each frame only picks colours, skips what is outside the view and hands
// the coordinates to the canvas.
#include "spiral_view.h"

#include "spiral_widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace spiral_mapper {
namespace {

// Width of `text` at `px` pixels, in pixels.
float text_width(const char* text, float px) {
    return ImGui::CalcTextSize(text).x * px / ImGui::GetFontSize();
}

// The legend's entries laid out left to right, wrapping into rows.
struct LegendItem {
    enum What { KindMarker, IngredientLine, Strained, ThemeLoop, Note } what;
    int index;
    const char* label;
    float x = 0, y = 0; // top-left of the entry within the strip
};
struct Legend {
    std::vector<LegendItem> items;
    float row = 0, swatch = 0, gap = 0, height = 0;
};

// `note`, when given, is a last row in muted text (how a busy map is thinned).
Legend layout_legend(float width, float ui_scale, const char* note) {
    Legend l;
    const float font_px = ImGui::GetFontSize();
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
        const float w = swatch + text_width(item.label, font_px);
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

} // namespace

void SpiralView::draw_map(float width, float height) {
    const wb_palette& p = host_.palette();
    const float ui_scale = host_.ui_scale();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, height);
    refresh_filters(); // the filters popup may have changed them this frame
    const std::size_t visible = static_cast<std::size_t>(visible_count());

    // ---- Where the map sits: fit the whole spiral, then zoom and pan ------
    // A busy map says in its legend which lines it leaves out (briefly
    // when the map is narrow).
    char note[160];
    std::snprintf(note, sizeof note, "Busy map: lines shown only for the latest %zu steps and the one selected or pointed at",
                  kRecentWithLines);
    if (text_width(note, ImGui::GetFontSize()) > width - 20 * ui_scale)
        std::snprintf(note, sizeof note, "Lines for the latest %zu steps only", kRecentWithLines);
    const bool dense = is_dense(shown_, visible);
    // The legend is a strip along the bottom; the spiral is fitted above it.
    const Legend legend = layout_legend(width, ui_scale, dense ? note : nullptr);
    const float map_h = std::max(height - legend.height, height * 0.5f);
    ViewFit fit = fit_to_view(bounds_, width, map_h);
    const float scale = fit.scale * zoom_;
    // Zoom is about the centre of the map area, then the pan moves it.
    const float cx = (fit.offset_x - width / 2) / fit.scale, cy = (fit.offset_y - map_h / 2) / fit.scale;
    const ImVec2 offset(width / 2 + cx * scale + pan_.x, map_h / 2 + cy * scale + pan_.y);

    // Screen positions of the markers, for hover and click (and tests).
    marker_px_.resize(steps_.size());
    for (std::size_t i = 0; i < steps_.size(); ++i)
        marker_px_[i] = ImVec2(origin.x + offset.x + layout_.steps[i].pos.x * scale,
                               origin.y + offset.y + layout_.steps[i].pos.y * scale);
    marker_px_radius_ = std::max(params_.marker_radius * scale, 7.0f);
    handle_map_input(origin, size, scale, offset);

    // Text stays readable at any zoom: between 0.8 and 1.35 of the UI font.
    const float font_px = ImGui::GetFontSize();
    auto text_units = [&](float wanted_px) {
        return std::clamp(wanted_px * std::sqrt(std::max(zoom_, 0.01f)), font_px * 0.8f, font_px * 1.35f) / scale;
    };

    // ---- The cached drawing, rebuilt only when what it shows changed ------
    SceneInputs in;
    in.layout_generation = layout_generation_;
    in.filter_generation = filter_generation_;
    in.visible = visible;
    in.selected = selected_index();
    in.scale = scale;
    in.number_units = text_units(font_px * 0.78f);
    in.digit_units = text_width("0", in.number_units * scale) / scale;
    if (!scene_.built || !(scene_.inputs == in)) build_scene(scene_, in, layout_, steps_, shown_, params_);

    wb::Canvas cv(host_, width, height);
    if (!cv) return;
    cv.transform(scale, 0, 0, scale, offset.x, offset.y);
    const float px = 1.0f / std::max(scale, 1e-4f); // one pixel in map units
    // What the view shows, in map units: anything outside is not drawn.
    const Bounds view{-offset.x * px, -offset.y * px, (width - offset.x) * px, (height - offset.y) * px};
    const std::vector<float>& xy = scene_.xy;
    auto run = [&](Range r) { return std::span<const float>(xy).subspan(r.begin, r.floats()); };
    auto dashes = [&](Range r, uint32_t colour, float thickness) {
        for (uint32_t i = r.begin; i + 3 < r.end; i += 4) cv.line(xy[i], xy[i + 1], xy[i + 2], xy[i + 3], colour, thickness);
    };
    const int hovered = hovered_ >= 0 && static_cast<std::size_t>(hovered_) < visible ? hovered_ : -1;
    auto is_hovered = [&](std::size_t step) { return hovered >= 0 && static_cast<std::size_t>(hovered) == step; };

    // ---- The spiral curve up to the last visible step, then a faded tail --
    // Neighbouring chunks in view are one stretch of the pool: one line.
    const float curve_w = std::max(3.2f, 1.0f * px);
    for (std::size_t c = 0; c < scene_.curve.size();) {
        if (!overlaps(scene_.curve[c].box, view)) {
            ++c;
            continue;
        }
        std::size_t last = c;
        while (last + 1 < scene_.curve.size() && overlaps(scene_.curve[last + 1].box, view)) ++last;
        cv.polyline(run(Range{scene_.curve[c].range.begin, scene_.curve[last].range.end}), ui::with_alpha(p.text_muted, 0x70),
                    curve_w);
        c = last + 1;
    }
    dashes(scene_.tail, ui::with_alpha(p.text_muted, 0x50), std::max(2.4f, 1.0f * px));

    // ---- Loops: steps that met the same theme again (dotted, quiet) --------
    for (const SceneStroke& loop : scene_.loops) {
        if (is_hovered(loop.step) || is_hovered(loop.other) || !overlaps(loop.box, view)) continue;
        dashes(loop.range, ui::with_alpha(p.text_muted, 0x60), std::max(1.4f, 1.0f * px));
    }

    // ---- Lines back to the core: quiet by default, the hovered step's lit --
    for (const SceneStroke& line : scene_.core_lines) {
        if (is_hovered(line.step) || !overlaps(line.box, view)) continue;
        const uint32_t colour = ui::with_alpha(ui::ingredient_colour(p, line.ingredient), hovered >= 0 ? 0x38 : 0x78);
        const float thickness = std::max(1.5f, 1.0f * px);
        if (line.dashed) dashes(line.range, colour, thickness);
        else cv.polyline(run(line.range), colour, thickness);
    }
    draw_hovered_lines(cv);

    // ---- The core: the safe space, with the three ingredients round it ----
    const float core_r = params_.core_radius;
    cv.disc(0, 0, core_r + 10, ui::with_alpha(p.accent, core_hovered_ ? 0x30 : 0x1C));
    cv.disc(0, 0, core_r, p.surface);
    cv.circle(0, 0, core_r, ui::with_alpha(p.accent, 0xC0), 2.2f);
    {
        const float text_px = std::clamp(font_px * std::sqrt(std::max(zoom_, 0.01f)), font_px * 0.8f, font_px * 1.2f);
        const float units = text_px / scale;
        const char* lines[] = {"Safe space", "for learning"};
        for (int i = 0; i < 2; ++i) {
            const float w = text_width(lines[i], text_px) / scale;
            cv.text(-w / 2, (static_cast<float>(i) - 1.0f) * units * 1.15f, lines[i], p.text, units);
        }
    }
    for (int g = 0; g < kIngredientCount; ++g) {
        const Point a = ingredient_anchor(g, params_);
        const uint32_t colour = ui::ingredient_colour(p, g);
        cv.disc(a.x, a.y, 8.5f, p.surface);
        cv.disc(a.x, a.y, 6.5f, colour);
        const float units = text_units(font_px);
        const float w = text_width(ingredient_label(g), units * scale) / scale;
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
    const float r = scene_.detail.marker_radius * 0.86f;
    for (const SceneMarker& m : scene_.markers) {
        if (!overlaps(m.box, view)) continue;
        const PlacedStep& at = layout_.steps[m.step];
        if (steps_[m.step].id == selected_id_)
            cv.circle(at.pos.x, at.pos.y, r + std::max(6.5f, 4.0f * px), p.accent, std::max(3.0f, 2.0f * px));
        else if (is_hovered(m.step))
            cv.circle(at.pos.x, at.pos.y, r + std::max(5.5f, 3.5f * px), p.text_muted, std::max(2.0f, 1.5f * px));
        const uint32_t fill = m.shown ? ui::kind_colour(p, m.kind) : ui::with_alpha(ui::kind_colour(p, m.kind), 0x40);
        if (scene_.detail.outlines) cv.polyline(run(m.shape), m.shown ? p.surface : ui::with_alpha(p.surface, 0x60), 3.0f, true);
        cv.polygon(run(m.shape), fill);
        if (m.second.floats() > 0) cv.polygon(run(m.second), fill);
    }
    for (const SceneNumber& num : scene_.numbers)
        if (overlaps(num.box, view)) cv.text(num.at.x, num.at.y, num.text, p.text_muted, in.number_units);

    // ---- Legend: a strip along the bottom, in screen space ---------------
    cv.transform(1, 0, 0, 1, 0, 0);
    {
        const float top = height - legend.height;
        cv.rect(0, top, width, height, ui::with_alpha(p.surface, 0xF0), 6 * ui_scale);
        std::vector<float> shape;
        std::vector<Point> sample;
        for (const LegendItem& item : legend.items) {
            const float x = item.x, y = top + item.y, mid = y + legend.row / 2;
            const float sw = legend.swatch;
            shape.clear();
            switch (item.what) {
            case LegendItem::KindMarker:
                marker_shape(static_cast<Kind>(item.index), Point{x + sw / 2, mid}, 7 * ui_scale, 20, shape);
                cv.polygon(shape, ui::kind_colour(p, static_cast<Kind>(item.index)));
                break;
            case LegendItem::IngredientLine:
                cv.line(x, mid, x + sw, mid, ui::ingredient_colour(p, item.index), 2.5f * ui_scale);
                break;
            case LegendItem::Strained:
                dash_segments(std::vector<Point>{{x, mid}, {x + sw, mid}}, 5 * ui_scale, 4 * ui_scale, shape);
                for (std::size_t i = 0; i + 3 < shape.size(); i += 4)
                    cv.line(shape[i], shape[i + 1], shape[i + 2], shape[i + 3], p.text_muted, 2.0f * ui_scale);
                break;
            case LegendItem::ThemeLoop:
                quadratic_into({x, mid + 5 * ui_scale}, {x + sw / 2, mid - 9 * ui_scale}, {x + sw, mid + 5 * ui_scale}, 10, sample);
                dash_segments(sample, 2 * ui_scale, 3 * ui_scale, shape);
                for (std::size_t i = 0; i + 3 < shape.size(); i += 4)
                    cv.line(shape[i], shape[i + 1], shape[i + 2], shape[i + 3], ui::with_alpha(p.text_muted, 0xC0), 1.6f * ui_scale);
                break;
            case LegendItem::Note:
                cv.text(x, mid - font_px / 2 - 1, item.label, p.text_muted, 0);
                continue;
            }
            cv.text(x + sw + legend.gap, mid - font_px / 2 - 1, item.label, item.what == LegendItem::KindMarker ||
                    item.what == LegendItem::IngredientLine ? p.text : p.text_muted, 0);
        }
    }

    // ---- Tooltip -------------------------------------------------------------
    if (hovered_ >= 0 && static_cast<std::size_t>(hovered_) < steps_.size())
        draw_step_tooltip(steps_[static_cast<std::size_t>(hovered_)], static_cast<std::size_t>(hovered_));
    else if (core_hovered_) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
        ImGui::TextUnformatted("Safe space for learning");
        const struct { const char* label; const std::string* text; } rows[] = {
            {"Trust", &saved_space_.trust}, {"Openness", &saved_space_.openness}, {"Honesty", &saved_space_.honesty}};
        for (const auto& r : rows) {
            ui::text_coloured(p.text_muted, r.label);
            ImGui::TextWrapped("%s", r.text->empty() ? "(nothing noted yet)" : r.text->c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// The step under the mouse shows all its connections, bright, on top of the
// quiet ones (on a busy map these are often the only lines it has).
void SpiralView::draw_hovered_lines(wb::Canvas& cv) {
    const std::size_t visible = static_cast<std::size_t>(visible_count());
    if (hovered_ < 0 || static_cast<std::size_t>(hovered_) >= visible || shown_.size() != steps_.size()) return;
    const std::size_t h = static_cast<std::size_t>(hovered_);
    if (!shown_[h]) return;
    const wb_palette& p = host_.palette();
    const float scale = std::max(scene_.inputs.scale, 1e-4f), px = 1.0f / scale;
    auto segments_for = [&](float length_units) { return std::clamp(static_cast<int>(length_units * scale / 10.0f), 3, 28); };
    auto stroke = [&](uint32_t colour, float thickness) {
        hover_xy_.clear();
        for (const Point& q : hover_points_) hover_xy_.insert(hover_xy_.end(), {q.x, q.y});
        cv.polyline(hover_xy_, colour, thickness);
    };
    for (const ThemeLink& link : layout_.links) {
        if ((link.from != h && link.to != h) || link.to >= visible || !shown_[link.from] || !shown_[link.to]) continue;
        const Point a = layout_.steps[link.from].pos, b = layout_.steps[link.to].pos;
        quadratic_into(a, link.control, b, segments_for(distance(a, b)), hover_points_);
        stroke(ui::with_alpha(p.accent, 0xE0), std::max(2.6f, 2.0f * px));
    }
    // Core lines are in step order.
    auto first = std::lower_bound(layout_.core_lines.begin(), layout_.core_lines.end(), h,
                                  [](const CoreLine& l, std::size_t step) { return l.step < step; });
    for (auto it = first; it != layout_.core_lines.end() && it->step == h; ++it) {
        const uint32_t colour = ui::ingredient_colour(p, it->ingredient);
        const float thickness = std::max(2.8f, 2.0f * px);
        quadratic_into(it->from, it->control, it->to, segments_for(distance(it->from, it->to)), hover_points_);
        if (!it->strained) {
            stroke(colour, thickness);
            continue;
        }
        hover_xy_.clear();
        dash_segments(hover_points_, 7 * px, 5 * px, hover_xy_);
        for (std::size_t i = 0; i + 3 < hover_xy_.size(); i += 4)
            cv.line(hover_xy_[i], hover_xy_[i + 1], hover_xy_[i + 2], hover_xy_[i + 3], colour, thickness);
    }
}

void SpiralView::handle_map_input(ImVec2 origin, ImVec2 size, float scale, ImVec2 offset) {
    ImGuiIO& io = ImGui::GetIO();
    // One invisible button covers the map: it owns clicks and drags so the
    // panel does not move, and the canvas is then drawn over the same area.
    ImGui::InvisibleButton("map_area", size);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemActivated()) dragging_ = false;
    if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f)) {
        dragging_ = true;
        pan_.x += io.MouseDelta.x;
        pan_.y += io.MouseDelta.y;
    }
    ImGui::SetCursorScreenPos(origin);

    // What is under the mouse: the nearest visible marker, or the core.
    hovered_ = -1;
    core_hovered_ = false;
    if (hovered && !dragging_) {
        float best = marker_px_radius_ + 3;
        for (int i = 0; i < visible_count(); ++i) {
            const float d = std::hypot(io.MousePos.x - marker_px_[static_cast<std::size_t>(i)].x,
                                       io.MousePos.y - marker_px_[static_cast<std::size_t>(i)].y);
            if (d <= best) {
                best = d;
                hovered_ = i;
            }
        }
        if (hovered_ < 0) {
            const float d = std::hypot(io.MousePos.x - (origin.x + offset.x), io.MousePos.y - (origin.y + offset.y));
            core_hovered_ = d <= params_.core_radius * scale;
        }
    }

    // A click (not a drag) on a marker opens it in the form.
    if (ImGui::IsItemDeactivated() && !dragging_ && hovered_ >= 0)
        open_edit_form(steps_[static_cast<std::size_t>(hovered_)]);
    if (ImGui::IsItemDeactivated()) dragging_ = false;

    // The wheel zooms around the point under the mouse.
    if (hovered && io.MouseWheel != 0) {
        const float old_zoom = zoom_;
        zoom_ = std::clamp(zoom_ * std::pow(1.15f, io.MouseWheel), 0.3f, 8.0f);
        const float k = zoom_ / old_zoom;
        const ImVec2 m(io.MousePos.x - origin.x, io.MousePos.y - origin.y);
        // Keep the map point under the mouse where it is.
        const ImVec2 wanted(m.x - (m.x - offset.x) * k, m.y - (m.y - offset.y) * k);
        // The offset the new zoom alone would give (zoom is about the centre).
        const ImVec2 c(size.x / 2, size.y / 2);
        const ImVec2 zoomed(c.x + (offset.x - pan_.x - c.x) * k + pan_.x, c.y + (offset.y - pan_.y - c.y) * k + pan_.y);
        pan_.x += wanted.x - zoomed.x;
        pan_.y += wanted.y - zoomed.y;
    }
}

void SpiralView::draw_step_tooltip(const Step& s, std::size_t index) {
    const wb_palette& p = host_.palette();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ui::text_coloured(ui::kind_colour(p, s.kind), kind_label(s.kind));
    ImGui::Text("Step %zu  ·  %s", index + 1, s.date.c_str());
    if (!s.theme.empty()) ui::text_coloured(p.text_muted, ("Theme: " + s.theme).c_str());
    ImGui::Spacing();
    ImGui::TextWrapped("%s", s.description.c_str());
    ImGui::Spacing();
    for (int g = 0; g < kIngredientCount; ++g) {
        const Effect e = s.effects[static_cast<std::size_t>(g)];
        if (e == Effect::Unchanged) continue;
        ui::text_coloured(ui::ingredient_colour(p, g),
                          (std::string(ingredient_label(g)) + ": " + effect_label(e)).c_str());
    }
    ui::text_coloured(p.text_muted, (std::string("Widened what became possible: ") + expansion_label(s.expansion)).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace spiral_mapper
