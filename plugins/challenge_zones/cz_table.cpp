// cz_table.cpp - the plan table beside the map: filters by aspect, status
// and zone, sortable columns, overdue reviews highlighted. A click selects
// a challenge (its trajectory shows on the map); a double click, or Edit,
// opens it in the form.
#include "cz_view.h"

#include "cz_widgets.h"

#include <algorithm>

namespace challenge_zones {
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

enum Column { ColChallenge, ColAspect, ColZone, ColStatus, ColReview };

} // namespace

void PlannerView::draw_table(float width, float height) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    (void)height;

    // ---- Filters ------------------------------------------------------------------
    const float combo_w = std::max((width - 120 * scale) / 3.0f, 90 * scale);
    filter_combo("##aspect_filter", "Any aspect", kAspectCount, filter_aspect_,
                 [](int i) { return aspect_short_label(static_cast<Aspect>(i)); }, combo_w);
    ImGui::SameLine();
    filter_combo("##status_filter", "Any status", kStatusCount, filter_status_,
                 [](int i) { return status_label(static_cast<Status>(i)); }, combo_w);
    ImGui::SameLine();
    filter_combo("##zone_filter", "Any zone", kZoneCount + 1, filter_zone_,
                 [](int i) { return i < kZoneCount ? zone_label(static_cast<Zone>(i)) : "Not placed"; }, combo_w);
    ImGui::SameLine();
    const Challenge* chosen = find(selected_id_);
    ImGui::BeginDisabled(chosen == nullptr);
    if (ImGui::Button("Edit") && chosen) open_edit_form(*chosen);
    ImGui::EndDisabled();

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("plan", 5, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Short columns fit their longest value; the challenge takes the rest.
    auto fit = [](const char* widest) { return ImGui::CalcTextSize(widest).x + ImGui::GetFontSize() * 0.6f; };
    ImGui::TableSetupColumn("Challenge", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort, 1.0f, ColChallenge);
    ImGui::TableSetupColumn("Aspect", ImGuiTableColumnFlags_WidthFixed, fit("Understanding"), ColAspect);
    ImGui::TableSetupColumn("Zone", ImGuiTableColumnFlags_WidthFixed, fit("Overwhelming"), ColZone);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, fit("Achieved"), ColStatus);
    ImGui::TableSetupColumn("Review", ImGuiTableColumnFlags_WidthFixed, fit("2000-00-00"), ColReview);
    ImGui::TableHeadersRow();

    // ---- Rows that pass the filters, in the chosen order ------------------------
    // Worked out again only when the plan, a filter or the sort changes.
    RowsKey key;
    key.plan_generation = plan_generation_;
    key.aspect = filter_aspect_;
    key.status = filter_status_;
    key.zone = filter_zone_;
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        key.sort_column = static_cast<int>(specs->Specs[0].ColumnUserID);
        key.sort_direction = specs->Specs[0].SortDirection;
        specs->SpecsDirty = false;
    }
    if (!(key == rows_key_)) refresh_rows(key);

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const std::size_t i = rows_[static_cast<std::size_t>(r)];
            const Challenge& c = plan_.challenges[i];
            const bool overdue = row_overdue_[i];
            const int zone = index_.zone_now[i];
            ImGui::TableNextRow();
            if (overdue) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ui::with_alpha(p.warning, 0x30));
            ImGui::TableSetColumnIndex(ColChallenge);
            ImGui::PushID(static_cast<int>(c.id));
            // A small aspect swatch, then the description.
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float sw = ImGui::GetFontSize() * 0.35f;
            ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + sw, at.y + ImGui::GetFontSize() * 0.55f), sw,
                                                        ui::aspect_colour(p, c.aspect));
            ImGui::SetCursorScreenPos(ImVec2(at.x + sw * 2 + 6 * scale, at.y));
            if (ImGui::Selectable(host_.identifying(row_labels_[i]), c.id == selected_id_, ImGuiSelectableFlags_SpanAllColumns |
                                                                         ImGuiSelectableFlags_AllowDoubleClick)) {
                selected_id_ = c.id;
                if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) open_edit_form(c);
            }
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
                ImGui::TextUnformatted(host_.identifying(c.description));
                if (!c.why_it_matters.empty())
                    ImGui::TextDisabled("Why it matters: %s", host_.identifying(c.why_it_matters));
                if (c.support) ImGui::TextDisabled("Support: %s", support_summary(c.support).c_str());
                if (overdue) ImGui::TextDisabled("The review date has passed.");
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::PopID();
            ImGui::TableSetColumnIndex(ColAspect);
            ImGui::TextUnformatted(aspect_short_label(c.aspect));
            ImGui::TableSetColumnIndex(ColZone);
            if (zone >= 0) ImGui::TextUnformatted(zone == static_cast<int>(Zone::Optimal) ? "Optimal" : zone_label(static_cast<Zone>(zone)));
            else ImGui::TextDisabled("not placed");
            ImGui::TableSetColumnIndex(ColStatus);
            ImGui::TextUnformatted(status_label(c.status));
            ImGui::TableSetColumnIndex(ColReview);
            if (overdue) ui::text_coloured(p.warning, c.review_date.c_str());
            else if (c.review_date.empty()) ImGui::TextDisabled("-");
            else ImGui::TextUnformatted(c.review_date.c_str());
        }
    }
    ImGui::EndTable();
}

} // namespace challenge_zones

namespace challenge_zones {

void PlannerView::refresh_rows(const RowsKey& key) {
    rows_key_ = key;
    rows_.clear();
    for (std::size_t i = 0; i < plan_.challenges.size(); ++i) {
        const Challenge& c = plan_.challenges[i];
        const int zone = index_.zone_now[i] < 0 ? kZoneCount : index_.zone_now[i];
        if (key.aspect >= 0 && static_cast<int>(c.aspect) != key.aspect) continue;
        if (key.status >= 0 && static_cast<int>(c.status) != key.status) continue;
        if (key.zone >= 0 && zone != key.zone) continue;
        rows_.push_back(static_cast<uint32_t>(i));
    }
    if (key.sort_column < 0) return;
    const bool asc = key.sort_direction != ImGuiSortDirection_Descending;
    auto zone_of = [&](uint32_t i) { return index_.zone_now[i] < 0 ? kZoneCount : index_.zone_now[i]; };
    auto key_less = [&](uint32_t ia, uint32_t ib) {
        const Challenge& a = plan_.challenges[ia];
        const Challenge& b = plan_.challenges[ib];
        switch (key.sort_column) {
        case ColAspect: return a.aspect < b.aspect;
        case ColZone: return zone_of(ia) < zone_of(ib);
        case ColStatus: return a.status < b.status;
        case ColReview: {
            // Challenges with no review date go last either way.
            if (a.review_date.empty() != b.review_date.empty()) return b.review_date.empty() == asc;
            return a.review_date < b.review_date;
        }
        default: return a.description < b.description;
        }
    };
    std::stable_sort(rows_.begin(), rows_.end(), [&](uint32_t a, uint32_t b) { return asc ? key_less(a, b) : key_less(b, a); });
}

} // namespace challenge_zones
