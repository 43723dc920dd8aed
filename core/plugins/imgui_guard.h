// core/plugins/imgui_guard.h - keeps a plugin's Dear ImGui mistakes from
// taking the host down, and puts ImGui's stacks back afterwards.
//
// Debian's Dear ImGui is built with its asserts on, so a stack mistake
// aborts the whole process. Two kinds of mistake reach the host:
//  - left open: a panel that throws (or just forgets) leaves a child window,
//    a style push or an ID push open. ImGui would assert at the host's next
//    End() or at the end of the frame.
//  - closed too often: a bare PopStyleColor()/PopID()/EndChild() pops what
//    the host pushed, or asserts at once on an empty stack.
// For the second kind the guard pushes sentinels before the plugin runs: one
// harmless entry on each stack a plugin may pop (an ID entry that keeps the
// same ID seed, a colour and a style variable set to their current values,
// the current font, item width, text wrap position and a no-op
// BeginDisabled(false)), so one extra pop of each lands on a sentinel
// instead of asserting. The window the panel is drawn in (the tab's child
// window in the workbench) has its ImGui baseline moved to include the
// sentinels, so one extra EndChild() (or End() in a top-level window)
// closes it without asserting.
// Afterwards the guard compares everything with its snapshot; if anything
// is off it unwinds what was left open, re-pushes what was popped, re-opens
// the window that was closed, and reports which stacks were wrong.
//
// What cannot be caught this way (ImGui asserts inside the plugin's own
// call, before the host can act) is listed in sdk/README.md ("Panels").
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

namespace wb::core {

class ImGuiStackGuard {
public:
    // Pushes the sentinels and snapshots the context. Inactive (every call
    // a no-op) without a context or a current window.
    ImGuiStackGuard();
    ~ImGuiStackGuard(); // finish(), if not yet called
    ImGuiStackGuard(const ImGuiStackGuard&) = delete;
    ImGuiStackGuard& operator=(const ImGuiStackGuard&) = delete;

    struct Check {
        bool balanced = true;
        bool over_closed = false; // something was ended or popped that the plugin had not opened
        std::string stacks;       // which ones, e.g. "PushID/PopID, PushStyleColor/PopStyleColor"
    };
    // Compares the context with the snapshot.
    Check check() const;
    bool balanced() const { return check().balanced; }
    // Puts everything back as it was at the snapshot.
    void restore();
    // Pops the sentinels and gives the window its own baseline back. Call
    // once the stacks are balanced (or restored).
    void finish();

private:
    struct WindowState {
        ImGuiWindowStackData entry; // as on CurrentWindowStack
        ImVector<ImGuiID> ids;      // the window's ID stack
    };
    bool active_ = false;
    bool finished_ = false;
    ImGuiStackSizes baseline_{}; // the window's own, before the sentinels

    // The window stack, innermost last; the panel's window is the last one.
    std::vector<WindowState> windows_;
    // The panel window's own stacks.
    short tree_depth_ = 0;
    ImU32 tree_jump_mask_ = 0;
    float item_width_ = 0, text_wrap_pos_ = 0;
    ImVector<float> item_widths_, wrap_positions_;
    ImRect clip_rect_;
    ImVector<ImVec4> clip_rects_;
    ImVector<ImTextureID> textures_;
    ImGuiID focus_scope_ = 0;
    // The context's (global) stacks.
    ImGuiStyle style_;
    ImVector<ImGuiColorMod> colors_;
    ImVector<ImGuiStyleMod> style_vars_;
    ImVector<ImFont*> fonts_;
    ImFont* font_ = nullptr;
    ImVector<ImGuiItemFlags> item_flags_;
    ImGuiItemFlags current_item_flags_ = 0;
    int disabled_ = 0;
    float disabled_alpha_ = 0;
    ImVector<ImGuiID> focus_scopes_;
    int groups_ = 0, popups_ = 0, tables_ = 0, tab_bars_ = 0;
};

} // namespace wb::core
