// af_timeline_view.cpp - editing a recording afterwards: the timeline strip
// (every stretch in its colour across the width, notes as ticks; click to
// select a stretch, drag the line at its start to re-time it) and the
// selected stretch's editor (recode, split at a time, re-time by typing,
// merge with the next). Each change is one undo step through the model.
#include "af_view.h"

#include "af_flow.h"
#include "af_widgets.h"

#include <algorithm>
#include <cmath>

namespace activity_flow {
namespace {

// Re-timing snaps to whole seconds: nobody codes finer than that.
int64_t whole_second(int64_t ms) { return (ms + 500) / 1000 * 1000; }

} // namespace

void FlowView::draw_strip(float width) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const std::vector<Stretch>& st = shown_->stretches;
    const int64_t total = std::max<int64_t>(duration_now(), 1);
    const float h = std::max(ImGui::GetFrameHeight() * 1.5f, 28.0f * scale);
    const float pad = 8.0f * scale;
    ImGui::Spacing();
    ImGui::TextUnformatted("Timeline");
    ImGui::SameLine();
    ImGui::TextDisabled("click a stretch to select it; drag the line at its start to re-time it");
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    Strip strip{origin.x + pad, origin.x + width - pad, total};
    ImGui::InvisibleButton("strip", ImVec2(width, h));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;

