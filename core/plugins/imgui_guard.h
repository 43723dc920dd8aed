// core/plugins/imgui_guard.h - puts Dear ImGui's stacks back the way they
// were before a plugin's panel code ran.
//
// A panel that throws (or returns an error) halfway through may leave a
// child window, a style push or an ID push open. ImGui asserts on that at
// the next End() or at the end of the frame and would take the whole host
// down, so the host snapshots the stacks before calling draw and unwinds
// them afterwards.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

namespace wb::core {

class ImGuiStackGuard {
public:
    // Snapshots the current context; does nothing without a context/window.
    ImGuiStackGuard();
    // True if the stacks are as they were at construction.
    bool balanced() const;
    // Unwinds everything pushed since construction.
    void restore() const;

private:
    bool active_ = false;
    ImGuiStackSizes sizes_; // what End() checks
    int windows_ = 0, tables_ = 0, tab_bars_ = 0;
    int tree_depth_ = 0, item_widths_ = 0, wrap_pos_ = 0, clip_rects_ = 0;
};

} // namespace wb::core
