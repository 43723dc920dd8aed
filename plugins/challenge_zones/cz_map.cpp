// cz_map.cpp - the zone map: four labelled bands (the optimal zone tinted
// and outlined as the target), time running left to right, each active
// challenge's marker in the "now" column coloured by aspect, and arrows
// through past placements. Drawn through the SDK canvas. Dragging a marker
// into another band asks for the reason, then records a placement.
#include "cz_view.h"

#include "cz_widgets.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace challenge_zones {
namespace {

void marker_shape(wb::Canvas& cv, Direction d, ImVec2 c, float r, uint32_t fill, uint32_t outline, float thickness) {
    if (d == Direction::HelperToParent) {
        cv.disc(c.x, c.y, r, fill);
        cv.circle(c.x, c.y, r, outline, thickness);
    } else {
        // A diamond for challenges from the parent to the helper, so the
        // direction never rests on colour alone.
        const float k = r * 1.25f;
        const float xy[8] = {c.x, c.y - k, c.x + k, c.y, c.x, c.y + k, c.x - k, c.y};
        cv.polygon(xy, fill);
        cv.polyline(xy, outline, thickness, true);
    }
}

// A ring of offsets (cz_scene.h) around `c`, into `out`.
std::span<const float> ring_at(const std::vector<float>& ring, ImVec2 c, std::vector<float>& out) {
    out.resize(ring.size());
    for (std::size_t k = 0; k + 1 < ring.size(); k += 2) {
        out[k] = c.x + ring[k];
        out[k + 1] = c.y + ring[k + 1];
    }
    return out;
}

const char* month_name(unsigned m) {
    static const char* const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return m >= 1 && m <= 12 ? names[m - 1] : "";
}

const char* legend_label(std::size_t k) {
    return k < static_cast<std::size_t>(kAspectCount) ? aspect_short_label(static_cast<Aspect>(k))
                                                      : "challenge from the parent";
}

} // namespace

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
            ImGui::TextUnformatted(c->description.c_str());
            ImGui::TextDisabled("%s  |  %s", aspect_label(c->aspect), direction_label(c->direction));
            if (const auto z = current_zone(c->id)) ImGui::TextDisabled("Now: %s", zone_label(*z));
            if (!c->why_it_matters.empty()) ImGui::Text("Why it matters: %s", c->why_it_matters.c_str());
            ImGui::TextDisabled("Drag to another zone to record a new placement.");
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::SetCursorScreenPos(origin);
}

// Rebuilds the cached geometry when anything it depends on has changed
// (the plan, the map's size, the font, the date, the trajectory mode).
void PlannerView::refresh_scene(float width, float height) {
    const float font = ImGui::GetFontSize();
    if (font != legend_font_) {
        // Text widths only change with the font.
        legend_font_ = font;
        for (std::size_t k = 0; k < kLegendEntries; ++k) legend_w_[k] = ImGui::CalcTextSize(legend_label(k)).x;
        now_w_ = ImGui::CalcTextSize("Now").x;
    }
    SceneInputs in;
    in.plan_generation = plan_generation_;
    in.width = width;
    in.height = height;
    in.font = font;
    in.scale = host_.ui_scale();
    in.now_text_w = now_w_;
    in.legend_text_w = legend_w_;
    in.today = day_number(today_).value_or(0);
    in.mode = trails_;
    if (!scene_.built || !(scene_.inputs == in))
        build_scene(scene_, in, index_, plan_.challenges, plan_.placements);
}

