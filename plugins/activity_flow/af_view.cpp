// af_view.cpp - the "Activity flow" panel's frame, top to bottom: follow the
// host's case, take the keys (so a key shows in this very frame), then an
// empty state, or the toolbar, the live band, and the diagram with the
// editing timeline beside the figures.
#include "af_view.h"

#include "af_export.h"
#include "af_flow.h"
#include "af_widgets.h"

#include <algorithm>

namespace activity_flow {

FlowView::FlowView(wb::Host host, Clock clock) : host_(host), model_(host), live_(host, std::move(clock)) {}

FlowView::~FlowView() {
    // Closing the app mid-recording: store the time run so far, so the
    // recording reopens paused where it was left. Best effort: the store
    // may already be going away.
    try {
        if (live_.state() == LiveRecorder::State::Running && can_write()) (void)live_.pause();
    } catch (...) {
    }
}

// ---- Events and loading ------------------------------------------------------------

void FlowView::on_event(const wb_event& event) {
    if (event.type == WB_EVENT_STORE_OPENED) live_.forget(); // its recording is in the other file
    if (event.type == WB_EVENT_PRESENTATION_CHANGED) story_step_ = 0;
    case_.on_event(event);
}

void FlowView::follow_host_case() {
    if (case_.switched(host_)) {
        // Another family: a running recording pauses (its time is stored)
        // and nothing half-edited is carried over.
        if (live_.state() == LiveRecorder::State::Running && can_write()) apply(live_.pause());
        if (live_.active()) live_.forget();
        shown_id_ = compare_id_ = 0;
        selected_stretch_ = 0;
        form_ = NewForm{};
        note_ = NoteDraft{};
        settings_.for_id = -1;
        error_.clear();
        notice_.clear();
        story_step_ = 0;
    }
    if (case_.take_stale()) reload();
}

void FlowView::reload() {
    load_error_.clear();
    try {
        recordings_ = model_.recordings(case_.id());
        sessions_ = case_.id() ? model_.sessions(case_.id()) : std::vector<SessionRef>{};
    } catch (const wb::Error& e) {
        recordings_.clear();
        sessions_.clear();
        load_error_ = std::string("The recordings could not be loaded: ") + e.what();
    }
    auto known = [&](int64_t id) {
        return std::any_of(recordings_.begin(), recordings_.end(), [&](const Recording& r) { return r.id == id; });
    };
    if (!known(shown_id_)) shown_id_ = 0;
    // The live recording first, then the latest of the session on screen,
    // else the latest one.
    if (shown_id_ == 0 && live_.active() && known(live_.recording_id())) shown_id_ = live_.recording_id();
    if (shown_id_ == 0)
        for (const Recording& r : recordings_)
            if (r.session_id && *r.session_id == host_.current_session()) shown_id_ = r.id;
    if (shown_id_ == 0 && !recordings_.empty()) shown_id_ = recordings_.back().id;
    if (!known(compare_id_) || compare_id_ == shown_id_) compare_id_ = 0;
    reload_shown();
}

void FlowView::reload_shown() {
    ++generation_;
    try {
        shown_ = shown_id_ ? model_.load(shown_id_) : std::nullopt;
        compare_ = compare_id_ ? model_.load(compare_id_) : std::nullopt;
    } catch (const wb::Error& e) {
        shown_.reset();
        compare_.reset();
        load_error_ = std::string("The recording could not be loaded: ") + e.what();
    }
    // The live recorder follows undo and redo (a switch taken back, a start
    // undone).
    if (live_.active() && live_.recording_id() == shown_id_) live_.sync(shown_);
    else if (live_.active() && !std::any_of(recordings_.begin(), recordings_.end(),
                                            [&](const Recording& r) { return r.id == live_.recording_id(); }))
        live_.forget();
    // An unfinished recording on screen, with no other one running, is
    // taken up paused: it can be resumed or finished.
    if (shown_ && !shown_->rec.finished && live_.state() != LiveRecorder::State::Running &&
        live_.recording_id() != shown_id_)
        live_.attach(*shown_);
    if (selected_stretch_ && (!shown_ || std::none_of(shown_->stretches.begin(), shown_->stretches.end(),
                                                      [&](const Stretch& s) { return s.id == selected_stretch_; })))
        selected_stretch_ = 0;
    fields_for_ = -1; // refill the editor's fields
    settings_.for_id = -1;
}

void FlowView::show_recording(int64_t id) {
    if (id == shown_id_) return;
    // A paused recording stays in the store as it is; the recorder lets go
    // so the one now shown can be taken up.
    if (live_.state() == LiveRecorder::State::Paused) live_.forget();
    shown_id_ = id;
    if (compare_id_ == id) compare_id_ = 0;
    selected_stretch_ = 0;
    note_ = NoteDraft{};
    story_step_ = 0;
    reload_shown();
}

void FlowView::compare_with(int64_t id) {
    compare_id_ = id == shown_id_ ? 0 : id;
    reload_shown();
}

int64_t FlowView::duration_now() const {
    if (!shown_) return 0;
    if (live_.active() && live_.recording_id() == shown_id_) return std::max(live_.elapsed_ms(), stored_duration(*shown_));
    return stored_duration(*shown_);
}

void FlowView::apply(const Outcome& out) {
    if (!out) {
        error_ = out.error;
        return;
    }
    error_.clear();
    // Read back at once, so what was just stored shows in this frame.
    reload();
}

// ---- The frame ------------------------------------------------------------------

void FlowView::draw() {
    band_shown_.reset();
    follow_host_case();
    if (case_.id() == 0) {
        draw_no_case();
        return;
    }
    if (recordings_.empty() && !form_.open && load_error_.empty()) open_form(); // the empty state is the form
    handle_keys();
    const wb_palette& p = host_.palette();
    if (!load_error_.empty()) ui::text_wrapped_coloured(p.error, load_error_.c_str());
    draw_toolbar();
    if (!error_.empty()) ui::text_wrapped_coloured(p.error, error_.c_str());
    if (!notice_.empty()) ui::text_wrapped_coloured(p.text_muted, notice_.c_str());

    if (form_.open) {
        draw_new_form();
        return;
    }
    if (!shown_) return;
    const bool presenting = host_.presenting();
    const bool live_here = live_.active() && live_.recording_id() == shown_id_;
    // A live recording keeps its band while presenting: a facilitator may
    // code a demonstration in front of the room.
    if (live_here) draw_live();

    const float scale = host_.ui_scale();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // While presenting, the diagram gets the room: the figures column is narrower.
    const float side_share = presenting ? 0.3f : 0.34f;
    const float side_w =
        std::clamp(avail.x * side_share, std::min((presenting ? 260.0f : 340.0f) * scale, avail.x * 0.4f), 620.0f * scale);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float main_w = std::max(avail.x - side_w - gap, 120.0f);
    const float height = std::max(avail.y, 160.0f * scale);
    const bool editing = !presenting && live_.state() != LiveRecorder::State::Running;
    // The editing timeline: the strip, the stretch line and its buttons.
    const float edit_h = editing ? ImGui::GetFrameHeightWithSpacing() * 5.2f + 44.0f * scale : 0.0f;

    ImGui::BeginChild("main", ImVec2(main_w, height), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::BeginChild("diagram", ImVec2(main_w, std::max(height - edit_h, 80.0f * scale)), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_diagram(main_w, std::max(height - edit_h, 80.0f * scale));
    ImGui::EndChild();
    if (editing) {
        draw_strip(main_w);
        draw_stretch_editor(main_w);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("side", ImVec2(side_w, height), false);
    draw_figures(side_w);
    if (!presenting) draw_settings(side_w);
    draw_notes(side_w);
    ImGui::EndChild();
}

void FlowView::open_form() {
    form_ = NewForm{};
    form_.open = true;
    form_.session_id = host_.current_session();
    form_.title = std::string("Visit recording ").append(std::to_string(recordings_.size() + 1));
}

void FlowView::draw_no_case() {
    ImGui::Spacing();
    ui::text_wrapped_coloured(host_.palette().text_muted,
                              "Pick a case in the sidebar to record how a visit moves between the four "
                              "partnership activities, or to look at a recording made before.");
}

void FlowView::request_export() {
    try {
        host_.request_export(kFlowExportId, export_item(shown_id_, compare_id_));
    } catch (const wb::Error& e) {
        notice_ = std::string("Export is not available: ") + e.what();
    }
}

void FlowView::draw_help_marker() {
    ui::help_marker(
        "Keys (when no text field is being typed in):\n"
        "  1  Locating and orienting change\n"
        "  2  Creating new meaning\n"
        "  3  Joint live action\n"
        "  4  Planning for change\n"
        "  N  a note at this moment (Enter keeps it, Escape drops it)\n"
        "  Ctrl+Z / Ctrl+Y  undo / redo the last change\n\n"
        "With the new-recording form open, 1-4 start the recording with that activity.\n\n"
        "The diagram: one square per slice of time, read left to right and top to bottom; each row is "
        "about ten minutes. Paused time is left out. A slice in which the activity changed takes the "
        "colour of the activity that filled most of it; on an exact tie, the one that came later wins. "
        "A short last piece under half a slice gets no square.\n\n"
        "On the timeline, click a stretch to select it and drag the line at its start to re-time it.");
}

void FlowView::draw_toolbar() {
    const float scale = host_.ui_scale();
    if (!recordings_.empty()) {
        // Which recording: titles are typed about the family, so they go
        // through the host's privacy mask.
        auto name_of = [&](const Recording& r) {
            std::string s = host_.identifying(r.title);
            s.append("  \xC2\xB7 ").append(r.session_date.empty() ? r.created : r.session_date);
            if (!r.finished) s += "  (not finished)";
            return s;
        };
        const Recording* cur = nullptr;
        for (const Recording& r : recordings_)
            if (r.id == shown_id_) cur = &r;
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Recording");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(std::min(440.0f * scale, ImGui::GetContentRegionAvail().x * 0.4f));
        if (ImGui::BeginCombo("##recording", cur ? name_of(*cur).c_str() : "")) {
            for (const Recording& r : recordings_) {
                ImGui::PushID(static_cast<int>(r.id));
                if (ImGui::Selectable(name_of(r).c_str(), r.id == shown_id_)) show_recording(r.id);
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
    }
    const bool presenting = host_.presenting();
    if (!presenting || recordings_.empty()) {
        ImGui::BeginDisabled(!can_write() || live_.state() == LiveRecorder::State::Running || form_.open);
        if (ImGui::Button("New recording")) open_form();
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip(live_.state() == LiveRecorder::State::Running
                                  ? "Pause or finish the running recording first."
                                  : "Record a visit as it unfolds.");
    }
    if (recordings_.size() >= 2 && shown_) {
        ImGui::SameLine(0, 16 * scale);
        ImGui::TextUnformatted("Compare with");
        ImGui::SameLine();
        const Recording* other = nullptr;
        for (const Recording& r : recordings_)
            if (r.id == compare_id_) other = &r;
        ImGui::SetNextItemWidth(std::min(280.0f * scale, ImGui::GetContentRegionAvail().x * 0.3f));
        if (ImGui::BeginCombo("##compare", other ? host_.identifying(other->title) : "(none)")) {
            if (ImGui::Selectable("(none)", compare_id_ == 0)) compare_with(0);
            for (const Recording& r : recordings_) {
                if (r.id == shown_id_) continue;
                ImGui::PushID(static_cast<int>(r.id));
                if (ImGui::Selectable(host_.identifying(r.title), r.id == compare_id_)) compare_with(r.id);
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Put a second recording of this family's visits beside this one.");
    }
    if (shown_ && !presenting) {
        ImGui::SameLine(0, 16 * scale);
        if (ImGui::Button("Export\xE2\x80\xA6")) request_export();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Save the diagram, key and figures as PDF, SVG or PNG, or the figures as Markdown or JSON.");
    }
    ImGui::SameLine(0, 16 * scale);
    draw_help_marker();
}

} // namespace activity_flow

namespace activity_flow {

wb::Story FlowView::story(int delta) {
    // The host may ask before this case's first frame: catch up first.
    follow_host_case();
    wb::Story s;
    if (!shown_) return s; // count 0: no story for this case
    const int64_t total = duration_now();
    s.count = story_steps(total);
    if (s.count == 0) return s;
    story_step_ = std::clamp(story_step_ + delta, 0, s.count - 1);
    s.step = story_step_;
    s.caption = story_caption(runs_of(shown_->stretches, total), story_step_, total);
    return s;
}

} // namespace activity_flow
