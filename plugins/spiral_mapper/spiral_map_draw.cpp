// spiral_map_draw.cpp - the map in the panel: where it sits (fit, zoom,
// pan), hover, click, zoom and pan, and the tooltips. The picture itself is
// paint_map() (spiral_map_paint.cpp), the same drawing a file export uses;
// this only works out the screen's view of it and the ImGui parts.
//
// The shapes come ready-made from the cached Scene (spiral_scene.h),
// rebuilt only when the case, filters, replay, selection or zoom change.
#include "spiral_view.h"

#include "spiral_map_paint.h"
#include "spiral_widgets.h"

#include <workbench/privacy.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace spiral_mapper {
namespace {

// Width of `text` at `px` pixels, in pixels (ImGui's font: the one the
// canvas draws with on screen).
float text_width(const char* text, float px) {
    return ImGui::CalcTextSize(text).x * px / ImGui::GetFontSize();
}

} // namespace

void SpiralView::draw_map(float width, float height) {
    const wb_palette& p = host_.palette();
    const float ui_scale = host_.ui_scale();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, height);
    refresh_filters(); // the filters popup may have changed them this frame
    const std::size_t visible = static_cast<std::size_t>(visible_count());

    // ---- Where the map sits: fit the spiral, then zoom and pan ------------
    // Normally the whole spiral is fitted, so replaying and filtering never
    // move it; a presentation frames the story so far (fitted_step_count).
    const std::size_t fitted = fitted_step_count(visible, steps_.size(), host_.presenting(), params_);
    const Bounds bounds = fitted == steps_.size() ? bounds_ : content_bounds(layout_, fitted, params_);
    // A busy map says in its legend which lines it leaves out (briefly
    // when the map is narrow).
    const float font_px = ImGui::GetFontSize();
    const bool dense = is_dense(shown_, visible);
    LegendSpace space;
    space.width = width;
    space.height = height;
    space.content_aspect = bounds.width() / std::max(bounds.height(), 1.0f);
    space.ui_scale = ui_scale;
    space.font_px = font_px;
    if (dense) space.note = busy_map_note(width - 20 * ui_scale, font_px, text_width, true);
    space.allow_compact = true; // on screen the compact row's names show when pointed at
    // Below the spiral or beside it, whichever leaves it more room.
    const Legend legend = layout_legend(space, text_width);
    const float map_w = legend.map_w, map_h = legend.map_h;
    ViewFit fit = fit_to_view(bounds, map_w, map_h);
    const float scale = fit.scale * zoom_;
    // Zoom is about the centre of the map area, then the pan moves it.
    const float cx = (fit.offset_x - map_w / 2) / fit.scale, cy = (fit.offset_y - map_h / 2) / fit.scale;
    const ImVec2 offset(map_w / 2 + cx * scale + pan_.x, map_h / 2 + cy * scale + pan_.y);

    // Screen positions of the markers, for hover and click (and tests).
    marker_px_.resize(steps_.size());
    for (std::size_t i = 0; i < steps_.size(); ++i)
        marker_px_[i] = ImVec2(origin.x + offset.x + layout_.steps[i].pos.x * scale,
                               origin.y + offset.y + layout_.steps[i].pos.y * scale);
    marker_px_radius_ = std::max(params_.marker_radius * scale, 7.0f);
    handle_map_input(origin, size, ImVec2(map_w / 2, map_h / 2), scale, offset);

    // ---- The cached drawing, rebuilt only when what it shows changed ------
    SceneInputs in;
    in.layout_generation = layout_generation_;
    in.filter_generation = filter_generation_;
    in.visible = visible;
    in.selected = selected_index();
    in.scale = scale;
    in.number_units = map_text_units(font_px * 0.78f, zoom_, font_px, scale);
    in.digit_units = text_width("0", in.number_units * scale) / scale;
    if (!scene_.built || !(scene_.inputs == in)) build_scene(scene_, in, layout_, steps_, shown_, params_);

    wb::Canvas cv(host_, width, height);
    if (!cv) return;
    MapPaint m;
    m.layout = &layout_;
    m.steps = &steps_;
    m.shown = &shown_;
    m.scene = &scene_;
    m.params = &params_;
    m.legend = &legend;
    m.width = width;
    m.height = height;
    m.scale = scale;
    m.offset_x = offset.x;
    m.offset_y = offset.y;
    m.zoom = zoom_;
    m.font_px = font_px;
    m.ui_scale = ui_scale;
    m.visible = visible;
    m.hovered = hovered_;
    m.core_hovered = core_hovered_;
    m.selected_id = selected_id_;
    paint_map(cv, p, m, text_width, paint_scratch_);

    // ---- Tooltip -------------------------------------------------------------
    const Box& key = legend.box;
    if (legend.compact && hovered_ < 0 && ImGui::IsWindowHovered() &&
        ImGui::IsMouseHoveringRect(ImVec2(origin.x + key.x0, origin.y + key.y0), ImVec2(origin.x + key.x1, origin.y + key.y1)))
        draw_legend_tooltip(legend);
    else if (hovered_ >= 0 && static_cast<std::size_t>(hovered_) < steps_.size())
        draw_step_tooltip(steps_[static_cast<std::size_t>(hovered_)], static_cast<std::size_t>(hovered_));
    else if (core_hovered_) {
        // The same rule paint_map() used: were the names drawn?
        const CoreLabels labels = layout_core_labels(params_, core_label_space(scale, zoom_, font_px), text_width);
        draw_core_tooltip(labels.ingredients_shown);
    }
}

