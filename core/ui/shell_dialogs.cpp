// core/ui/shell_dialogs.cpp - the modal dialogs for cases, sessions and
// store files. ImGui has no native file dialog, so stores are chosen by
// typing a path (prefilled with the data folder) or picking a recent one.
//
// Popups are opened here, at the host-window level, because ImGui popup IDs
// depend on the window that opens them: a menu item only sets a request.
#include "ui/form_checks.h"
#include "ui/shell_widgets.h"
#include "ui/workbench.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

namespace wb::core {

namespace {

constexpr const char* kNewCase = "New case";
constexpr const char* kRenameCase = "Rename case";
constexpr const char* kAddSession = "Add session";
constexpr const char* kOpenStore = "Open store";
constexpr const char* kNewStore = "New store";

// Centred, fixed width, height fitted to the content.
void next_dialog_size(float width) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(width, vp->WorkSize.x - 40), 0), ImGuiCond_Always);
}

bool enter_pressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

constexpr ImGuiWindowFlags kDialogFlags = ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize;

} // namespace

void Workbench::draw_dialogs() {
    if (case_dialog_.open_request) {
        ImGui::OpenPopup(case_dialog_.rename ? kRenameCase : kNewCase);
        case_dialog_.open_request = false;
    }
    if (session_dialog_.open_request) {
        ImGui::OpenPopup(kAddSession);
        session_dialog_.open_request = false;
    }
    if (store_dialog_.open_request) {
        ImGui::OpenPopup(store_dialog_.create ? kNewStore : kOpenStore);
        store_dialog_.open_request = false;
    }
    if (plugin_manager_request_) {
        ImGui::OpenPopup("Plugin manager");
        plugin_manager_request_ = false;
    }
    if (about_request_) {
        ImGui::OpenPopup("About Partnership Workbench");
        about_request_ = false;
    }
    if (export_dialog_.open_request) {
        ImGui::OpenPopup(ui::kExportDialog);
        export_dialog_.open_request = false;
    }
    if (import_dialog_.open_request) {
        ImGui::OpenPopup(ui::kImportDialog);
        import_dialog_.open_request = false;
    }
    if (demo_library_.open_request) {
        ImGui::OpenPopup(ui::kDemoLibraryDialog);
        demo_library_ = {};
    }
    draw_case_dialog();
    draw_session_dialog();
    draw_store_dialog();
    draw_plugin_manager();
    draw_about();
    draw_export_dialog();
    draw_import_dialog();
    draw_demo_library();
}

void Workbench::draw_case_dialog() {
    const wb_palette& p = context_.palette;
    auto& d = case_dialog_;
    const char* title = d.rename ? kRenameCase : kNewCase;
    next_dialog_size(560 * scale_);
    if (!ImGui::BeginPopupModal(title, nullptr, kDialogFlags)) return;

    ui::muted_text_wrapped(p, "Cases are kept under a pseudonymous code. Never type a family member's "
                              "real name here, in the code or in the label.");
    ImGui::Spacing();
    ui::field_label(p, "Case code");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##code", "e.g. FAM-014", &d.code);
    ui::field_label(p, "Display label");
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##label", "e.g. toddler and new baby, north team", &d.label);
    if (!d.error.empty()) {
        ImGui::Spacing();
        ui::coloured_text_wrapped(p.error, d.error.c_str());
    }
    ImGui::Spacing();
    ImGui::Spacing();
    bool submit = ui::primary_button(d.rename ? "Save" : "Create case", p) || enter_pressed();
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel") || ui::escape_pressed();
    if (submit) {
        if (d.rename) {
            Status s = rename_case(d.case_id, d.code, d.label);
            d.error = s ? "" : s.message();
        } else {
            auto id = create_case(d.code, d.label);
            d.error = id ? "" : id.message();
        }
        if (d.error.empty()) ImGui::CloseCurrentPopup();
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void Workbench::draw_session_dialog() {
    const wb_palette& p = context_.palette;
    auto& d = session_dialog_;
    next_dialog_size(560 * scale_);
    if (!ImGui::BeginPopupModal(kAddSession, nullptr, kDialogFlags)) return;

    const auto c = store_ ? store_->find_case(context_.current_case) : std::nullopt;
    if (c) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
        ImGui::Text("For case %s", c->code.c_str());
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }
    ui::field_label(p, "Date of the session");
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##date", "YYYY-MM-DD", &d.date);
    ui::field_label(p, "Supervisee (the practitioner you supervise)");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##supervisee", "e.g. home visitor, north team", &d.supervisee);
    ui::field_label(p, "Short notes (optional)");
    ImGui::InputTextMultiline("##notes", &d.notes, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 4));
    if (!d.error.empty()) {
        ImGui::Spacing();
        ui::coloured_text_wrapped(p.error, d.error.c_str());
    }
    ImGui::Spacing();
    ImGui::Spacing();
    const bool submit = ui::primary_button("Add session", p);
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel") || ui::escape_pressed();
    if (submit) {
        if (!c) {
            d.error = "Choose a case first.";
        } else {
            auto id = add_session(c->id, d.date, d.supervisee, d.notes);
            d.error = id ? "" : id.message();
            if (id) ImGui::CloseCurrentPopup();
        }
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void Workbench::draw_store_dialog() {
    const wb_palette& p = context_.palette;
    auto& d = store_dialog_;
    const char* title = d.create ? kNewStore : kOpenStore;
    next_dialog_size(720 * scale_);
    if (!ImGui::BeginPopupModal(title, nullptr, kDialogFlags)) return;

    ui::muted_text_wrapped(p, d.create
                                  ? "A store is one file that holds cases, sessions and worksheets. Type "
                                    "where the new file should go; it must not exist yet."
                                  : "Type the path of a store file, or choose a recent one below.");
    ImGui::Spacing();
    ui::field_label(p, "Store file");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##path", "/path/to/cases.db", &d.path);

    bool submit = false;
    if (!d.create && !config_.recent_stores.empty()) {
        ImGui::Spacing();
        ui::field_label(p, "Recent stores");
        const auto recent = config_.recent_stores;
        for (const auto& path : recent) {
            if (ImGui::Selectable(path.c_str(), d.path == path, ImGuiSelectableFlags_AllowDoubleClick)) {
                d.path = path;
                if (ImGui::IsMouseDoubleClicked(0)) submit = true;
            }
        }
    }
    if (d.create) {
        ImGui::Spacing();
        ImGui::Checkbox("Add the fictional demo case (for training and trying things out)", &d.demo);
    }
    if (!d.error.empty()) {
        ImGui::Spacing();
        ui::coloured_text_wrapped(p.error, d.error.c_str());
    }
    ImGui::Spacing();
    ImGui::Spacing();
    submit |= ui::primary_button(d.create ? "Create store" : "Open store", p) || enter_pressed();
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel") || ui::escape_pressed();
    if (submit) {
        const std::string path = trimmed(d.path);
        if (path.empty() || path.back() == '/') {
            d.error = "Please type a file name, for example cases.db.";
        } else {
            Status s = d.create ? create_store(path, d.demo) : open_store(path);
            d.error = s ? "" : s.message();
            if (s) {
                notice_ = (d.create ? "Created " : "Opened ") + path;
                ImGui::CloseCurrentPopup();
            }
        }
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace wb::core
