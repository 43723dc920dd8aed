// cz_map.cpp - the zone map: four labelled bands (the optimal zone tinted
// and outlined as the target), time running left to right, each active
// challenge's marker in the "now" column coloured by aspect, and arrows
// through past placements. Drawn through the SDK canvas. Dragging a marker
// into another band asks for the reason, then records a placement.
#include "cz_view.h"

#include "cz_widgets.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace challenge_zones {
namespace {

// Bands from top to bottom, and their share of the height: the target
// zone gets the most room.
constexpr std::array<Zone, kZoneCount> kBandOrder{Zone::Overwhelming, Zone::Optimal, Zone::Comfort, Zone::Nice};
float band_weight(Zone z) { return z == Zone::Optimal ? 1.6f : 1.0f; }

// An arrowhead at `to`, pointing away from `from`.
void arrowhead(wb::Canvas& cv, ImVec2 from, ImVec2 to, float size, uint32_t colour) {
    const float dx = to.x - from.x, dy = to.y - from.y;
    const float len = std::hypot(dx, dy);
    if (len < 1e-3f) return;
    const float ux = dx / len, uy = dy / len;
    const float xy[6] = {to.x, to.y, to.x - ux * size - uy * size * 0.55f, to.y - uy * size + ux * size * 0.55f,
                         to.x - ux * size + uy * size * 0.55f, to.y - uy * size - ux * size * 0.55f};
    cv.polygon(xy, colour);
}

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

const char* month_name(unsigned m) {
    static const char* const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return m >= 1 && m <= 12 ? names[m - 1] : "";
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
        for (const Marker& m : markers_) {
            const float d = std::hypot(io.MousePos.x - m.pos.x, io.MousePos.y - m.pos.y);
            if (d <= best) {
                best = d;
                hovered_id_ = m.id;
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

void PlannerView::draw_map(float width, float height) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const float font = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();

    // ---- Legend layout (bottom strip): aspects in use, then the shapes ---
    struct Entry {
        std::string label;
        uint32_t colour;
        Direction shape;
    };
    std::vector<Entry> legend;
    for (int a = 0; a < kAspectCount; ++a)
        legend.push_back({aspect_short_label(static_cast<Aspect>(a)), ui::aspect_colour(p, static_cast<Aspect>(a)),
                          Direction::HelperToParent});
    legend.push_back({"challenge from the parent", p.text_muted, Direction::ParentToHelper});
    const float swatch = font * 0.45f, item_gap = 16 * scale;
    std::vector<ImVec2> legend_pos;
    float lx = 0, ly = 0;
    for (const Entry& e : legend) {
        const float w = swatch * 2 + 6 * scale + ImGui::CalcTextSize(e.label.c_str()).x;
        if (lx > 0 && lx + w > width - 8 * scale) {
            lx = 0;
            ly += font * 1.5f;
        }
        legend_pos.push_back(ImVec2(lx, ly));
        lx += w + item_gap;
    }
    const float legend_h = ly + font * 1.8f;

    // ---- Geometry in region pixels ----------------------------------------
    const float axis_h = font * 1.6f;
    const float now_w = std::max(110.0f * scale, width * 0.16f);
    const float plot_x0 = 4 * scale, plot_x1 = width - now_w - 4 * scale;
    const float top = axis_h, bottom = std::max(height - legend_h - 4 * scale, top + 80 * scale);
    float total_weight = 0;
    for (Zone z : kBandOrder) total_weight += band_weight(z);
    std::array<float, kZoneCount> y0{}, y1{}; // by zone
    {
        float y = top;
        for (Zone z : kBandOrder) {
            const float h = (bottom - top) * band_weight(z) / total_weight;
            y0[static_cast<std::size_t>(z)] = y;
            y1[static_cast<std::size_t>(z)] = y + h;
            y += h;
        }
    }
    const std::size_t n = plan_.challenges.size();
    const int lanes = static_cast<int>(std::clamp<std::size_t>(n, 1, 9));
    const float label_h = font * 1.5f; // room for the band's name
    auto lane_y = [&](Zone z, std::size_t index) {
        const float a = y0[static_cast<std::size_t>(z)] + label_h, b = y1[static_cast<std::size_t>(z)] - font * 0.5f;
        const float f = (static_cast<float>(static_cast<int>(index) % lanes) + 0.5f) / static_cast<float>(lanes);
        return a + (b - a) * f;
    };
    const int today = day_number(today_).value_or(0);
    int first = today - 30;
    for (const Placement& pl : plan_.placements)
        if (auto d = day_number(pl.date)) first = std::min(first, *d - 7);
    const float tx0 = plot_x0 + 150 * scale, tx1 = plot_x1 - 12 * scale; // past the band names
    auto day_x = [&](const std::string& date) {
        const int d = std::clamp(day_number(date).value_or(today), first, today);
        return tx0 + (tx1 - tx0) * static_cast<float>(d - first) / static_cast<float>(std::max(today - first, 1));
    };
    const float now_x = plot_x1 + now_w * 0.5f;
    marker_radius_px_ = std::clamp(font * 0.55f, 6.0f, 14.0f * scale);
    const float r = marker_radius_px_;

    // Current marker positions (region pixels) for active, placed challenges.
    std::vector<std::optional<ImVec2>> marker_at(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Challenge& c = plan_.challenges[i];
        if (c.status != Status::Active) continue;
        const auto z = current_zone(c.id);
        if (!z) continue;
        const int column = (static_cast<int>(i) / lanes) % 3;
        marker_at[i] = ImVec2(now_x + static_cast<float>(column - 1) * r * 2.6f, lane_y(*z, i));
    }

    handle_map_input(origin, ImVec2(width, height));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool dragging = drag_id_ != 0 && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f);
    const auto drop_zone = dragging ? zone_at(mouse) : std::nullopt;

    // Remember the screen geometry for hit tests and the tests.
    bands_.clear();
    for (Zone z : kBandOrder)
        bands_.push_back({z, origin.y + y0[static_cast<std::size_t>(z)], origin.y + y1[static_cast<std::size_t>(z)]});
    map_x0_ = origin.x + plot_x0;
    map_x1_ = origin.x + width - 4 * scale;
    markers_.clear();
    for (std::size_t i = 0; i < n; ++i)
        if (marker_at[i]) markers_.push_back({plan_.challenges[i].id, ImVec2(origin.x + marker_at[i]->x, origin.y + marker_at[i]->y)});

    wb::Canvas cv(host_, width, height);
    if (!cv) return;

    // ---- Bands ------------------------------------------------------------
    for (Zone z : kBandOrder) {
        const std::size_t zi = static_cast<std::size_t>(z);
        uint32_t fill = ui::zone_fill(p, z);
        if (drop_zone == z) fill = ui::mix(fill, p.accent, 0.18f);
        cv.rect(plot_x0, y0[zi], width - 4 * scale, y1[zi] - 1, fill, 4 * scale);
        const bool target = z == Zone::Optimal;
        if (target) {
            const float xy[8] = {plot_x0 + 1, y0[zi] + 1, width - 5 * scale, y0[zi] + 1,
                                 width - 5 * scale, y1[zi] - 2, plot_x0 + 1, y1[zi] - 2};
            cv.polyline(xy, ui::with_alpha(p.success, 0xD0), 2.5f * scale, true);
        }
        const uint32_t label_colour = target ? (p.dark ? p.success : ui::mix(p.success, p.text, 0.25f)) : p.text;
        cv.text(plot_x0 + 10 * scale, y0[zi] + 5 * scale, target ? "Optimal challenge  (the target)" : zone_label(z),
                label_colour, font * 1.1f);
    }

    // ---- Time axis: a faint line and name at each month start -------------
    {
        using namespace std::chrono;
        const year_month_day start{sys_days{days{first}}};
        year_month m = year_month{start.year(), start.month()} + months{1};
        for (int guard = 0; guard < 240; ++guard, m += months{1}) {
            const int d = static_cast<int>(sys_days{m / 1}.time_since_epoch().count());
            if (d > today) break;
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02u-01", static_cast<int>(m.year()), static_cast<unsigned>(m.month()));
            const float x = day_x(date);
            cv.line(x, top, x, bottom, ui::with_alpha(p.text_muted, 0x30), 1);
            cv.text(x + 3 * scale, top - font * 1.3f, month_name(static_cast<unsigned>(m.month())), p.text_muted);
        }
        cv.line(plot_x1, top, plot_x1, bottom, ui::with_alpha(p.text_muted, 0x70), 1.5f * scale);
        cv.text(now_x - ImGui::CalcTextSize("Now").x * 0.5f, top - font * 1.3f, "Now", p.text);
    }

    // ---- Trajectories: arrows through past placements in time order -------
    for (std::size_t i = 0; i < n; ++i) {
        const Challenge& c = plan_.challenges[i];
        const bool is_selected = c.id == selected_id_;
        if (trails_ == TrailMode::None || (trails_ == TrailMode::Selected && !is_selected)) continue;
        const std::vector<Placement> path = trajectory(plan_.placements, c.id);
        std::vector<ImVec2> pts;
        for (const Placement& pl : path) pts.push_back(ImVec2(day_x(pl.date), lane_y(*pl.zone, i)));
        if (marker_at[i]) pts.push_back(*marker_at[i]);
        const uint32_t colour = ui::with_alpha(ui::aspect_colour(p, c.aspect), is_selected || trails_ == TrailMode::Selected ? 0xF0 : 0x90);
        const float thick = (is_selected ? 3.0f : 2.0f) * scale;
        for (std::size_t k = 1; k < pts.size(); ++k) {
            const ImVec2 a = pts[k - 1], b = pts[k];
            const float len = std::hypot(b.x - a.x, b.y - a.y);
            if (len < 1) continue;
            // Stop short of the next point so the arrowhead stays visible.
            const float stop = (k + 1 == pts.size() && marker_at[i]) ? r + 2 : 5 * scale;
            const ImVec2 end(b.x - (b.x - a.x) / len * stop, b.y - (b.y - a.y) / len * stop);
            cv.line(a.x, a.y, end.x, end.y, colour, thick);
            arrowhead(cv, a, end, 9 * scale, colour);
        }
        for (std::size_t k = 0; k < path.size(); ++k) cv.disc(pts[k].x, pts[k].y, 4 * scale, colour);
    }

    // ---- Markers in the "now" column ------------------------------------------
    for (std::size_t i = 0; i < n; ++i) {
        if (!marker_at[i]) continue;
        const Challenge& c = plan_.challenges[i];
        ImVec2 at = *marker_at[i];
        const bool lifted = dragging && c.id == drag_id_;
        if (lifted) {
            // The marker follows the mouse; a ghost stays where it was.
            marker_shape(cv, c.direction, at, r, ui::with_alpha(ui::aspect_colour(p, c.aspect), 0x50), ui::with_alpha(p.text, 0x50), 1);
            at = ImVec2(mouse.x - origin.x, mouse.y - origin.y);
        }
        const bool emphasised = c.id == selected_id_ || c.id == hovered_id_ || lifted;
        marker_shape(cv, c.direction, at, emphasised ? r * 1.2f : r, ui::aspect_colour(p, c.aspect),
                     emphasised ? p.text : ui::with_alpha(p.text, 0xA0), (emphasised ? 2.5f : 1.2f) * scale);
    }

    // ---- Legend -----------------------------------------------------------------
    const float legend_top = height - legend_h + font * 0.3f;
    for (std::size_t k = 0; k < legend.size(); ++k) {
        const ImVec2 at(8 * scale + legend_pos[k].x, legend_top + legend_pos[k].y);
        marker_shape(cv, legend[k].shape, ImVec2(at.x + swatch, at.y + font * 0.5f), swatch, legend[k].colour,
                     ui::with_alpha(p.text, 0xA0), 1);
        cv.text(at.x + swatch * 2 + 6 * scale, at.y, legend[k].label.c_str(), p.text);
    }
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
    ui::input("##reason", "A short reason", move_.reason);
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
