// af_figures_view.cpp - the side column: the figures the model computes
// (share of time per activity, switches, mean and longest run, the 4x4
// transition table), side by side with a second recording when comparing;
// the recording's settings (title, session, slice length, finish or
// delete); and its notes, whose text is identifying and so drawn only
// through the host's privacy helpers.
#include "af_view.h"

#include "af_flow.h"
#include "af_widgets.h"

#include <algorithm>
#include <cstdio>

namespace activity_flow {
namespace {

std::string percent(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", v * 100.0);
    return buf;
}

std::string signed_points(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+.0f", v);
    return buf;
}

// A small square in the activity's colour with its letter, inline.
void swatch(const wb_palette& p, Activity a) {
    const float s = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const uint32_t fill = colours::activity(p, a);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + s, at.y + s), fill, 2.0f);
    const char* l = activity_letter(a);
    const ImVec2 ts = ImGui::CalcTextSize(l);
    dl->AddText(ImVec2(at.x + (s - ts.x) * 0.5f, at.y + (s - ts.y) * 0.5f), colours::ink_on(fill), l);
    ImGui::Dummy(ImVec2(s, s));
}

void transition_table(const wb_palette& p, const Figures& f, const char* id) {
    if (!ImGui::BeginTable(id, kActivityCount + 1, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextDisabled("from \xE2\x86\x92 to");
    for (int c = 0; c < kActivityCount; ++c) {
        ImGui::TableSetColumnIndex(c + 1);
        swatch(p, activity_at(c));
    }
    for (int r = 0; r < kActivityCount; ++r) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        swatch(p, activity_at(r));
        for (int c = 0; c < kActivityCount; ++c) {
            ImGui::TableSetColumnIndex(c + 1);
            if (r == c) ImGui::TextDisabled("\xC2\xB7");
            else ImGui::Text("%d", f.transitions[r][c]);
        }
    }
    ImGui::EndTable();
}

} // namespace

void FlowView::draw_figures(float width) {
    const wb_palette& p = host_.palette();
    // While presenting, the figures are those of the story so far, so the
    // room reads numbers that match the squares on screen.
    const Figures a = figures_of(shown_->stretches, story_covered_ms());
    const std::optional<Figures> b =
        compare_ ? std::optional<Figures>(figures_of(compare_->stretches, stored_duration(*compare_))) : std::nullopt;
    ImGui::TextUnformatted(b ? "Figures, side by side" : "Figures");
    ImGui::SameLine();
    ui::help_marker("Share: how much of the recorded time went to each activity (paused time is left out). "
                    "A switch is a change from one activity to another; a run is a spell of one activity "
                    "between switches. The table counts which activity followed which.");
    const int cols = b ? 4 : 2;
    if (ImGui::BeginTable("figures", cols, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp,
                          ImVec2(width - ImGui::GetStyle().ScrollbarSize, 0))) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn(b ? "This" : "", ImGuiTableColumnFlags_WidthStretch, 1.3f);
        if (b) {
            ImGui::TableSetupColumn("Other", ImGuiTableColumnFlags_WidthStretch, 1.3f);
            ImGui::TableSetupColumn("Change", ImGuiTableColumnFlags_WidthStretch, 0.8f);
            ImGui::TableHeadersRow();
        }
        auto row = [&](const char* label, const std::string& va, const std::string& vb, const std::string& diff) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(label);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(va.c_str());
            if (b) {
                ImGui::TableSetColumnIndex(2);
                ImGui::TextUnformatted(vb.c_str());
                ImGui::TableSetColumnIndex(3);
                ImGui::TextDisabled("%s", diff.c_str());
            }
        };
        row("Length", format_time(a.duration_ms), b ? format_time(b->duration_ms) : "", "");
        for (Activity act : kActivities) {
            const int k = index_of(act);
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            swatch(p, act);
            ImGui::SameLine();
            ImGui::TextUnformatted(activity_short_label(act));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", activity_label(act));
            ImGui::TableSetColumnIndex(1);
            ImGui::Text("%s  %s", percent(a.share[k]).c_str(), format_time(a.ms[k]).c_str());
            if (b) {
                ImGui::TableSetColumnIndex(2);
                ImGui::Text("%s  %s", percent(b->share[k]).c_str(), format_time(b->ms[k]).c_str());
                ImGui::TableSetColumnIndex(3);
                ImGui::TextDisabled("%s", signed_points((b->share[k] - a.share[k]) * 100.0).c_str());
            }
        }
        row("Switches", std::to_string(a.switches), b ? std::to_string(b->switches) : "",
            b ? signed_points(b->switches - a.switches) : "");
        row("Mean run", format_time(static_cast<int64_t>(a.mean_run_ms)),
            b ? format_time(static_cast<int64_t>(b->mean_run_ms)) : "", "");
        row("Longest run",
            a.longest_activity ? format_time(a.longest_run_ms) + " " + activity_letter(*a.longest_activity) : "-",
            b && b->longest_activity ? format_time(b->longest_run_ms) + " " + activity_letter(*b->longest_activity)
                                     : "-",
            "");
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Which activity followed which");
    transition_table(p, a, "transitions_a");
    if (b) {
        ImGui::TextDisabled("%s", host_.identifying(compare_->rec.title));
        transition_table(p, *b, "transitions_b");
    }
}

