// rr_view.cpp - the "Ruptures" panel's frame, top to bottom: follow the
// host's case, then a calm empty state, or the toolbar, the timeline with
// the alliance check under it and, beside or under them (rr_layout.h), the
// list or the form.
#include "rr_view.h"

#include "rr_export.h"
#include "rr_widgets.h"

#include <algorithm>

namespace rupture_repair {

// ---- Events, selection and loading -------------------------------------------

void RupturesView::on_event(const wb_event& event) {
    // Presentation switched on or off: the story starts again from the top.
    if (event.type == WB_EVENT_PRESENTATION_CHANGED) story_step_ = 0;
    if (event.type == WB_EVENT_STORE_OPENED) {
        // Another file: no draft typed for the old one belongs to it.
        drafts_.clear();
        close_form();
    }
    // A demo case put back as it was is a new case: its old draft goes.
    if (event.type == WB_EVENT_DEMO_CASE_CREATED) drafts_.drop(event.case_id);
    case_.on_event(event);
}

void RupturesView::follow_host_case() {
    const int64_t leaving = case_.id();
    const bool switched = case_.switched(host_);
    if (switched) {
        // Another family: its own record. A form half-filled for the family
        // left is kept for it (never shown here) until the user comes back
        // (rr_drafts.h).
        drafts_.leave(leaving, case_stamp_, unsaved_form());
        close_form();
        spiral_offer_ = SpiralOffer{};
        alliance_ = AllianceDraft{};
        selected_id_ = hovered_id_ = 0;
        filter_status_ = filter_kind_ = -1;
        filter_age_ = 0;
        story_step_ = 0;
        case_stamp_ = wb::case_stamp(host_, case_.id());
    }
    if (case_.take_stale()) reload();
    // Back in a case with a draft kept: its form as the user left it, once
    // the case is loaded (a failed load keeps the draft for later).
    if (switched && load_error_.empty()) restore_draft();
}

std::optional<RuptureDrafts::Form> RupturesView::unsaved_form() const {
    if (!form_.open) return std::nullopt;
    RuptureDrafts::Form form;
    if (form_.draft.id == 0) {
        form.opened.rupture = form_.start;
    } else if (const Rupture* stored = find(form_.draft.id)) {
        form.opened.rupture = *stored;
    } else {
        return std::nullopt; // gone: nothing to keep editing
    }
    // A repair action's date shows today until another is typed.
    form.opened.repair.date = today_;
    form.now.rupture = form_.draft;
    form.now.repair = form_.repair;
    form.now.repair.rupture_id = 0; // set when it is added
    if (form.now.repair.date.empty()) form.now.repair.date = today_;
    form.now.resolution = form_.resolution;
    return form;
}

void RupturesView::restore_draft() {
    auto kept = drafts_.restore(case_.id(), case_stamp_, [&](int64_t id) { return find(id) != nullptr; });
    if (!kept) return;
    RuptureFormFields& f = kept->now;
    if (const Rupture* stored = find(f.rupture.id)) {
        open_edit_form(*stored);
        // Status and resolution are stored at once: take them as they stand.
        f.rupture.status = stored->status;
        f.rupture.resolution = stored->resolution;
    } else {
        open_new_form();
        form_.start = kept->opened.rupture;
    }
    // A session deleted meanwhile: the rupture keeps its date.
    if (f.rupture.session_id && std::none_of(record_.sessions.begin(), record_.sessions.end(),
                                             [&](const SessionRef& s) { return s.id == *f.rupture.session_id; }))
        f.rupture.session_id.reset();
    form_.draft = f.rupture;
    form_.repair = f.repair;
    form_.resolution = f.resolution;
    form_.focus_description = false;
    form_.restored = true;
}

void RupturesView::reload() {
    load_error_.clear();
    today_ = today_local();
    settings_ = read_settings(host_);
    try {
        record_ = model_.load(case_.id());
    } catch (const wb::Error& e) {
        record_ = CaseRecord{};
        load_error_ = std::string("The ruptures could not be loaded: ") + e.what();
    }
    ++generation_;
    story_events_ = story_events(record_);
    story_step_ = clamp_step(story_step_, 0, static_cast<int>(story_events_.size()));
    // A rupture being edited that is gone (undone, deleted) closes its
    // form rather than saving into nothing; its stored status is taken up.
    if (form_.open && form_.draft.id != 0) {
        if (const Rupture* r = find(form_.draft.id)) {
            form_.draft.status = r->status;
            form_.draft.resolution = r->resolution;
        } else {
            close_form();
        }
    }
    if (!find(selected_id_)) selected_id_ = 0;
    if (spiral_offer_.open && !find(spiral_offer_.rupture_id)) spiral_offer_ = SpiralOffer{};
    alliance_.session_id = -1; // refill from the store for the current session
}

std::ptrdiff_t RupturesView::index_of(int64_t id) const {
    if (id == 0) return -1;
    for (std::size_t i = 0; i < record_.ruptures.size(); ++i)
        if (record_.ruptures[i].id == id) return static_cast<std::ptrdiff_t>(i);
    return -1;
}

const Rupture* RupturesView::find(int64_t id) const {
    const std::ptrdiff_t i = index_of(id);
    return i < 0 ? nullptr : &record_.ruptures[static_cast<std::size_t>(i)];
}

std::optional<ImVec2> RupturesView::marker_screen_pos(int64_t rupture_id) const {
    const std::ptrdiff_t i = index_of(rupture_id);
    if (!timeline_drawn_ || scene_.inputs.generation != generation_ || i < 0 ||
        static_cast<std::size_t>(i) >= scene_.marks.size())
        return std::nullopt;
    const Pt m = scene_.marks[static_cast<std::size_t>(i)].at;
    return ImVec2(timeline_origin_.x + m.x, timeline_origin_.y + m.y);
}

// ---- The frame ---------------------------------------------------------------

void RupturesView::draw() {
    timeline_drawn_ = false; // until the timeline is drawn this frame
    follow_host_case();
    if (case_.id() == 0) {
        draw_no_case();
        return;
    }
    if (!load_error_.empty()) ui::text_wrapped_coloured(host_.palette().error, load_error_.c_str());
    if (record_.ruptures.empty() && !form_.open) {
        draw_empty_state();
        return;
    }
    draw_toolbar();

    // Side by side when both fit, otherwise the timeline and the alliance
    // check across the panel with the list under them (rr_layout.h); the
    // panel scrolls rather than cutting the timeline, its legend or the check.
    const PanelLayout layout = panel_layout(layout_inputs(ImGui::GetContentRegionAvail()));
    ImGui::BeginChild("main", ImVec2(layout.main_w, layout.timeline_h + layout.alliance_h), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::BeginChild("timeline", ImVec2(layout.main_w, layout.timeline_h), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    // Presenting: the timeline as it stood at the story's step, captioned.
    if (host_.presenting() && !story_events_.empty()) draw_story_timeline(layout.main_w, layout.timeline_h);
    else draw_timeline(layout.main_w, layout.timeline_h);
    ImGui::EndChild();
    draw_alliance_editor(layout.main_w, layout.alliance_columns);
    ImGui::EndChild();
    if (!layout.stacked) {
        ImGui::SameLine();
    } else if (form_.open && form_.reveal) {
        // A form opened under the timeline would go unseen: scroll it into view.
        ImGui::SetScrollY(ImGui::GetCursorPosY() - ImGui::GetStyle().WindowPadding.y);
    }
    form_.reveal = false;
    ImGui::BeginChild("side", ImVec2(layout.side_w, layout.side_h), false);
    if (form_.open) draw_form(layout.side_w);
    else draw_list(layout.side_w, layout.side_h);
    ImGui::EndChild();
    draw_spiral_offer();
}

// What the layout rule needs from this frame: the room left, the
// timeline's measured text, the list's widths and heights and the alliance
// check's at the current font.
PanelLayoutInputs RupturesView::layout_inputs(ImVec2 avail) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float font = ImGui::GetFontSize();
    PanelLayoutInputs in;
    in.avail_w = avail.x;
    in.avail_h = avail.y;
    in.gap_x = style.ItemSpacing.x;
    in.gap_y = style.ItemSpacing.y;
    in.presenting = host_.presenting();
    in.form_open = form_.open;
    in.timeline = timeline_inputs(avail.x, avail.y);
    // The list's short columns at their longest value (as draw_list sets
    // them up), a description that shows a few words, padding, a scrollbar.
    float fixed = 0;
    for (const char* widest : {"2000-00-00", "Not resolved", "Days"}) fixed += ImGui::CalcTextSize(widest).x + font * 0.6f;
    in.side_min_w = fixed + font * 12 + style.CellPadding.x * 8 + style.ScrollbarSize;
    // draw_list keeps 4.5 frames under the table for its note and button.
    const float row_h = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    const float around = ImGui::GetFrameHeightWithSpacing() * 5.5f; // the filters, the note and the button
    in.list_peek_h = around + row_h * 3;                              // the headers and two rows
    in.list_full_h = around + row_h * (static_cast<float>(record_.ruptures.size()) + 1.5f);
    float widest = 0;
    for (int i = 0; i < kAllianceItems; ++i) widest = std::max(widest, ImGui::CalcTextSize(alliance_item_label(i)).x);
    in.alliance.widest_label_w = widest;
    in.alliance.min_slider_w = ImGui::CalcTextSize("10").x + ImGui::GetFrameHeight() * 2.5f;
    in.alliance.line_h = ImGui::GetTextLineHeight();
    in.alliance.frame_h = ImGui::GetFrameHeight();
    in.alliance.spacing_x = style.ItemSpacing.x;
    in.alliance.spacing_y = style.ItemSpacing.y;
    return in;
}

void RupturesView::draw_no_case() {
    ImGui::Spacing();
    ui::text_wrapped_coloured(host_.palette().text_muted,
                              "Pick a case in the sidebar to follow the strains in that partnership and their repair.");
}

void RupturesView::draw_empty_state() {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 660.0f * scale);
    ImGui::TextUnformatted("No ruptures logged for this family yet.");
    ImGui::Spacing();
    ui::text_wrapped_coloured(p.text_muted,
                              "A rupture is a moment when the working relationship comes under strain: a visit "
                              "moved at short notice, a hope that was not met, a clash. It can show as the parent "
                              "pulling back (short answers, changing the subject) or pushing against the helper "
                              "(a complaint, a suggestion turned down).");
    ImGui::Spacing();
    ui::text_wrapped_coloured(p.text_muted,
                              "Repair is the helper noticing the strain and going back to it, so the parent sees "
                              "that they and the relationship matter. Log each rupture here, then the steps taken "
                              "to mend it, until it is repaired or closed.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::BeginDisabled(host_.read_only());
    if (ImGui::Button("Log the first rupture")) open_new_form();
    ImGui::EndDisabled();
}

// The host's export dialog; the file is drawn by rr_export.cpp for the
// case, without this panel's selection or hover.
void RupturesView::request_export() {
    try {
        host_.request_export(kTimelineExportId);
    } catch (const wb::Error& e) {
        notice_ = std::string("Export is not available: ") + e.what();
    }
}

void RupturesView::draw_toolbar() {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    ImGui::BeginDisabled(host_.read_only());
    if (ImGui::Button("Log rupture")) open_new_form();
    ImGui::EndDisabled();
    ImGui::SameLine(0, 18 * scale);
    ImGui::AlignTextToFramePadding();
    int open = 0, overdue = 0;
    for (const Rupture& r : record_.ruptures) {
        open += is_open(r.status) ? 1 : 0;
        overdue += unrepaired_too_long(r, today_, settings_.overdue_days) ? 1 : 0;
    }
    ImGui::Text("%zu logged, %d still open", record_.ruptures.size(), open);
    if (overdue > 0) {
        ImGui::SameLine(0, 12 * scale);
        ui::text_coloured(p.warning, (std::to_string(overdue) + " unrepaired for over " +
                                      std::to_string(settings_.overdue_days) + " days")
                                         .c_str());
    }
    ImGui::SameLine(0, 18 * scale);
    ImGui::TextUnformatted("Flag alliance below");
    ImGui::SameLine();
    int low = settings_.low_alliance;
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("000").x + ImGui::GetFrameHeight() * 2 + 16 * scale);
    if (ImGui::InputInt("##low_alliance", &low) && low >= 1 && low <= kAllianceMax) {
        host_.set_setting("low_alliance", std::to_string(low));
        case_.mark_stale();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Alliance checks with a total (0 to 40) below this number are flagged.");
    ImGui::SameLine(0, 18 * scale);
    if (ImGui::Button("Export\xE2\x80\xA6")) request_export();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Save this picture as PDF, SVG or PNG");
    if (!notice_.empty()) ui::text_coloured(p.text_muted, notice_.c_str());
}

} // namespace rupture_repair
