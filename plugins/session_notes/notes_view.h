// notes_view.h - the "Session notes" panel: the four reflection prompts of
// the selected session, saved as you type, and a search over the case.
//
// State is small and lives here, next to where it is drawn: the draft the
// inputs edit, which fields have unsaved typing, and the search box. The
// store is only touched through NotesModel.
#pragma once

#include "notes_model.h"

#include <workbench/plugin.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace session_notes {

class NotesView {
public:
    // Typing is committed after this long without a keystroke, so a burst
    // of typing becomes one undo step.
    static constexpr double kAutosaveDelaySeconds = 1.5;

    explicit NotesView(wb::Host host) : host_(host), model_(host) {}

    // Draws the panel content (the host has begun the window or tab).
    void draw();
    // Reacts to host events: selection changes, undo/redo, data changes.
    void on_event(const wb_event& event);
    // Saves typing not yet committed (a field still being edited, or a
    // burst within the autosave pause). The plugin calls it before it goes
    // away, so quitting, switching stores or switching the plugin off never
    // drops text. A failure leaves the draft and error() set.
    void commit();

    // What the panel currently shows (read by the tests).
    int64_t session_id() const { return session_id_; }
    const NoteFields& draft() const { return draft_; }
    bool has_unsaved_typing() const;
    // True while the panel stays on a session the host has left, because
    // that session's typing could not be saved (shown with the reason).
    bool holding_unsaved_session() const;
    const std::string& error() const { return error_; }
    const std::string& query() const { return query_; }
    const std::vector<SearchResult>& results() const { return results_; }

private:
    // Selection and loading.
    void follow_host_selection();
    void switch_to(int64_t session_id);
    void reload();

    // Drawing, top to bottom.
    void draw_empty_state();
    void draw_header();
    void draw_unsaved_hold();
    void draw_fields(float width, float height);
    void draw_field(int field, float width, float min_height);
    bool wrapped_box(const char* id, const std::string& text, ImVec2 size, bool editable);
    void draw_search(float width, float height);
    void draw_result(const SearchResult& result, float width);
    void refresh_results();

    wb::Host host_;
    NotesModel model_;

    // The session on screen and its notes.
    int64_t session_id_ = 0;
    bool loaded_ = false;
    std::optional<SessionInfo> info_;
    NoteFields saved_;                        // what the store holds
    NoteFields draft_;                        // what the inputs show
    std::array<bool, kFieldCount> dirty_{};   // typed but not yet committed
    // ImGui 1.86 cannot wrap lines inside an input, so a field shows its
    // text wrapped and becomes an input only while being edited.
    int editing_field_ = -1;
    bool focus_request_ = false; // give the new input the keyboard focus
    int focus_frames_ = 0;       // frames the new input has to take it
    bool cursor_to_end_ = false; // start typing after the existing text
    double last_keystroke_ = 0;
    bool save_failed_ = false;
    std::string error_;

    // The search over the case's notes.
    std::string query_;
    int64_t results_case_ = 0;
    bool results_stale_ = true;
    std::vector<SearchResult> results_;
};

} // namespace session_notes
