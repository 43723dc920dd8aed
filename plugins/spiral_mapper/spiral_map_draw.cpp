// spiral_map_draw.cpp - the map: the spiral, its steps, the loops between
// steps of the same theme, the lines back to the core, the core itself and
// a legend, all drawn through the SDK canvas (so the same drawing can go to
// a print backend later), plus hover, click, zoom and pan.
//
// Drawing order is back to front: curve, loops, lines to the core, core,
// markers, then the legend on top in screen space.
#include "spiral_view.h"

#include "spiral_widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace spiral_mapper {
namespace {

constexpr float kPi = 3.14159265f;

std::vector<float> flat(const std::vector<Point>& pts, std::size_t begin, std::size_t end) {
    std::vector<float> xy;
    end = std::min(end, pts.size());
    xy.reserve((end > begin ? end - begin : 0) * 2);
    for (std::size_t i = begin; i < end; ++i) {
        xy.push_back(pts[i].x);
        xy.push_back(pts[i].y);
    }
    return xy;
}

// A dashed polyline: `dash` on, `gap` off, measured along the line.
void dashed(wb::Canvas& cv, const std::vector<Point>& pts, uint32_t colour, float thickness, float dash, float gap) {
    bool on = true;
    float left = dash;
    std::vector<float> run;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        Point a = pts[i - 1];
        const Point b = pts[i];
        float seg = distance(a, b);
        while (seg > 0) {
            const float take = std::min(seg, left);
            const float t = take / seg;
            const Point m{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
            if (on) {
                if (run.empty()) run.insert(run.end(), {a.x, a.y});
                run.insert(run.end(), {m.x, m.y});
            }
            seg -= take;
            left -= take;
            a = m;
            if (left <= 0) {
                if (on && run.size() >= 4) cv.polyline(run, colour, thickness);
                run.clear();
                on = !on;
                left = on ? dash : gap;
            }
        }
    }
    if (on && run.size() >= 4) cv.polyline(run, colour, thickness);
}

// The marker shape of each kind, centred on (x, y) with radius r.
void marker_shape(Kind kind, float x, float y, float r, std::vector<float>& xy) {
    xy.clear();
    auto ring = [&](int n, float r0, float r1, float start) {
        for (int i = 0; i < n; ++i) {
            const float a = start + static_cast<float>(i) * kPi / static_cast<float>(n / 2);
            const float rr = (i % 2 == 0) ? r0 : r1;
            xy.push_back(x + rr * std::cos(a));
            xy.push_back(y + rr * std::sin(a));
        }
    };
    switch (kind) {
    case Kind::Acceptance: ring(28, r * 0.92f, r * 0.92f, 0); break;                // circle
    case Kind::ValueThemselves: ring(4, r * 1.05f, r * 1.05f, kPi / 4); break;     // square
    case Kind::Subtle: {                                                           // triangle
        for (int i = 0; i < 3; ++i) {
            const float a = -kPi / 2 + static_cast<float>(i) * 2 * kPi / 3;
            xy.push_back(x + r * 1.2f * std::cos(a));
            xy.push_back(y + 0.15f * r + r * 1.2f * std::sin(a));
        }
        break;
    }
    case Kind::Obvious: ring(4, r * 1.22f, r * 1.22f, -kPi / 2); break;            // diamond
    case Kind::Repair: ring(10, r * 1.25f, r * 0.58f, -kPi / 2); break;            // star
    }
}

// Width of `text` at `px` pixels, in pixels.
float text_width(const char* text, float px) {
    return ImGui::CalcTextSize(text).x * px / ImGui::GetFontSize();
}

// The legend's entries laid out left to right, wrapping into rows.
struct LegendItem {
    enum What { KindMarker, IngredientLine, Strained, ThemeLoop } what;
    int index;
    const char* label;
    float x = 0, y = 0; // top-left of the entry within the strip
};
struct Legend {
    std::vector<LegendItem> items;
    float row = 0, swatch = 0, gap = 0, height = 0;
};

Legend layout_legend(float width, float ui_scale) {
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
    const float pad = 10 * ui_scale, spacing = 22 * ui_scale;
    float x = pad, y = pad * 0.6f;
    for (std::size_t i = 0; i < l.items.size(); ++i) {
        LegendItem& item = l.items[i];
        // Ingredients start a new row: kinds first, then what the lines mean.
        const bool new_group = i > 0 && item.what != LegendItem::KindMarker && l.items[i - 1].what == LegendItem::KindMarker;
        const float w = l.swatch + l.gap + text_width(item.label, font_px);
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

    // ---- Where the map sits: fit the whole spiral, then zoom and pan ------
    const std::size_t visible = static_cast<std::size_t>(visible_count());
    const Bounds bounds = content_bounds(layout_, steps_.size(), params_);
    // The legend is a strip along the bottom; the spiral is fitted above it.
    const Legend legend = layout_legend(width, ui_scale);
    const float map_h = std::max(height - legend.height, height * 0.5f);
    ViewFit fit = fit_to_view(bounds, width, map_h);
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

    wb::Canvas cv(host_, width, height);
    if (!cv) return;
    cv.transform(scale, 0, 0, scale, offset.x, offset.y);
    // Text stays readable at any zoom: between 0.8 and 1.35 of the UI font.
    const float font_px = ImGui::GetFontSize();
    auto text_units = [&](float wanted_px) {
        return std::clamp(wanted_px * std::sqrt(std::max(zoom_, 0.01f)), font_px * 0.8f, font_px * 1.35f) / scale;
    };
    std::vector<float> xy;
    // Dash patterns are set in screen pixels, so a zoomed-out map of many
    // steps does not turn every dotted line into thousands of dots.
    const float px_unit = 1.0f / std::max(scale, 1e-3f);
    // Step numbers only while markers are big enough to read them by.
    const bool numbers = params_.marker_radius * scale >= 5.0f;
    // Curves get about one segment per 10 pixels: smooth, and cheap when small.
    auto segments_for = [&](float length_units) { return std::clamp(static_cast<int>(length_units * scale / 10.0f), 3, 28); };

    // ---- The spiral curve up to the last visible step, then a faded tail --
    if (!layout_.curve.empty()) {
        const std::size_t end = visible > 0 ? layout_.steps[visible - 1].curve_index + 1 : 1;
        cv.polyline(flat(layout_.curve, 0, end), ui::with_alpha(p.text_muted, 0x70), 3.2f);
        std::vector<Point> tail(layout_.curve.begin() + static_cast<std::ptrdiff_t>(end - 1),
                                layout_.curve.begin() + static_cast<std::ptrdiff_t>(std::min(layout_.curve.size(), end + 26)));
        dashed(cv, tail, ui::with_alpha(p.text_muted, 0x50), 2.4f, 6 * px_unit, 7 * px_unit);
    }

    // ---- Loops: steps that met the same theme again ----------------------
    for (const ThemeLink& link : layout_.links) {
        if (link.to >= visible) continue;
        const bool shown = shown_by_filters(steps_[link.from]) && shown_by_filters(steps_[link.to]);
        if (!shown) continue;
        const bool lit = hovered_ >= 0 && (static_cast<std::size_t>(hovered_) == link.from ||
                                           static_cast<std::size_t>(hovered_) == link.to);
        const auto pts = quadratic_points(layout_.steps[link.from].pos, link.control, layout_.steps[link.to].pos,
                                          segments_for(distance(layout_.steps[link.from].pos, layout_.steps[link.to].pos)));
        std::vector<float> line;
        for (const Point& q : pts) line.insert(line.end(), {q.x, q.y});
        if (lit) cv.polyline(line, ui::with_alpha(p.accent, 0xE0), 2.6f);
        else dashed(cv, pts, ui::with_alpha(p.text_muted, 0x60), 1.4f, 2 * px_unit, 4 * px_unit); // dotted: quiet until hovered
    }

    // ---- Lines back to the core ------------------------------------------
    for (const CoreLine& line : layout_.core_lines) {
        if (line.step >= visible || !shown_by_filters(steps_[line.step])) continue;
        const bool lit = hovered_ >= 0 && static_cast<std::size_t>(hovered_) == line.step;
        // Many lines meet at the core: quiet by default, bright on hover.
        const uint32_t colour = ui::with_alpha(ui::ingredient_colour(p, line.ingredient), lit ? 0xFF : (hovered_ >= 0 ? 0x38 : 0x78));
        const float thickness = lit ? 2.8f : 1.5f;
        const auto pts = quadratic_points(line.from, line.control, line.to, segments_for(distance(line.from, line.to)));
        if (line.strained) {
            dashed(cv, pts, colour, thickness, 7 * px_unit, 5 * px_unit);
        } else {
            std::vector<float> poly;
            for (const Point& q : pts) poly.insert(poly.end(), {q.x, q.y});
            cv.polyline(poly, colour, thickness);
        }
    }

    // ---- The core: the safe space, with the three ingredients round it ----
    const float core_r = params_.core_radius;
    cv.disc(0, 0, core_r + 10, ui::with_alpha(p.accent, core_hovered_ ? 0x30 : 0x1C));
    cv.disc(0, 0, core_r, p.surface);
    cv.circle(0, 0, core_r, ui::with_alpha(p.accent, 0xC0), 2.2f);
    {
        const float px = std::clamp(font_px * std::sqrt(std::max(zoom_, 0.01f)), font_px * 0.8f, font_px * 1.2f);
        const float units = px / scale;
        const char* lines[] = {"Safe space", "for learning"};
        for (int i = 0; i < 2; ++i) {
            const float w = text_width(lines[i], px) / scale;
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
    for (std::size_t i = 0; i < visible; ++i) {
        const Step& s = steps_[i];
        const PlacedStep& at = layout_.steps[i];
        const bool shown = shown_by_filters(s);
        const float r = params_.marker_radius * 0.86f;
        const uint32_t fill = shown ? ui::kind_colour(p, s.kind) : ui::with_alpha(ui::kind_colour(p, s.kind), 0x40);
        if (s.id == selected_id_) cv.circle(at.pos.x, at.pos.y, r + 6.5f, p.accent, 3.0f);
        else if (static_cast<int>(i) == hovered_) cv.circle(at.pos.x, at.pos.y, r + 5.5f, p.text_muted, 2.0f);
        marker_shape(s.kind, at.pos.x, at.pos.y, r, xy);
        cv.polyline(xy, shown ? p.surface : ui::with_alpha(p.surface, 0x60), 3.0f, true);
        cv.polygon(xy, fill);
        // The step's number, just outside the spiral, for telling the story.
        if (shown && numbers) {
            char num[24];
            std::snprintf(num, sizeof num, "%zu", i + 1);
            const float units = text_units(font_px * 0.78f);
            const float len = std::max(at.radius, 1.0f);
            const float w = text_width(num, units * scale) / scale;
            const float nx = at.pos.x + at.pos.x / len * (r + 12) - w / 2;
            const float ny = at.pos.y + at.pos.y / len * (r + 12) - units * 0.55f;
            cv.text(nx, ny, num, p.text_muted, units);
        }
    }

    // ---- Legend: a strip along the bottom, in screen space ---------------
    cv.transform(1, 0, 0, 1, 0, 0);
    {
        const float top = height - legend.height;
        cv.rect(0, top, width, height, ui::with_alpha(p.surface, 0xF0), 6 * ui_scale);
        for (const LegendItem& item : legend.items) {
            const float x = item.x, y = top + item.y, mid = y + legend.row / 2;
            const float sw = legend.swatch;
            switch (item.what) {
            case LegendItem::KindMarker:
                marker_shape(static_cast<Kind>(item.index), x + sw / 2, mid, 7 * ui_scale, xy);
                cv.polygon(xy, ui::kind_colour(p, static_cast<Kind>(item.index)));
                break;
            case LegendItem::IngredientLine:
                cv.line(x, mid, x + sw, mid, ui::ingredient_colour(p, item.index), 2.5f * ui_scale);
                break;
            case LegendItem::Strained: {
                std::vector<Point> sample{{x, mid}, {x + sw, mid}};
                dashed(cv, sample, p.text_muted, 2.0f * ui_scale, 5 * ui_scale, 4 * ui_scale);
                break;
            }
            case LegendItem::ThemeLoop: {
                const auto loop = quadratic_points({x, mid + 5 * ui_scale}, {x + sw / 2, mid - 9 * ui_scale},
                                                   {x + sw, mid + 5 * ui_scale}, 10);
                dashed(cv, loop, ui::with_alpha(p.text_muted, 0xC0), 1.6f * ui_scale, 2 * ui_scale, 3 * ui_scale);
                break;
            }
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
