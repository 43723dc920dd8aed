// rr_view.h - the two panels.
//
// "Ruptures" (RupturesView) for the current case: a toolbar, the case
// timeline drawn through the SDK canvas (sessions, ruptures, repair arcs,
// open tails, the alliance line; hover for details, click to select), the
// alliance check of the current session under it, and beside them (or
// under them, when the panel is too narrow for both: rr_layout.h) the list
// of ruptures with filters or the side form (log or edit a rupture, record
// repair actions, change its status). Marking a rupture repaired offers a
// spiral step when the spiral link is available.
//
// "Caseload" (CaseloadView): every case's open ruptures, oldest first,
// those unrepaired for more than N days highlighted; a click opens the
// rupture's session.
//
// State is small and lives here, next to where it is drawn. A form
// half-filled when the user switches case is kept for that case and comes
// back on return (rr_drafts.h has the rule). The store is only touched
// through RuptureModel and load_caseload().
#pragma once

#include "rr_caseload.h"
#include "rr_drafts.h"
#include "rr_layout.h"
#include "rr_model.h"
#include "rr_spiral_link.h"
#include "rr_story.h"
#include "rr_timeline.h"

#include <workbench/plugin.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rupture_repair {

class RupturesView {
public:
    explicit RupturesView(wb::Host host) : host_(host), model_(host), spiral_(host) {}

    void draw();
    void on_event(const wb_event& event);
    // The presentation story (rr_story.h): move by `delta` events, clamp,
    // and say where it stands. While presenting, the timeline shows that
    // step.
    wb::Story story(int delta);

    // What the panel shows (read by the tests).
    const CaseRecord& record() const { return record_; }
    bool form_open() const { return form_.open; }
    const Rupture& form_draft() const { return form_.draft; }
    const std::string& form_error() const { return form_.error; }
    const RepairAction& repair_draft() const { return form_.repair; }
    // The form holds a draft kept from before the user switched case.
    bool draft_restored() const { return form_.restored; }
    // How many cases have an unsaved form kept for them.
    std::size_t kept_drafts() const { return drafts_.size(); }
    const std::string& repair_error() const { return form_.repair_error; }
    const std::string& status_error() const { return form_.status_error; }
    const std::string& alliance_error() const { return alliance_.error; }
    int64_t selected() const { return selected_id_; }
    bool spiral_offer_open() const { return spiral_offer_.open; }
    // Where a rupture's marker was drawn last frame (screen px).
    std::optional<ImVec2> marker_screen_pos(int64_t rupture_id) const;

private:
    // Loading (rr_view.cpp).
    void follow_host_case();
    void reload();
    // The side form as the user would leave it (nothing when closed), and a
    // draft kept for this case put back (rr_drafts.h).
    std::optional<RuptureDrafts::Form> unsaved_form() const;
    void restore_draft();

    // Drawing, top to bottom.
    void draw_no_case();                           // rr_view.cpp
    void draw_empty_state();                       // rr_view.cpp
    void draw_toolbar();                           // rr_view.cpp
    void request_export();                         // "Export…": the host's dialog for the timeline
    void draw_timeline(float width, float height); // rr_timeline_draw.cpp
    void draw_story_timeline(float width, float height); // rr_story_view.cpp
    void handle_timeline_input(ImVec2 origin, ImVec2 size);
    void draw_alliance_editor(float width, int columns); // rr_form.cpp
    void draw_list(float width, float height);     // rr_list.cpp
    void draw_form(float width);                   // rr_form.cpp
    void draw_repairs_section(float field_w);      // rr_form.cpp
    void draw_status_section(float field_w);       // rr_form.cpp
    void draw_spiral_offer();                      // rr_form.cpp
    void open_new_form();                          // rr_form.cpp
    void open_edit_form(const Rupture& r);
    void close_form();

    const Rupture* find(int64_t id) const;
    std::ptrdiff_t index_of(int64_t id) const; // -1: not in the record
    void refresh_scene(float width, float height);
    TimelineInputs timeline_inputs(float width, float height); // rr_timeline_draw.cpp: measured text, sizes
    PanelLayoutInputs layout_inputs(ImVec2 avail);             // rr_view.cpp: for panel_layout()
    bool passes_filters(const Rupture& r) const; // rr_list.cpp

