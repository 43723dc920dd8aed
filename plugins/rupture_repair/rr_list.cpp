// rr_list.cpp - the list of the case's ruptures beside the timeline:
// filters by status, marker kind and age; a row per rupture with its
// status colour, date, kind, description and time-to-repair or age; those
// unrepaired for more than N days highlighted. A click selects a rupture
// (it is emphasised on the timeline); a double click, or Open, opens it in
// the form.
#include "rr_view.h"

#include "rr_widgets.h"

#include <algorithm>
#include <string>

namespace rupture_repair {
namespace {

// A filter combo over labels; -1 is "any". Returns true when changed.
template <class LabelFn>
bool filter_combo(const char* id, const char* any, int count, int& value, LabelFn label, float width) {
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (ImGui::BeginCombo(id, value < 0 ? any : label(value))) {
        if (ImGui::Selectable(any, value < 0)) {
            value = -1;
            changed = true;
        }
        for (int i = 0; i < count; ++i) {
            if (ImGui::Selectable(label(i), value == i)) {
                value = i;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

} // namespace

bool RupturesView::passes_filters(const Rupture& r) const {
    if (filter_status_ >= 0 && static_cast<int>(r.status) != filter_status_) return false;
    if (filter_kind_ >= 0 && static_cast<int>(r.kind) != filter_kind_) return false;
    const int age = age_days(r, today_);
    if (filter_age_ == 1 && age <= settings_.overdue_days) return false;
    if (filter_age_ == 2 && age > settings_.overdue_days) return false;
    return true;
}

void RupturesView::refresh_list_rows() {
    const ListKey key{generation_, filter_status_, filter_kind_, filter_age_, settings_.overdue_days};
    if (key == list_key_) return;
    list_key_ = key;
    list_rows_.clear();
    // Newest first: the latest strains are what a session starts from.
    for (std::size_t i = record_.ruptures.size(); i-- > 0;) {
        const Rupture& r = record_.ruptures[i];
        if (!passes_filters(r)) continue;
        ListRow row;
        row.index = i;
        row.overdue = unrepaired_too_long(r, today_, settings_.overdue_days);
        if (const auto days = time_to_repair(r, record_.repairs)) {
            row.repaired_in = true;
            row.days = *days;
        } else {
            row.days = age_days(r, today_);
        }
        list_rows_.push_back(row);
    }
}

void RupturesView::draw_list_row(const ListRow& row) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const Rupture& r = record_.ruptures[row.index];
    const bool overdue = row.overdue;
    ImGui::TableNextRow();
    if (overdue) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ui::with_alpha(p.warning, 0x30));
    ImGui::PushID(static_cast<int>(r.id));
    ImGui::TableSetColumnIndex(0);
    // A small swatch in the status colour, then the date.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float sw = ImGui::GetFontSize() * 0.35f;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + sw, at.y + ImGui::GetFontSize() * 0.55f), sw,
                                                ui::status_colour(p, r.status));
    ImGui::SetCursorScreenPos(ImVec2(at.x + sw * 2 + 6 * scale, at.y));
    if (ImGui::Selectable(r.date.c_str(), r.id == selected_id_,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
        selected_id_ = r.id;
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) open_edit_form(r);
    }
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::TextUnformatted(host_.identifying(r.description));
        ImGui::TextDisabled("%s, %s", kind_short_label(r.kind), origin_label(r.origin));
        if (overdue) ImGui::TextDisabled("Unrepaired for more than %d days.", settings_.overdue_days);
        ImGui::TextDisabled("Double-click to open.");
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(host_.identifying(r.description));
    ImGui::TableSetColumnIndex(2);
    ImGui::TextUnformatted(status_label(r.status));
    ImGui::TableSetColumnIndex(3);
    if (row.repaired_in) ImGui::Text("%d", row.days);
    else if (is_open(r.status)) {
        const std::string age = std::to_string(row.days);
        if (overdue) ui::text_coloured(p.warning, age.c_str());
        else ImGui::TextUnformatted(age.c_str());
    } else ImGui::TextDisabled("-");
    ImGui::PopID();
}

void RupturesView::draw_list(float width, float height) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const float third = (width - 24 * scale) / 3.0f;

    filter_combo("##status", "Any status", kStatusCount, filter_status_,
                 [](int i) { return status_label(static_cast<Status>(i)); }, third);
    ImGui::SameLine();
    filter_combo("##kind", "Any kind", kMarkerKindCount, filter_kind_,
                 [](int i) { return kind_short_label(static_cast<MarkerKind>(i)); }, third);
    ImGui::SameLine();
    const std::string older = "Over " + std::to_string(settings_.overdue_days) + " days old";
    const std::string newer = "Last " + std::to_string(settings_.overdue_days) + " days";
    const char* const ages[] = {"Any age", older.c_str(), newer.c_str()};
    ImGui::SetNextItemWidth(third);
    if (ImGui::BeginCombo("##age", ages[filter_age_])) {
        for (int i = 0; i < 3; ++i)
            if (ImGui::Selectable(ages[i], filter_age_ == i)) filter_age_ = i;
        ImGui::EndCombo();
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingFixedFit;
    // Leave room under the table for the note and the button.
    const float table_h = std::max(height - ImGui::GetFrameHeightWithSpacing() * 4.5f, 120.0f * scale);
    if (!ImGui::BeginTable("ruptures", 4, flags, ImVec2(width - 4 * scale, table_h))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    auto fit = [](const char* widest) { return ImGui::CalcTextSize(widest).x + ImGui::GetFontSize() * 0.6f; };
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, fit("2000-00-00"));
    ImGui::TableSetupColumn("What happened", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, fit("Not resolved"));
    ImGui::TableSetupColumn("Days", ImGuiTableColumnFlags_WidthFixed, fit("Days"));
    ImGui::TableHeadersRow();

    refresh_list_rows();
    // Only the rows in view are laid out: a case may hold hundreds.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(list_rows_.size()));
    while (clipper.Step())
        for (int n = clipper.DisplayStart; n < clipper.DisplayEnd; ++n)
            draw_list_row(list_rows_[static_cast<std::size_t>(n)]);
    ImGui::EndTable();
    if (list_rows_.empty()) ui::text_coloured(p.text_muted, "No rupture matches these filters.");
    ImGui::Spacing();
    ui::text_wrapped_coloured(p.text_muted, "Days: to repair for repaired ruptures, open so far for the others.");
    if (selected_id_ != 0) {
        if (const Rupture* r = find(selected_id_)) {
            ImGui::BeginDisabled(host_.read_only());
            if (ImGui::Button("Open selected rupture")) open_edit_form(*r);
            ImGui::EndDisabled();
        }
    }
}

} // namespace rupture_repair
