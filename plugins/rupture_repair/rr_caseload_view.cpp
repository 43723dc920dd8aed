// rr_caseload_view.cpp - the "Caseload" panel: every case's open and
// repairing ruptures, oldest first, those unrepaired for more than N days
// highlighted (N is a setting, changed here), as the supervisor's agenda.
// A click opens the rupture's session (and so its case) in the workbench;
// a rupture logged without a session is only selected.
#include "rr_view.h"

#include "rr_widgets.h"

#include <algorithm>
#include <string>

namespace rupture_repair {
namespace {

// What a masked caseload row shows instead of its text: the host's mask
// when it gives one now (the current case is real), else the same words.
const char* hidden(const wb::Host& host, const char* text) {
    const char* m = host.identifying(text);
    return m != text ? m : "(hidden while presenting)";
}

} // namespace

void CaseloadView::on_event(const wb_event& event) {
    switch (event.type) {
    case WB_EVENT_STORE_OPENED:
    case WB_EVENT_DATA_CHANGED:
    case WB_EVENT_UNDO_APPLIED:
    case WB_EVENT_REDO_APPLIED:
        stale_ = true;
        break;
    default: break; // selection changes do not change the caseload
    }
}

void CaseloadView::reload() {
    stale_ = false;
    load_error_.clear();
    settings_ = read_settings(host_);
    CaseloadOptions options;
    options.overdue_days = settings_.overdue_days;
    try {
        rows_ = load_caseload(host_, options);
    } catch (const wb::Error& e) {
        rows_.clear();
        load_error_ = std::string("The caseload could not be loaded: ") + e.what();
    }
}

void CaseloadView::draw() {
    if (stale_) reload();
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const bool presenting = host_.presenting();
    if (!load_error_.empty()) ui::text_wrapped_coloured(p.error, load_error_.c_str());

    int overdue = 0;
    for (const CaseloadRow& r : rows_) overdue += r.overdue ? 1 : 0;
    // The toolbar: three groups, each on the same line while it fits and
    // wrapped below when the panel is narrow (or presented at 2x).
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* highlight = "Highlight when unrepaired for more than";
    const float days_w = ImGui::CalcTextSize("000").x + ImGui::GetFrameHeight() * 2 + 16 * scale;
    const float highlight_w = ImGui::CalcTextSize(highlight).x + style.ItemSpacing.x + days_w +
                              style.ItemInnerSpacing.x + ImGui::CalcTextSize("days").x;
    const std::string only = "Only these (" + std::to_string(overdue) + ")";
    const float only_w = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(only.c_str()).x;
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%zu open rupture%s across the caseload", rows_.size(), rows_.size() == 1 ? "" : "s");
    ui::toolbar_next(highlight_w, 18 * scale);
    ImGui::BeginGroup();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(highlight);
    ImGui::SameLine();
    int days = settings_.overdue_days;
    ImGui::SetNextItemWidth(days_w);
    if (ImGui::InputInt("days##overdue_days", &days) && days >= 1 && days <= 365) {
        host_.set_setting("overdue_days", std::to_string(days));
        stale_ = true;
    }
    ImGui::EndGroup();
    ui::toolbar_next(only_w, 18 * scale);
    ImGui::Checkbox(only.c_str(), &overdue_only_);
    if (!notice_.empty()) ui::text_coloured(p.text_muted, notice_.c_str());

    if (rows_.empty()) {
        ImGui::Spacing();
        ui::text_wrapped_coloured(p.text_muted, "No open ruptures in any case: nothing waits for repair.");
        return;
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("caseload", 6, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    auto fit = [](const char* widest) { return ImGui::CalcTextSize(widest).x + ImGui::GetFontSize() * 0.8f; };
    ImGui::TableSetupColumn("Days open", ImGuiTableColumnFlags_WidthFixed, fit("Days open"));
    ImGui::TableSetupColumn("Case", ImGuiTableColumnFlags_WidthFixed, fit("FAMILY-0000"));
    ImGui::TableSetupColumn("Since", ImGuiTableColumnFlags_WidthFixed, fit("2000-00-00"));
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, fit("Repairing (00)"));
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, fit("Confrontation"));
    ImGui::TableSetupColumn("What happened", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();

    // Only the rows on screen are laid out: a large caseload stays cheap.
    std::vector<std::size_t> shown;
    shown.reserve(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (!overdue_only_ || rows_[i].overdue) shown.push_back(i);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
            const CaseloadRow& r = rows_[shown[static_cast<std::size_t>(k)]];
            // Real families stay hidden while presenting, whichever case is
            // current; demo cases show (rr_caseload.h).
            const bool masked = caseload_row_masked(presenting, r);
            const char* label = masked ? hidden(host_, r.case_label.c_str()) : r.case_label.c_str();
            const char* description = masked ? hidden(host_, r.description.c_str()) : r.description.c_str();
            ImGui::TableNextRow();
            if (r.overdue) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ui::with_alpha(p.warning, 0x38));
            ImGui::PushID(static_cast<int>(r.rupture_id));
            ImGui::TableSetColumnIndex(0);
            const std::string age = std::to_string(r.age_days);
            if (ImGui::Selectable(age.c_str(), r.rupture_id == selected_id_, ImGuiSelectableFlags_SpanAllColumns)) {
                selected_id_ = r.rupture_id;
                if (r.session_id) {
                    try {
                        host_.select_session(*r.session_id);
                        notice_.clear();
                    } catch (const wb::Error& e) {
                        notice_ = std::string("Could not open the session: ") + e.what();
                    }
                } else {
                    notice_ = "This rupture was logged without a session: open case " + r.case_code +
                              " to see it.";
                }
            }
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
                ImGui::Text("%s  %s", r.case_code.c_str(), label);
                ImGui::TextUnformatted(description);
                ImGui::TextDisabled("%d repair action%s so far%s%s", r.repair_count, r.repair_count == 1 ? "" : "s",
                                    r.last_repair.empty() ? "" : ", the latest on ", r.last_repair.c_str());
                ImGui::TextDisabled(r.session_id ? "Click to open its session." : "Logged without a session.");
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(r.case_code.c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(r.date.c_str());
            ImGui::TableSetColumnIndex(3);
            const std::string status = r.status == Status::Repairing
                                           ? "Repairing (" + std::to_string(r.repair_count) + ")"
                                           : std::string(status_label(r.status));
            ui::text_coloured(r.overdue ? p.warning : p.text, status.c_str());
            ImGui::TableSetColumnIndex(4);
            ImGui::TextUnformatted(kind_short_label(r.kind));
            ImGui::TableSetColumnIndex(5);
            if (masked) ImGui::TextDisabled("%s", description);
            else ImGui::TextUnformatted(description);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

} // namespace rupture_repair
