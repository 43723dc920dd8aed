// af_view.h - the "Activity flow" panel.
//
// For the current case: a toolbar (which recording, a new one, compare
// with another, export, help); the live band while a recording is open
// (a large timer, start / pause / resume / finish, four big activity
// buttons and keys 1-4, N for a note, the activity under way as a large
// coloured band); the sequence diagram with its key; under it the editing
// timeline (select, split, merge, recode, re-time by dragging or typing);
// and beside them the figures, a comparison with a second recording, the
// recording's settings and its notes.
//
// While presenting, the diagram grows one story step at a time (story())
// with a caption, and notes are drawn only through the host's privacy
// helpers. The store is only touched through ActivityModel / LiveRecorder.
#pragma once

#include "af_diagram.h"
#include "af_live.h"
#include "af_model.h"

#include <workbench/plugin.hpp>

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace activity_flow {

class FlowView {
public:
    FlowView(wb::Host host, Clock clock);
    ~FlowView();
    FlowView(const FlowView&) = delete;
    FlowView& operator=(const FlowView&) = delete;

    void draw();
    void on_event(const wb_event& event);
    // The presentation story of the recording on screen: the diagram grows
    // by one chunk (af_flow.h kStoryChunkMs) per step.
    wb::Story story(int delta);

    // What the panel shows (read by the tests and the benchmark).
    const std::vector<Recording>& recordings() const { return recordings_; }
    int64_t shown_id() const { return shown_id_; }
    const std::optional<RecordingData>& shown() const { return shown_; }
    const LiveRecorder& live() const { return live_; }
    int64_t selected_stretch() const { return selected_stretch_; }
    const std::string& error() const { return error_; }
    bool new_form_open() const { return form_.open; }
    bool note_open() const { return note_.open; }
    const DiagramScene& scene() const { return scene_; }
    // The activity the live band showed in the last frame (none: no band).
    std::optional<Activity> band_shown() const { return band_shown_; }
    int story_step() const { return story_step_; }
    // Picks the recording shown, and the one beside it (as the toolbar's
    // combos do; 0: none).
    void show_recording(int64_t id);
    void compare_with(int64_t id);
    bool compare_shown() const { return compare_.has_value(); }

private:
    // Loading (af_view.cpp).
    void follow_host_case();
    void reload();
    void reload_shown();
    int64_t duration_now() const; // live clock for the live recording, else stored
    // How much of the shown recording the diagram and figures cover: all of
    // it, or while presenting only as far as the story has got (the story
    // step is clamped here, so a shorter recording never leaves it past
    // its end).
    int64_t story_covered_ms();

    // Input that must show in the same frame (af_live_view.cpp).
    void handle_keys();
    void press_activity(Activity a);
    void open_note();
    void open_form(); // "New recording" with its defaults

    // Drawing, top to bottom.
    void draw_no_case();                          // af_view.cpp
    void draw_toolbar();                          // af_view.cpp
    void draw_help_marker();                      // af_view.cpp
    void draw_new_form();                         // af_live_view.cpp
    void draw_live();                             // af_live_view.cpp
    void draw_band(float width, float height);    // af_live_view.cpp
    void draw_note_input();                       // af_live_view.cpp
    void draw_diagram(float width, float height); // af_diagram_view.cpp
    void draw_strip(float width);                 // af_timeline_view.cpp
    void draw_stretch_editor(float width);        // af_timeline_view.cpp
    void draw_figures(float width);               // af_figures_view.cpp
    void draw_settings(float width);              // af_figures_view.cpp
    void draw_notes(float width);                 // af_figures_view.cpp
    void request_export();

    void apply(const Outcome& out); // keeps an error, reloads after a write
    bool can_write() const { return !host_.read_only(); }

    wb::Host host_;
    ActivityModel model_;
    LiveRecorder live_;

    wb::CaseFollower case_;
    std::vector<Recording> recordings_;
    std::vector<SessionRef> sessions_;
    int64_t shown_id_ = 0;
    std::optional<RecordingData> shown_;
    int64_t compare_id_ = 0;
    std::optional<RecordingData> compare_;
    uint64_t generation_ = 0;
    std::string load_error_;
    std::string error_;
    std::string notice_;

    // Diagram: the cached geometry and where it sat on screen.
    DiagramScene scene_;
    DiagramScene compare_scene_;
    ImVec2 diagram_origin_{0, 0};
    int hovered_square_ = -1;

    // Timeline strip and the selected stretch.
    int64_t selected_stretch_ = 0;
    int drag_boundary_ = -1; // stretch index whose start is being dragged
    int64_t drag_ms_ = 0;
    std::string split_at_, start_at_; // the editor's time fields ("m:ss")
    int64_t fields_for_ = -1;         // the stretch the fields were filled for

    // "New recording".
    struct NewForm {
        bool open = false;
        std::string title;
        int64_t session_id = 0; // 0: none
        int slice_s = kDefaultSliceSeconds;
    } form_;

    // A note being written (N): the moment it was opened.
    struct NoteDraft {
        bool open = false;
        bool focus = false;
        int64_t at_ms = 0;
        std::string text;
    } note_;

    // The recording's settings being edited.
    struct SettingsDraft {
        int64_t for_id = -1;
        std::string title;
        int64_t session_id = 0;
        int slice_s = kDefaultSliceSeconds;
    } settings_;

    std::optional<Activity> band_shown_;
    int story_step_ = 0;
};

} // namespace activity_flow