    // The boundary under the mouse (the start of stretch i >= 1), within a few pixels.
    int near = -1;
    for (std::size_t i = 1; i < st.size(); ++i)
        if (std::fabs(strip.x_of(st[i].start_ms) - mouse.x) <= 4.0f * scale) near = static_cast<int>(i);
    if (hovered && near >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (ImGui::IsItemActivated()) {
        drag_boundary_ = can_write() ? near : -1;
        if (drag_boundary_ < 0) {
            const std::ptrdiff_t i = stretch_at(st, strip.ms_at(mouse.x));
            if (i >= 0) selected_stretch_ = st[static_cast<std::size_t>(i)].id;
        }
    }
    if (drag_boundary_ >= 0 && static_cast<std::size_t>(drag_boundary_) < st.size()) {
        // Kept between the neighbours, a second clear of each.
        const std::size_t i = static_cast<std::size_t>(drag_boundary_);
        const int64_t lo = st[i - 1].start_ms + kMinStretchMs, hi = stretch_end(st, i, total) - kMinStretchMs;
        drag_ms_ = std::clamp(whole_second(strip.ms_at(mouse.x)), lo, std::max(lo, hi));
        ImGui::SetTooltip("Starts at %s", format_time(drag_ms_).c_str());
        if (ImGui::IsItemDeactivated()) {
            const int64_t id = st[i].id;
            drag_boundary_ = -1;
            selected_stretch_ = id;
            apply(model_.retime(id, drag_ms_));
            return; // the stretches were read again
        }
    } else {
        drag_boundary_ = -1;
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float y0 = origin.y + 4.0f * scale, y1 = origin.y + h - 4.0f * scale;
    for (std::size_t i = 0; i < st.size(); ++i) {
        int64_t a = st[i].start_ms, b = stretch_end(st, i, total);
        if (drag_boundary_ >= 0 && static_cast<std::size_t>(drag_boundary_) == i) a = drag_ms_;
        if (drag_boundary_ >= 0 && static_cast<std::size_t>(drag_boundary_) == i + 1) b = drag_ms_;
        const float xa = strip.x_of(a), xb = std::max(strip.x_of(b), xa + 1.0f);
        dl->AddRectFilled(ImVec2(xa, y0), ImVec2(xb, y1), colours::activity(p, st[i].activity));
        if (st[i].id == selected_stretch_)
            dl->AddRect(ImVec2(xa - 1, y0 - 3), ImVec2(xb + 1, y1 + 3), p.text, 0, 0, 2.5f * scale);
    }
    for (std::size_t i = 1; i < st.size(); ++i) {
        const float x = strip.x_of(static_cast<int>(i) == drag_boundary_ ? drag_ms_ : st[i].start_ms);
        const bool hot = static_cast<int>(i) == near || static_cast<int>(i) == drag_boundary_;
        dl->AddLine(ImVec2(x, y0 - (hot ? 3 : 0)), ImVec2(x, y1 + (hot ? 3 : 0)), hot ? p.text : p.surface,
                    hot ? 2.5f * scale : 1.0f);
    }
    // Notes: small ticks above the strip (their text is in the notes list).
    for (const Note& n : shown_->notes) {
        const float x = strip.x_of(n.at_ms);
        dl->AddTriangleFilled(ImVec2(x - 4 * scale, origin.y), ImVec2(x + 4 * scale, origin.y),
                              ImVec2(x, origin.y + 6 * scale), p.text);
    }
}

void FlowView::draw_stretch_editor(float width) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const std::vector<Stretch>& st = shown_->stretches;
    const int64_t total = duration_now();
    std::ptrdiff_t idx = -1;
    for (std::size_t i = 0; i < st.size(); ++i)
        if (st[i].id == selected_stretch_) idx = static_cast<std::ptrdiff_t>(i);
    ImGui::PushID("stretch");
    if (idx < 0) {
        ui::text_wrapped_coloured(p.text_muted,
                                  "Select a stretch on the timeline to recode it, split it, merge it with the next "
                                  "one or change when it starts.");
        ImGui::PopID();
        return;
    }
    const std::size_t i = static_cast<std::size_t>(idx);
    // Copies: a change below reads the recording again.
    const Stretch s = st[i];
    const std::size_t count = st.size();
    const int64_t end = stretch_end(st, i, total);
    if (fields_for_ != s.id) {
        // Fresh fields for a newly selected stretch: split in the middle.
        fields_for_ = s.id;
        split_at_ = format_time(whole_second((s.start_ms + end) / 2));
        start_at_ = format_time(s.start_ms);
    }
    ImGui::Text("Stretch %zu of %zu: %s to %s (%s), %s", i + 1, count, format_time(s.start_ms).c_str(),
                format_time(end).c_str(), format_time(end - s.start_ms).c_str(), activity_label(s.activity));

    ImGui::BeginDisabled(!can_write());
    // Recode: four small buttons in the activities' colours.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Recode as");
    for (Activity a : kActivities) {
        ImGui::SameLine();
        ui::push_button(colours::activity(p, a));
        char label[48];
        std::snprintf(label, sizeof label, "%s###recode%d", activity_short_label(a), static_cast<int>(a));
        if (ImGui::Button(label) && a != s.activity) apply(model_.recode(s.id, a));
        ui::pop_button();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", activity_label(a));
    }

    const float field_w = ImGui::CalcTextSize("00:00:00").x + 16.0f * scale;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Split at");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputText("##split_at", &split_at_);
    ImGui::SameLine();
    if (ImGui::Button("Split")) {
        if (const auto at = parse_time(split_at_)) apply(model_.split(s.id, *at));
        else error_ = "Write the time to split at as minutes:seconds, for example 12:30.";
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Cuts this stretch in two at that time; then recode either part.");
    ImGui::SameLine(0, 18 * scale);
    ImGui::BeginDisabled(i == 0);
    ImGui::TextUnformatted("Starts at");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputText("##start_at", &start_at_);
    ImGui::SameLine();
    if (ImGui::Button("Re-time")) {
        if (const auto at = parse_time(start_at_)) apply(model_.retime(s.id, *at));
        else error_ = "Write the start as minutes:seconds, for example 12:30.";
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(i == 0 ? "The first stretch always starts at 0:00." : "Moves the change between the stretch "
                                                                                 "before and this one.");
    ImGui::SameLine(0, 18 * scale);
    ImGui::BeginDisabled(i + 1 >= count);
    if (ImGui::Button("Merge with next")) apply(model_.merge_with_next(s.id));
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Joins the next stretch into this one, keeping this one's activity.");
    ImGui::EndDisabled();
    (void)width;
    ImGui::PopID();
}

} // namespace activity_flow
