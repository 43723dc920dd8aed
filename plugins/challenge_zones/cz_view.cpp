// cz_view.cpp - the planner panel's frame, top to bottom: follow the
// host's case, then a calm empty state, or the toolbar, the supervisor
// prompts, the zone map and, beside or under it (cz_layout.h), the plan
// table or the form.
#include "cz_view.h"

#include "cz_export.h"
#include "cz_layout.h"
#include "cz_widgets.h"

#include <algorithm>
#include <cstdlib>

namespace challenge_zones {

// ---- Events, selection and loading -------------------------------------------

void PlannerView::on_event(const wb_event& event) {
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

void PlannerView::follow_host_case() {
    const int64_t leaving = case_.id();
    const bool switched = case_.switched(host_);
    if (switched) {
        // Another family: its own plan. A form half-filled for the family
        // left is kept for it (never shown here) until the user comes back
        // (cz_drafts.h).
        drafts_.leave(leaving, case_stamp_, unsaved_form());
        close_form();
        move_ = Move{};
        selected_id_ = 0;
        drag_id_ = 0;
        filter_aspect_ = filter_status_ = filter_zone_ = -1;
        story_step_ = 0;
        case_stamp_ = wb::case_stamp(host_, case_.id());
    }
    if (case_.take_stale()) reload();
    // Back in a case with a draft kept: its form as the user left it, once
    // the case is loaded (a failed load keeps the draft for later).
    if (switched && load_error_.empty()) restore_draft();
}

std::optional<ChallengeDrafts::Form> PlannerView::unsaved_form() const {
    if (!form_.open) return std::nullopt;
    ChallengeDrafts::Form form;
    if (form_.draft.id == 0) {
        form.opened.challenge = form_.start;
    } else if (const Challenge* stored = find(form_.draft.id)) {
        form.opened.challenge = *stored;
    } else {
        return std::nullopt; // gone: nothing to keep editing
    }
    // A placement's date shows today until another is typed.
    const std::string today = today_local();
    form.opened.date = today;
    form.now.challenge = form_.draft;
    form.now.zone = form_.zone;
    form.now.session_id = form_.session_id;
    form.now.date = form_.date.empty() ? today : form_.date;
    form.now.reason = form_.reason;
    return form;
}

void PlannerView::restore_draft() {
    auto kept = drafts_.restore(case_.id(), case_stamp_, [&](int64_t id) { return find(id) != nullptr; });
    if (!kept) return;
    const ChallengeFormFields& f = kept->now;
    if (const Challenge* stored = find(f.challenge.id)) {
        open_edit_form(*stored);
    } else {
        open_new_form();
        form_.start = kept->opened.challenge;
    }
    form_.draft = f.challenge;
    form_.zone = f.zone;
    // A session deleted meanwhile: the placement falls back to a date.
    form_.session_id = std::any_of(plan_.sessions.begin(), plan_.sessions.end(),
                                   [&](const SessionRef& s) { return s.id == f.session_id; })
                           ? f.session_id
                           : 0;
    form_.date = f.date;
    form_.reason = f.reason;
    form_.focus_description = false;
    form_.restored = true;
}

int PlannerView::comfort_sessions() const {
    const int n = std::atoi(host_.setting("comfort_sessions", "3").c_str());
    return n >= 1 && n <= 50 ? n : kDefaultComfortSessions;
}

void PlannerView::reload() {
    load_error_.clear();
    today_ = today_local();
    try {
        plan_ = model_.load(case_.id());
    } catch (const wb::Error& e) {
        plan_ = CasePlan{};
        load_error_ = std::string("The challenge plan could not be loaded: ") + e.what();
    }
    // Everything a frame needs that depends only on the plan is worked
    // out here, once: the index, the table's labels and overdue flags.
    build_index(index_, plan_.challenges, plan_.placements);
    ++plan_generation_;
    row_labels_.resize(plan_.challenges.size());
    row_overdue_.resize(plan_.challenges.size());
    for (std::size_t i = 0; i < plan_.challenges.size(); ++i) {
        const Challenge& c = plan_.challenges[i];
        row_labels_[i] = c.description + (c.direction == Direction::ParentToHelper ? "  (from parent)" : "");
        row_overdue_[i] = review_overdue(c, today_);
    }
    story_steps_ = story_steps(plan_);
    story_step_ = clamp_step(story_step_, 0, static_cast<int>(story_steps_.size()));
    std::vector<std::string> dates;
    for (const SessionRef& s : plan_.sessions) dates.push_back(s.date);
    prompts_ = case_.id() ? supervisor_prompts({plan_.challenges, plan_.placements, dates, comfort_sessions()})
                        : std::vector<Prompt>{};
    // A challenge being edited that is gone (undone, deleted) closes its
    // form rather than saving into nothing; the same for a pending move.
    if (form_.open && form_.draft.id != 0 && !find(form_.draft.id)) close_form();
    if (move_.open && !find(move_.challenge_id)) move_ = Move{};
    if (!find(selected_id_)) selected_id_ = 0;
    if (!find(drag_id_)) drag_id_ = 0;
}

std::ptrdiff_t PlannerView::index_of(int64_t id) const {
    if (id == 0) return -1;
    const auto it = index_.by_id.find(id);
    return it == index_.by_id.end() ? -1 : static_cast<std::ptrdiff_t>(it->second);
}

const Challenge* PlannerView::find(int64_t id) const {
    const std::ptrdiff_t i = index_of(id);
    return i < 0 ? nullptr : &plan_.challenges[static_cast<std::size_t>(i)];
}

std::optional<Zone> PlannerView::current_zone(int64_t challenge_id) const {
    const std::ptrdiff_t i = index_of(challenge_id);
    if (i < 0 || index_.zone_now[static_cast<std::size_t>(i)] < 0) return std::nullopt;
    return static_cast<Zone>(index_.zone_now[static_cast<std::size_t>(i)]);
}

std::optional<ImVec2> PlannerView::marker_screen_pos(int64_t challenge_id) const {
    const std::ptrdiff_t i = index_of(challenge_id);
    if (!map_drawn_ || scene_.inputs.plan_generation != plan_generation_ || i < 0 ||
        !scene_.has_marker[static_cast<std::size_t>(i)])
        return std::nullopt;
    const Pt m = scene_.marker[static_cast<std::size_t>(i)];
    return ImVec2(map_origin_.x + m.x, map_origin_.y + m.y);
}

std::optional<ImVec2> PlannerView::zone_screen_centre(Zone zone) const {
    if (!map_drawn_) return std::nullopt;
    const std::size_t z = static_cast<std::size_t>(zone);
    return ImVec2((map_x0_ + map_x1_) * 0.5f, map_origin_.y + (scene_.y0[z] + scene_.y1[z]) * 0.5f);
}

std::optional<Zone> PlannerView::zone_at(ImVec2 screen) const {
    if (!map_drawn_ || screen.x < map_x0_ || screen.x > map_x1_) return std::nullopt;
    for (Zone z : kBandOrder) {
        const std::size_t zi = static_cast<std::size_t>(z);
        if (screen.y >= map_origin_.y + scene_.y0[zi] && screen.y < map_origin_.y + scene_.y1[zi]) return z;
    }
    return std::nullopt;
}

// ---- The frame ---------------------------------------------------------------

void PlannerView::draw() {
    map_drawn_ = false; // until the map is drawn this frame
    follow_host_case();
    if (case_.id() == 0) {
        draw_no_case();
        return;
    }
    if (!load_error_.empty()) ui::text_wrapped_coloured(host_.palette().error, load_error_.c_str());
    if (plan_.challenges.empty() && !form_.open) {
        draw_empty_state();
        return;
    }
    draw_toolbar();
    draw_prompts();

    // Side by side when both fit, otherwise the map across the panel with
    // the table under it (cz_layout.h); the panel scrolls rather than
    // cutting the map or its legend.
    const PlannerLayout layout = planner_layout(layout_inputs(ImGui::GetContentRegionAvail()));
    ImGui::BeginChild("map", ImVec2(layout.map_w, layout.map_h), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    // Presenting: the map as it stood at the story's step, with its caption.
    if (host_.presenting() && !story_steps_.empty()) draw_story_map(layout.map_w, layout.map_h);
    else draw_map(layout.map_w, layout.map_h);
    ImGui::EndChild();
    if (!layout.stacked) {
        ImGui::SameLine();
    } else if (form_.open && form_.reveal) {
        // A form opened under the map would go unseen: scroll it into view.
        ImGui::SetScrollY(ImGui::GetCursorPosY() - ImGui::GetStyle().WindowPadding.y);
    }
    form_.reveal = false;
    ImGui::BeginChild("side", ImVec2(layout.side_w, layout.side_h), false);
    if (form_.open) draw_form(layout.side_w);
    else draw_table(layout.side_w, layout.side_h);
    ImGui::EndChild();
    draw_reason_popup();
}

// What the layout rule needs from this frame: the room left, the map's
// measured text, and the table's widths and heights at the current font.
PlannerLayoutInputs PlannerView::layout_inputs(ImVec2 avail) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float font = ImGui::GetFontSize();
    PlannerLayoutInputs in;
    in.avail_w = avail.x;
    in.avail_h = avail.y;
    in.gap_x = style.ItemSpacing.x;
    in.gap_y = style.ItemSpacing.y;
    in.presenting = host_.presenting();
    in.form_open = form_.open;
    in.scene = scene_inputs(avail.x, avail.y);
    const bool story = in.presenting && !story_steps_.empty();
    in.legend_extra_lines = dense_trails(story ? TrailMode::All : trails_, index_.with_placements) ? 1 : 0;
    // The short columns at their longest value (as draw_table sets them up),
    // a challenge column that shows a few words, cell padding, a scrollbar.
    float fixed = 0;
    for (const char* widest : {"Understanding", "Overwhelming", "Achieved", "2000-00-00"})
        fixed += ImGui::CalcTextSize(widest).x + font * 0.6f;
    in.table_min_w = fixed + font * 12 + style.CellPadding.x * 10 + style.ScrollbarSize;
    const float row_h = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    const float filters_h = ImGui::GetFrameHeightWithSpacing();
    in.table_peek_h = filters_h + row_h * 4; // the headers and three rows
    in.table_full_h = filters_h + row_h * (static_cast<float>(plan_.challenges.size()) + 1.5f);
    return in;
}

void PlannerView::draw_no_case() {
    ImGui::Spacing();
    ui::text_wrapped_coloured(host_.palette().text_muted,
                              "Pick a case in the sidebar to plan the challenges raised with that family.");
}

void PlannerView::draw_empty_state() {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 640.0f * scale);
    ImGui::TextUnformatted("No challenges planned for this family yet.");
    ImGui::Spacing();
    ui::text_wrapped_coloured(p.text_muted,
                              "Each challenge you raise with a parent sits in one of four zones, and it can move "
                              "between them over time:");
    for (int z = 0; z < kZoneCount; ++z) {
        const Zone zone = static_cast<Zone>(z);
        ImGui::Bullet();
        ui::text_coloured(zone == Zone::Optimal ? p.success : p.text, zone_label(zone));
        ImGui::SameLine();
        ui::text_wrapped_coloured(p.text_muted, zone_hint(zone));
    }
    ImGui::Spacing();
    ui::text_wrapped_coloured(p.text_muted,
                              "Aim for the optimal zone: tie each challenge to what matters to the parent and name "
                              "the help it needs. Challenges from the parent to you belong here too.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::BeginDisabled(host_.read_only());
    if (ImGui::Button("Plan the first challenge")) open_new_form();
    ImGui::EndDisabled();
}

void PlannerView::draw_toolbar() {
    const float gap = 18 * host_.ui_scale();
    ImGui::BeginDisabled(host_.read_only());
    if (ImGui::Button("Add challenge")) open_new_form();
    ImGui::EndDisabled();

    // While the story is presented the map draws every trajectory whatever
    // this choice says, and the nudge is a working setting, not something
    // for the room: both stay out of the way, leaving the map more height.
    const bool story = host_.presenting() && !story_steps_.empty();

    // Each group below goes on the same line while it fits (ui::toolbar_next).
    if (!story) draw_toolbar_settings();
    ui::toolbar_next(ui::button_width("Export\xE2\x80\xA6"), gap);
    if (ImGui::Button("Export\xE2\x80\xA6")) request_export();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Save this picture as PDF, SVG or PNG");
    if (!notice_.empty()) ui::text_coloured(host_.palette().text_muted, notice_.c_str());
}

// The toolbar's trajectory choice and the nudge threshold.
void PlannerView::draw_toolbar_settings() {
    const float scale = host_.ui_scale();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = 18 * scale;
    static const char* const trail_labels[] = {"None", "Selected", "All"};
    float trails_w = ImGui::CalcTextSize("Trajectories:").x;
    for (const char* label : trail_labels)
        trails_w += style.ItemSpacing.x + ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
    ui::toolbar_next(trails_w, gap);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Trajectories:");
    for (int i = 0; i < 3; ++i) {
        ImGui::SameLine();
        if (ImGui::RadioButton(trail_labels[i], static_cast<int>(trails_) == i)) trails_ = static_cast<TrailMode>(i);
    }

    const float input_w = ImGui::CalcTextSize("000").x + ImGui::GetFrameHeight() * 2 + 16 * scale;
    const float nudge_w = ImGui::CalcTextSize("Nudge after").x + style.ItemSpacing.x + input_w + style.ItemInnerSpacing.x +
                          ImGui::CalcTextSize("sessions in comfort").x;
    ui::toolbar_next(nudge_w, gap);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Nudge after");
    ImGui::SameLine();
    int n = comfort_sessions();
    ImGui::SetNextItemWidth(input_w);
    if (ImGui::InputInt("sessions in comfort##n", &n) && n >= 1 && n <= 50) {
        host_.set_setting("comfort_sessions", std::to_string(n));
        case_.mark_stale(); // the prompts depend on it
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("How many sessions with every challenge in nice or comfort before a prompt appears.");
}

// The host's export dialog; the file is drawn by cz_export.cpp for the
// case, without this panel's selection or hover.
void PlannerView::request_export() {
    try {
        host_.request_export(kMapExportId);
    } catch (const wb::Error& e) {
        notice_ = std::string("Export is not available: ") + e.what();
    }
}

void PlannerView::draw_prompts() {
    if (prompts_.empty()) return;
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    // Gentle notes: a soft accent bar and ordinary text, never an alarm.
    for (const Prompt& prompt : prompts_) {
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImGui::Indent(14 * scale);
        ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 10 * scale);
        ImGui::TextWrapped("%s", prompt.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Unindent(14 * scale);
        const float end = ImGui::GetItemRectMax().y;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(start.x + 2 * scale, start.y + 1 * scale),
                                                  ImVec2(start.x + 6 * scale, end - 1 * scale),
                                                  ui::with_alpha(p.accent, 0xB0), 2 * scale);
    }
    ImGui::Spacing();
}

} // namespace challenge_zones
