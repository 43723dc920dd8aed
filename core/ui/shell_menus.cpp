// core/ui/shell_menus.cpp - the menu bar: File, Edit, Case, View, Plugins,
// Help. Each item either calls a model method or asks for a dialog; the
// dialogs are opened at the host-window level (shell_dialogs.cpp).
#include "ui/shell_widgets.h"
#include "ui/workbench.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

namespace wb::core {

void Workbench::draw_menu_bar() {
    if (!ImGui::BeginMenuBar()) return;
    const bool have_store = store_ != nullptr;
    const bool can_edit = editable();
    const bool have_case = have_store && context_.current_case != 0;

    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("New store\xE2\x80\xA6")) request_new_store();
        if (ImGui::MenuItem("Open store\xE2\x80\xA6")) request_open_store();
        if (ImGui::BeginMenu("Recent stores", !config_.recent_stores.empty())) {
            // Copy: opening a store edits the recent list we iterate.
            const auto recent = config_.recent_stores;
            for (const auto& path : recent) {
                const bool current = have_store && store_->path().string() == path;
                if (ImGui::MenuItem(path.c_str(), nullptr, current, !current)) {
                    if (Status s = open_store(path); !s) last_error_ = s.message();
                }
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Demo cases\xE2\x80\xA6", nullptr, false, can_edit))
            request_demo_library();
        if (ImGui::MenuItem("Back up store", nullptr, false, have_store && !store_->path().empty())) {
            auto target = backup_store();
            if (target) {
                notice_ = "Backed up to " + target.value().string();
                last_error_.clear();
            } else {
                last_error_ = "The backup failed: " + target.message();
            }
        }
        ui::tooltip("Writes a complete copy of the store, with today's date and time in its name, "
                    "next to the store file.");
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) quit_requested_ = true;
        ImGui::EndMenu();
    }

    if (ImGui::BeginMenu("Edit")) {
        const std::string undo_label = have_store ? store_->undo_label() : std::string();
        const std::string redo_label = have_store ? store_->redo_label() : std::string();
        const std::string undo_text = undo_label.empty() ? "Undo" : "Undo: " + undo_label;
        const std::string redo_text = redo_label.empty() ? "Redo" : "Redo: " + redo_label;
        if (ImGui::MenuItem(undo_text.c_str(), "Ctrl+Z", false, can_edit && store_->can_undo())) {
            if (Status s = undo(); !s) last_error_ = s.message();
        }
        if (ImGui::MenuItem(redo_text.c_str(), "Ctrl+Shift+Z", false, can_edit && store_->can_redo())) {
            if (Status s = redo(); !s) last_error_ = s.message();
        }
        ImGui::EndMenu();
    }

    if (ImGui::BeginMenu("Case")) {
        if (ImGui::MenuItem("New case\xE2\x80\xA6", "Ctrl+N", false, can_edit)) request_new_case();
        if (ImGui::MenuItem("Rename\xE2\x80\xA6", nullptr, false, can_edit && have_case)) request_rename_case();
        const auto current = have_case ? store_->find_case(context_.current_case) : std::nullopt;
        const bool archived = current && current->archived;
        if (ImGui::MenuItem(archived ? "Unarchive" : "Archive", nullptr, false, can_edit && have_case)) {
            if (Status s = set_archived(context_.current_case, !archived); !s) last_error_ = s.message();
        }
        ui::tooltip("Archived cases are kept but hidden from the list (View > Show archived cases).");
        ImGui::Separator();
        if (ImGui::MenuItem("Add session\xE2\x80\xA6", nullptr, false, can_edit && have_case)) request_add_session();
        ImGui::EndMenu();
    }

    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Light theme", nullptr, !dark_)) set_theme(false);
        if (ImGui::MenuItem("Dark theme", nullptr, dark_)) set_theme(true);
        ImGui::Separator();
        char scale_text[48];
        std::snprintf(scale_text, sizeof scale_text, "Text size: %d%%", static_cast<int>(scale_ * 100 + 0.5f));
        ImGui::MenuItem(scale_text, nullptr, false, false);
        if (ImGui::MenuItem("Larger", "Ctrl+=")) set_scale(scale_ + kUiScaleStep);
        if (ImGui::MenuItem("Smaller", "Ctrl+-")) set_scale(scale_ - kUiScaleStep);
        if (ImGui::MenuItem("Reset size", "Ctrl+0")) set_scale(1.0f);
        ImGui::Separator();
        if (ImGui::MenuItem("Show archived cases", nullptr, show_archived_)) show_archived_ = !show_archived_;
        ImGui::Separator();
        if (ImGui::MenuItem("Presentation mode", "F11", presenting_, have_store)) set_presenting(true);
        if (ImGui::BeginMenu("Presentation size")) {
            for (const float s : {1.5f, 1.75f, 2.0f, 2.25f, 2.5f}) {
                char label[24];
                std::snprintf(label, sizeof label, "%.0f%%", s * 100.0f);
                if (ImGui::MenuItem(label, nullptr, std::abs(presentation_scale_ - s) < 0.01f))
                    set_presentation_scale(s);
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        if (shown_panels_.empty()) ImGui::MenuItem("No plugin panels", nullptr, false, false);
        for (const auto& panel : shown_panels_) {
            const std::string key = panel.key();
            const bool hidden = panel_hidden(key);
            if (ImGui::MenuItem((panel.title + "##" + key).c_str(), nullptr, !hidden))
                set_panel_hidden(key, !hidden);
        }
        ImGui::EndMenu();
    }

    if (ImGui::BeginMenu("Plugins")) {
        if (ImGui::MenuItem("Plugin manager\xE2\x80\xA6")) request_plugin_manager();
        ImGui::EndMenu();
    }

    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("About and shortcuts\xE2\x80\xA6")) request_about();
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

} // namespace wb::core
