// core/ui/shell_panels.cpp - the main area: a header naming the case and
// session in view, then one tab per plugin panel. A panel whose plugin
// failed keeps its tab and explains, calmly, why it is not showing.
#include "ui/shell_widgets.h"
#include "ui/workbench.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace wb::core {

void Workbench::draw_main_area(float height) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22 * scale_, 16 * scale_));
    ImGui::BeginChild(kMain, ImVec2(0, height), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar |
                          ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    draw_context_header();
    draw_panel_tabs();
    ImGui::EndChild();
}

// "FAM-014  Family label  [demo]" and the session underneath: the first
// thing people on the far side of a projector need to read.
void Workbench::draw_context_header() {
    const wb_palette& p = context_.palette;
    const auto current = context_.current_case ? store_->find_case(context_.current_case) : std::nullopt;
    if (!current) {
        report_.no_case_selected_hint = true;
        ui::heading(heading_font(), "Choose a case to begin");
        ui::muted_text_wrapped(p, visible_cases().empty()
                                      ? "Create a case in the sidebar; its sessions and worksheets appear here."
                                      : "Pick a case in the sidebar. Its sessions and the plugin panels "
                                        "for the chosen session appear here.");
        ImGui::Spacing();
        return;
    }
    ImGui::PushFont(heading_font());
    ImGui::TextUnformatted(current->code.c_str());
    ImGui::PopFont();
    if (!current->label.empty()) {
        ImGui::SameLine(0, 14 * scale_);
        ImGui::PushFont(heading_font());
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
        ImGui::TextUnformatted(current->label.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    if (current->demo) {
        ImGui::SameLine(0, 14 * scale_);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.accent));
        ImGui::TextUnformatted("fictional demo case");
        ImGui::PopStyleColor();
    }
    if (current->archived) {
        ImGui::SameLine(0, 14 * scale_);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.warning));
        ImGui::TextUnformatted("archived");
        ImGui::PopStyleColor();
    }
    std::string line = "No session chosen";
    if (context_.current_session) {
        if (const auto s = store_->find_session(context_.current_session)) {
            line = "Session of " + s->date;
            if (!s->supervisee.empty()) line += "  \xC2\xB7  with " + s->supervisee;
        }
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

void Workbench::draw_panel_tabs() {
    const wb_palette& p = context_.palette;
    if (shown_panels_.empty()) {
        report_.no_plugins_hint = true;
        ImGui::Spacing();
        ui::Card card(p, 22 * scale_, std::min(ImGui::GetContentRegionAvail().x, 720 * scale_));
        ImGui::PushFont(bold_font());
        ImGui::TextUnformatted("No plugin panels are running");
        ImGui::PopFont();
        ImGui::Spacing();
        ui::muted_text_wrapped(p, options_.safe_mode
                                      ? "The workbench was started in safe mode, so no plugins were loaded. "
                                        "Start it without --safe-mode to use them."
                                      : "The worksheets, maps and notes live in plugins. None is running "
                                        "right now; the plugin manager lists every plugin found and why it "
                                        "is not running.");
        ImGui::Spacing();
        if (ui::primary_button("Open the plugin manager", p)) request_plugin_manager();
        return;
    }

    bool any_visible = false;
    for (const auto& panel : shown_panels_) any_visible |= !panel_hidden(panel.key());
    if (!any_visible) {
        ui::muted_text_wrapped(p, "Every plugin panel is hidden. Turn panels back on in the View menu.");
        return;
    }

    if (!ImGui::BeginTabBar("Panels", ImGuiTabBarFlags_FittingPolicyScroll | ImGuiTabBarFlags_NoTooltip)) return;
    for (const auto& panel : shown_panels_) {
        const std::string key = panel.key();
        if (panel_hidden(key)) continue;
        const ImGuiTabItemFlags flags = key == panel_to_show_ ? ImGuiTabItemFlags_SetSelected : 0;
        const std::string label = "  " + panel.title + "  ###" + key;
        if (!ImGui::BeginTabItem(label.c_str(), nullptr, flags)) continue;
        // Not while a requested tab is still being brought to the front.
        if (panel_to_show_.empty() || panel_to_show_ == key) remember_panel(key);
        front_panel_ = key;

        ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::colour(p.surface));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20 * scale_, 16 * scale_));
        ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 8 * scale_);
        ImGui::BeginChild(("panel:" + key).c_str(), ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
        ImGui::PopStyleVar(2);
        ImGui::PopStyleColor();

        // A refused copy with the same id never speaks for this panel.
        const PluginInfo* info = owner_of(panel.plugin_id);
        if (info && info->state != PluginState::Loaded) {
            report_.panels_failed.push_back(key);
            ImGui::PushFont(bold_font());
            ImGui::TextUnformatted((panel.title + " has stopped").c_str());
            ImGui::PopFont();
            ui::muted_text_wrapped(p, "This panel ran into a problem and was switched off for now. "
                                      "Your data is safe, and the rest of the workbench keeps working.");
            ImGui::Spacing();
            ui::coloured_text_wrapped(p.error, info->reason.empty() ? "(no reason was given)" : info->reason.c_str());
            ImGui::Spacing();
            if (ImGui::Button("Open the plugin manager")) request_plugin_manager();
        } else if (plugins_->draw_panel(panel)) {
            report_.panels_drawn.push_back(key);
        } else {
            report_.panels_failed.push_back(key);
            last_error_ = "The panel \"" + panel.title + "\" stopped; see its tab for the reason.";
        }
        ImGui::EndChild();
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
    if (!panel_to_show_.empty()) panel_to_show_.clear();
}

} // namespace wb::core
