// core/ui/shell_widgets.h - small drawing helpers the shell files share:
// a tooltip on hover, the accent "primary" button, a calm empty-state
// block, coloured text from the palette, and a heading in the bold font.
#pragma once

#include <imgui.h>
#include <imgui_stdlib.h>
#include <workbench/abi.h>

#include <cstdint>

namespace wb::core::ui {

inline ImVec4 colour(uint32_t packed) { return ImGui::ColorConvertU32ToFloat4(packed); }

// A tooltip for the item just drawn (also when it is disabled).
inline void tooltip(const char* text) {
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// The one button per view that does the main thing: filled with the accent.
inline bool primary_button(const char* label, const wb_palette& p, ImVec2 size = ImVec2(0, 0)) {
    ImVec4 accent = colour(p.accent);
    ImVec4 hover = accent, active = accent;
    hover.w = 0.88f;
    active.w = 0.75f;
    ImGui::PushStyleColor(ImGuiCol_Button, accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, active);
    ImGui::PushStyleColor(ImGuiCol_Text, colour(p.surface));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
    const bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleColor(5);
    return pressed;
}

// The export and import dialogs' popup ids (their titles name the export).
inline constexpr const char* kExportDialog = "###export_dialog";
inline constexpr const char* kImportDialog = "###import_dialog";
inline constexpr const char* kDemoLibraryDialog = "Demo cases###demo_library";

inline bool escape_pressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false); }

// The Close button at the foot of an information popup (Escape too); ends
// the popup.
inline void close_popup_footer(const wb_palette& p) {
    ImGui::Spacing();
    if (primary_button("Close", p) || escape_pressed()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

inline void muted_text_wrapped(const wb_palette& p, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour(p.text_muted));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

inline void coloured_text_wrapped(uint32_t packed, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour(packed));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

inline void heading(ImFont* font, const char* text) {
    ImGui::PushFont(font);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

// The form-field label above its input, in the muted colour.
inline void field_label(const wb_palette& p, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour(p.text_muted));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

} // namespace wb::core::ui

namespace wb::core::ui {

// A rounded "card" behind a block of widgets whose height is not known in
// advance (ImGui 1.86 child windows cannot fit their height to content):
// the content is drawn on a foreground channel, then the card behind it.
class Card {
public:
    Card(const wb_palette& p, float padding, float width) : palette_(p), pad_(padding) {
        dl_ = ImGui::GetWindowDrawList();
        dl_->ChannelsSplit(2);
        dl_->ChannelsSetCurrent(1);
        start_ = ImGui::GetCursorScreenPos();
        width_ = width;
        ImGui::SetCursorScreenPos(ImVec2(start_.x + pad_, start_.y + pad_));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width_ - 2 * pad_);
    }
    ~Card() {
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        const ImVec2 end = ImGui::GetItemRectMax();
        dl_->ChannelsSetCurrent(0);
        const ImVec2 max(start_.x + width_, end.y + pad_);
        dl_->AddRectFilled(start_, max, palette_.surface, 8.0f * pad_ / 20.0f);
        dl_->AddRect(start_, max, ImGui::GetColorU32(ImGuiCol_Border), 8.0f * pad_ / 20.0f);
        dl_->ChannelsMerge();
        ImGui::SetCursorScreenPos(ImVec2(start_.x, max.y));
        ImGui::Dummy(ImVec2(width_, 0));
    }
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;

private:
    const wb_palette& palette_;
    float pad_;
    ImDrawList* dl_ = nullptr;
    ImVec2 start_;
    float width_ = 0;
};

} // namespace wb::core::ui
