// spiral_view.h - the "Partnership spiral" panel: a toolbar (add, filters,
// fit, replay), the map drawn through the SDK canvas, and a side column
// with the step form and the safe-space notes.
//
// State is small and lives here, next to where it is drawn: the case's
// steps and their layout (reloaded on host events), the filters, the map's
// zoom and pan, the replay position, and the form's draft. The store is
// only touched through SpiralModel; positions come from spiral_layout.
#pragma once

#include "spiral_layout.h"
#include "spiral_map_paint.h"
#include "spiral_model.h"
#include "spiral_scene.h"

#include <workbench/plugin.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spiral_mapper {

class SpiralView {
public:
    static constexpr double kReplaySecondsPerStep = 0.6;

    explicit SpiralView(wb::Host host) : host_(host), model_(host) {}

    void draw();
    void on_event(const wb_event& event);

    // The presentation story (SDK 1.3): the replay, one step at a time.
    // Moves the replay by `delta` steps (clamped), stops playing, and says
    // where it stands: step i of the case's steps, and a caption with the
    // step's kind and the date of the session it belongs to. Count 0 when
    // the case has no steps. While presenting, the panel draws the spiral
    // up to that step and the step itself beside it.
    wb::Story story(int delta);

    // What the panel shows (read by the tests).
    const std::vector<Step>& steps() const { return steps_; }
    bool form_open() const { return form_.open; }
    int64_t form_step_id() const { return form_.draft.id; }
    const Step& form_draft() const { return form_.draft; }
    const std::string& form_error() const { return form_.error; }
    // Where a step's marker was drawn in the last frame (screen pixels).
    std::optional<ImVec2> marker_screen_pos(int64_t step_id) const;
    int visible_count() const; // steps shown by the replay
    bool playing() const { return playing_; }
    float zoom() const { return zoom_; }
    bool shown_by_filters(const Step& step) const;

private:
    // Selection and loading (spiral_view.cpp).
    void follow_host_case();
    void reload();
    void refresh_filters(); // recomputes shown_ when the filters changed
    std::ptrdiff_t selected_index() const;

    // Drawing, top to bottom (spiral_view.cpp unless noted).
    void draw_no_case();
    void draw_empty_state();
    void draw_toolbar();
    void draw_filters_popup();
    void request_export(); // "Export…": the host's dialog for the map export
    void draw_replay_controls();
    void advance_replay();
    void draw_side(float width, float height);
    void draw_story_step(); // while presenting: the step the story stands on
    // What a step says (kind, date, theme, description, effects): the
    // tooltip and the story column both draw it, masked the same way.
    void draw_step_details(const Step& step, std::size_t index);
    // The safe-space notes as text (the side column and the core's tooltip).
    void draw_space_notes();
    void draw_safe_space(float width);
    void draw_summary();
    void draw_form(float width); // spiral_form.cpp
    void open_new_form();        // spiral_form.cpp
    void open_edit_form(const Step& step);
    void close_form();

    // The map (spiral_map_draw.cpp).
    void draw_map(float width, float height);
    // `centre`: the middle of the area the spiral is fitted into (zoom
    // keeps it still), in region pixels.
    void handle_map_input(ImVec2 origin, ImVec2 size, ImVec2 centre, float scale, ImVec2 offset);
    void draw_step_tooltip(const Step& step, std::size_t index);
    void draw_core_tooltip(bool names_on_map);
    void draw_legend_tooltip(const Legend& legend); // the compact legend's names

    wb::Host host_;
    SpiralModel model_;
    LayoutParams params_;

    // The case on screen.
    wb::CaseFollower case_; // the case shown, and when to reload it
    std::vector<Step> steps_;
    Layout layout_;
    uint64_t layout_generation_ = 0; // bumped by every reload (the scene follows it)
    Bounds bounds_;                  // content_bounds of every step, for "fit"
    std::vector<std::string> themes_; // distinct, as first written
    // The side column's counts, worked out once per reload.
    struct Summary {
        std::array<int, kKindCount> per_kind{};
        int strained = 0;
        std::string loops; // "sleep (3), feeding (2)"
    } summary_;
    std::vector<SessionRef> sessions_;
    SafeSpace saved_space_, draft_space_;
    std::string load_error_;

    // Filters: which steps are drawn in full (others fade).
    std::array<bool, kKindCount> kind_shown_{true, true, true, true, true};
    std::string theme_filter_; // "" = every theme
    std::string date_from_, date_to_;
    // The filters as last applied, and per step whether it passes them:
    // worked out when they change, not every frame.
    struct FilterState {
        std::array<bool, kKindCount> kinds{};
        std::string theme, from, to;
        bool operator==(const FilterState&) const = default;
    } applied_filters_;
    std::vector<char> shown_;
    uint64_t filter_generation_ = 0;
    int faded_count_ = 0;

    // The map's view: zoom relative to "fit", pan in pixels.
    float zoom_ = 1.0f;
    ImVec2 pan_{0, 0};
    bool dragging_ = false;
    int hovered_ = -1;           // step index under the mouse
    bool core_hovered_ = false;
    int64_t selected_id_ = 0;
    std::vector<ImVec2> marker_px_; // per step, last frame
    float marker_px_radius_ = 0;
    // The map's drawing, rebuilt only when its inputs change (see
    // spiral_scene.h), and scratch space for painting it.
    Scene scene_;
    PaintScratch paint_scratch_;

    // Replay: the first `replay_count_` steps are shown (-1: all).
    int replay_count_ = -1;
    bool playing_ = false;
    double next_tick_ = 0;

    // The side form for one step (new when draft.id == 0).
    struct Form {
        bool open = false;
        Step draft;
        std::string error;
        bool focus_description = false;
    } form_;
    std::string notice_; // a calm line after a change
    bool editing_space_ = false; // the safe-space notes show as text until "Edit"
};

} // namespace spiral_mapper