void PlannerView::draw_map(float width, float height) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const float font = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();

    refresh_scene(width, height);
    const MapScene& s = scene_;
    map_origin_ = origin;
    map_x0_ = origin.x + s.plot_x0;
    map_x1_ = origin.x + s.right;
    marker_radius_px_ = s.marker_radius;
    map_drawn_ = true;
    const float r = s.marker_radius;
    const std::size_t n = plan_.challenges.size();

    handle_map_input(origin, ImVec2(width, height));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool dragging = drag_id_ != 0 && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f);
    const auto drop_zone = dragging ? zone_at(mouse) : std::nullopt;

    wb::Canvas cv(host_, width, height);
    if (!cv) return;

    // ---- Bands ------------------------------------------------------------
    for (Zone z : kBandOrder) {
        const std::size_t zi = static_cast<std::size_t>(z);
        uint32_t fill = ui::zone_fill(p, z);
        if (drop_zone == z) fill = ui::mix(fill, p.accent, 0.18f);
        cv.rect(s.plot_x0, s.y0[zi], s.right, s.y1[zi] - 1, fill, 4 * scale);
        const bool target = z == Zone::Optimal;
        if (target) {
            const float xy[8] = {s.plot_x0 + 1, s.y0[zi] + 1, width - 5 * scale, s.y0[zi] + 1,
                                 width - 5 * scale, s.y1[zi] - 2, s.plot_x0 + 1, s.y1[zi] - 2};
            cv.polyline(xy, ui::with_alpha(p.success, 0xD0), 2.5f * scale, true);
        }
        const uint32_t label_colour = target ? (p.dark ? p.success : ui::mix(p.success, p.text, 0.25f)) : p.text;
        cv.text(s.plot_x0 + 10 * scale, s.y0[zi] + 5 * scale, target ? "Optimal challenge  (the target)" : zone_label(z),
                label_colour, font * 1.1f);
    }

    // ---- Time axis: a faint line and name at each month start -------------
    for (const MonthTick& t : s.ticks) {
        cv.line(t.x, s.top, t.x, s.bottom, ui::with_alpha(p.text_muted, 0x30), 1);
        cv.text(t.x + 3 * scale, s.top - font * 1.3f, month_name(t.month), p.text_muted);
    }
    cv.line(s.plot_x1, s.top, s.plot_x1, s.bottom, ui::with_alpha(p.text_muted, 0x70), 1.5f * scale);
    cv.text(s.now_x - now_w_ * 0.5f, s.top - font * 1.3f, "Now", p.text);

    // ---- Trajectories: arrows through past placements in time order -------
    // Which ones: the rule in cz_scene.h (a dense map keeps the latest few,
    // the selected one and, below, the one under the mouse).
    const std::ptrdiff_t selected = index_of(selected_id_);
    trails_before_hover(trails_, index_.recency_rank, selected, trail_shown_);
    if (s.dense && hovered_id_ != 0)
        if (const std::ptrdiff_t h = index_of(hovered_id_); h >= 0) trail_shown_[static_cast<std::size_t>(h)] = 1;
    for (std::size_t i = 0; i < n && i < trail_shown_.size(); ++i) {
        if (!trail_shown_[i]) continue;
        const Challenge& c = plan_.challenges[i];
        const bool is_selected = static_cast<std::ptrdiff_t>(i) == selected;
        const uint32_t colour = ui::with_alpha(ui::aspect_colour(p, c.aspect),
                                               is_selected || trails_ == TrailMode::Selected ? 0xF0 : 0x90);
        const float thick = (is_selected ? 3.0f : 2.0f) * scale;
        for (uint32_t k = s.seg_begin[i]; k < s.seg_begin[i + 1]; ++k) {
            const float* l = &s.lines[k * 4];
            cv.line(l[0], l[1], l[2], l[3], colour, thick);
            const float* h = &s.heads[k * 6];
            if (h[0] != h[2] || h[1] != h[3]) cv.polygon(std::span<const float>(h, 6), colour);
        }
        for (uint32_t k = s.dot_begin[i]; k < s.dot_begin[i + 1]; ++k)
            cv.polygon(ring_at(s.ring_dot, ImVec2(s.dots[k * 2], s.dots[k * 2 + 1]), ring_scratch_), colour);
    }

    // ---- Markers in the "now" column ------------------------------------------
    for (std::size_t i = 0; i < n; ++i) {
        if (!s.has_marker[i]) continue;
        const Challenge& c = plan_.challenges[i];
        ImVec2 at(s.marker[i].x, s.marker[i].y);
        const bool lifted = dragging && c.id == drag_id_;
        if (lifted) {
            // The marker follows the mouse; a ghost stays where it was.
            marker_shape(cv, c.direction, at, r, ui::with_alpha(ui::aspect_colour(p, c.aspect), 0x50), ui::with_alpha(p.text, 0x50), 1);
            at = ImVec2(mouse.x - origin.x, mouse.y - origin.y);
        }
        const bool emphasised = c.id == selected_id_ || c.id == hovered_id_ || lifted;
        if (!emphasised && c.direction == Direction::HelperToParent) {
            // The common case, from the cached ring (as marker_shape draws it).
            const auto ring = ring_at(s.ring_marker, at, ring_scratch_);
            cv.polygon(ring, ui::aspect_colour(p, c.aspect));
            cv.polyline(ring, ui::with_alpha(p.text, 0xA0), 1.2f * scale, true);
            continue;
        }
        marker_shape(cv, c.direction, at, emphasised ? r * 1.2f : r, ui::aspect_colour(p, c.aspect),
                     emphasised ? p.text : ui::with_alpha(p.text, 0xA0), (emphasised ? 2.5f : 1.2f) * scale);
    }

    // ---- Legend -----------------------------------------------------------------
    const float swatch = font * 0.45f;
    for (std::size_t k = 0; k < kLegendEntries; ++k) {
        const ImVec2 at(8 * scale + s.legend_at[k].x, s.legend_top + s.legend_at[k].y);
        const bool aspect = k < static_cast<std::size_t>(kAspectCount);
        marker_shape(cv, aspect ? Direction::HelperToParent : Direction::ParentToHelper,
                     ImVec2(at.x + swatch, at.y + font * 0.5f), swatch,
                     aspect ? ui::aspect_colour(p, static_cast<Aspect>(k)) : p.text_muted, ui::with_alpha(p.text, 0xA0), 1);
        cv.text(at.x + swatch * 2 + 6 * scale, at.y, legend_label(k), p.text);
    }
    if (s.dense) cv.text(8 * scale, s.legend_top + s.dense_note_y, s.dense_note.c_str(), p.text_muted);
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
    ImGui::TextWrapped("Move \"%s\" to the %s zone.", c->description.c_str(), zone_label(move_.to));
    ui::text_wrapped_coloured(p.text_muted, zone_hint(move_.to));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::TextUnformatted("What tells you it sits there now?");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(460 * scale);
    ImGui::InputTextWithHint("##reason", "A short reason", &move_.reason);
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
        try {
            const Outcome out = model_.place(pl);
            if (out) {
                notice_ = "Placement recorded (Ctrl+Z undoes it).";
                move_ = Move{};
                stale_ = true;
                ImGui::CloseCurrentPopup();
            } else {
                move_.error = out.error;
            }
        } catch (const wb::Error& e) {
            move_.error = std::string("Could not save: ") + e.what();
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
