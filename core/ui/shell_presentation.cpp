// core/ui/shell_presentation.cpp - presentation mode, for a facilitator in
// front of a projector: the window fills the screen, everything is twice as
// large and white on black, the sidebar, menus and status bar go away, and
// a bar at the bottom walks through the front panel's story with Page Down
// and Page Up. Anything that could identify a family is masked unless the
// case is a fictional demo case: the case label here, and in plugins every
// text they mark as identifying (HostContext::current_case_is_demo).
#include "ui/shell_widgets.h"
#include "ui/workbench.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace wb::core {

namespace {
// GLFW key codes, which ImGui's GLFW backend uses as key indices (F11 has
// no ImGuiKey in Dear ImGui 1.86).
constexpr int kKeyF11 = 300;

// What the room reads under the panels: where we are in the story and,
// when the panel has one, the step's caption.
std::string story_line(const StoryState& story) {
    return "Step " + std::to_string(story.step + 1) + " of " + std::to_string(story.count) +
           (story.caption.empty() ? "" : "  \xC2\xB7  " + story.caption);
}

// A caption can be longer than the screen is wide at presentation size:
// it wraps rather than running off the edge, up to three lines (the SDK
// caps a caption at 127 bytes, so three lines is plenty).
constexpr int kCaptionMaxLines = 3;
} // namespace

void Workbench::set_presenting(bool on) {
    if (on == presenting_) return;
    // Typing in progress is saved before the view changes under it.
    if (store_) commit_pending_edits();
    presenting_ = on;
    context_.presenting = on;
    story_.reset();
    // The tabs move to another window, whose tab bar starts afresh: keep
    // the same panel in front.
    if (!front_panel_.empty()) panel_to_show_ = front_panel_;
    apply_look();
    send(WB_EVENT_PRESENTATION_CHANGED, context_.current_case, context_.current_session);
}

void Workbench::step_story(int delta) {
    if (!presenting_) return;
    story_.reset();
    for (const PanelRef& panel : shown_panels_)
        if (panel.key() == front_panel_) story_ = plugins_->story(panel, delta);
}

void Workbench::handle_presentation_keys() {
    if (ImGui::IsKeyPressed(kKeyF11, false)) {
        set_presenting(!presenting_);
        return;
    }
    if (!presenting_) return;
    const ImGuiIO& io = ImGui::GetIO();
    const bool typing = io.WantTextInput || ImGui::IsAnyItemActive();
    const bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    if (typing || popup) return;
    if (ui::escape_pressed()) {
        set_presenting(false);
        return;
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown), true)) step_story(+1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp), true)) step_story(-1);
}

// The case in large type, the panels, and the story bar.
void Workbench::draw_presentation(float height) {
    report_.presenting = true;
    const wb_palette& p = context_.palette;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * scale_, 18 * scale_));
    ImGui::BeginChild(kMain, ImVec2(0, height), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar |
                          ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();

    const auto current = context_.current_case ? store_->find_case(context_.current_case) : std::nullopt;
    if (current) {
        ImGui::PushFont(heading_font());
        ImGui::TextUnformatted(current->code.c_str());
        ImGui::SameLine(0, 18 * scale_);
        // A real family's label never reaches the projector.
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
        ImGui::TextUnformatted(current->demo ? current->label.c_str() : kIdentifyingMask);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        if (current->demo) {
            ImGui::SameLine(0, 18 * scale_);
            ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.warning));
            ImGui::TextUnformatted("fictional demo case");
            ImGui::PopStyleColor();
        }
    } else {
        ui::heading(heading_font(), "No case chosen");
        ui::muted_text_wrapped(p, "Choose a case with the picker below, or press Esc and pick one in the sidebar.");
    }
    ImGui::Spacing();

    // The bar is as tall as its wrapped caption. The caption is last
    // frame's when the front tab changes this frame: one frame late, once.
    float caption_height = ImGui::GetTextLineHeight();
    if (story_ && story_->count > 0) {
        ImGui::PushFont(bold_font());
        const float wrapped = ImGui::CalcTextSize(story_line(*story_).c_str(), nullptr, false,
                                                  ImGui::GetContentRegionAvail().x).y;
        caption_height = std::min(wrapped, kCaptionMaxLines * ImGui::GetTextLineHeightWithSpacing());
        ImGui::PopFont();
    }
    const float bar_height = ImGui::GetFrameHeight() + caption_height + 3 * ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("PresentationPanels", ImVec2(0, std::max(1.0f, ImGui::GetContentRegionAvail().y - bar_height)),
                      false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_panel_tabs();
    ImGui::EndChild();
    draw_presentation_bar();
    ImGui::EndChild();
}

// Back / Next and the caption of the front panel's story; the case picker
// (demo cases first, labels masked for real ones); the way out.
void Workbench::draw_presentation_bar() {
    const wb_palette& p = context_.palette;
    step_story(0); // the front tab may have changed this frame
    const bool has_story = story_ && story_->count > 0;

    // The caption first, on its own line: it is what the room reads.
    if (has_story) {
        const std::string line = story_line(*story_);
        report_.story_caption = line;
        ImGui::PushFont(bold_font());
        ImGui::PushTextWrapPos(0.0f); // wrap at the window's right edge
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
        ImGui::TextUnformatted("This panel has no story to step through for this case.");
        ImGui::PopStyleColor();
    }

    ImGui::BeginDisabled(!has_story || story_->step <= 0);
    if (ImGui::Button("\xE2\x97\x80 Back")) step_story(-1);
    ImGui::EndDisabled();
    ui::tooltip("Page Up: one step back in this panel's story.");
    ImGui::SameLine();
    ImGui::BeginDisabled(!has_story || story_->step >= story_->count - 1);
    if (ui::primary_button("Next \xE2\x96\xB6", p)) step_story(+1);
    ImGui::EndDisabled();
    ui::tooltip("Page Down: the next step of this panel's story.");
    ImGui::SameLine(0, 18 * scale_);
    ImGui::PushStyleColor(ImGuiCol_Text, ui::colour(p.text_muted));
    ImGui::TextUnformatted("Page Down / Page Up");
    ImGui::PopStyleColor();

    // Right-aligned: the case picker (demo labels only) and the way out.
    const float leave_w = ImGui::CalcTextSize("Leave (Esc)").x + ImGui::GetStyle().FramePadding.x * 2;
    const float picker_w = 300 * scale_;
    const float right = ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 10 * scale_,
                             right - leave_w - picker_w - ImGui::GetStyle().ItemSpacing.x));
    ImGui::SetNextItemWidth(picker_w);
    const auto current = context_.current_case ? store_->find_case(context_.current_case) : std::nullopt;
    const std::string preview = current ? current->code : std::string("Choose a case");
    if (ImGui::BeginCombo("##present_case", preview.c_str())) {
        for (const Case& c : visible_cases()) {
            const std::string item = c.code + "  " + (c.demo ? c.label : std::string(kIdentifyingMask)) + "##" +
                                     std::to_string(c.id);
            if (ImGui::Selectable(item.c_str(), c.id == context_.current_case)) select_case(c.id);
        }
        ImGui::EndCombo();
    }
    ui::tooltip("Switch case without leaving presentation. Only demo cases show their labels.");
    ImGui::SameLine();
    if (ImGui::Button("Leave (Esc)")) set_presenting(false);
    ui::tooltip("Back to the everyday workbench (F11 or Esc).");
}

} // namespace wb::core
