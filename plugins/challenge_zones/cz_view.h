// cz_view.h - the "Challenge zones" panel: a toolbar, gentle supervisor
// prompts, the zone map drawn through the SDK canvas (drag a marker to
// another zone to record a placement), and beside it (or under it, when
// the panel is too narrow for both: cz_layout.h) the plan table or the
// challenge form.
//
// State is small and lives here, next to where it is drawn: the case's
// plan (reloaded on host events), the table filters, the map selection and
// drag, the reason popup and the form's draft. A form half-filled when the
// user switches case is kept for that case and comes back on return
// (cz_drafts.h has the rule). The store is only touched through
// ChallengeModel; the prompts come from supervisor_prompts().
#pragma once

#include "cz_drafts.h"
#include "cz_layout.h"
#include "cz_model.h"
#include "cz_prompts.h"
#include "cz_scene.h"
#include "cz_story.h"

#include <workbench/plugin.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace challenge_zones {

class PlannerView {
public:
    explicit PlannerView(wb::Host host) : host_(host), model_(host) {}

    void draw();
    void on_event(const wb_event& event);
    // The presentation story (cz_story.h): move by `delta` sessions, clamp,
    // and say where it stands. While presenting, the map shows that step.
    wb::Story story(int delta);

    // What the panel shows (read by the tests).
    const CasePlan& plan() const { return plan_; }
    const std::vector<Prompt>& prompts() const { return prompts_; }
    bool form_open() const { return form_.open; }
    const Challenge& form_draft() const { return form_.draft; }
    const std::string& form_error() const { return form_.error; }
    // The form holds a draft kept from before the user switched case.
    bool draft_restored() const { return form_.restored; }
    // How many cases have an unsaved form kept for them.
    std::size_t kept_drafts() const { return drafts_.size(); }
    bool reason_popup_open() const { return move_.open; }
    int64_t selected() const { return selected_id_; }
    // Where a challenge's current marker was drawn last frame (screen px).
    std::optional<ImVec2> marker_screen_pos(int64_t challenge_id) const;
    // The screen-space centre of a zone's band in the last frame.
    std::optional<ImVec2> zone_screen_centre(Zone zone) const;
    // The zone band under a screen point, from the last frame's geometry.
    std::optional<Zone> zone_at(ImVec2 screen) const;
    std::optional<Zone> current_zone(int64_t challenge_id) const;
    int comfort_sessions() const;

private:
    // Loading (cz_view.cpp).
    void follow_host_case();
    void reload();
    // The side form as the user would leave it (nothing when closed), and a
    // draft kept for this case put back (cz_drafts.h).
    std::optional<ChallengeDrafts::Form> unsaved_form() const;
    void restore_draft();

    // Drawing, top to bottom.
    void draw_no_case();                  // cz_view.cpp
    void draw_empty_state();              // cz_view.cpp
    void draw_toolbar();                  // cz_view.cpp
    void draw_toolbar_settings();         // cz_view.cpp: trajectories and the nudge
    void request_export();                // "Export…": the host's dialog for the map export
    void draw_prompts();                  // cz_view.cpp
    void draw_map(float width, float height); // cz_map.cpp
    void draw_story_map(float width, float height); // cz_story_view.cpp: the map as of the story's step
    SceneInputs scene_inputs(float width, float height); // cz_map.cpp
    void handle_map_input(ImVec2 origin, ImVec2 size);
    void draw_reason_popup();             // cz_map.cpp
    void draw_table(float width, float height); // cz_table.cpp
    void draw_form(float width);          // cz_form.cpp
    void open_new_form();                 // cz_form.cpp
    void open_edit_form(const Challenge& c);
    void close_form();

    const Challenge* find(int64_t id) const;
    std::ptrdiff_t index_of(int64_t id) const; // -1: not in the plan
    void refresh_scene(float width, float height);
    PlannerLayoutInputs layout_inputs(ImVec2 avail); // cz_view.cpp: for planner_layout()

    wb::Host host_;
    ChallengeModel model_;

    // The case on screen.
    wb::CaseFollower case_; // the case shown, and when to reload it
    std::string case_stamp_; // which case case_ is (wb::case_stamp)
    CasePlan plan_;
    std::vector<Prompt> prompts_;
    std::string load_error_;
    std::string today_;

    // The plan indexed once per reload (cz_scene.h); plan_generation_
    // changes with every reload so the caches below know to rebuild.
    PlanIndex index_;
    uint64_t plan_generation_ = 0;
    std::vector<std::string> row_labels_; // per challenge: the table's label

    // Map: selection, trails, and the cached geometry (region pixels) with
    // where the map sat on screen last frame, for hit tests.
    int64_t selected_id_ = 0;
    TrailMode trails_ = TrailMode::All;
    MapScene scene_;
    std::vector<char> trail_shown_; // per challenge, this frame
    std::vector<float> ring_scratch_; // one circle's points, reused
    ImVec2 map_origin_{0, 0};
    bool map_drawn_ = false;
    float text_font_ = 0; // the font size text_ was measured at
    SceneInputs text_;    // the map's text widths (cz_map_paint.h: measure_map_text)
    float map_x0_ = 0, map_x1_ = 0;
    float marker_radius_px_ = 8;
    int64_t hovered_id_ = 0;
    int64_t drag_id_ = 0;

    // The "why this zone?" popup after a drag.
    struct Move {
        bool open = false;
        bool request_open = false;
        int64_t challenge_id = 0;
        Zone to = Zone::Optimal;
        std::string reason;
        int64_t session_id = 0; // 0: today, no session
        std::string error;
    } move_;

    // The presentation story: its steps (rebuilt on reload), where it
    // stands, and the plan, index and map as of that step, rebuilt only
    // when the plan or the step changes.
    std::vector<StoryStep> story_steps_;
    int story_step_ = 0;
    struct StoryKey {
        uint64_t plan_generation = ~uint64_t{0};
        int step = -1;
        bool operator==(const StoryKey&) const = default;
    } story_key_;
    uint64_t story_generation_ = 0;
    CasePlan story_plan_;
    PlanIndex story_index_;
    MapScene story_scene_;
    std::vector<char> story_trails_;

    // Table filters (-1: every value).
    int filter_aspect_ = -1;
    int filter_status_ = -1;
    int filter_zone_ = -1; // kZoneCount: "not placed yet"
    // The table's rows (plan indexes) after filters and sorting, rebuilt
    // only when the plan, a filter or the sort order changes.
    struct RowsKey {
        uint64_t plan_generation = ~uint64_t{0};
        int aspect = -1, status = -1, zone = -1;
        int sort_column = -1;
        int sort_direction = 0;
        bool operator==(const RowsKey&) const = default;
    } rows_key_;
    std::vector<uint32_t> rows_;
    std::vector<char> row_overdue_; // per challenge
    void refresh_rows(const RowsKey& key);

    // The side form for one challenge (new when draft.id == 0), with a
    // section to record a placement of a stored one.
    struct Form {
        bool open = false;
        Challenge draft;
        std::string error;
        bool focus_description = false;
        bool reveal = false; // just opened: scroll it into view when it sits under the map
        int zone = -1; // placement: -1 until chosen
        int64_t session_id = 0;
        std::string date;
        std::string reason;
        std::string place_error;
        Challenge start;       // a new challenge's fields as the form opened
        bool restored = false; // kept from before the user switched case
    } form_;
    ChallengeDrafts drafts_; // the other cases' unsaved forms
    std::string notice_;
};

} // namespace challenge_zones
