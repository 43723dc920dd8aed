// notes_model.h - session notes as data: the table, loading and saving one
// session's notes as one undoable edit, and searching a case's notes.
//
// Plain C++ over wb::Host (no ImGui), so it is tested without a window.
// Every store failure surfaces as a wb::Error thrown by the SDK helpers; the
// view catches it and shows it. Nothing here logs note content.
#pragma once

#include "notes_text.h"

#include <workbench/plugin.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace session_notes {

// The four reflection prompts, in the order they are written and shown.
enum Field { Happened = 0, Felt, Noticed, NextStep, kFieldCount };

struct FieldInfo {
    const char* column; // column in session_notes__notes
    const char* label;  // the prompt
    const char* hint;   // one warm line under the prompt
};
const FieldInfo& field_info(int field);

struct NoteFields {
    std::array<std::string, kFieldCount> text;
    bool empty() const;
    bool operator==(const NoteFields&) const = default;
};

// What the header shows about the selected session (read from the core).
struct SessionInfo {
    int64_t id = 0;
    int64_t case_id = 0;
    std::string date;
    std::string supervisee;
    std::string case_code;
};

struct SearchResult {
    int64_t session_id = 0;
    std::string date;
    std::string supervisee;
    int field = Happened;    // the first field that matched
    int match_count = 0;     // matches across all four fields
    Snippet snippet;
};

class NotesModel {
public:
    explicit NotesModel(wb::Host host) : host_(host) {}

    // The plugin's migrations (migration 1 creates session_notes__notes).
    static std::span<const wb_migration> migrations();

    // The notes of one session; empty fields when none were written.
    NoteFields load(int64_t session_id) const;

    // Writes the notes as one undo step ("Edit session notes"). Returns
    // false, writing nothing, when the store already holds exactly this
    // (or there is no row and every field is empty).
    bool save(int64_t session_id, const NoteFields& fields);

    std::optional<SessionInfo> session(int64_t session_id) const;

    // Sessions of `case_id` whose notes contain `query` (ASCII case
    // ignored, every character literal), newest first.
    std::vector<SearchResult> search(int64_t case_id, std::string_view query) const;

    // Fills a fictional demo family's notes into the demo case's sessions
    // that have none yet, in one edit: the n-th session by date gets the
    // family's n-th note. `family` is the host's key ("rivers", "harbour",
    // "meadow"; anything else is "rivers"). Returns how many were filled.
    int seed_demo(int64_t case_id, std::string_view family = {});

private:
    std::optional<NoteFields> load_row(int64_t session_id) const;
    void write_row(int64_t session_id, const NoteFields& fields);

    wb::Host host_;
};

// UTC time as "YYYY-MM-DDTHH:MM:SSZ", for updated_at.
std::string utc_timestamp_now();

} // namespace session_notes
