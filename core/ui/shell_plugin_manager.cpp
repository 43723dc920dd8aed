// core/ui/shell_plugin_manager.cpp - the plugin manager: every plugin the
// host found, loaded or not, with its version, SDK ABI, file, status and
// the reason it is not running; each can be switched on or off (remembered
// in the preferences).
#include "ui/shell_widgets.h"
#include "ui/workbench.h"

#include <imgui.h>

#include <string>

namespace wb::core {

namespace {
uint32_t state_colour(PluginState s, const wb_palette& p) {
    switch (s) {
    case PluginState::Loaded: return p.success;
    case PluginState::Disabled: return p.text_muted;
    case PluginState::Failed: return p.error;
    case PluginState::SafeMode: return p.warning;
    }
    return p.text;
}
const char* state_text(PluginState s) {
    switch (s) {
    case PluginState::Loaded: return "Running";
    case PluginState::Disabled: return "Switched off";
    case PluginState::Failed: return "Not running";
    case PluginState::SafeMode: return "Safe mode";
    }
    return "?";
}
} // namespace

void Workbench::draw_plugin_manager() {
    const wb_palette& p = context_.palette;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.86f, vp->WorkSize.y * 0.78f), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal("Plugin manager", nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize))
        return;

    ui::muted_text_wrapped(p, "Plugins add the worksheets, maps and notes in the main area. Switching one "
                              "off takes effect at once and is remembered; its data stays in the store.");
    if (options_.safe_mode)
        ui::coloured_text_wrapped(p.warning, "Safe mode: no plugin was loaded in this run.");
    ImGui::Spacing();

    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2;
    const auto& infos = plugins_->plugins();
    if (infos.empty()) {
        ui::muted_text_wrapped(p, "No plugin files were found in the plugin folders:");
        const auto dirs = options_.plugin_dirs.empty() ? PluginHost::default_dirs() : options_.plugin_dirs;
        for (const auto& d : dirs) ImGui::BulletText("%s", d.string().c_str());
    } else if (ImGui::BeginTable("plugins", 6,
                                 ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX,
                                 ImVec2(0, -footer))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("On", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Plugin", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("Version", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("SDK ABI", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Reason and file", ImGuiTableColumnFlags_WidthStretch, 4.0f);
        ImGui::TableHeadersRow();
        // Copy: switching a plugin on or off changes the list.
        const std::vector<PluginInfo> rows = infos;
        // A second file with an id already taken is only listed: its switch
        // would act on the id, that is on the copy that holds it.
        std::vector<bool> duplicate(rows.size(), false);
        for (size_t i = 0; i < rows.size(); ++i)
            duplicate[i] = !rows[i].id.empty() && owner_of(rows[i].id) != &infos[i];
        for (size_t i = 0; i < rows.size(); ++i) {
            const PluginInfo& info = rows[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool on = info.state == PluginState::Loaded;
            const bool can_toggle = !info.id.empty() && info.state != PluginState::SafeMode && !duplicate[i];
            ImGui::BeginDisabled(!can_toggle);
            if (ImGui::Checkbox("##on", &on) && can_toggle) {
                if (Status s = plugins_->set_enabled(info.id, on); !s) last_error_ = s.message();
                refresh_panel_list();
            }
            ImGui::EndDisabled();
            ui::tooltip(can_toggle       ? "Switch this plugin on or off (remembered)."
                        : duplicate[i]   ? "Another file with the same id is the one in use; this copy is "
                                           "not loaded. Remove it from the plugin folder."
                                         : "This plugin cannot be switched on from here.");
            ImGui::TableNextColumn();
            ImGui::PushFont(bold_font());
            // A refused file has no name we can trust: show its file name.
            const std::string name = info.name.empty() ? info.path.filename().string() : info.name;
            ImGui::TextUnformatted(name.c_str());
            ImGui::PopFont();
            ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
            ImGui::TextUnformatted(info.id.empty() ? "not identified" : info.id.c_str());
            ImGui::PopStyleColor();
            if (!info.description.empty()) ui::tooltip(info.description.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(info.version.empty() ? "-" : info.version.c_str());
            ImGui::TableNextColumn();
            if (info.abi_major || info.abi_minor)
                ImGui::Text("%d.%d", info.abi_major, info.abi_minor);
            else
                ImGui::TextUnformatted("-");
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(state_colour(info.state, p)));
            ImGui::TextUnformatted(state_text(info.state));
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            if (!info.reason.empty()) ImGui::TextWrapped("%s", info.reason.c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
            ImGui::TextWrapped("%s", info.path.string().c_str());
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ui::close_popup_footer(p);
}

} // namespace wb::core
