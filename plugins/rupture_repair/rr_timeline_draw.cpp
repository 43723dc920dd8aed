// rr_timeline_draw.cpp - the case timeline in the panel: hover shows a
// rupture's details, a click selects it, a double click opens it in the
// form, and the cached geometry (rr_timeline.h) is kept up to date. The
// picture itself is paint_timeline() (rr_timeline_paint.cpp), the same
// drawing a file export uses.
#include "rr_view.h"

#include "rr_timeline_paint.h"
#include "rr_widgets.h"

#include <cfloat>

namespace rupture_repair {

void RupturesView::handle_timeline_input(ImVec2 origin, ImVec2 size) {
    // One invisible button covers the timeline and owns clicks; the canvas
    // is then drawn over the same area.
    ImGui::InvisibleButton("timeline_area", size);
    const ImGuiIO& io = ImGui::GetIO();
    hovered_id_ = 0;
    if (ImGui::IsItemHovered()) {
        const std::ptrdiff_t i = rupture_at(scene_, io.MousePos.x - origin.x, io.MousePos.y - origin.y, 5.0f);
        if (i >= 0) hovered_id_ = record_.ruptures[static_cast<std::size_t>(i)].id;
    }
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
        selected_id_ = hovered_id_;
        if (hovered_id_ != 0 && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
            if (const Rupture* r = find(hovered_id_)) open_edit_form(*r);
    }
    if (hovered_id_ != 0) {
        if (const Rupture* r = find(hovered_id_)) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
            ImGui::TextUnformatted(host_.identifying(r->description));
            ImGui::TextDisabled("%s  |  %s  |  noticeable %d of 5", r->date.c_str(), kind_short_label(r->kind),
                                r->salience);
            ImGui::TextDisabled("Moved away or against: %s", person_label(r->who));
            if (r->sub_markers) ImGui::TextDisabled("Signs: %s", sub_marker_summary(r->kind, r->sub_markers).c_str());
            if (r->strained) ImGui::TextDisabled("Strained: %s", strain_summary(r->strained).c_str());
            ImGui::Text("%s", status_label(r->status));
            if (const auto days = time_to_repair(*r, record_.repairs))
                ImGui::Text("Repaired after %d day%s (%s)", *days, *days == 1 ? "" : "s", resolution_label(r->resolution));
            else if (is_open(r->status))
                ImGui::Text("Open for %d days", age_days(*r, today_));
            ImGui::TextDisabled("Click to select, double-click to open.");
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::SetCursorScreenPos(origin);
}

// The geometry's inputs for a region `width` x `height`: the text widths
// are measured again only when the font changes.
TimelineInputs RupturesView::timeline_inputs(float width, float height) {
    const float font = ImGui::GetFontSize();
    if (font != text_font_) {
        text_font_ = font;
        text_ = TimelineInputs{};
        text_.font = font;
        ImFont* f = ImGui::GetFont();
        measure_timeline_text(text_, [f](const char* text, float size) { return f->CalcTextSizeA(size, FLT_MAX, 0, text).x; });
    }
    TimelineInputs in = text_;
    in.generation = generation_;
    in.width = width;
    in.height = height;
    in.scale = host_.ui_scale();
    in.today = day_number(today_).value_or(0);
    in.low_alliance = settings_.low_alliance;
    return in;
}

// Rebuilds the cached geometry when anything it depends on has changed.
void RupturesView::refresh_scene(float width, float height) {
    const TimelineInputs in = timeline_inputs(width, height);
    if (!scene_.built || !(scene_.inputs == in))
        build_timeline(scene_, in, record_.ruptures, record_.repairs, record_.sessions, record_.alliance);
}

void RupturesView::draw_timeline(float width, float height) {
    const wb_palette& p = host_.palette();
    const ImVec2 origin = ImGui::GetCursorScreenPos();

    refresh_scene(width, height);
    const TimelineScene& s = scene_;
    timeline_origin_ = origin;
    timeline_drawn_ = true;

    handle_timeline_input(origin, ImVec2(width, height));

    wb::Canvas cv(host_, width, height);
    if (!cv) return;
    TimelinePaint m;
    m.scene = &s;
    m.record = &record_;
    m.low_alliance = settings_.low_alliance;
    m.current_session = host_.current_session();
    m.selected_id = selected_id_;
    m.hovered_id = hovered_id_;
    paint_timeline(cv, p, m);
}

} // namespace rupture_repair
