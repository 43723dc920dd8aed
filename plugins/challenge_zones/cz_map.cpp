// cz_map.cpp - the zone map in the panel: the hit tests, dragging a
// marker into another band (which asks for the reason, then records a
// placement), the tooltips, and the cached geometry. The picture itself is
// paint_zone_map() (cz_map_paint.cpp), the same drawing a file export uses.
#include "cz_view.h"

#include "cz_map_paint.h"
#include "cz_widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <span>

namespace challenge_zones {
void PlannerView::handle_map_input(ImVec2 origin, ImVec2 size) {
    // One invisible button covers the map and owns clicks and drags; the
    // canvas is then drawn over the same area.
    ImGui::InvisibleButton("zone_map", size);
    const ImGuiIO& io = ImGui::GetIO();
    const bool hovered = ImGui::IsItemHovered();
    hovered_id_ = 0;
    if (hovered || ImGui::IsItemActive()) {
        float best = marker_radius_px_ + 5;
        for (std::size_t i = 0; i < scene_.has_marker.size(); ++i) {
            if (!scene_.has_marker[i]) continue;
            const Pt m = scene_.marker[i];
            const float d = std::hypot(io.MousePos.x - (origin.x + m.x), io.MousePos.y - (origin.y + m.y));
            if (d <= best) {
                best = d;
                hovered_id_ = plan_.challenges[i].id;
            }
        }
    }
    if (ImGui::IsItemActivated()) {
        drag_id_ = hovered_id_;
        selected_id_ = hovered_id_;
    }
    if (ImGui::IsItemDeactivated() && drag_id_ != 0) {
        const auto target = zone_at(io.MousePos);
        const auto from = current_zone(drag_id_);
        if (target && target != from && !host_.read_only()) {
            move_ = Move{};
            move_.request_open = true;
            move_.challenge_id = drag_id_;
            move_.to = *target;
        }
        drag_id_ = 0;
    }
    if (hovered_id_ != 0 && drag_id_ == 0) {
        if (const Challenge* c = find(hovered_id_)) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
            ImGui::TextUnformatted(host_.identifying(c->description));
            ImGui::TextDisabled("%s  |  %s", aspect_label(c->aspect), direction_label(c->direction));
            if (const auto z = current_zone(c->id)) ImGui::TextDisabled("Now: %s", zone_label(*z));
            if (!c->why_it_matters.empty()) ImGui::Text("Why it matters: %s", host_.identifying(c->why_it_matters));
            ImGui::TextDisabled("Drag to another zone to record a new placement.");
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::SetCursorScreenPos(origin);
}

// Rebuilds the cached geometry when anything it depends on has changed
// (the plan, the map's size, the font, the date, the trajectory mode).
SceneInputs PlannerView::scene_inputs(float width, float height) {
    const float font = ImGui::GetFontSize();
    if (font != text_font_) {
        // Text widths only change with the font.
        text_font_ = font;
        text_ = SceneInputs{};
        text_.font = font;
        ImFont* f = ImGui::GetFont();
        measure_map_text(text_, [f](const char* text, float size) { return f->CalcTextSizeA(size, FLT_MAX, 0, text).x; });
    }
    SceneInputs in = text_;
    in.plan_generation = plan_generation_;
    in.width = width;
    in.height = height;
    in.scale = host_.ui_scale();
    in.today = day_number(today_).value_or(0);
    in.mode = trails_;
    return in;
}

void PlannerView::refresh_scene(float width, float height) {
    const SceneInputs in = scene_inputs(width, height);
    if (!scene_.built || !(scene_.inputs == in))
        build_scene(scene_, in, index_, plan_.challenges, plan_.placements);
}

void PlannerView::draw_map(float width, float height) {
    const wb_palette& p = host_.palette();
    const ImVec2 origin = ImGui::GetCursorScreenPos();

    refresh_scene(width, height);
    const MapScene& s = scene_;
    map_origin_ = origin;
    map_x0_ = origin.x + s.plot_x0;
    map_x1_ = origin.x + s.right;
    marker_radius_px_ = s.marker_radius;
    map_drawn_ = true;

    handle_map_input(origin, ImVec2(width, height));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool dragging = drag_id_ != 0 && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f);
    const auto drop_zone = dragging ? zone_at(mouse) : std::nullopt;

    wb::Canvas cv(host_, width, height);
    if (!cv) return;

    // Trajectories: the rule in cz_scene.h (a dense map keeps the latest
    // few, the selected one and the one under the mouse).
    const std::ptrdiff_t selected = index_of(selected_id_);
    trails_before_hover(trails_, index_.recency_rank, selected, trail_shown_);
    if (s.dense && hovered_id_ != 0)
        if (const std::ptrdiff_t h = index_of(hovered_id_); h >= 0) trail_shown_[static_cast<std::size_t>(h)] = 1;

    ZoneMapPaint m;
    m.scene = &s;
    m.challenges = &plan_.challenges;
    m.trail_shown = &trail_shown_;
    m.trails = trails_;
    m.selected = selected;
    m.selected_id = selected_id_;
    m.hovered_id = hovered_id_;
    m.drag_id = drag_id_;
    m.dragging = dragging;
    m.mouse = Pt{mouse.x - origin.x, mouse.y - origin.y};
    m.drop_zone = drop_zone;
    paint_zone_map(cv, p, m, ring_scratch_);
}

void PlannerView::draw_reason_popup() {
    const char* const title = "Why this zone?";
    if (move_.request_open) {
        ImGui::OpenPopup(title);
        move_.request_open = false;
        move_.open = true;
    }
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        move_.open = false;
        return;
    }
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const Challenge* c = find(move_.challenge_id);
    if (!c) {
        move_ = Move{};
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 460 * scale);
    ImGui::TextWrapped("Move \"%s\" to the %s zone.", host_.identifying(c->description), zone_label(move_.to));
    ui::text_wrapped_coloured(p.text_muted, zone_hint(move_.to));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::TextUnformatted("What tells you it sits there now?");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(460 * scale);
    ui::identifying_input_hint(host_, "##reason", "A short reason", move_.reason);
    ImGui::TextUnformatted("Assessed");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(340 * scale);
    std::string current = "today (" + today_ + ")";
    for (const SessionRef& s : plan_.sessions)
        if (s.id == move_.session_id) current = "in the session of " + s.date;
    if (ImGui::BeginCombo("##when", current.c_str())) {
        if (ImGui::Selectable(("today (" + today_ + ")").c_str(), move_.session_id == 0)) move_.session_id = 0;
        for (auto it = plan_.sessions.rbegin(); it != plan_.sessions.rend(); ++it) {
            ImGui::PushID(static_cast<int>(it->id));
            if (ImGui::Selectable(("in the session of " + it->date).c_str(), move_.session_id == it->id))
                move_.session_id = it->id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (!move_.error.empty()) ui::text_wrapped_coloured(p.error, move_.error.c_str());
    ImGui::Spacing();
    if (ImGui::Button("Record move")) {
        Placement pl;
        pl.challenge_id = move_.challenge_id;
        pl.zone = move_.to;
        pl.reason = move_.reason;
        pl.date = today_;
        if (move_.session_id != 0) pl.session_id = move_.session_id;
        const Outcome out = wb::guarded([&] { return model_.place(pl); });
        if (out) {
            notice_ = "Placement recorded (Ctrl+Z undoes it).";
            move_ = Move{};
            case_.mark_stale();
            ImGui::CloseCurrentPopup();
        } else {
            move_.error = out.error;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        move_ = Move{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace challenge_zones
