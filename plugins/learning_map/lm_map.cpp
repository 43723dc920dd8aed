// lm_map.cpp - the learning map in the panel: the cached geometry, hover
// tooltips and a click selecting a domain (which opens it in the side
// form). The picture itself is paint_learning_map() (lm_paint.cpp), the
// same drawing a file export uses.
#include "lm_view.h"

#include "lm_paint.h"
#include "lm_widgets.h"

#include <algorithm>

namespace learning_map {
namespace {

// Width of `text` at `px` in ImGui's font (the one the canvas draws with on
// screen). The bold face is not reachable from a plugin; it runs about a
// tenth wider, which is all the scene needs to leave room for it.
float text_width(const char* text, float px, bool bold) {
    return ImGui::CalcTextSize(text).x * px / ImGui::GetFontSize() * (bold ? 1.1f : 1.0f);
}

} // namespace

void LearningMapView::draw_map(float width, float height) {
    const wb_palette& p = host_.palette();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    SceneInputs in;
    in.width = width;
    in.height = height;
    in.font = ImGui::GetFontSize();
    in.scale = host_.ui_scale();
    in.family = family_;
    if (!scene_.built || !(scene_.inputs == in)) build_scene(scene_, in, text_width);
    map_origin_ = origin;
    map_drawn_ = true;

    // One invisible button covers the map and owns hover and clicks; the
    // canvas is then drawn over the same area.
    ImGui::InvisibleButton("learning_map", ImVec2(width, height));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const Pt at{mouse.x - origin.x, mouse.y - origin.y};
    hovered_ = -1;
    int hovered_condition = -1;
    if (ImGui::IsItemHovered()) {
        hovered_ = domain_at(scene_, at);
        if (hovered_ < 0) hovered_condition = condition_at(scene_, at);
    }
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left) && !family_) {
        // A click on a domain opens it; on the same one again or on empty
        // space, the side shows the session's conditions again.
        const int hit = domain_at(scene_, at);
        select_domain(hit == selected_ ? -1 : hit);
    }
    if (hovered_ >= 0 || hovered_condition >= 0) draw_map_tooltip(hovered_, hovered_condition);
    ImGui::SetCursorScreenPos(origin);

    wb::Canvas cv(host_, width, height);
    if (!cv) return;
    MapPaint m;
    m.scene = &scene_;
    m.state = &state_;
    m.family = family_;
    m.selected = family_ ? -1 : selected_;
    m.hovered = hovered_;
    paint_learning_map(cv, p, m);
}

void LearningMapView::draw_map_tooltip(int domain, int condition) {
    const wb_palette& p = host_.palette();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    if (domain >= 0) {
        const Domain d = static_cast<Domain>(domain);
        const DomainState& ds = state_.at(d);
        const Recency rec = recency_of(ds);
        if (family_) {
            ImGui::TextUnformatted(domain_family_label(d));
            ui::text_wrapped_coloured(p.text_muted, domain_family_hint(d));
            ImGui::Text("Seen %d %s, %s", ds.count, ds.count == 1 ? "time" : "times", recency_family_label(rec));
            if (ds.priority) ImGui::TextUnformatted("You want to work on this.");
        } else {
            ImGui::TextUnformatted(domain_label(d));
            ui::text_wrapped_coloured(p.text_muted, domain_description(d));
            ImGui::Separator();
            ImGui::Text("%d %s of learning up to this session", ds.count, ds.count == 1 ? "sign" : "signs");
            if (ds.in_session > 0) ImGui::Text("%d new in this session", ds.in_session);
            if (ds.days_since && *ds.days_since > 0)
                ImGui::Text("Last seen %d days before this session (%s)", *ds.days_since, ds.last_date.c_str());
            else ImGui::TextUnformatted(recency_label(rec));
            if (ds.priority) ImGui::Text("A priority for the family since %s", ds.priority_since.c_str());
            // The latest note, through the host's privacy mask.
            for (auto it = data_.evidence.rbegin(); it != data_.evidence.rend(); ++it) {
                if (it->domain != d || it->date > state_.date) continue;
                ImGui::Separator();
                ui::text_coloured(p.text_muted, "Latest:");
                ui::identifying_text_wrapped(host_, it->note.c_str());
                break;
            }
            ui::text_coloured(p.text_muted, "Click to open its notes and priority.");
        }
    } else {
        const Condition c = static_cast<Condition>(condition);
        ImGui::TextUnformatted(condition_label(c));
        ui::text_wrapped_coloured(p.text_muted, condition_description(c));
        for (int who = 0; who < kRaterCount; ++who) {
            const Rater r = static_cast<Rater>(who);
            const auto v = state_.ratings ? state_.ratings->at(r, c) : std::nullopt;
            const char* name = family_ ? rater_family_label(r) : rater_label(r);
            if (v) ImGui::Text("%s: %d of 4 (%s)", name, *v, rating_label(*v));
            else ImGui::Text("%s: not rated", name);
        }
        if (state_.ratings && !state_.ratings_current)
            ui::text_coloured(p.text_muted, ("As rated in the session of " + state_.ratings->date).c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace learning_map
