// spiral_view.cpp - the spiral panel's frame, top to bottom: follow the
// host's case, then a calm empty state, or the toolbar, the map and the
// side column (step form and safe-space notes); and the presentation story.
//
// Privacy: descriptions, themes and safe-space notes are free text about a
// family, so they are drawn through <workbench/privacy.hpp> or
// Host::identifying(). While the host masks identifying text (presenting a
// real case) they show as its mask and nothing that would reveal or edit
// them opens.
#include "spiral_view.h"

#include "spiral_export.h"
#include "spiral_widgets.h"

#include <workbench/privacy.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

namespace spiral_mapper {

// ---- Events, selection and loading -------------------------------------------

void SpiralView::on_event(const wb_event& event) {
    case_.on_event(event);
    if (event.type == WB_EVENT_PRESENTATION_CHANGED) {
        // Presenting tells the story from its first step; afterwards the
        // whole spiral is back. Nothing stays half-edited on a projector.
        close_form();
        editing_space_ = false;
        playing_ = false;
        replay_count_ = host_.presenting() ? 1 : -1;
        if (host_.presenting() && !steps_.empty()) selected_id_ = steps_.front().id;
    }
}

// ---- The presentation story: the replay, one step at a time ------------------

wb::Story SpiralView::story(int delta) {
    follow_host_case();
    wb::Story out;
    const int n = static_cast<int>(steps_.size());
    out.count = n;
    if (n == 0) return out;
    const int at = std::clamp(visible_count() - 1 + delta, 0, n - 1);
    replay_count_ = at + 1 >= n ? -1 : at + 1;
    playing_ = false;
    const Step& s = steps_[static_cast<std::size_t>(at)];
    selected_id_ = s.id; // highlighted on the map, with its lines to the core
    out.step = at;
    // Kind and date only: the description may identify the family.
    std::string when = "on " + s.date;
    for (const SessionRef& ref : sessions_)
        if (s.session_id && ref.id == *s.session_id) when = "session of " + ref.date;
    // The host shows "Step N of M" before it.
    out.caption = std::string(kind_label(s.kind)) + ", " + when;
    return out;
}

void SpiralView::follow_host_case() {
    if (case_.switched(host_)) {
        // Another family: its own spiral, seen whole, nothing half-edited.
        close_form();
        selected_id_ = 0;
        zoom_ = 1.0f;
        pan_ = ImVec2(0, 0);
        // Presenting, a new family's story starts at its first step.
        replay_count_ = host_.presenting() ? 1 : -1;
        playing_ = false;
        theme_filter_.clear();
    }
    if (case_.take_stale()) reload();
}

void SpiralView::reload() {
    load_error_.clear();
    try {
        steps_ = model_.load(case_.id());
        sessions_ = case_.id() ? model_.sessions(case_.id()) : std::vector<SessionRef>{};
        const SafeSpace saved = case_.id() ? model_.load_safe_space(case_.id()) : SafeSpace{};
        // Notes being typed keep their text; the rest follows the store.
        if (draft_space_ == saved_space_) draft_space_ = saved;
        saved_space_ = saved;
    } catch (const wb::Error& e) {
        steps_.clear();
        load_error_ = std::string("The spiral could not be loaded: ") + e.what();
    }
    layout_ = layout_spiral(steps_, params_);
    ++layout_generation_;
    bounds_ = content_bounds(layout_, steps_.size(), params_);
    shown_.clear(); // worked out again for these steps by refresh_filters()

    // Themes (as first written) and the side column's counts, once here
    // rather than every frame.
    themes_.clear();
    summary_ = Summary{};
    std::map<std::string, int> per_theme;
    for (const Step& s : steps_) {
        ++summary_.per_kind[static_cast<std::size_t>(s.kind)];
        for (Effect e : s.effects) summary_.strained += (e == Effect::Strained) ? 1 : 0;
        std::string key = theme_key(s.theme);
        if (key.empty()) continue;
        if (per_theme[key]++ == 0) themes_.push_back(trimmed(s.theme));
    }
    for (const std::string& t : themes_) {
        const int count = per_theme[theme_key(t)];
        if (count < 2) continue;
        if (!summary_.loops.empty()) summary_.loops += ", ";
        summary_.loops += t + " (" + std::to_string(count) + ")";
    }
    // A step being edited that is gone (undone, deleted elsewhere) closes
    // its form rather than saving into nothing.
    if (form_.open && form_.draft.id != 0 &&
        std::none_of(steps_.begin(), steps_.end(), [&](const Step& s) { return s.id == form_.draft.id; }))
        close_form();
    if (std::none_of(steps_.begin(), steps_.end(), [&](const Step& s) { return s.id == selected_id_; })) selected_id_ = 0;
    if (replay_count_ > static_cast<int>(steps_.size())) replay_count_ = -1;
    marker_px_.clear();
    hovered_ = -1;
}

void SpiralView::refresh_filters() {
    FilterState now{kind_shown_, theme_filter_, date_from_, date_to_};
    if (now == applied_filters_ && shown_.size() == steps_.size()) return;
    applied_filters_ = std::move(now);
    ++filter_generation_;
    shown_.resize(steps_.size());
    faded_count_ = 0;
    for (std::size_t i = 0; i < steps_.size(); ++i) {
        shown_[i] = shown_by_filters(steps_[i]) ? 1 : 0;
        faded_count_ += shown_[i] ? 0 : 1;
    }
}

std::ptrdiff_t SpiralView::selected_index() const {
    if (selected_id_ == 0) return -1;
    for (std::size_t i = 0; i < steps_.size(); ++i)
        if (steps_[i].id == selected_id_) return static_cast<std::ptrdiff_t>(i);
    return -1;
}

int SpiralView::visible_count() const {
    const int n = static_cast<int>(steps_.size());
    return replay_count_ < 0 ? n : std::min(replay_count_, n);
}

bool SpiralView::shown_by_filters(const Step& step) const {
    if (!kind_shown_[static_cast<std::size_t>(step.kind)]) return false;
    if (!theme_filter_.empty() && theme_key(step.theme) != theme_key(theme_filter_)) return false;
    if (valid_date(date_from_) && step.date < date_from_) return false;
    if (valid_date(date_to_) && step.date > date_to_) return false;
    return true;
}

std::optional<ImVec2> SpiralView::marker_screen_pos(int64_t step_id) const {
    for (std::size_t i = 0; i < steps_.size() && i < marker_px_.size(); ++i)
        if (steps_[i].id == step_id) return marker_px_[i];
    return std::nullopt;
}

// ---- The frame ---------------------------------------------------------------

void SpiralView::draw() {
    follow_host_case();
    if (case_.id() == 0) {
        draw_no_case();
        return;
    }
    if (!load_error_.empty()) ui::text_wrapped_coloured(host_.palette().error, load_error_.c_str());
    if (steps_.empty() && !form_.open) {
        draw_empty_state();
        return;
    }
    advance_replay();
    refresh_filters();
    draw_toolbar();

    const float scale = host_.ui_scale();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // Presenting, the map gets a larger share: the audience reads the
    // spiral, and the story's step needs only a few lines at the side.
    const float side_w = std::min(360.0f * scale, avail.x * (host_.presenting() ? 0.32f : 0.4f));
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float map_w = std::max(avail.x - side_w - gap, 50.0f);
    const float height = std::max(avail.y, 100.0f);

    ImGui::BeginChild("map", ImVec2(map_w, height), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_map(map_w, height);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("side", ImVec2(side_w, height), false);
    draw_side(side_w, height);
    ImGui::EndChild();
}

void SpiralView::draw_no_case() {
    ImGui::Spacing();
    ui::text_wrapped_coloured(host_.palette().text_muted,
                              "Pick a case in the sidebar to see how the partnership with that family is being built.");
}

void SpiralView::draw_empty_state() {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const float width = std::min(ImGui::GetContentRegionAvail().x, 620.0f * scale);
    ImGui::Dummy(ImVec2(0, 24 * scale));
    ImGui::Indent(16 * scale);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted("No steps on this family's spiral yet");
    ImGui::Spacing();
    ui::text_wrapped_coloured(
        p.text_muted,
        "The spiral is a picture of how your partnership with this family is being built, one small step at a "
        "time. Each step you record sits on the curve in the order it happened. Steps that opened up new "
        "possibilities carry the curve further out; steps that made a difference to help, challenge or "
        "possibility send a line back to the safe space at the centre; and when a theme comes back, the two "
        "steps are joined, because the same issue is being met from a new place in the relationship.");
    ImGui::Spacing();
    ui::text_wrapped_coloured(p.text_muted,
                              "Start with something small that mattered: a visit where you were let in, a promise kept, "
                              "a moment of praise.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::BeginDisabled(host_.read_only() || host_.masks_identifying());
    if (ImGui::Button("Add the first step")) open_new_form();
    ImGui::EndDisabled();
    ImGui::Unindent(16 * scale);
}

// ---- Toolbar: add, filters, fit, replay ------------------------------------------

void SpiralView::draw_toolbar() {
    // While identifying text is masked a new step's words could not be
    // seen as they are typed: adding waits until presenting ends.
    ImGui::BeginDisabled(host_.read_only() || host_.masks_identifying());
    if (ImGui::Button("Add step")) open_new_form();
    ImGui::EndDisabled();

    ImGui::SameLine();
    char label[64];
    if (faded_count_ > 0) std::snprintf(label, sizeof label, "Filters (%d faded)###filters", faded_count_);
    else std::snprintf(label, sizeof label, "Filters###filters");
    if (ImGui::Button(label)) ImGui::OpenPopup("filters_popup");
    draw_filters_popup();

    ImGui::SameLine();
    if (ImGui::Button("Fit")) {
        zoom_ = 1.0f;
        pan_ = ImVec2(0, 0);
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    char zoom_text[32];
    std::snprintf(zoom_text, sizeof zoom_text, "%d%%", static_cast<int>(zoom_ * 100 + 0.5f));
    ui::text_coloured(host_.palette().text_muted, zoom_text);

    ImGui::SameLine();
    if (ImGui::Button("Export\xE2\x80\xA6")) request_export();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Save this picture as PDF, SVG or PNG");

    ImGui::SameLine(0, 24 * host_.ui_scale());
    draw_replay_controls();
    ImGui::Spacing();
}

// The host's export dialog; the file is drawn by spiral_export.cpp for the
// case, the whole spiral, without this panel's zoom, filters or hover.
void SpiralView::request_export() {
    try {
        host_.request_export(kMapExportId);
    } catch (const wb::Error& e) {
        notice_ = std::string("Export is not available: ") + e.what();
    }
}

void SpiralView::draw_filters_popup() {
    if (!ImGui::BeginPopup("filters_popup")) return;
    const wb_palette& p = host_.palette();
    ui::text_coloured(p.text_muted, "Kinds of step");
    for (int k = 0; k < kKindCount; ++k) {
        bool shown = kind_shown_[static_cast<std::size_t>(k)];
        if (ImGui::Checkbox(kind_label(static_cast<Kind>(k)), &shown)) kind_shown_[static_cast<std::size_t>(k)] = shown;
    }
    ImGui::Separator();
    ui::text_coloured(p.text_muted, "Theme");
    ImGui::SetNextItemWidth(260 * host_.ui_scale());
    // Themes are the user's words: masked, the list does not open.
    const bool masked = host_.masks_identifying();
    ImGui::BeginDisabled(masked);
    const bool open = ImGui::BeginCombo("##theme_filter", theme_filter_.empty() ? "Every theme" : host_.identifying(theme_filter_));
    ImGui::EndDisabled();
    if (open && masked) ImGui::EndCombo();
    else if (open) {
        if (ImGui::Selectable("Every theme", theme_filter_.empty())) theme_filter_.clear();
        for (const std::string& t : themes_)
            if (ImGui::Selectable(t.c_str(), theme_key(t) == theme_key(theme_filter_))) theme_filter_ = t;
        ImGui::EndCombo();
    }
    ImGui::Separator();
    ui::text_coloured(p.text_muted, "Dates (YYYY-MM-DD)");
    ImGui::SetNextItemWidth(126 * host_.ui_scale());
    ui::input("##from", "from", date_from_);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(126 * host_.ui_scale());
    ui::input("##to", "to", date_to_);
    if ((!date_from_.empty() && !valid_date(date_from_)) || (!date_to_.empty() && !valid_date(date_to_)))
        ui::text_coloured(p.warning, "Write dates as YYYY-MM-DD; until then that end is open.");
    ImGui::Spacing();
    if (ImGui::Button("Show every step")) {
        kind_shown_.fill(true);
        theme_filter_.clear();
        date_from_.clear();
        date_to_.clear();
    }
    ImGui::EndPopup();
}

void SpiralView::draw_replay_controls() {
    const int n = static_cast<int>(steps_.size());
    ImGui::BeginDisabled(n < 2);
    if (ImGui::Button(playing_ ? "Pause###play" : "Play###play")) {
        playing_ = !playing_;
        if (playing_) {
            // Playing from the end starts the story again.
            if (visible_count() >= n) replay_count_ = 1;
            next_tick_ = ImGui::GetTime() + kReplaySecondsPerStep;
        }
    }
    ImGui::SameLine();
    int shown = visible_count();
    char format[48];
    std::snprintf(format, sizeof format, "step %%d of %d", n);
    ImGui::SetNextItemWidth(std::max(120.0f, std::min(300.0f * host_.ui_scale(), ImGui::GetContentRegionAvail().x)));
    if (ImGui::SliderInt("##replay", &shown, std::min(1, n), n, format)) {
        replay_count_ = shown >= n ? -1 : shown;
        playing_ = false;
    }
    ImGui::EndDisabled();
}

void SpiralView::advance_replay() {
    if (!playing_) return;
    const int n = static_cast<int>(steps_.size());
    if (ImGui::GetTime() < next_tick_) return;
    const int next = visible_count() + 1;
    if (next >= n) {
        replay_count_ = -1; // the whole spiral again
        playing_ = false;
        return;
    }
    replay_count_ = next;
    next_tick_ = ImGui::GetTime() + kReplaySecondsPerStep;
}

// ---- Side column ---------------------------------------------------------------

void SpiralView::draw_side(float width, float /*height*/) {
    const wb_palette& p = host_.palette();
    const float inner = width - ImGui::GetStyle().WindowPadding.x;
    if (form_.open) {
        draw_form(inner); // masked while presenting a real case
    } else if (host_.presenting()) {
        draw_story_step();
    } else {
        if (!notice_.empty()) ui::text_wrapped_coloured(p.success, notice_.c_str());
        draw_summary();
        ImGui::Spacing();
        ui::text_wrapped_coloured(p.text_muted, "Hover a step to read it; click it to change it.");
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    draw_safe_space(inner);
}

void SpiralView::draw_summary() {
    const wb_palette& p = host_.palette();
    const std::size_t n = steps_.size();
    char line[160];
    std::snprintf(line, sizeof line, "%zu steps, %s to %s", n, steps_.front().date.c_str(), steps_.back().date.c_str());
    ImGui::TextUnformatted(line);
    ImGui::Spacing();
    // How the steps divide between the kinds, with each kind's colour.
    const std::array<int, kKindCount>& per_kind = summary_.per_kind;
    const int strained = summary_.strained;
    for (int k = 0; k < kKindCount; ++k) {
        const Kind kind = static_cast<Kind>(k);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui::kind_colour(p, kind)));
        ImGui::Bullet();
        ImGui::PopStyleColor();
        ImGui::SameLine();
        std::snprintf(line, sizeof line, "%s: %d", kind_label(kind), per_kind[static_cast<std::size_t>(k)]);
        ImGui::TextUnformatted(line);
    }
    ImGui::Spacing();
    // Themes met more than once: the loops.
    if (!summary_.loops.empty())
        ui::text_wrapped_coloured(p.text_muted, (std::string("Themes met again: ") + host_.identifying(summary_.loops)).c_str());
    if (strained > 0) {
        std::snprintf(line, sizeof line, "Strains on the core: %d (dashed lines)", strained);
        ui::text_wrapped_coloured(p.text_muted, line);
    }
}

// While presenting: the step the story stands on, in large clear type
// (its words masked on a real case).
void SpiralView::draw_story_step() {
    const int at = visible_count() - 1;
    if (at < 0 || at >= static_cast<int>(steps_.size())) return;
    char line[64];
    std::snprintf(line, sizeof line, "Step %d of %zu", at + 1, steps_.size());
    ui::text_coloured(host_.palette().accent, line);
    ImGui::Spacing();
    draw_step_details(steps_[static_cast<std::size_t>(at)], static_cast<std::size_t>(at));
}

void SpiralView::draw_safe_space(float width) {
    const wb_palette& p = host_.palette();
    const bool masked = host_.masks_identifying();
    ImGui::TextUnformatted("The safe space, as it stands");
    if (!editing_space_ || masked) {
        // Read as wrapped text (ImGui 1.86 inputs cannot wrap); edit on request.
        draw_space_notes();
        ImGui::Spacing();
        ImGui::BeginDisabled(host_.read_only() || masked);
        if (ImGui::Button("Edit safe space notes")) {
            draft_space_ = saved_space_;
            editing_space_ = true;
        }
        ImGui::EndDisabled();
        return;
    }
    ui::text_wrapped_coloured(p.text_muted, "A line or two each on where things are now.");
    ImGui::BeginDisabled(host_.read_only());
    struct Field {
        const char* label;
        const char* id;
        std::string* text;
    } fields[] = {{"Trust", "##trust", &draft_space_.trust},
                  {"Openness", "##openness", &draft_space_.openness},
                  {"Honesty", "##honesty", &draft_space_.honesty}};
    for (const Field& f : fields) {
        ui::text_coloured(p.text_muted, f.label);
        ui::input_multiline(f.id, *f.text, ImVec2(width, ImGui::GetTextLineHeight() * 2.6f));
        // Saved when the user leaves the box: one undo step per change.
        if (ImGui::IsItemDeactivatedAfterEdit() && !host_.read_only()) {
            try {
                if (model_.save_safe_space(case_.id(), draft_space_)) saved_space_ = draft_space_;
            } catch (const wb::Error& e) {
                load_error_ = std::string("The safe-space notes could not be saved: ") + e.what();
            }
        }
    }
    if (ImGui::Button("Done")) editing_space_ = false;
    ImGui::EndDisabled();
}

} // namespace spiral_mapper
