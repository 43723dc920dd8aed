// core/ui/shell_sidebar.cpp - the left sidebar: the case list with its
// filter, the selected case's sessions, and a small form for the selected
// session's details. Edits commit when a field is left (one undo step).
#include "ui/form_checks.h"
#include "ui/shell_widgets.h"
#include "ui/workbench.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

namespace wb::core {

namespace {

// A small rounded tag ("demo", "archived") drawn right-aligned at `right`.
float draw_tag(ImDrawList* dl, float right, float y, float height, const char* text, uint32_t colour) {
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float pad = height * 0.35f;
    const ImVec2 min(right - size.x - 2 * pad, y);
    const ImVec2 max(right, y + height);
    ImVec4 bg = ImGui::ColorConvertU32ToFloat4(colour);
    bg.w = 0.16f;
    dl->AddRectFilled(min, max, ImGui::ColorConvertFloat4ToU32(bg), height * 0.5f);
    dl->AddText(ImVec2(min.x + pad, y + (height - size.y) * 0.5f), colour, text);
    return min.x;
}

// Header row: a bold title and a button at the right edge.
bool header_with_button(ImFont* bold, const char* title, const char* button, bool enabled, const char* tip) {
    ImGui::PushFont(bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    const float w = ImGui::CalcTextSize(button).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(button);
    ImGui::EndDisabled();
    ui::tooltip(tip);
    return pressed;
}

} // namespace

void Workbench::draw_sidebar(float height) {
    const wb_palette& p = context_.palette;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * scale_, 12 * scale_));
    ImGui::BeginChild(kSidebar, ImVec2(sidebar_width_ * scale_, height), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();

    if (header_with_button(bold_font(), "Cases", "+ New case", editable(),
                           "Add a case for a family, under a pseudonymous code (Ctrl+N).")) {
        request_new_case();
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##filter", "Filter by code or label", &case_filter_);
    ui::tooltip("Shows only the cases whose code or label contains this text.");

    // The case list takes the height the sessions and the session form
    // leave (measured on the previous frame), but always shows a few rows;
    // when even that does not fit, the sidebar scrolls.
    const float min_cases = 4.0f * (ImGui::GetTextLineHeight() + 10.0f * scale_ + ImGui::GetStyle().ItemSpacing.y);
    const float cases_height =
        std::max(min_cases, ImGui::GetContentRegionAvail().y - lower_sidebar_height_ - ImGui::GetStyle().ItemSpacing.y);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::colour(p.surface));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(5 * scale_, 5 * scale_));
    ImGui::BeginChild("Cases", ImVec2(0, cases_height), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    draw_case_list();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();

    const float lower_top = ImGui::GetCursorPosY();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    draw_session_list();
    draw_session_form();
    lower_sidebar_height_ = ImGui::GetCursorPosY() - lower_top;

    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void Workbench::draw_case_list() {
    const wb_palette& p = context_.palette;
    const auto& cases = visible_cases();
    if (cases.empty()) {
        ImGui::Spacing();
        if (!case_filter_.empty()) {
            ui::muted_text_wrapped(p, "No case matches this filter. Clear the filter to see every case.");
            if (ImGui::Button("Clear filter")) case_filter_.clear();
            return;
        }
        report_.no_cases_hint = true;
        ui::muted_text_wrapped(p, "No cases yet. A case holds your reflections on one family's work, "
                                  "recorded under a pseudonymous code rather than a name.");
        ImGui::Spacing();
        ImGui::BeginDisabled(!editable());
        if (ui::primary_button("Create your first case", p)) request_new_case();
        ImGui::EndDisabled();
        return;
    }

    const float line = ImGui::GetTextLineHeight();
    const float row_height = line + 10.0f * scale_;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGuiListClipper clipper; // hundreds of cases: draw only the visible rows
    clipper.Begin(static_cast<int>(cases.size()), row_height + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Case& c = cases[static_cast<size_t>(i)];
            ImGui::PushID(c.code.c_str());
            const bool selected = c.id == context_.current_case;
            if (ImGui::Selectable("##row", selected, 0, ImVec2(0, row_height)) && !selected) select_case(c.id);
            if (!c.label.empty()) ui::tooltip((c.code + "  " + c.label).c_str());
            const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
            const float pad = 8.0f * scale_;
            const float y = min.y + (row_height - line) * 0.5f;
            float right = max.x - pad;
            const float tag_h = line + 2.0f * scale_;
            if (c.archived) right = draw_tag(dl, right, y - scale_, tag_h, "archived", p.text_muted) - 4 * scale_;
            if (c.demo) right = draw_tag(dl, right, y - scale_, tag_h, "demo", p.accent) - 4 * scale_;
            const ImVec4 clip(min.x, min.y, right - 4 * scale_, max.y);
            ImFont* bold = bold_font();
            dl->AddText(bold, ImGui::GetFontSize(), ImVec2(min.x + pad, y), p.text, c.code.c_str(), nullptr, 0,
                        &clip);
            const float code_w = bold->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0, c.code.c_str()).x;
            if (!c.label.empty())
                dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad + code_w + 10 * scale_, y),
                            p.text_muted, c.label.c_str(), nullptr, 0, &clip);
            ImGui::PopID();
        }
    }
}

