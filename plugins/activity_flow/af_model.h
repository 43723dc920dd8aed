// af_model.h - activity recordings in the store: the plugin's tables,
// loading a case's recordings and one recording's stretches and notes, the
// live writes (start, switch, checkpoint, finish, note) and the edits
// afterwards (split, merge, recode, re-time, notes, title and slice
// length), each as one undoable wb::Edit.
//
// Every stretch row is written the moment it starts, so closing the app (or
// a crash) mid-recording loses nothing already switched; the recording's
// active time is checkpointed with every switch, note and pause.
//
// Plain C++ over wb::Host (no ImGui), tested without a window. Input that
// fails the checks in af_types.h / af_flow.h is refused with a message and
// nothing is written; store failures surface as wb::Error from the SDK.
// Nothing here logs case content.
#pragma once

#include "af_types.h"

#include <workbench/plugin.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace activity_flow {

// The result of a change (wb::Outcome): `error` says why nothing was
// written; `id` is the new row's id (start, switch, note, split).
using Outcome = wb::Outcome;

// A session of the case, for the "which session" picker.
struct SessionRef {
    int64_t id = 0;
    std::string date;
};

// The length of a recording as far as the store knows: its checkpointed
// active time, or the last stretch or note if one is later (they are
// written first, so after a crash they may be).
int64_t stored_duration(const RecordingData& d);

class ActivityModel {
public:
    explicit ActivityModel(wb::Host host) : host_(host) {}

    // 1: activity_flow__recordings, __stretches, __notes.
    static std::span<const wb_migration> migrations();

    std::vector<Recording> recordings(int64_t case_id) const; // oldest first
    std::optional<Recording> find(int64_t recording_id) const;
    std::optional<RecordingData> load(int64_t recording_id) const;
    std::vector<SessionRef> sessions(int64_t case_id) const; // by date

    // ---- Live (each one undo step) --------------------------------------------------
    // A new recording whose first stretch (`first`) starts at 0:00.
    Outcome start(int64_t case_id, std::optional<int64_t> session_id, std::string_view title, int slice_s,
                  Activity first, const std::string& today = today_local());
    // The activity changes at `at_ms` (active time): a new stretch row, and
    // the checkpoint. The same activity again writes nothing; a switch at
    // the very moment the last stretch began recodes that one instead.
    Outcome switch_to(int64_t recording_id, int64_t at_ms, Activity a);
    // Stores the active time so far (on pause); `label` names the undo step.
    Outcome checkpoint(int64_t recording_id, int64_t active_ms, const char* label = "Pause recording");
    // Ends the recording at `active_ms` (never before its last stretch or note).
    Outcome finish(int64_t recording_id, int64_t active_ms);
    // A note at `at_ms`; with `checkpoint_ms`, the recording's active time
    // is stored too (a note taken live).
    Outcome add_note(int64_t recording_id, int64_t at_ms, std::string_view text,
                     std::optional<int64_t> checkpoint_ms = std::nullopt);

    // ---- Edits afterwards (each one undo step) ----------------------------------------
    Outcome split(int64_t stretch_id, int64_t at_ms);
    Outcome merge_with_next(int64_t stretch_id);
    Outcome recode(int64_t stretch_id, Activity a);
    Outcome retime(int64_t stretch_id, int64_t start_ms); // moves its start
    Outcome update_note(int64_t note_id, int64_t at_ms, std::string_view text);
    Outcome remove_note(int64_t note_id);
    Outcome update_recording(int64_t recording_id, std::string_view title, std::optional<int64_t> session_id,
                             int slice_s);
    Outcome remove_recording(int64_t recording_id); // with its stretches and notes

    // Adds the fictional demo recordings for `family` ("rivers", "harbour",
    // "meadow"; anything else reads as "rivers") to `case_id` in one edit,
    // hung on the case's sessions in date order, unless the case already
    // has recordings. Returns how many were added.
    int seed_demo(int64_t case_id, std::string_view family, const std::string& today = today_local());

private:
    struct StretchRow {
        RecordingData data;
        std::size_t index = 0;
    };
    std::optional<StretchRow> stretch_row(int64_t stretch_id) const;
    std::string resolve_session(int64_t case_id, std::optional<int64_t> session_id) const;
    int64_t insert_recording(const Recording& r);
    int64_t insert_stretch(int64_t recording_id, int64_t start_ms, Activity a);
    int64_t insert_note(int64_t recording_id, int64_t at_ms, const std::string& text);
    void write_active(int64_t recording_id, int64_t active_ms);

    wb::Host host_;
};

} // namespace activity_flow
