// core/ui/shell.cpp - one frame of the workbench: the full-window host
// window holding the menu bar, an optional read-only banner, the sidebar
// and main area side by side (with a draggable splitter), and the status
// bar; plus the keyboard shortcuts and the calm "no store" screen.
#include "ui/shell_widgets.h"
#include "ui/workbench.h"

#include <imgui.h>
#include <imgui_internal.h> // ClearActiveID: ending the text edit before closing

#include <algorithm>

namespace wb::core {

namespace {
// Key codes (GLFW's, which ImGui's GLFW backend uses as key indices; the
// printable ones equal their ASCII code, as in the headless tests).
constexpr int kKeyEqual = '=';
constexpr int kKeyMinus = '-';
constexpr int kKey0 = '0';
constexpr int kKeypad0 = 320;
constexpr int kKeypadSubtract = 333;
constexpr int kKeypadAdd = 334;
} // namespace

ImFont* Workbench::bold_font() const { return fonts_.bold ? fonts_.bold : ImGui::GetFont(); }
ImFont* Workbench::heading_font() const { return fonts_.heading ? fonts_.heading : ImGui::GetFont(); }

void Workbench::draw_frame() {
    // Closing (see ready_to_close): let go of the field being typed in
    // before anything is drawn, so each field sees itself left this frame
    // and its owner saves what was typed.
    if (finish_typing_) {
        ImGui::ClearActiveID();
        finish_typing_ = false;
        typing_finished_ = true;
    }
    report_ = {};
    refresh_panel_list();
    handle_shortcuts();
    handle_presentation_keys();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    // Presenting: no menus, sidebar or status bar, only the case and its panels.
    const bool presenting = presenting_ && store_;
    const ImGuiWindowFlags host_flags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
        ImGuiWindowFlags_NoSavedSettings | (presenting ? 0 : ImGuiWindowFlags_MenuBar) |
        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin(kHostWindow, nullptr, host_flags);
    ImGui::PopStyleVar(3);
    if (presenting) {
        draw_presentation(std::max(1.0f, ImGui::GetContentRegionAvail().y));
        draw_dialogs();
        ImGui::End();
        after_frame_requests();
        return;
    }

    draw_menu_bar();
    if (store_ && store_->read_only()) draw_read_only_banner();

    const float status_height = ImGui::GetTextLineHeight() + 14.0f * scale_;
    const float body_height =
        std::max(1.0f, ImGui::GetContentRegionAvail().y - status_height - ImGui::GetStyle().ItemSpacing.y);
    if (!store_) {
        draw_no_store(body_height);
    } else {
        draw_sidebar(body_height);
        ImGui::SameLine(0, 0);
        draw_splitter(body_height);
        ImGui::SameLine(0, 0);
        draw_main_area(body_height);
    }
    draw_status_bar();
    draw_dialogs();
    ImGui::End();
    after_frame_requests();
}

void Workbench::after_frame_requests() {
    // A plugin may have asked to show a session (e.g. a search result):
    // switch now, between its draw call and the next frame's.
    if (const int64_t requested = plugins_->take_requested_session(); requested != 0)
        select_session(requested);
    // ...or the export or import dialog (opened on the next frame).
    if (auto file = plugins_->take_requested_file()) open_file_dialog(*file);
}

void Workbench::handle_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl) return;
    // While someone types, Ctrl+Z belongs to the text field; while a dialog
    // or menu is open, edits wait until it is closed.
    const bool typing = io.WantTextInput || ImGui::IsAnyItemActive();
    const bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    if (!typing && !popup) {
        if (ImGui::IsKeyPressed('Z', false)) {
            Status s = io.KeyShift ? redo() : undo();
            if (!s) last_error_ = s.message();
        }
        if (ImGui::IsKeyPressed('Y', false)) {
            if (Status s = redo(); !s) last_error_ = s.message();
        }
        if (ImGui::IsKeyPressed('N', false)) request_new_case();
    }
    // Quitting while typing is fine: ready_to_close() saves the typing first.
    if (ImGui::IsKeyPressed('Q', false)) quit_requested_ = true;
    if (ImGui::IsKeyPressed(kKeyEqual, false) || ImGui::IsKeyPressed(kKeypadAdd, false))
        set_scale(scale_ + kUiScaleStep);
    if (ImGui::IsKeyPressed(kKeyMinus, false) || ImGui::IsKeyPressed(kKeypadSubtract, false))
        set_scale(scale_ - kUiScaleStep);
    if (ImGui::IsKeyPressed(kKey0, false) || ImGui::IsKeyPressed(kKeypad0, false)) set_scale(1.0f);
}

