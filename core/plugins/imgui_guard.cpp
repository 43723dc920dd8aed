// core/plugins/imgui_guard.cpp - see imgui_guard.h.
//
// This reaches into imgui_internal.h on purpose: the host and its plugins
// share one Dear ImGui (libwb_imgui.so, version-checked at load), and the
// public API has no way to put a popped entry back.
#include "plugins/imgui_guard.h"

#include <cstring>

namespace wb::core {

namespace {

// How a stack compares with its snapshot.
enum class Diff { Same, Grew, Broke };

template <class T>
Diff compare(const ImVector<T>& now, const ImVector<T>& then) {
    const int common = now.Size < then.Size ? now.Size : then.Size;
    if (common > 0 && std::memcmp(now.Data, then.Data, sizeof(T) * static_cast<size_t>(common)) != 0)
        return Diff::Broke;
    if (now.Size == then.Size) return Diff::Same;
    return now.Size > then.Size ? Diff::Grew : Diff::Broke;
}

Diff compare(int now, int then) {
    if (now == then) return Diff::Same;
    return now > then ? Diff::Grew : Diff::Broke;
}

struct Tally {
    ImGuiStackGuard::Check* check;
    void add(Diff d, const char* what) {
        if (d == Diff::Same) return;
        check->balanced = false;
        if (d == Diff::Broke) check->over_closed = true;
        if (check->stacks.find(what) != std::string::npos) return;
        if (!check->stacks.empty()) check->stacks += ", ";
        check->stacks += what;
    }
};

// Pops the stacks ImGui compares at End() (and the current window's own
// ones) down to `to`, innermost kinds first: for windows the plugin opened
// itself, before they are ended.
void unwind(ImGuiContext& g, const ImGuiStackSizes& to) {
    ImGuiWindow* w = g.CurrentWindow;
    while (w->DC.TreeDepth > 0) ImGui::TreePop();
    while (g.GroupStack.Size > to.SizeOfGroupStack) ImGui::EndGroup();
    while (w->IDStack.Size > to.SizeOfIDStack) ImGui::PopID();
    while (g.DisabledStackSize > to.SizeOfDisabledStack) ImGui::EndDisabled();
    while (g.ColorStack.Size > to.SizeOfColorStack) ImGui::PopStyleColor();
    while (g.StyleVarStack.Size > to.SizeOfStyleVarStack) ImGui::PopStyleVar();
    while (g.FontStack.Size > to.SizeOfFontStack) ImGui::PopFont();
    while (g.ItemFlagsStack.Size > to.SizeOfItemFlagsStack) ImGui::PopItemFlag();
    while (g.FocusScopeStack.Size > to.SizeOfFocusScopeStack) ImGui::PopFocusScope();
    while (w->DC.ItemWidthStack.Size > 0) ImGui::PopItemWidth();
    while (w->DC.TextWrapPosStack.Size > 0) ImGui::PopTextWrapPos();
}

// Ends the current window the way it was begun.
void end_window(ImGuiWindow* w) {
    if (w->Flags & ImGuiWindowFlags_Popup)
        ImGui::EndPopup();
    else if (w->Flags & ImGuiWindowFlags_ChildWindow)
        ImGui::EndChild();
    else
        ImGui::End();
}

} // namespace

ImGuiStackGuard::ImGuiStackGuard() {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx || !ctx->CurrentWindow || ctx->CurrentWindowStack.Size == 0) return;
    ImGuiContext& g = *ctx;
    ImGuiWindow* w = g.CurrentWindow;
    active_ = true;
    baseline_ = g.CurrentWindowStack.back().StackSizesOnBegin;