    wb::Host host_;
    RuptureModel model_;
    SpiralLink spiral_;

    // The case on screen.
    wb::CaseFollower case_; // the case shown, and when to reload it
    std::string case_stamp_; // which case case_ is (wb::case_stamp)
    CaseRecord record_;
    Settings settings_;
    std::string load_error_;
    std::string today_;
    uint64_t generation_ = 0;

    // Timeline: the cached geometry and where it sat on screen last frame.
    TimelineScene scene_;
    float text_font_ = 0;  // the font size text_ was measured at
    TimelineInputs text_;  // the timeline's text widths (measure_timeline_text)
    ImVec2 timeline_origin_{0, 0};
    bool timeline_drawn_ = false;
    int64_t selected_id_ = 0;
    int64_t hovered_id_ = 0;

    // The presentation story: its events (rebuilt on reload), where it
    // stands, and the record and timeline as of that step, rebuilt only
    // when the record or the step changes.
    std::vector<StoryEvent> story_events_;
    int story_step_ = 0;
    struct StoryKey {
        uint64_t generation = ~uint64_t{0};
        int step = -1;
        bool operator==(const StoryKey&) const = default;
    } story_key_;
    uint64_t story_generation_ = 0;
    CaseRecord story_record_;
    TimelineScene story_scene_;

    // List filters (-1: any). Age: 0 any, 1 older than N days, 2 within N days.
    int filter_status_ = -1;
    int filter_kind_ = -1;
    int filter_age_ = 0;

    // The list's rows after the filters, newest first, with what each shows
    // worked out once per reload or filter change, not every frame
    // (rr_list.cpp). `days`: to repair when repaired, else the age.
    struct ListRow {
        std::size_t index = 0; // into record_.ruptures
        bool overdue = false;
        bool repaired_in = false; // `days` is the time to repair
        int days = 0;
    };
    std::vector<ListRow> list_rows_;
    struct ListKey {
        uint64_t generation = 0;
        int status = -2, kind = -2, age = -2, overdue_days = -1;
        bool operator==(const ListKey&) const = default;
    } list_key_;
    void refresh_list_rows();
    void draw_list_row(const ListRow& row);

    // The side form for one rupture (new when draft.id == 0), with its
    // repair actions and its status for a stored one.
    struct Form {
        bool open = false;
        Rupture draft;
        std::string error;
        bool focus_description = false;
        bool reveal = false; // just opened: scroll it into view when it sits under the timeline
        RepairAction repair; // the repair being written
        std::string repair_error;
        int resolution = static_cast<int>(Resolution::Fully); // for "Mark repaired"
        std::string status_error;
        Rupture start;         // a new rupture's fields as the form opened
        bool restored = false; // kept from before the user switched case
    } form_;
    RuptureDrafts drafts_; // the other cases' unsaved forms

    // The alliance check of the current session being edited.
    struct AllianceDraft {
        int64_t session_id = -1; // the session the draft was filled for
        AllianceCheck check;
        bool stored = false;
        std::string error;
    } alliance_;

    // After "Mark repaired": offer a spiral step (only when available).
    struct SpiralOffer {
        bool request_open = false;
        bool open = false;
        int64_t rupture_id = 0;
        std::string error;
    } spiral_offer_;
    std::string notice_;
};

class CaseloadView {
public:
    explicit CaseloadView(wb::Host host) : host_(host) {}

    void draw();
    void on_event(const wb_event& event);

    const std::vector<CaseloadRow>& rows() const { return rows_; }
    int64_t selected() const { return selected_id_; }

private:
    void reload();

    wb::Host host_;
    bool stale_ = true;
    std::vector<CaseloadRow> rows_;
    Settings settings_;
    std::string load_error_;
    std::string notice_;
    int64_t selected_id_ = 0;
    bool overdue_only_ = false;
};

} // namespace rupture_repair
