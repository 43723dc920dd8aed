// notes_model.cpp - loading, saving and searching session notes through the
// SDK's store API.
#include "notes_model.h"

#include "demo_notes.h"

#include <chrono>
#include <ctime>

namespace session_notes {
namespace {

// Prompts and hints are our own words; see FRAMEWORK.md on why.
const FieldInfo kFields[kFieldCount] = {
    {"happened", "What happened",
     "The visit or conversation as it unfolded: who was there, what was said and done."},
    {"felt", "What I felt",
     "Your own reactions, in the moment and looking back. Every feeling is welcome here."},
    {"noticed", "What I noticed",
     "In the parent, in the child, and in how they were with each other (and with you)."},
    {"next_step", "What next",
     "One small step to try before you meet again."},
};

// The table has a primary key because undo records row changes by key, and
// cascades with its session so deleting a session leaves no orphan notes
// (undoing the delete brings both back).
const wb_migration kMigrations[] = {
    wb::migration(1,
                  "CREATE TABLE session_notes__notes ("
                  " session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
                  " happened TEXT NOT NULL DEFAULT '',"
                  " felt TEXT NOT NULL DEFAULT '',"
                  " noticed TEXT NOT NULL DEFAULT '',"
                  " next_step TEXT NOT NULL DEFAULT '',"
                  " updated_at TEXT NOT NULL)"),
};

} // namespace

const FieldInfo& field_info(int field) { return kFields[field]; }

bool NoteFields::empty() const {
    for (const std::string& t : text)
        if (!t.empty()) return false;
    return true;
}

std::span<const wb_migration> NotesModel::migrations() { return kMigrations; }

std::string utc_timestamp_now() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::optional<NoteFields> NotesModel::load_row(int64_t session_id) const {
    wb::Statement st = host_.prepare(
        "SELECT happened, felt, noticed, next_step FROM session_notes__notes WHERE session_id = ?");
    st.bind(1, session_id);
    if (!st.step()) return std::nullopt;
    NoteFields f;
    for (int i = 0; i < kFieldCount; ++i) f.text[i] = st.text(i);
    return f;
}

NoteFields NotesModel::load(int64_t session_id) const {
    return load_row(session_id).value_or(NoteFields{});
}

void NotesModel::write_row(int64_t session_id, const NoteFields& f) {
    wb::Statement st = host_.prepare(
        "INSERT INTO session_notes__notes (session_id, happened, felt, noticed, next_step, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(session_id) DO UPDATE SET happened = excluded.happened, felt = excluded.felt,"
        " noticed = excluded.noticed, next_step = excluded.next_step, updated_at = excluded.updated_at");
    st.bind(1, session_id);
    for (int i = 0; i < kFieldCount; ++i) st.bind(2 + i, f.text[i]);
    st.bind(6, utc_timestamp_now());
    st.run();
}

bool NotesModel::save(int64_t session_id, const NoteFields& fields) {
    const std::optional<NoteFields> current = load_row(session_id);
    // Nothing to record: no undo step for an edit that changes nothing.
    if (current ? *current == fields : fields.empty()) return false;
    wb::Edit edit(host_, "Edit session notes");
    write_row(session_id, fields);
    edit.commit();
    return true;
}

std::optional<SessionInfo> NotesModel::session(int64_t session_id) const {
    wb::Statement st = host_.prepare(
        "SELECT s.id, s.case_id, s.date, s.supervisee, c.code FROM sessions s"
        " JOIN cases c ON c.id = s.case_id WHERE s.id = ?");
    st.bind(1, session_id);
    if (!st.step()) return std::nullopt;
    return SessionInfo{st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4)};
}

std::vector<SearchResult> NotesModel::search(int64_t case_id, std::string_view query) const {
    std::vector<SearchResult> results;
    // Matching happens here in C++ rather than with LIKE, so '%' and '_'
    // in the query are ordinary characters with no escaping to get wrong.
    while (!query.empty() && query.front() == ' ') query.remove_prefix(1);
    while (!query.empty() && query.back() == ' ') query.remove_suffix(1);
    if (query.empty() || case_id == 0) return results;

    wb::Statement st = host_.prepare(
        "SELECT s.id, s.date, s.supervisee, n.happened, n.felt, n.noticed, n.next_step"
        " FROM session_notes__notes n JOIN sessions s ON s.id = n.session_id"
        " WHERE s.case_id = ? ORDER BY s.date DESC, s.id DESC");
    st.bind(1, case_id);
    while (st.step()) {
        SearchResult r;
        for (int i = 0; i < kFieldCount; ++i) {
            const std::string text = st.text(3 + i);
            std::string_view rest = text;
            std::size_t offset = 0;
            while (auto at = find_ignoring_case(rest, query)) {
                if (r.match_count == 0) {
                    r.field = i;
                    r.snippet = make_snippet(text, offset + *at, query.size());
                }
                ++r.match_count;
                offset += *at + query.size();
                rest = std::string_view(text).substr(offset);
            }
        }
        if (r.match_count == 0) continue;
        r.session_id = st.int64(0);
        r.date = st.text(1);
        r.supervisee = st.text(2);
        results.push_back(std::move(r));
    }
    return results;
}

int NotesModel::seed_demo(int64_t case_id, std::string_view family) {
    // Every session in date order (its place picks its note), and whether
    // it already has notes (those are left alone).
    struct Row {
        int64_t id;
        bool has_notes;
    };
    std::vector<Row> sessions;
    {
        wb::Statement st = host_.prepare(
            "SELECT s.id, EXISTS (SELECT 1 FROM session_notes__notes n WHERE n.session_id = s.id)"
            " FROM sessions s WHERE s.case_id = ? ORDER BY s.date ASC, s.id ASC");
        st.bind(1, case_id);
        while (st.step()) sessions.push_back(Row{st.int64(0), st.int64(1) != 0});
    }
    const DemoFamily which = demo_family_from_key(family);
    int filled = 0;
    std::optional<wb::Edit> edit;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        if (sessions[i].has_notes) continue;
        if (!edit) edit.emplace(host_, "Add demo session notes");
        write_row(sessions[i].id, demo_note(i, which));
        ++filled;
    }
    if (edit) edit->commit();
    return filled;
}

} // namespace session_notes
