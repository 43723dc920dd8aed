// lm_view.h - the "Learning map" panel: a toolbar with the history slider
// (and play), the practitioner / "with family" switch and export; the map
// drawn through the SDK canvas (hover for details, click a domain to open
// it); and beside it the side form: a domain's signs of learning and its
// priority, or the session's condition ratings.
//
// The "with family" view is larger and plainer and shows no notes at all,
// only names, counts and markers. While presenting, Page Down / Page Up
// step the history slider (the story) and notes go through the host's
// privacy mask.
//
// State lives here, next to where it is drawn: the case's data (reloaded on
// host events), the viewed session, the selection and the forms' drafts. A
// sign of learning half-typed when the user switches case is kept for that
// case and comes back with the form on return (lm_drafts.h has the rule).
// The store is only touched through LearningModel.
#pragma once

#include "lm_aggregate.h"
#include "lm_drafts.h"
#include "lm_model.h"
#include "lm_scene.h"

#include <workbench/plugin.hpp>

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace learning_map {

// The plugin setting that remembers the last view ("family" or "practitioner").
inline constexpr const char* kViewSetting = "view";

class LearningMapView {
public:
    explicit LearningMapView(wb::Host host)
        : host_(host), model_(host), family_(host.setting(kViewSetting, "") == "family") {}

    void draw();
    void on_event(const wb_event& event);
    // The presentation story: one step per session (SDK 1.3).
    wb::Story story(int delta);

    // What the panel shows (read and driven by the tests).
    const CaseData& data() const { return data_; }
    const MapState& state() const { return state_; }
    int viewed_index() const { return state_.session_index; }
    void view_session(int index); // as the slider does
    bool family_view() const { return family_; }
    void set_family_view(bool on) { family_ = on; }
    void choose_family_view(bool on); // as the toolbar does: remembered
    int selected_domain() const { return selected_; }
    void select_domain(int domain); // -1: none (the conditions form)
    bool playing() const { return playing_; }
    const std::string& evidence_error() const { return evidence_.error; }
    const Evidence& evidence_draft() const { return evidence_.draft; }
    // The form holds a draft kept from before the user switched case.
    bool draft_restored() const { return evidence_.restored; }
    // How many cases have an unsaved draft kept for them.
    std::size_t kept_drafts() const { return drafts_.size(); }
    const std::string& priority_error() const { return priority_error_; }
    const std::string& ratings_error() const { return ratings_.error; }
    const std::string& notice() const { return notice_; }
    // Where a domain's node was drawn last frame (screen px).
    std::optional<ImVec2> domain_screen_pos(Domain d) const;

private:
    // Loading (lm_view.cpp).
    void follow_host();
    void reload();
    // The side form as the user would leave it (nothing when no domain is
    // open), and a draft kept for this case put back (lm_drafts.h).
    std::optional<EvidenceDrafts::Form> unsaved_form() const;
    void restore_draft();
    void refresh_state();

    // Drawing (lm_view.cpp, lm_map.cpp, lm_form.cpp).
    void draw_no_case();
    void draw_no_sessions();
    void draw_toolbar();
    void draw_history();
    void draw_export_menu();
    void draw_map(float width, float height);
    void draw_map_tooltip(int domain, int condition);
    void draw_side(float width);
    void draw_domain_form(Domain d, float width);
    void draw_evidence_list(Domain d, float width, bool editable);
    void draw_evidence_editor(Domain d, float width);
    void draw_conditions_form(float width);
    void advance_play();

    void start_edit(const Evidence& e);
    void reset_evidence_draft();
    ConditionRatings session_ratings() const;
    void rate(Rater r, Condition c, std::optional<int> value); // stores it at once

    wb::Host host_;
    LearningModel model_;

    wb::CaseFollower case_;
    std::string case_stamp_; // which case case_ is (wb::case_stamp)
    CaseData data_;
    std::string load_error_;
    uint64_t generation_ = 0;   // changes with every reload
    int64_t synced_session_ = -1; // the host's session last applied to the slider

    // The viewed session (index into data_.sessions; -1: the latest) and
    // the state worked out for it, recomputed only when either changes.
    int view_index_ = -1;
    MapState state_;
    uint64_t state_generation_ = ~uint64_t{0};
    int state_index_ = -2;

    bool family_ = false;
    int selected_ = -1;
    int hovered_ = -1;
    bool playing_ = false;
    float play_clock_ = 0;

    MapScene scene_;
    ImVec2 map_origin_{0, 0};
    bool map_drawn_ = false;

    // The evidence editor (add when id == 0, else edit).
    struct EvidenceDraft {
        Evidence draft;
        bool session_chosen = false; // else a new note follows the session viewed
        std::string error;
        int64_t confirm_delete = 0;
        bool restored = false; // kept from before the user switched case
    } evidence_;
    EvidenceDrafts drafts_; // the other cases' unsaved signs of learning
    std::string priority_error_;

    // Why the last rating click was refused, for the session it was made in.
    struct RatingsError {
        std::string error;
        int64_t session_id = 0;
    } ratings_;

    std::string notice_;
};

} // namespace learning_map
