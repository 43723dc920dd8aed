// core/store/store_data.cpp - the core's own data: cases and their
// sessions, each change its own committed, undoable edit.
//
// Validation happens here, not in the UI, so every caller (menus, command
// line, tests) gets the same friendly messages. Messages may quote a case
// code back to the user but nothing here is ever logged.
#include "store/demo_families.h"
#include "store/store_impl.h"
#include "util/rules.h"

#include <chrono>
#include <cstdio>
#include <functional>

namespace wb::core {

namespace {

// The shared rules (util/rules.h), as the store's Status. The forms check
// the same functions, so they never disagree with what is stored.
Status check_case_fields(const std::string& code, const std::string& label) {
    if (auto e = case_code_problem(code); !e.empty()) return Status::fail(e);
    if (auto e = case_label_problem(label); !e.empty()) return Status::fail(e);
    return Status::ok();
}

Status check_session_fields(const std::string& date, const std::string& supervisee) {
    if (auto e = session_date_problem(date); !e.empty()) return Status::fail(e);
    if (auto e = supervisee_problem(supervisee); !e.empty()) return Status::fail(e);
    return Status::ok();
}

Case read_case(const sql::Stmt& st) {
    Case c;
    c.id = st.int64(0);
    c.code = st.text(1);
    c.label = st.text(2);
    c.archived = st.int64(3) != 0;
    c.demo = st.int64(4) != 0;
    c.created_at = st.text(5);
    return c;
}

Session read_session(const sql::Stmt& st) {
    Session s;
    s.id = st.int64(0);
    s.case_id = st.int64(1);
    s.date = st.text(2);
    s.supervisee = st.text(3);
    s.notes = st.text(4);
    return s;
}

constexpr const char* kCaseColumns = "SELECT id, code, label, archived, demo, created_at FROM cases ";
constexpr const char* kSessionColumns = "SELECT id, case_id, date, supervisee, notes FROM sessions ";

std::string like_pattern(std::string_view filter) {
    std::string out = "%";
    for (char c : filter) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

// Runs `body` inside one edit: committed when it succeeds, cancelled
// otherwise. The core's own writes always run as the core.
Status as_one_edit(Store& store, std::string_view label, const std::function<Status()>& body) {
    Store::ActorScope core(store, "");
    if (auto s = store.begin_edit(label); !s) return s;
    if (auto s = body(); !s) {
        store.cancel_edit();
        return s;
    }
    return store.commit_edit();
}

// A step's failure in words, without case content.
Status write_failed(Store& store, const char* what) {
    return Status::fail(std::string("Could not ") + what + ": " + store.last_sqlite_error() + ".");
}

} // namespace

std::vector<Case> Store::cases(bool include_archived, std::string_view filter) const {
    std::vector<Case> out;
    const std::string f = trimmed(filter);
    sql::Stmt st(db_, std::string(kCaseColumns) +
                          "WHERE (?1 OR archived = 0) AND (?2 = '' OR code LIKE ?3 ESCAPE '\\' OR label LIKE ?3 ESCAPE '\\') "
                          "ORDER BY code COLLATE NOCASE, id");
    st.bind(1, int64_t(include_archived ? 1 : 0)).bind(2, f).bind(3, like_pattern(f));
    while (st.ok() && st.row()) out.push_back(read_case(st));
    return out;
}

std::optional<Case> Store::find_case(int64_t id) const {
    sql::Stmt st(db_, std::string(kCaseColumns) + "WHERE id = ?");
    st.bind(1, id);
    if (st.ok() && st.row()) return read_case(st);
    return std::nullopt;
}

std::optional<Case> Store::find_case_by_code(std::string_view code) const {
    // An exact match wins; otherwise ignore letter case ("fam-014").
    sql::Stmt st(db_, std::string(kCaseColumns) + "WHERE code = ?1 COLLATE NOCASE ORDER BY code = ?1 DESC LIMIT 1");
    st.bind(1, trimmed(code));
    if (st.ok() && st.row()) return read_case(st);
    return std::nullopt;
}

namespace {
// Another case (not `self`) already using `code`, ignoring letter case.
bool code_taken(sqlite3* db, const std::string& code, int64_t self) {
    sql::Stmt st(db, "SELECT 1 FROM cases WHERE code = ? COLLATE NOCASE AND id <> ?");
    st.bind(1, code).bind(2, self);
    return st.ok() && st.row();
}
Status code_taken_message(const std::string& code) {
    return Status::fail("A case with the code \"" + code + "\" already exists. Choose another code.");
}
} // namespace

Result<int64_t> Store::create_case(std::string_view code_in, std::string_view label_in, bool demo) {
    const std::string code = trimmed(code_in), label = trimmed(label_in);
    if (auto s = check_case_fields(code, label); !s) return s;
    if (read_only_) return Status::fail(kReadOnlyMessage);
    if (code_taken(db_, code, 0)) return code_taken_message(code);
    int64_t id = 0;
    auto s = as_one_edit(*this, "New case", [&]() -> Status {
        sql::Stmt st(db_, "INSERT INTO cases(code, label, demo, created_at) "
                          "VALUES(?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
        st.bind(1, code).bind(2, label).bind(3, int64_t(demo ? 1 : 0));
        if (st.step() != SQLITE_DONE) return write_failed(*this, "create the case");
        id = sqlite3_last_insert_rowid(db_);
        return Status::ok();
    });
    if (!s) return s;
    return id;
}

Status Store::rename_case(int64_t id, std::string_view code_in, std::string_view label_in) {
    const std::string code = trimmed(code_in), label = trimmed(label_in);
    if (auto s = check_case_fields(code, label); !s) return s;
    if (read_only_) return Status::fail(kReadOnlyMessage);
    if (!find_case(id)) return Status::fail("That case no longer exists.");
    if (code_taken(db_, code, id)) return code_taken_message(code);
    return as_one_edit(*this, "Rename case", [&]() -> Status {
        sql::Stmt st(db_, "UPDATE cases SET code = ?, label = ? WHERE id = ?");
        st.bind(1, code).bind(2, label).bind(3, id);
        return st.step() == SQLITE_DONE ? Status::ok() : write_failed(*this, "rename the case");
    });
}

Status Store::set_archived(int64_t id, bool archived) {
    if (read_only_) return Status::fail(kReadOnlyMessage);
    if (!find_case(id)) return Status::fail("That case no longer exists.");
    return as_one_edit(*this, archived ? "Archive case" : "Restore case", [&]() -> Status {
        sql::Stmt st(db_, "UPDATE cases SET archived = ? WHERE id = ?");
        st.bind(1, int64_t(archived ? 1 : 0)).bind(2, id);
        return st.step() == SQLITE_DONE ? Status::ok() : write_failed(*this, "archive the case");
    });
}

std::vector<Session> Store::sessions(int64_t case_id) const {
    std::vector<Session> out;
    sql::Stmt st(db_, std::string(kSessionColumns) + "WHERE case_id = ? ORDER BY date DESC, id DESC");
    st.bind(1, case_id);
    while (st.ok() && st.row()) out.push_back(read_session(st));
    return out;
}

std::optional<Session> Store::find_session(int64_t id) const {
    sql::Stmt st(db_, std::string(kSessionColumns) + "WHERE id = ?");
    st.bind(1, id);
    if (st.ok() && st.row()) return read_session(st);
    return std::nullopt;
}

Result<int64_t> Store::add_session(int64_t case_id, std::string_view date_in, std::string_view supervisee_in,
                                   std::string_view notes) {
    const std::string date = trimmed(date_in), supervisee = trimmed(supervisee_in);
    if (auto s = check_session_fields(date, supervisee); !s) return s;
    if (read_only_) return Status::fail(kReadOnlyMessage);
    if (!find_case(case_id)) return Status::fail("That case no longer exists, so no session can be added to it.");
    int64_t id = 0;
    auto s = as_one_edit(*this, "Add session", [&]() -> Status {
        sql::Stmt st(db_, "INSERT INTO sessions(case_id, date, supervisee, notes) VALUES(?, ?, ?, ?)");
        st.bind(1, case_id).bind(2, date).bind(3, supervisee).bind(4, notes);
        if (st.step() != SQLITE_DONE) return write_failed(*this, "add the session");
        id = sqlite3_last_insert_rowid(db_);
        return Status::ok();
    });
    if (!s) return s;
    return id;
}

Status Store::update_session(const Session& session_in) {
    Session session = session_in;
    session.date = trimmed(session_in.date);
    session.supervisee = trimmed(session_in.supervisee);
    if (auto s = check_session_fields(session.date, session.supervisee); !s) return s;
    if (read_only_) return Status::fail(kReadOnlyMessage);
    const auto old = find_session(session.id);
    if (!old) return Status::fail("That session no longer exists.");
    if (session.case_id != old->case_id && !find_case(session.case_id))
        return Status::fail("The case to move the session to no longer exists.");
    return as_one_edit(*this, "Edit session", [&]() -> Status {
        sql::Stmt st(db_, "UPDATE sessions SET case_id = ?, date = ?, supervisee = ?, notes = ? WHERE id = ?");
        st.bind(1, session.case_id).bind(2, session.date).bind(3, session.supervisee).bind(4, session.notes);
        st.bind(5, session.id);
        return st.step() == SQLITE_DONE ? Status::ok() : write_failed(*this, "save the session");
    });
}

Status Store::delete_session(int64_t id) {
    if (read_only_) return Status::fail(kReadOnlyMessage);
    if (!find_session(id)) return Status::fail("That session no longer exists.");
    return as_one_edit(*this, "Delete session", [&]() -> Status {
        sql::Stmt st(db_, "DELETE FROM sessions WHERE id = ?");
        st.bind(1, id);
        return st.step() == SQLITE_DONE ? Status::ok() : write_failed(*this, "delete the session");
    });
}

// ---- The fictional demo families ------------------------------------------

namespace {

std::string days_ago(int days) {
    using namespace std::chrono;
    const auto today = floor<std::chrono::days>(system_clock::now());
    const year_month_day ymd{today - std::chrono::days(days)};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

} // namespace

Result<int64_t> Store::put_demo_family(const DemoFamily& family) {
    if (read_only_) return Status::fail(kReadOnlyMessage);
    // A real case may carry the code by chance: never touch it.
    const std::optional<Case> existing = find_case_by_code(family.code);
    if (existing && !existing->demo)
        return Status::fail(std::string("A case with the code ") + family.code +
                            " already exists and is not a demo case, so it was left alone. "
                            "Rename that case to make room for the demo.");
    int64_t case_id = 0;
    const std::string label = existing ? "Reset demo case" : "Create demo case";
    auto s = as_one_edit(*this, label, [&]() -> Status {
        if (existing) {
            // Everything hanging off the case (sessions, every plugin's rows)
            // goes with it: the schema cascades from cases.
            sql::Stmt del(db_, "DELETE FROM cases WHERE id = ?");
            del.bind(1, existing->id);
            if (del.step() != SQLITE_DONE) return write_failed(*this, "remove the old demo case");
        }
        sql::Stmt c(db_, "INSERT INTO cases(code, label, demo, created_at) "
                         "VALUES(?, ?, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
        c.bind(1, family.code).bind(2, family.label);
        if (c.step() != SQLITE_DONE) return write_failed(*this, "create the demo case");
        case_id = sqlite3_last_insert_rowid(db_);
        for (const DemoSession& d : family.sessions) {
            sql::Stmt st(db_, "INSERT INTO sessions(case_id, date, supervisee, notes) VALUES(?, ?, ?, ?)");
            st.bind(1, case_id).bind(2, days_ago(d.days_ago)).bind(3, d.supervisee).bind(4, d.notes);
            if (st.step() != SQLITE_DONE) return write_failed(*this, "create the demo sessions");
        }
        return Status::ok();
    });
    if (!s) return s;
    return case_id;
}

Result<int64_t> Store::seed_demo_case() {
    if (read_only_) return Status::fail(kReadOnlyMessage);
    if (sql::query_int(db_, "SELECT count(*) FROM cases").value_or(1) > 0) return int64_t(0);
    auto id = put_demo_family(demo_families().front());
    if (!id) return id;
    clear_history(); // the demo is a starting point, not an undoable step
    return id;
}

} // namespace wb::core