// The compact legend's names, in the order of its swatches.
void SpiralView::draw_legend_tooltip(const Legend& legend) {
    const wb_palette& p = host_.palette();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    for (const LegendItem& item : legend.items) {
        switch (item.what) {
        case LegendItem::KindMarker:
            ui::text_coloured(ui::kind_colour(p, static_cast<Kind>(item.index)), ("\u25CF " + item.label).c_str());
            break;
        case LegendItem::IngredientLine:
            ui::text_coloured(ui::ingredient_colour(p, item.index), ("\u2014 " + item.label).c_str());
            break;
        case LegendItem::Strained:
        case LegendItem::ThemeLoop: ui::text_coloured(p.text_muted, ("\u2014 " + item.label).c_str()); break;
        case LegendItem::Note:
            ImGui::Spacing();
            ui::text_wrapped_coloured(p.text_muted, item.label.c_str());
            break;
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void SpiralView::draw_core_tooltip(bool names_on_map) {
    const wb_palette& p = host_.palette();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    ImGui::TextUnformatted("Safe space for learning");
    if (!names_on_map) {
        // The map is too small for the names round the core: say where
        // each ingredient's lines arrive.
        const char* where[kIngredientCount] = {"top left", "top right", "below"};
        for (int g = 0; g < kIngredientCount; ++g)
            ui::text_coloured(ui::ingredient_colour(p, g), (std::string(ingredient_label(g)) + ": " + where[g]).c_str());
        ImGui::Spacing();
    }
    draw_space_notes();
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void SpiralView::handle_map_input(ImVec2 origin, ImVec2 size, ImVec2 centre, float scale, ImVec2 offset) {
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
    // Not while identifying text is masked: the form would show its words.
    if (ImGui::IsItemDeactivated() && !dragging_ && hovered_ >= 0 && !host_.masks_identifying())
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
        // The offset the new zoom alone would give (zoom is about the centre
        // of the area the spiral is fitted into).
        const ImVec2 c = centre;
        const ImVec2 zoomed(c.x + (offset.x - pan_.x - c.x) * k + pan_.x, c.y + (offset.y - pan_.y - c.y) * k + pan_.y);
        pan_.x += wanted.x - zoomed.x;
        pan_.y += wanted.y - zoomed.y;
    }
}

void SpiralView::draw_step_tooltip(const Step& s, std::size_t index) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    draw_step_details(s, index);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void SpiralView::draw_step_details(const Step& s, std::size_t index) {
    const wb_palette& p = host_.palette();
    ui::text_coloured(ui::kind_colour(p, s.kind), kind_label(s.kind));
    ImGui::Text("Step %zu  ·  %s", index + 1, s.date.c_str());
    // The description and theme are the user's words about the family.
    if (!s.theme.empty()) ui::text_coloured(p.text_muted, (std::string("Theme: ") + host_.identifying(s.theme)).c_str());
    ImGui::Spacing();
    wb::ui::identifying_text_wrapped(host_, s.description.c_str());
    ImGui::Spacing();
    for (int g = 0; g < kIngredientCount; ++g) {
        const Effect e = s.effects[static_cast<std::size_t>(g)];
        if (e == Effect::Unchanged) continue;
        ui::text_coloured(ui::ingredient_colour(p, g),
                          (std::string(ingredient_label(g)) + ": " + effect_label(e)).c_str());
    }
    // Wrapped: the story column beside a presented map is narrow.
    ui::text_wrapped_coloured(p.text_muted, (std::string("Widened what became possible: ") + expansion_label(s.expansion)).c_str());
}

void SpiralView::draw_space_notes() {
    const wb_palette& p = host_.palette();
    const struct { const char* label; const std::string* text; } rows[] = {
        {"Trust", &saved_space_.trust}, {"Openness", &saved_space_.openness}, {"Honesty", &saved_space_.honesty}};
    for (const auto& r : rows) {
        ui::text_coloured(p.text_muted, r.label);
        if (r.text->empty()) ImGui::TextWrapped("(nothing noted yet)");
        else wb::ui::identifying_text_wrapped(host_, r.text->c_str()); // the user's words
    }
}

} // namespace spiral_mapper