void Workbench::draw_read_only_banner() {
    report_.read_only_banner = true;
    const wb_palette& p = context_.palette;
    ImVec4 bg = ui::colour(p.warning);
    bg.w = p.dark ? 0.22f : 0.14f;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, bg);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16 * scale_, 8 * scale_));
    const float h = ImGui::GetTextLineHeight() + 16 * scale_;
    ImGui::BeginChild("ReadOnlyBanner", ImVec2(0, h), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(bold_font());
    ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.warning));
    ImGui::TextUnformatted("Read-only");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextUnformatted("This store file cannot be written, so editing is switched off. "
                           "Everything in it can still be read.");
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

// No store could be opened: say why, calmly, and offer the two ways on.
void Workbench::draw_no_store(float height) {
    report_.no_store_message = true;
    const wb_palette& p = context_.palette;
    ImGui::BeginChild("NoStore", ImVec2(0, height), false, ImGuiWindowFlags_NoScrollbar);
    const float width = std::min(ImGui::GetContentRegionAvail().x - 40 * scale_, 660 * scale_);
    ImGui::SetCursorPos(ImVec2((ImGui::GetWindowWidth() - width) * 0.5f, height * 0.2f));
    {
        ui::Card card(p, 28 * scale_, width);
        ui::heading(heading_font(), "No case store is open");
        ImGui::Spacing();
        ImGui::TextWrapped("The workbench keeps every case, session and worksheet in one store file. "
                           "The store could not be opened, so nothing was changed:");
        ImGui::Spacing();
        ui::coloured_text_wrapped(p.error, store_error_.empty() ? "(no reason was given)" : store_error_.c_str());
        ImGui::Spacing();
        ImGui::Spacing();
        if (ui::primary_button("Open another store\xE2\x80\xA6", p)) request_open_store();
        ui::tooltip("Choose an existing store file, for example a backup or a colleague's copy.");
        ImGui::SameLine();
        if (ImGui::Button("Create a new store\xE2\x80\xA6")) request_new_store();
        ui::tooltip("Start an empty store in a new file. The old file is left untouched.");
    }
    ImGui::EndChild();
}

// A thin draggable bar between the sidebar and the main area.
void Workbench::draw_splitter(float height) {
    const float w = 6.0f * scale_;
    ImGui::InvisibleButton("##splitter", ImVec2(w, height));
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (active) {
        sidebar_width_ += ImGui::GetIO().MouseDelta.x / scale_;
        sidebar_width_ = std::clamp(sidebar_width_, 220.0f, 640.0f);
    }
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float x = (a.x + b.x) * 0.5f;
    ImU32 line = ImGui::GetColorU32(active || ImGui::IsItemHovered() ? ImGuiCol_SeparatorHovered
                                                                      : ImGuiCol_Separator);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), line, active ? 2.0f : 1.0f);
}

void Workbench::draw_status_bar() {
    const wb_palette& p = context_.palette;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * scale_, 7 * scale_));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * scale_, 0));
    ImGui::BeginChild(kStatusBar, ImVec2(0, 0), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 pos = ImGui::GetWindowPos();
        dl->AddLine(pos, ImVec2(pos.x + ImGui::GetWindowWidth(), pos.y), ImGui::GetColorU32(ImGuiCol_Separator));
    }
    // Save state first: it is what people glance at.
    if (!store_) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
        ImGui::TextUnformatted("No store open");
        ImGui::PopStyleColor();
    } else if (store_->read_only()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.warning));
        ImGui::TextUnformatted("Read-only: nothing can be changed");
        ImGui::PopStyleColor();
    } else if (store_->in_edit()) {
        ImGui::TextUnformatted("Saving\xE2\x80\xA6");
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.success));
        ImGui::TextUnformatted("\xE2\x9C\x93 All changes saved");
        ImGui::PopStyleColor();
        ui::tooltip("Every edit is written to the store file the moment you make it.");
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
        ImGui::Text("(revision %llu)", static_cast<unsigned long long>(store_->revision()));
        ImGui::PopStyleColor();
    }
    if (store_) {
        ImGui::SameLine(0, 24 * scale_);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
        const std::string where = store_->path().empty() ? std::string("in memory (not saved to a file)")
                                                         : store_->path().string();
        ImGui::Text("Store: %s", where.c_str());
        ImGui::PopStyleColor();
    }
    // A message (error first, then a calm notice) with a dismiss button.
    const bool is_error = !last_error_.empty();
    const std::string& message = is_error ? last_error_ : notice_;
    if (!message.empty()) {
        ImGui::SameLine(0, 24 * scale_);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(is_error ? p.error : p.success));
        ImGui::TextUnformatted(message.c_str());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
            ImGui::TextUnformatted(message.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::SameLine();
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6 * scale_, 0));
        if (ImGui::SmallButton("Dismiss")) (is_error ? last_error_ : notice_).clear();
        ImGui::PopStyleVar();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

} // namespace wb::core
