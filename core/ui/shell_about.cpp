// core/ui/shell_about.cpp - Help > About: what the workbench is, the
// versions people quote when they report a problem, and the shortcuts.
#include "ui/shell_widgets.h"
#include "ui/workbench.h"

#include <imgui.h>
#include <sqlite3.h>

#include <algorithm>

namespace wb::core {

void Workbench::draw_about() {
    const wb_palette& p = context_.palette;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(640 * scale_, vp->WorkSize.x - 40), 0), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal("About Partnership Workbench", nullptr,
                                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize))
        return;

    ui::heading(heading_font(), "Partnership Workbench");
    ui::muted_text_wrapped(p, "A workbench for reflective supervision: look back at the work with a "
                              "family, session by session, and map it onto the partnership framework.");
    ImGui::Spacing();

    auto row = [](const char* name, const char* value) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(name);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(value);
    };
    char abi[32];
    std::snprintf(abi, sizeof abi, "%d.%d", WB_ABI_MAJOR, WB_ABI_MINOR);
    if (ImGui::BeginTable("versions", 2, ImGuiTableFlags_SizingFixedFit)) {
        row("Workbench", WB_HOST_VERSION);
        row("Plugin SDK ABI", abi);
        row("Dear ImGui", IMGUI_VERSION);
        row("SQLite", sqlite3_libversion());
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::PushFont(bold_font());
    ImGui::TextUnformatted("Keyboard shortcuts");
    ImGui::PopFont();
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
        row("Ctrl+N", "New case");
        row("Ctrl+Z", "Undo the last change");
        row("Ctrl+Shift+Z, Ctrl+Y", "Redo");
        row("Ctrl+=  /  Ctrl+-", "Larger / smaller text");
        row("Ctrl+0", "Reset the text size");
        row("Ctrl+Q", "Quit");
        row("F11", "Presentation mode on or off");
        row("Page Down  /  Page Up", "Presenting: next / previous step of the panel's story");
        row("Esc", "Presenting: back to the everyday workbench");
        ImGui::EndTable();
    }
    ui::close_popup_footer(p);
}

} // namespace wb::core
