// af_model.cpp - the recording tables and their reads and writes through
// the SDK's store API.
#include "af_model.h"

#include "af_demo.h"
#include "af_flow.h"

#include <algorithm>
#include <cstdio>

namespace activity_flow {
namespace {

// Every table has a primary key (undo records row changes by key). A
// recording belongs to a case and goes with it; it keeps its content when
// its session is deleted, losing only the link. Stretches and notes belong
// to their recording; (recording, start) is unique because two stretches
// cannot start at the same moment.
const wb_migration kMigrations[] = {
    wb::migration(1,
                  "CREATE TABLE activity_flow__recordings ("
                  " id INTEGER PRIMARY KEY,"
                  " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                  " session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,"
                  " title TEXT NOT NULL,"
                  " slice_s INTEGER NOT NULL DEFAULT 30 CHECK (slice_s BETWEEN 5 AND 600),"
                  " active_ms INTEGER NOT NULL DEFAULT 0 CHECK (active_ms >= 0),"
                  " finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),"
                  " created TEXT NOT NULL);"
                  "CREATE INDEX activity_flow__recordings_by_case ON activity_flow__recordings(case_id, created, id);"
                  "CREATE TABLE activity_flow__stretches ("
                  " id INTEGER PRIMARY KEY,"
                  " recording_id INTEGER NOT NULL REFERENCES activity_flow__recordings(id) ON DELETE CASCADE,"
                  " start_ms INTEGER NOT NULL CHECK (start_ms >= 0),"
                  " activity INTEGER NOT NULL CHECK (activity BETWEEN 1 AND 4),"
                  " UNIQUE (recording_id, start_ms));"
                  "CREATE TABLE activity_flow__notes ("
                  " id INTEGER PRIMARY KEY,"
                  " recording_id INTEGER NOT NULL REFERENCES activity_flow__recordings(id) ON DELETE CASCADE,"
                  " at_ms INTEGER NOT NULL CHECK (at_ms >= 0),"
                  " text TEXT NOT NULL);"
                  "CREATE INDEX activity_flow__notes_by_recording ON activity_flow__notes(recording_id, at_ms);"),
};

constexpr const char* kRecordingColumns =
    "r.id, r.case_id, r.session_id, r.title, r.slice_s, r.active_ms, r.finished, r.created, s.date";
constexpr const char* kRecordingFrom =
    " FROM activity_flow__recordings r LEFT JOIN sessions s ON s.id = r.session_id";

// A value the checks would refuse can only come from outside this plugin;
// it reads as the nearest sensible one, never a crash.
Recording read_recording(const wb::Statement& st) {
    Recording r;
    r.id = st.int64(0);
    r.case_id = st.int64(1);
    if (!st.is_null(2)) r.session_id = st.int64(2);
    r.title = st.text(3);
    r.slice_s = std::clamp(st.integer(4), kMinSliceSeconds, kMaxSliceSeconds);
    r.active_ms = std::max<int64_t>(st.int64(5), 0);
    r.finished = st.int64(6) != 0;
    r.created = st.text(7);
    r.session_date = st.is_null(8) ? std::string() : st.text(8);
    return r;
}

constexpr const char* kGone = "This recording no longer exists (it may have been undone or deleted).";
constexpr const char* kStretchGone = "This stretch no longer exists (it may have been undone): pick another.";

} // namespace

std::span<const wb_migration> ActivityModel::migrations() { return kMigrations; }

int64_t stored_duration(const RecordingData& d) {
    int64_t ms = d.rec.active_ms;
    if (!d.stretches.empty()) ms = std::max(ms, d.stretches.back().start_ms);
    if (!d.notes.empty()) ms = std::max(ms, d.notes.back().at_ms);
    return ms;
}

// ---- Reads -------------------------------------------------------------------------

std::vector<Recording> ActivityModel::recordings(int64_t case_id) const {
    std::vector<Recording> out;
    if (case_id == 0) return out;
    wb::Statement st = host_.prepare(
        (std::string("SELECT ") + kRecordingColumns + kRecordingFrom + " WHERE r.case_id = ? ORDER BY r.created, r.id")
            .c_str());
    st.bind(1, case_id);
    while (st.step()) out.push_back(read_recording(st));
    return out;
}

std::optional<Recording> ActivityModel::find(int64_t recording_id) const {
    wb::Statement st =
        host_.prepare((std::string("SELECT ") + kRecordingColumns + kRecordingFrom + " WHERE r.id = ?").c_str());
    st.bind(1, recording_id);
    if (!st.step()) return std::nullopt;
    return read_recording(st);
}

std::optional<RecordingData> ActivityModel::load(int64_t recording_id) const {
    auto rec = find(recording_id);
    if (!rec) return std::nullopt;
    RecordingData d;
    d.rec = std::move(*rec);
    {
        wb::Statement st = host_.prepare(
            "SELECT id, start_ms, activity FROM activity_flow__stretches WHERE recording_id = ? ORDER BY start_ms");
        st.bind(1, recording_id);
        while (st.step())
            d.stretches.push_back(
                Stretch{st.int64(0), st.int64(1), activity_from_int(st.int64(2)).value_or(Activity::Locating)});
    }
    {
        wb::Statement st = host_.prepare(
            "SELECT id, at_ms, text FROM activity_flow__notes WHERE recording_id = ? ORDER BY at_ms, id");
        st.bind(1, recording_id);
        while (st.step()) d.notes.push_back(Note{st.int64(0), st.int64(1), st.text(2)});
    }
    return d;
}

std::vector<SessionRef> ActivityModel::sessions(int64_t case_id) const {
    std::vector<SessionRef> out;
    wb::Statement st = host_.prepare("SELECT id, date FROM sessions WHERE case_id = ? ORDER BY date, id");
    st.bind(1, case_id);
    while (st.step()) out.push_back(SessionRef{st.int64(0), st.text(1)});
    return out;
}

std::optional<ActivityModel::StretchRow> ActivityModel::stretch_row(int64_t stretch_id) const {
    int64_t recording_id = 0;
    {
        wb::Statement st = host_.prepare("SELECT recording_id FROM activity_flow__stretches WHERE id = ?");
        st.bind(1, stretch_id);
        if (!st.step()) return std::nullopt;
        recording_id = st.int64(0);
    }
    auto d = load(recording_id);
    if (!d) return std::nullopt;
    for (std::size_t i = 0; i < d->stretches.size(); ++i)
        if (d->stretches[i].id == stretch_id) return StretchRow{std::move(*d), i};
    return std::nullopt;
}

// ---- Writes ------------------------------------------------------------------------

std::string ActivityModel::resolve_session(int64_t case_id, std::optional<int64_t> session_id) const {
    if (!session_id) return {};
    wb::Statement st = host_.prepare("SELECT 1 FROM sessions WHERE id = ? AND case_id = ?");
    st.bind(1, *session_id).bind(2, case_id);
    if (!st.step()) return "The chosen session is no longer part of this case: pick another or none.";
    return {};
}

int64_t ActivityModel::insert_recording(const Recording& r) {
    wb::Statement st = host_.prepare("INSERT INTO activity_flow__recordings (case_id, session_id, title, slice_s,"
                                     " active_ms, finished, created) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, r.case_id);
    if (r.session_id) st.bind(2, *r.session_id);
    else st.bind_null(2);
    st.bind(3, trimmed(r.title)).bind(4, r.slice_s).bind(5, r.active_ms).bind(6, r.finished ? 1 : 0).bind(7, r.created);
    st.run();
    return host_.last_insert_rowid();
}

int64_t ActivityModel::insert_stretch(int64_t recording_id, int64_t start_ms, Activity a) {
    host_.prepare("INSERT INTO activity_flow__stretches (recording_id, start_ms, activity) VALUES (?, ?, ?)")
        .bind(1, recording_id)
        .bind(2, start_ms)
        .bind(3, static_cast<int>(a))
        .run();
    return host_.last_insert_rowid();
}

int64_t ActivityModel::insert_note(int64_t recording_id, int64_t at_ms, const std::string& text) {
    host_.prepare("INSERT INTO activity_flow__notes (recording_id, at_ms, text) VALUES (?, ?, ?)")
        .bind(1, recording_id)
        .bind(2, at_ms)
        .bind(3, trimmed(text))
        .run();
    return host_.last_insert_rowid();
}

void ActivityModel::write_active(int64_t recording_id, int64_t active_ms) {
    host_.prepare("UPDATE activity_flow__recordings SET active_ms = ? WHERE id = ?")
        .bind(1, std::max<int64_t>(active_ms, 0))
        .bind(2, recording_id)
        .run();
}

Outcome ActivityModel::start(int64_t case_id, std::optional<int64_t> session_id, std::string_view title,
                             int slice_s, Activity first, const std::string& today) {
    Outcome out;
    if (case_id == 0) out.error = "Pick a case first.";
    else if (auto why = check_title(title)) out.error = *why;
    else if (auto bad = check_slice(slice_s)) out.error = *bad;
    else out.error = resolve_session(case_id, session_id);
    if (!out) return out;
    Recording r;
    r.case_id = case_id;
    r.session_id = session_id;
    r.title = std::string(title);
    r.slice_s = slice_s;
    r.created = today;
    wb::Edit edit(host_, "Start recording");
    out.id = insert_recording(r);
    insert_stretch(out.id, 0, first);
    edit.commit();
    return out;
}

Outcome ActivityModel::switch_to(int64_t recording_id, int64_t at_ms, Activity a) {
    Outcome out;
    const auto d = load(recording_id);
    if (!d) {
        out.error = kGone;
        return out;
    }
    if (d->rec.finished) {
        out.error = "This recording is finished; edit its stretches on the timeline instead.";
        return out;
    }
    if (at_ms < 0 || (!d->stretches.empty() && at_ms < d->stretches.back().start_ms)) {
        out.error = "A switch cannot come before the last one.";
        return out;
    }
    if (!d->stretches.empty() && d->stretches.back().activity == a) return out; // already under way
    char label[64];
    std::snprintf(label, sizeof label, "Switch to %s", activity_short_label(a));
    wb::Edit edit(host_, label);
    if (!d->stretches.empty() && d->stretches.back().start_ms == at_ms) {
        // Two keys in the same instant: the later one is what was meant.
        out.id = d->stretches.back().id;
        host_.prepare("UPDATE activity_flow__stretches SET activity = ? WHERE id = ?")
            .bind(1, static_cast<int>(a))
            .bind(2, out.id)
            .run();
    } else {
        out.id = insert_stretch(recording_id, at_ms, a);
    }
    write_active(recording_id, std::max(at_ms, d->rec.active_ms));
    edit.commit();
    return out;
}

Outcome ActivityModel::checkpoint(int64_t recording_id, int64_t active_ms, const char* label) {
    Outcome out;
    out.id = recording_id;
    const auto r = find(recording_id);
    if (!r) {
        out.error = kGone;
        return out;
    }
    if (r->active_ms == active_ms) return out;
    wb::Edit edit(host_, label);
    write_active(recording_id, active_ms);
    edit.commit();
    return out;
}

Outcome ActivityModel::finish(int64_t recording_id, int64_t active_ms) {
    Outcome out;
    out.id = recording_id;
    const auto d = load(recording_id);
    if (!d) {
        out.error = kGone;
        return out;
    }
    wb::Edit edit(host_, "Finish recording");
    // Never shorter than what is stored (a stretch or note written last).
    write_active(recording_id, std::max(active_ms, stored_duration(*d)));
    host_.prepare("UPDATE activity_flow__recordings SET finished = 1 WHERE id = ?").bind(1, recording_id).run();
    edit.commit();
    return out;
}

Outcome ActivityModel::add_note(int64_t recording_id, int64_t at_ms, std::string_view text,
                                std::optional<int64_t> checkpoint_ms) {
    Outcome out;
    const auto r = find(recording_id);
    if (!r) out.error = kGone;
    else if (auto why = check_note(text)) out.error = *why;
    else if (at_ms < 0) out.error = "A note needs a time from 0:00 on.";
    else if (r->finished && at_ms > r->active_ms)
        out.error = "The recording ends at " + format_time(r->active_ms) + ": pick a time before that.";
    if (!out) return out;
    wb::Edit edit(host_, "Add note");
    out.id = insert_note(recording_id, at_ms, std::string(text));
    if (checkpoint_ms) write_active(recording_id, std::max(*checkpoint_ms, r->active_ms));
    edit.commit();
    return out;
}

Outcome ActivityModel::split(int64_t stretch_id, int64_t at_ms) {
    Outcome out;
    const auto row = stretch_row(stretch_id);
    if (!row) {
        out.error = kStretchGone;
        return out;
    }
    const RecordingData& d = row->data;
    if (auto why = check_split(d.stretches, row->index, at_ms, stored_duration(d))) {
        out.error = *why;
        return out;
    }
    wb::Edit edit(host_, "Split stretch");
    out.id = insert_stretch(d.rec.id, at_ms, d.stretches[row->index].activity);
    edit.commit();
    return out;
}

Outcome ActivityModel::merge_with_next(int64_t stretch_id) {
    Outcome out;
    out.id = stretch_id;
    const auto row = stretch_row(stretch_id);
    if (!row) {
        out.error = kStretchGone;
        return out;
    }
    if (auto why = check_merge(row->data.stretches, row->index)) {
        out.error = *why;
        return out;
    }
    wb::Edit edit(host_, "Merge stretches");
    host_.prepare("DELETE FROM activity_flow__stretches WHERE id = ?")
        .bind(1, row->data.stretches[row->index + 1].id)
        .run();
    edit.commit();
    return out;
}

Outcome ActivityModel::recode(int64_t stretch_id, Activity a) {
    Outcome out;
    out.id = stretch_id;
    const auto row = stretch_row(stretch_id);
    if (!row) {
        out.error = kStretchGone;
        return out;
    }
    if (row->data.stretches[row->index].activity == a) return out;
    char label[64];
    std::snprintf(label, sizeof label, "Recode stretch as %s", activity_short_label(a));
    wb::Edit edit(host_, label);
    host_.prepare("UPDATE activity_flow__stretches SET activity = ? WHERE id = ?")
        .bind(1, static_cast<int>(a))
        .bind(2, stretch_id)
        .run();
    edit.commit();
    return out;
}

Outcome ActivityModel::retime(int64_t stretch_id, int64_t start_ms) {
    Outcome out;
    out.id = stretch_id;
    const auto row = stretch_row(stretch_id);
    if (!row) {
        out.error = kStretchGone;
        return out;
    }
    const RecordingData& d = row->data;
    if (d.stretches[row->index].start_ms == start_ms) return out;
    if (auto why = check_retime(d.stretches, row->index, start_ms, stored_duration(d))) {
        out.error = *why;
        return out;
    }
    wb::Edit edit(host_, "Re-time stretch");
    host_.prepare("UPDATE activity_flow__stretches SET start_ms = ? WHERE id = ?").bind(1, start_ms).bind(2, stretch_id).run();
    edit.commit();
    return out;
}

Outcome ActivityModel::update_note(int64_t note_id, int64_t at_ms, std::string_view text) {
    Outcome out;
    out.id = note_id;
    int64_t recording_id = 0;
    {
        wb::Statement st = host_.prepare("SELECT recording_id FROM activity_flow__notes WHERE id = ?");
        st.bind(1, note_id);
        if (!st.step()) {
            out.error = "This note no longer exists (it may have been undone).";
            return out;
        }
        recording_id = st.int64(0);
    }
    const auto r = find(recording_id);
    if (!r) out.error = kGone;
    else if (auto why = check_note(text)) out.error = *why;
    else if (at_ms < 0 || (r->finished && at_ms > r->active_ms))
        out.error = "Pick a time between 0:00 and " + format_time(r->active_ms) + ".";
    if (!out) return out;
    wb::Edit edit(host_, "Edit note");
    host_.prepare("UPDATE activity_flow__notes SET at_ms = ?, text = ? WHERE id = ?")
        .bind(1, at_ms)
        .bind(2, trimmed(text))
        .bind(3, note_id)
        .run();
    edit.commit();
    return out;
}

Outcome ActivityModel::remove_note(int64_t note_id) {
    Outcome out;
    out.id = note_id;
    wb::Statement st = host_.prepare("SELECT 1 FROM activity_flow__notes WHERE id = ?");
    st.bind(1, note_id);
    if (!st.step()) {
        out.error = "This note no longer exists (it may have been undone).";
        return out;
    }
    wb::Edit edit(host_, "Delete note");
    host_.prepare("DELETE FROM activity_flow__notes WHERE id = ?").bind(1, note_id).run();
    edit.commit();
    return out;
}

Outcome ActivityModel::update_recording(int64_t recording_id, std::string_view title,
                                        std::optional<int64_t> session_id, int slice_s) {
    Outcome out;
    out.id = recording_id;
    const auto r = find(recording_id);
    if (!r) out.error = kGone;
    else if (auto why = check_title(title)) out.error = *why;
    else if (auto bad = check_slice(slice_s)) out.error = *bad;
    else out.error = resolve_session(r->case_id, session_id);
    if (!out) return out;
    if (r->title == trimmed(title) && r->session_id == session_id && r->slice_s == slice_s) return out;
    wb::Edit edit(host_, r->slice_s != slice_s ? "Change slice length" : "Edit recording");
    wb::Statement st =
        host_.prepare("UPDATE activity_flow__recordings SET title = ?, session_id = ?, slice_s = ? WHERE id = ?");
    st.bind(1, trimmed(title));
    if (session_id) st.bind(2, *session_id);
    else st.bind_null(2);
    st.bind(3, slice_s).bind(4, recording_id);
    st.run();
    edit.commit();
    return out;
}

Outcome ActivityModel::remove_recording(int64_t recording_id) {
    Outcome out;
    out.id = recording_id;
    if (!find(recording_id)) {
        out.error = kGone;
        return out;
    }
    wb::Edit edit(host_, "Delete recording");
    // Children first, by hand: the undo step then holds every row plainly.
    host_.prepare("DELETE FROM activity_flow__stretches WHERE recording_id = ?").bind(1, recording_id).run();
    host_.prepare("DELETE FROM activity_flow__notes WHERE recording_id = ?").bind(1, recording_id).run();
    host_.prepare("DELETE FROM activity_flow__recordings WHERE id = ?").bind(1, recording_id).run();
    edit.commit();
    return out;
}

int ActivityModel::seed_demo(int64_t case_id, std::string_view family, const std::string& today) {
    {
        wb::Statement st = host_.prepare("SELECT count(*) FROM activity_flow__recordings WHERE case_id = ?");
        st.bind(1, case_id);
        if (st.step() && st.int64(0) > 0) return 0;
    }
    const std::vector<SessionRef> list = sessions(case_id);
    const std::vector<DemoRecording> demo = demo_recordings(family, list, today);
    if (demo.empty()) return 0;
    wb::Edit edit(host_, "Add demo recordings");
    for (const DemoRecording& d : demo) {
        Recording r = d.rec;
        r.case_id = case_id;
        const int64_t id = insert_recording(r);
        for (const Stretch& s : d.stretches) insert_stretch(id, s.start_ms, s.activity);
        for (const Note& n : d.notes) insert_note(id, n.at_ms, n.text);
    }
    edit.commit();
    return static_cast<int>(demo.size());
}

} // namespace activity_flow
