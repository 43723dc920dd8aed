// core/plugins/imgui_guard.cpp - see imgui_guard.h.
#include "plugins/imgui_guard.h"

#include <cstring>

namespace wb::core {

namespace {

// Pops the stacks ImGui compares at End() (and the current window's own
// ones) down to `to`, innermost kinds first.
void unwind(ImGuiContext& g, const ImGuiStackSizes& to, int tree_depth) {
    ImGuiWindow* w = g.CurrentWindow;
    while (w->DC.TreeDepth > tree_depth) ImGui::TreePop();
    while (g.GroupStack.Size > to.SizeOfGroupStack) ImGui::EndGroup();
    while (w->IDStack.Size > to.SizeOfIDStack) ImGui::PopID();
    while (g.DisabledStackSize > to.SizeOfDisabledStack) ImGui::EndDisabled();
    while (g.ColorStack.Size > to.SizeOfColorStack) ImGui::PopStyleColor();
    while (g.StyleVarStack.Size > to.SizeOfStyleVarStack) ImGui::PopStyleVar();
    while (g.FontStack.Size > to.SizeOfFontStack) ImGui::PopFont();
    while (g.ItemFlagsStack.Size > to.SizeOfItemFlagsStack) ImGui::PopItemFlag();
    while (g.FocusScopeStack.Size > to.SizeOfFocusScopeStack) ImGui::PopFocusScope();
}

} // namespace

ImGuiStackGuard::ImGuiStackGuard() {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx || !ctx->CurrentWindow) return;
    ImGuiContext& g = *ctx;
    ImGuiWindow* w = g.CurrentWindow;
    active_ = true;
    sizes_.SetToCurrentState();
    windows_ = g.CurrentWindowStack.Size;
    tables_ = g.TablesTempDataStacked;
    tab_bars_ = g.CurrentTabBarStack.Size;
    tree_depth_ = w->DC.TreeDepth;
    item_widths_ = w->DC.ItemWidthStack.Size;
    wrap_pos_ = w->DC.TextWrapPosStack.Size;
    clip_rects_ = w->DrawList->_ClipRectStack.Size;
}

bool ImGuiStackGuard::balanced() const {
    if (!active_) return true;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.CurrentWindowStack.Size != windows_) return false;
    ImGuiWindow* w = g.CurrentWindow;
    ImGuiStackSizes now;
    now.SetToCurrentState();
    return std::memcmp(&now, &sizes_, sizeof now) == 0 && g.TablesTempDataStacked == tables_ &&
           g.CurrentTabBarStack.Size == tab_bars_ && w->DC.TreeDepth == tree_depth_ &&
           w->DC.ItemWidthStack.Size == item_widths_ && w->DC.TextWrapPosStack.Size == wrap_pos_ &&
           w->DrawList->_ClipRectStack.Size == clip_rects_;
}

void ImGuiStackGuard::restore() const {
    if (!active_) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // Tables and tab bars the plugin opened, innermost first.
    while (g.TablesTempDataStacked > tables_ && g.CurrentTable) ImGui::EndTable();
    while (g.CurrentTabBarStack.Size > tab_bars_) ImGui::EndTabBar();
    // Windows (children, popups, menus) it opened: each is unwound to the
    // state at its Begin, then ended the way it was begun.
    while (g.CurrentWindowStack.Size > windows_) {
        ImGuiWindow* w = g.CurrentWindow;
        unwind(g, g.CurrentWindowStack.back().StackSizesOnBegin, 0);
        while (w->DC.ItemWidthStack.Size > 0) ImGui::PopItemWidth();
        while (w->DC.TextWrapPosStack.Size > 0) ImGui::PopTextWrapPos();
        if (w->Flags & ImGuiWindowFlags_Popup)
            ImGui::EndPopup();
        else if (w->Flags & ImGuiWindowFlags_ChildWindow)
            ImGui::EndChild();
        else
            ImGui::End();
    }
    // Then the host's window itself.
    ImGuiWindow* w = g.CurrentWindow;
    unwind(g, sizes_, tree_depth_);
    while (w->DC.ItemWidthStack.Size > item_widths_) ImGui::PopItemWidth();
    while (w->DC.TextWrapPosStack.Size > wrap_pos_) ImGui::PopTextWrapPos();
    while (w->DrawList->_ClipRectStack.Size > clip_rects_) w->DrawList->PopClipRect();
}

} // namespace wb::core