void FlowView::draw_settings(float width) {
    ImGui::Spacing();
    if (!ImGui::CollapsingHeader("This recording")) return;
    const Recording& r = shown_->rec;
    if (settings_.for_id != r.id) {
        settings_.for_id = r.id;
        settings_.title = r.title;
        settings_.session_id = r.session_id.value_or(0);
        settings_.slice_s = r.slice_s;
    }
    ImGui::PushID("settings");
    ImGui::BeginDisabled(!can_write());
    ImGui::TextUnformatted("Title");
    ImGui::SetNextItemWidth(width * 0.9f);
    wb::ui::identifying_input(host_, "##title", settings_.title);
    ImGui::TextUnformatted("Session");
    ImGui::SetNextItemWidth(width * 0.9f);
    std::string session_name = "(none)";
    for (const SessionRef& s : sessions_)
        if (s.id == settings_.session_id) session_name = "Session of " + s.date;
    if (ImGui::BeginCombo("##session", session_name.c_str())) {
        if (ImGui::Selectable("(none)", settings_.session_id == 0)) settings_.session_id = 0;
        for (const SessionRef& s : sessions_) {
            ImGui::PushID(static_cast<int>(s.id));
            if (ImGui::Selectable(("Session of " + s.date).c_str(), s.id == settings_.session_id))
                settings_.session_id = s.id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::TextUnformatted("One square per");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000 s").x + ImGui::GetFrameHeight() * 2);
    if (ImGui::BeginCombo("##slice", (std::to_string(settings_.slice_s) + " s").c_str())) {
        for (int s : kSliceChoices)
            if (ImGui::Selectable((std::to_string(s) + " s").c_str(), s == settings_.slice_s)) settings_.slice_s = s;
        ImGui::EndCombo();
    }
    if (ImGui::Button("Save")) {
        const std::optional<int64_t> session =
            settings_.session_id ? std::optional<int64_t>(settings_.session_id) : std::nullopt;
        apply(model_.update_recording(r.id, settings_.title, session, settings_.slice_s));
    }
    if (!shown_) {
        ImGui::EndDisabled();
        ImGui::PopID();
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button("Delete recording")) ImGui::OpenPopup("delete");
    if (ImGui::BeginPopup("delete")) {
        ImGui::TextUnformatted("Delete this recording with its stretches and notes?");
        ImGui::TextDisabled("Ctrl+Z brings it back.");
        if (ImGui::Button("Delete")) {
            const int64_t id = shown_->rec.id;
            ImGui::CloseCurrentPopup();
            if (live_.recording_id() == id) live_.forget();
            apply(model_.remove_recording(id));
        }
        ImGui::SameLine();
        if (ImGui::Button("Keep")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::EndDisabled();
    ImGui::PopID();
}

void FlowView::draw_notes(float width) {
    if (!shown_) return;
    ImGui::Spacing();
    ImGui::Text("Notes (%zu)", shown_->notes.size());
    if (shown_->notes.empty()) {
        ImGui::TextDisabled("None yet: press N while recording to add one at that moment.");
        return;
    }
    ImGui::PushID("notes");
    int64_t remove = 0;
    for (const Note& n : shown_->notes) {
        ImGui::PushID(static_cast<int>(n.id));
        ImGui::TextDisabled("%s", format_time(n.at_ms).c_str());
        ImGui::SameLine();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ImGui::GetFontSize() * 6.0f);
        wb::ui::identifying_text_wrapped(host_, n.text.c_str());
        ImGui::PopTextWrapPos();
        if (can_write() && !host_.presenting()) {
            ImGui::SameLine();
            if (ImGui::SmallButton("x")) remove = n.id;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this note");
        }
        ImGui::PopID();
    }
    ImGui::PopID();
    if (remove) apply(model_.remove_note(remove));
}

} // namespace activity_flow