    // The sentinels: each changes nothing visible (same ID seed, same
    // colour, style value, font, widths, enabled state). The colour and the
    // style variable are ones panels have no reason to push, so a panel
    // that pops a sentinel and pushes its own text colour is still seen.
    ImGui::PushOverrideID(w->IDStack.back());
    ImGui::PushStyleColor(ImGuiCol_NavWindowingDimBg, g.Style.Colors[ImGuiCol_NavWindowingDimBg]);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, g.Style.SelectableTextAlign);
    ImGui::PushFont(g.Font);
    const float item_width = w->DC.ItemWidth;
    ImGui::PushItemWidth(item_width);
    w->DC.ItemWidth = item_width; // PushItemWidth(0) would mean "default"
    ImGui::PushTextWrapPos(w->DC.TextWrapPos);
    ImGui::BeginDisabled(false);
    // The window's baseline now includes them, so a plugin's extra
    // EndChild()/End() of this window passes ImGui's checks.
    g.CurrentWindowStack.back().StackSizesOnBegin.SetToCurrentState();

    for (const ImGuiWindowStackData& entry : g.CurrentWindowStack)
        windows_.push_back(WindowState{entry, entry.Window->IDStack});
    tree_depth_ = static_cast<short>(w->DC.TreeDepth);
    tree_jump_mask_ = w->DC.TreeJumpToParentOnPopMask;
    item_width_ = w->DC.ItemWidth;
    text_wrap_pos_ = w->DC.TextWrapPos;
    item_widths_ = w->DC.ItemWidthStack;
    wrap_positions_ = w->DC.TextWrapPosStack;
    clip_rect_ = w->ClipRect;
    clip_rects_ = w->DrawList->_ClipRectStack;
    textures_ = w->DrawList->_TextureIdStack;
    focus_scope_ = w->DC.NavFocusScopeIdCurrent;
    style_ = g.Style;
    colors_ = g.ColorStack;
    style_vars_ = g.StyleVarStack;
    fonts_ = g.FontStack;
    font_ = g.Font;
    item_flags_ = g.ItemFlagsStack;
    current_item_flags_ = g.CurrentItemFlags;
    disabled_ = g.DisabledStackSize;
    disabled_alpha_ = g.DisabledAlphaBackup;
    focus_scopes_ = g.FocusScopeStack;
    groups_ = g.GroupStack.Size;
    popups_ = g.BeginPopupStack.Size;
    tables_ = g.TablesTempDataStacked;
    tab_bars_ = g.CurrentTabBarStack.Size;
}

ImGuiStackGuard::~ImGuiStackGuard() { finish(); }

ImGuiStackGuard::Check ImGuiStackGuard::check() const {
    Check c;
    if (!active_) return c;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    Tally t{&c};

    // The window stack: the same windows, in the same order.
    const int n = static_cast<int>(windows_.size());
    int same = 0;
    while (same < n && same < g.CurrentWindowStack.Size && g.CurrentWindowStack[same].Window == windows_[same].entry.Window)
        ++same;
    if (same < n) t.add(Diff::Broke, "an extra End/EndChild closed the window the panel is drawn in");
    else if (g.CurrentWindowStack.Size > n) t.add(Diff::Grew, "Begin/BeginChild/BeginPopup without its End");

    // The panel window's own stacks; when the plugin closed that window
    // they are whatever closing it left, and not worth naming.
    if (same == n) {
        for (const WindowState& s : windows_) t.add(compare(s.entry.Window->IDStack, s.ids), "PushID/PopID");
        ImGuiWindow* w = windows_.back().entry.Window;
        t.add(compare(w->DC.TreeDepth, tree_depth_), "TreeNode/TreePop");
        t.add(compare(w->DC.ItemWidthStack, item_widths_), "PushItemWidth/PopItemWidth");
        t.add(compare(w->DC.TextWrapPosStack, wrap_positions_), "PushTextWrapPos/PopTextWrapPos");
        t.add(compare(w->DrawList->_ClipRectStack, clip_rects_), "PushClipRect/PopClipRect");
        t.add(compare(w->DrawList->_TextureIdStack, textures_), "PushFont/PopFont");
    }

    t.add(compare(g.ColorStack, colors_), "PushStyleColor/PopStyleColor");
    t.add(compare(g.StyleVarStack, style_vars_), "PushStyleVar/PopStyleVar");
    t.add(compare(g.FontStack, fonts_), "PushFont/PopFont");
    t.add(compare(g.ItemFlagsStack, item_flags_), "PushItemFlag/PopItemFlag or BeginDisabled/EndDisabled");
    t.add(compare(g.DisabledStackSize, disabled_), "BeginDisabled/EndDisabled");
    t.add(compare(g.FocusScopeStack, focus_scopes_), "PushFocusScope/PopFocusScope");
    t.add(compare(g.GroupStack.Size, groups_), "BeginGroup/EndGroup");
    t.add(compare(g.BeginPopupStack.Size, popups_), "BeginPopup/EndPopup");
    t.add(compare(g.TablesTempDataStacked, tables_), "BeginTable/EndTable");
    t.add(compare(g.CurrentTabBarStack.Size, tab_bars_), "BeginTabBar/EndTabBar");
    return c;
}