void Workbench::draw_session_list() {
    const wb_palette& p = context_.palette;
    const bool have_case = context_.current_case != 0;
    if (header_with_button(bold_font(), "Sessions", "+ Add session", editable() && have_case,
                           "Record a supervision session for the selected case.")) {
        request_add_session();
    }
    if (!have_case) {
        ui::muted_text_wrapped(p, "Choose a case above to see its sessions.");
        return;
    }
    const auto& sessions = current_sessions();
    if (sessions.empty()) {
        report_.no_sessions_hint = true;
        ui::muted_text_wrapped(p, "No sessions for this case yet. Add one for each supervision "
                                  "conversation about this family.");
        ImGui::Spacing();
        ImGui::BeginDisabled(!editable());
        if (ui::primary_button("Add the first session", p)) request_add_session();
        ImGui::EndDisabled();
        return;
    }
    const float line = ImGui::GetTextLineHeight();
    const float row_height = line + 8.0f * scale_;
    // Short windows (and large text) show fewer rows; the list scrolls.
    const size_t max_rows = ImGui::GetWindowHeight() > 860.0f * scale_ ? 6 : 4;
    const float rows = static_cast<float>(std::min(sessions.size(), max_rows));
    const float list_height = rows * (row_height + ImGui::GetStyle().ItemSpacing.y) + 10 * scale_;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::colour(p.surface));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(5 * scale_, 5 * scale_));
    ImGui::BeginChild("Sessions", ImVec2(0, list_height), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const Session& s : sessions) {
        const std::string id = std::to_string(s.id);
        ImGui::PushID(id.c_str());
        const bool selected = s.id == context_.current_session;
        if (ImGui::Selectable("##row", selected, 0, ImVec2(0, row_height)) && !selected) select_session(s.id);
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        const float pad = 8.0f * scale_;
        const float y = min.y + (row_height - line) * 0.5f;
        const ImVec4 clip(min.x, min.y, max.x - pad, max.y);
        dl->AddText(ImVec2(min.x + pad, y), p.text, s.date.c_str());
        const float date_w = ImGui::CalcTextSize(s.date.c_str()).x;
        const std::string who = s.supervisee.empty() ? std::string("(no supervisee recorded)") : s.supervisee;
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad + date_w + 12 * scale_, y),
                    p.text_muted, who.c_str(), nullptr, 0, &clip);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

// The selected session's date, supervisee and short notes. Each field is
// saved when it is left after a change; a bad date is explained and kept
// in the field (not saved) until it is fixed.
void Workbench::draw_session_form() {
    const wb_palette& p = context_.palette;
    if (context_.current_session == 0 || !store_) return;
    auto& f = session_form_;
    const bool stale = f.session_id != context_.current_session || f.revision != store_->revision();
    if (stale && !ImGui::IsAnyItemActive()) {
        const auto s = store_->find_session(context_.current_session);
        if (!s) return;
        const bool same = f.session_id == s->id;
        f.session_id = s->id;
        f.revision = store_->revision();
        f.date = s->date;
        f.supervisee = s->supervisee;
        f.notes = s->notes;
        f.pending = false;
        if (!same) f.error.clear();
    }

    ImGui::Spacing();
    ImGui::PushFont(bold_font());
    ImGui::TextUnformatted("Session details");
    ImGui::PopFont();
    ImGui::BeginDisabled(!editable());

    // Whatever an input changes is `pending` until saved: leaving the field
    // saves it, and so does closing the window or switching stores
    // (commit_pending_edits) while the field is still being typed in.
    auto save = [&] { save_session_form(false); };

    ui::field_label(p, "Date");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##date", "YYYY-MM-DD", &f.date)) f.pending = true;
    if (ImGui::IsItemDeactivatedAfterEdit()) save();
    ui::tooltip("The day of the supervision session, as YYYY-MM-DD.");

    ui::field_label(p, "Supervisee");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##supervisee", "e.g. home visitor, north team", &f.supervisee)) f.pending = true;
    if (ImGui::IsItemDeactivatedAfterEdit()) save();

    // ImGui 1.86 cannot wrap lines inside an input, so the notes show as
    // wrapped text and become an input only while being edited.
    ui::field_label(p, "Short notes");
    const ImVec2 notes_size(-FLT_MIN, ImGui::GetTextLineHeight() * 3.2f + ImGui::GetStyle().FramePadding.y * 2);
    if (!f.editing_notes) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
        ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, ImGui::GetStyle().FrameRounding);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImGui::GetStyle().FramePadding);
        ImGui::BeginChild("NotesView", notes_size, true, ImGuiWindowFlags_AlwaysUseWindowPadding);
        if (f.notes.empty())
            ui::muted_text_wrapped(p, editable() ? "Click to add a few words about this session." : "No notes.");
        else
            ImGui::TextWrapped("%s", f.notes.c_str());
        ImGui::EndChild();
        ImGui::PopStyleVar(2);
        ImGui::PopStyleColor();
        if (editable() && ImGui::IsItemHovered() && ImGui::IsMouseClicked(0)) {
            f.editing_notes = true;
            f.focus_notes = true;
        }
        ui::tooltip(editable() ? "Click to edit. Saved when you click elsewhere." : "This store is read-only.");
    } else {
        if (f.focus_notes) {
            ImGui::SetKeyboardFocusHere();
            f.focus_notes = false;
        }
        if (ImGui::InputTextMultiline("##notes", &f.notes, notes_size)) f.pending = true;
        if (ImGui::IsItemDeactivated()) {
            f.editing_notes = false;
            if (ImGui::IsItemDeactivatedAfterEdit()) save();
        }
    }

    ImGui::EndDisabled();
    if (!f.error.empty()) ui::coloured_text_wrapped(p.error, f.error.c_str());
    report_.session_form_error = f.error;
}

} // namespace wb::core
