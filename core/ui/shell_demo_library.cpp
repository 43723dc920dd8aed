// core/ui/shell_demo_library.cpp - File > Demo cases: the fictional families
// a facilitator can add to any store, or put back as they were after a
// training session has changed them. Each family is created by the core
// (case and sessions) and filled by every plugin with its own demo data.
#include "store/demo_families.h"
#include "ui/shell_widgets.h"
#include "ui/workbench.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace wb::core {

void Workbench::draw_demo_library() {
    const wb_palette& p = context_.palette;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(760 * scale_, vp->WorkSize.x - 40), 0), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal(ui::kDemoLibraryDialog, nullptr,
                                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize))
        return;

    ui::heading(heading_font(), "Demo cases");
    ui::muted_text_wrapped(p, "Invented families for training and for trying things out. Each comes with "
                              "sessions and with examples in every panel, and is marked as fictional "
                              "wherever it appears. Presentation mode shows them in full.");
    ImGui::Spacing();

    for (const DemoFamily& family : demo_families()) {
        ImGui::PushID(family.key);
        const auto existing = store_ ? store_->find_case_by_code(family.code) : std::nullopt;
        ui::Card card(p, 16 * scale_, ImGui::GetContentRegionAvail().x);
        ImGui::PushFont(bold_font());
        ImGui::Text("%s  %s", family.code, family.label);
        ImGui::PopFont();
        ui::muted_text_wrapped(p, family.summary);
        ImGui::Spacing();
        if (existing && !existing->demo) {
            ui::coloured_text_wrapped(p.warning, "A real case uses this code, so this demo cannot be added "
                                                 "here. Rename that case first.");
        } else {
            const char* label = existing ? "Reset to the original" : "Create";
            if (existing ? ImGui::Button(label) : ui::primary_button(label, p)) {
                auto made = put_demo_family(family.key);
                demo_library_.error = made ? "" : made.message();
                demo_library_.done = made ? std::string(existing ? "Reset " : "Created ") + family.code +
                                                " and opened it."
                                          : "";
            }
            ui::tooltip(existing ? "Replaces everything in this demo case with the original demo. "
                                   "Only this fictional case changes; Ctrl+Z undoes it step by step."
                                 : "Adds this fictional family to the store and opens it.");
            if (existing) {
                ImGui::SameLine();
                if (ImGui::Button("Open")) {
                    select_case(existing->id);
                    ImGui::CloseCurrentPopup();
                }
            }
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (!demo_library_.error.empty()) ui::coloured_text_wrapped(p.error, demo_library_.error.c_str());
    if (!demo_library_.done.empty()) ui::coloured_text_wrapped(p.success, demo_library_.done.c_str());
    ui::close_popup_footer(p);
}

} // namespace wb::core