void ImGuiStackGuard::restore() {
    if (!active_ || finished_) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();

    // 1. Tables and tab bars the plugin opened, innermost first.
    while (g.TablesTempDataStacked > tables_ && g.CurrentTable) ImGui::EndTable();
    while (g.CurrentTabBarStack.Size > tab_bars_) ImGui::EndTabBar();

    // 2. Windows (children, popups, menus) the plugin opened, above the
    // part of the window stack that is still ours: each is unwound to the
    // state at its Begin, then ended the way it was begun.
    const int n = static_cast<int>(windows_.size());
    int same = 0;
    while (same < n && same < g.CurrentWindowStack.Size && g.CurrentWindowStack[same].Window == windows_[same].entry.Window)
        ++same;
    while (g.CurrentWindowStack.Size > same) {
        ImGuiWindow* w = g.CurrentWindow;
        unwind(g, g.CurrentWindowStack.back().StackSizesOnBegin);
        end_window(w);
    }

    // 3. The context's stacks, exactly as they were (this also puts back
    // entries the plugin popped, and the style values they carried).
    g.Style = style_;
    g.ColorStack = colors_;
    g.StyleVarStack = style_vars_;
    g.FontStack = fonts_;
    g.ItemFlagsStack = item_flags_;
    g.CurrentItemFlags = current_item_flags_;
    g.DisabledStackSize = disabled_;
    g.DisabledAlphaBackup = disabled_alpha_;
    g.FocusScopeStack = focus_scopes_;

    // 4. Windows the plugin closed (an extra End/EndChild): begun again,
    // which in ImGui appends to the same window, with their own stack
    // entries back.
    for (int i = same; i < n; ++i) {
        ImGuiWindow* w = windows_[static_cast<size_t>(i)].entry.Window;
        ImGui::Begin(w->Name, nullptr, w->Flags);
        g.CurrentWindowStack.back() = windows_[static_cast<size_t>(i)].entry;
    }

    // 5. The panel window's own stacks.
    ImGuiWindow* w = g.CurrentWindow;
    while (g.GroupStack.Size > groups_ && g.GroupStack.back().WindowID == w->ID) ImGui::EndGroup();
    for (const WindowState& s : windows_) s.entry.Window->IDStack = s.ids;
    w->DC.TreeDepth = tree_depth_;
    w->DC.TreeJumpToParentOnPopMask = tree_jump_mask_;
    w->DC.ItemWidthStack = item_widths_;
    w->DC.ItemWidth = item_width_;
    w->DC.TextWrapPosStack = wrap_positions_;
    w->DC.TextWrapPos = text_wrap_pos_;
    w->DC.NavFocusScopeIdCurrent = focus_scope_;
    ImDrawList* list = w->DrawList;
    while (list->_ClipRectStack.Size > clip_rects_.Size) list->PopClipRect();
    for (int i = list->_ClipRectStack.Size; i < clip_rects_.Size; ++i)
        list->PushClipRect(ImVec2(clip_rects_[i].x, clip_rects_[i].y), ImVec2(clip_rects_[i].z, clip_rects_[i].w));
    w->ClipRect = clip_rect_;
    while (list->_TextureIdStack.Size > textures_.Size) list->PopTextureID();
    for (int i = list->_TextureIdStack.Size; i < textures_.Size; ++i) list->PushTextureID(textures_[i]);
    ImGui::SetCurrentFont(font_);
}

void ImGuiStackGuard::finish() {
    if (!active_ || finished_) return;
    finished_ = true;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.CurrentWindow != windows_.back().entry.Window) return; // not restored: leave ImGui to report it
    ImGui::EndDisabled();
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::PopFont();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::PopID();
    g.CurrentWindowStack.back().StackSizesOnBegin = baseline_;
}

} // namespace wb::core
