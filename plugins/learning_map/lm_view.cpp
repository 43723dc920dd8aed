// lm_view.cpp - the learning-map panel's frame, top to bottom: follow the
// host's case and session, then a calm empty state, or the toolbar (history
// slider, view switch, export), the map and, beside it, the side form. Also
// the presentation story, which moves the same history slider.
#include "lm_view.h"

#include "lm_export.h"
#include "lm_widgets.h"

#include <algorithm>

namespace learning_map {

// ---- Events and loading ---------------------------------------------------------

void LearningMapView::on_event(const wb_event& event) {
    case_.on_event(event);
    if (event.type == WB_EVENT_STORE_OPENED) {
        // Another file: no draft typed for the old one belongs to it.
        drafts_.clear();
        selected_ = -1;
        evidence_ = EvidenceDraft{};
    }
    // A demo case put back as it was is a new case: its old draft goes.
    if (event.type == WB_EVENT_DEMO_CASE_CREATED) drafts_.drop(event.case_id);
    if (event.type == WB_EVENT_PRESENTATION_CHANGED) {
        playing_ = false;
        // Presenting tells the story from the first session, as every
        // other panel's story starts at its beginning.
        if (host_.presenting()) view_index_ = 0;
    }
}

void LearningMapView::follow_host() {
    const int64_t leaving = case_.id();
    const bool switched = case_.switched(host_);
    if (switched) {
        // Another family: its own map. A sign of learning half-typed for the
        // family left is kept for it (never shown here) until the user
        // comes back (lm_drafts.h).
        drafts_.leave(leaving, case_stamp_, unsaved_form());
        view_index_ = -1;
        selected_ = -1;
        hovered_ = -1;
        playing_ = false;
        synced_session_ = -1;
        evidence_ = EvidenceDraft{};
        ratings_ = RatingsError{};
        priority_error_.clear();
        notice_.clear();
        case_stamp_ = wb::case_stamp(host_, case_.id());
    }
    if (case_.take_stale()) reload();
    // Back in a case with a draft kept: its form as the user left it, once
    // the case is loaded (a failed load keeps the draft for later).
    if (switched && load_error_.empty()) restore_draft();
    // The session picked in the sidebar moves the slider to it (once per
    // pick, so the slider stays free to roam afterwards).
    const int64_t host_session = host_.current_session();
    if (host_session != synced_session_) {
        synced_session_ = host_session;
        const int i = session_index_of(data_, host_session);
        if (i >= 0) view_index_ = i;
    }
    refresh_state();
}

void LearningMapView::reload() {
    load_error_.clear();
    try {
        data_ = model_.load(case_.id());
    } catch (const wb::Error& e) {
        data_ = CaseData{};
        load_error_ = std::string("The learning map could not be loaded: ") + e.what();
    }
    ++generation_;
    if (view_index_ >= static_cast<int>(data_.sessions.size())) view_index_ = -1;
    // A note being edited that is gone (undone, deleted) leaves the editor.
    if (evidence_.draft.id != 0) {
        bool found = false;
        for (const Evidence& e : data_.evidence) found = found || e.id == evidence_.draft.id;
        if (!found) reset_evidence_draft();
    }
}

std::optional<EvidenceDrafts::Form> LearningMapView::unsaved_form() const {
    if (selected_ < 0) return std::nullopt; // the conditions: each click is stored at once
    const Evidence& e = evidence_.draft;
    const Domain open = static_cast<Domain>(selected_);
    EvidenceDrafts::Form form;
    if (e.id == 0) {
        // A new note's session follows the one viewed until one is picked.
        form.opened = EvidenceFormFields{selected_, 0, 0, open, ""};
        form.now = EvidenceFormFields{selected_, 0, evidence_.session_chosen ? e.session_id : 0, open, e.note};
        return form;
    }
    for (const Evidence& stored : data_.evidence)
        if (stored.id == e.id) {
            form.opened = EvidenceFormFields{selected_, stored.id, stored.session_id, stored.domain, stored.note};
            form.now = EvidenceFormFields{selected_, e.id, e.session_id, e.domain, e.note};
            return form;
        }
    return std::nullopt; // gone: nothing to keep editing
}

void LearningMapView::restore_draft() {
    const Evidence* stored = nullptr;
    const auto kept = drafts_.restore(case_.id(), case_stamp_, [&](int64_t id) {
        for (const Evidence& e : data_.evidence)
            if (e.id == id) stored = &e;
        return stored != nullptr;
    });
    if (!kept || kept->now.domain < 0 || kept->now.domain >= kDomainCount) return;
    const EvidenceFormFields& f = kept->now;
    selected_ = f.domain;
    reset_evidence_draft();
    if (stored) evidence_.draft = *stored;
    evidence_.draft.session_id = f.session_id;
    evidence_.session_chosen = f.session_id != 0;
    evidence_.draft.domain = f.note_domain;
    evidence_.draft.note = f.note;
    evidence_.restored = true;
}

void LearningMapView::refresh_state() {
    if (state_generation_ == generation_ && state_index_ == view_index_) return;
    state_ = map_as_of(data_, view_index_);
    state_generation_ = generation_;
    state_index_ = view_index_;
}

void LearningMapView::view_session(int index) {
    if (data_.sessions.empty()) return;
    view_index_ = std::clamp(index, 0, static_cast<int>(data_.sessions.size()) - 1);
    refresh_state();
}

void LearningMapView::select_domain(int domain) {
    selected_ = domain >= 0 && domain < kDomainCount ? domain : -1;
    reset_evidence_draft();
    priority_error_.clear();
}

std::optional<ImVec2> LearningMapView::domain_screen_pos(Domain d) const {
    if (!map_drawn_) return std::nullopt;
    const Pt n = scene_.node[static_cast<std::size_t>(d)];
    return ImVec2(map_origin_.x + n.x, map_origin_.y + n.y);
}

// ---- The story (presentation) -------------------------------------------------

wb::Story LearningMapView::story(int delta) {
    follow_host();
    wb::Story s;
    s.count = static_cast<int>(data_.sessions.size());
    if (s.count == 0) return s;
    if (delta != 0) {
        playing_ = false; // the facilitator steps by hand now
        view_session(state_.session_index + delta);
    }
    s.step = state_.session_index;
    s.caption = story_caption(data_, s.step);
    return s;
}

// ---- The frame ---------------------------------------------------------------------

void LearningMapView::draw() {
    map_drawn_ = false;
    follow_host();
    if (case_.id() == 0) {
        draw_no_case();
        return;
    }
    if (!load_error_.empty()) ui::text_wrapped_coloured(host_.palette().error, load_error_.c_str());
    if (data_.sessions.empty()) {
        draw_no_sessions();
        return;
    }
    advance_play();
    // While presenting, the host shows the story's caption; the map itself
    // is the story (the slider is at its step).
    const bool presenting = host_.presenting();
    draw_toolbar();

    // Read every frame: presentation mode changes the scale on the fly.
    const float scale = host_.ui_scale();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float height = std::max(avail.y, 200.0f * scale);
    // The family view is the map alone, as large as the panel allows; so is
    // a presentation, unless a domain is open to read out its notes.
    const bool side = !family_ && (!presenting || selected_ >= 0);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float side_w = side ? std::clamp(avail.x * 0.32f, std::min(330.0f * scale, avail.x * 0.45f), 520.0f * scale) : 0;
    const float map_w = std::max(avail.x - (side ? side_w + gap : 0), 120.0f);

    ImGui::BeginChild("map", ImVec2(map_w, height), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_map(map_w, height);
    ImGui::EndChild();
    if (side) {
        ImGui::SameLine();
        ImGui::BeginChild("side", ImVec2(side_w, height), false);
        draw_side(side_w);
        ImGui::EndChild();
    }
}

void LearningMapView::draw_no_case() {
    ImGui::Spacing();
    ui::text_wrapped_coloured(host_.palette().text_muted,
                              "Pick a case in the sidebar to see where that family's learning has been seen.");
}

void LearningMapView::draw_no_sessions() {
    const float scale = host_.ui_scale();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 640.0f * scale);
    ImGui::TextUnformatted("This family has no sessions yet.");
    ImGui::Spacing();
    ui::text_wrapped_coloured(host_.palette().text_muted,
                              "Add a session in the sidebar first: every sign of learning, every priority and every "
                              "rating of trust, acceptance and openness belongs to a session, so the map can show how "
                              "things grew from one visit to the next.");
    ImGui::PopTextWrapPos();
}

// The view chosen is kept in the plugin's settings, so a supervisor who
// opens the map with the family in the room finds it that way next time.
void LearningMapView::choose_family_view(bool on) {
    if (on == family_) return;
    family_ = on;
    try {
        host_.set_setting(kViewSetting, on ? "family" : "practitioner");
    } catch (const wb::Error&) {
        // Not remembered is no reason to refuse the switch.
    }
}

void LearningMapView::draw_toolbar() {
    const float scale = host_.ui_scale();
    draw_history();
    ImGui::SameLine(0, 24 * scale);
    if (ImGui::RadioButton("Practitioner view", !family_)) choose_family_view(false);
    ui::tip("Counts, markers and the notes behind them, with the forms to record more.");
    ImGui::SameLine();
    if (ImGui::RadioButton("With family", family_)) choose_family_view(true);
    ui::tip("A larger, simpler map in plain words to look at together with the parent. No notes are shown.");
    ImGui::SameLine(0, 24 * scale);
    draw_export_menu();

    const bool nothing = data_.evidence.empty() && data_.priorities.empty() && data_.ratings.empty();
    if (nothing && !family_ && !host_.presenting())
        ui::text_wrapped_coloured(host_.palette().text_muted,
                                  "Nothing recorded yet. Click a domain on the map to note a sign of learning or mark "
                                  "a priority; rate trust, acceptance and openness for this session on the right.");
    if (!notice_.empty()) ui::text_coloured(host_.palette().text_muted, notice_.c_str());
}

void LearningMapView::draw_history() {
    const float scale = host_.ui_scale();
    const int n = static_cast<int>(data_.sessions.size());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(family_ ? "Visit" : "As of");
    ImGui::SameLine();
    if (ImGui::ArrowButton("##earlier", ImGuiDir_Left)) {
        playing_ = false;
        view_session(state_.session_index - 1);
    }
    ui::tip("One session earlier");
    ImGui::SameLine();
    int one_based = state_.session_index + 1;
    ImGui::SetNextItemWidth(std::max(160.0f * scale, ImGui::CalcTextSize("Session 00 of 00").x + 40 * scale));
    const std::string format = "Session %d of " + std::to_string(n);
    if (ImGui::SliderInt("##history", &one_based, 1, n, format.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
        playing_ = false;
        view_session(one_based - 1);
    }
    ui::tip("Drag to see the map as it was at any past session: later notes, priorities and ratings are left out.");
    ImGui::SameLine();
    if (ImGui::ArrowButton("##later", ImGuiDir_Right)) {
        playing_ = false;
        view_session(state_.session_index + 1);
    }
    ui::tip("One session later");
    ImGui::SameLine();
    ImGui::TextUnformatted(state_.date.c_str());
    ImGui::SameLine();
    if (ImGui::Button(playing_ ? "Pause" : "Play")) {
        playing_ = !playing_;
        play_clock_ = 0;
        // Playing from the last session starts again from the first.
        if (playing_ && state_.session_index == n - 1) view_session(0);
    }
    ui::tip("Step through the sessions one by one, to watch the map grow.");
}

void LearningMapView::advance_play() {
    if (!playing_) return;
    play_clock_ += ImGui::GetIO().DeltaTime;
    if (play_clock_ < 1.2f) return;
    play_clock_ = 0;
    if (state_.session_index + 1 >= static_cast<int>(data_.sessions.size())) {
        playing_ = false;
        return;
    }
    view_session(state_.session_index + 1);
}

// The host's export dialog, for the session on screen; the file is drawn by
// lm_export.cpp without this panel's selection or hover.
void LearningMapView::draw_export_menu() {
    if (ImGui::Button("Export\xE2\x80\xA6")) ImGui::OpenPopup("export_menu");
    ui::tip("Save the map, as of the session shown, as PDF, SVG or PNG");
    if (!ImGui::BeginPopup("export_menu")) return;
    auto item = [&](const char* label, const char* id) {
        if (!ImGui::MenuItem(label)) return;
        try {
            host_.request_export(id, state_.session_id);
        } catch (const wb::Error& e) {
            notice_ = std::string("Export is not available: ") + e.what();
        }
    };
    item("Practitioner map", kMapExportId);
    item("Map to share with the family (no notes)", kFamilyMapExportId);
    ImGui::EndPopup();
}

} // namespace learning_map
