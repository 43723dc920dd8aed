// core/store/store_edit.cpp - edits, undo and redo through the SQLite
// session extension.
//
// An edit is one IMMEDIATE transaction with a session object attached to
// every table except the store's own wb_* bookkeeping and derived
// (virtual/shadow) tables. At commit the session yields a changeset: the
// exact rows inserted, updated and deleted, including rows removed by
// ON DELETE CASCADE. Undo applies its inverse; redo applies it again.
//
// While a changeset is applied, foreign keys are switched off: the
// changeset already contains every cascaded row, and letting SQLite cascade
// again would delete rows the changeset then expects to find. Triggers stay
// on, so indexes a plugin maintains with triggers (e.g. FTS5) follow.
#include "store/store_impl.h"

#include <cctype>

namespace wb::core {

Store::ActorScope::ActorScope(Store& s, std::string actor) : store_(s), previous_(std::move(s.actor_)) {
    store_.actor_ = std::move(actor);
}

Store::ActorScope::~ActorScope() { store_.actor_ = std::move(previous_); }

int Store::Impl::table_filter(void* ctx, const char* table) {
    const auto& store = *static_cast<Store*>(ctx);
    const std::string_view name(table);
    if (name.rfind("wb_", 0) == 0 || name.rfind("sqlite_", 0) == 0) return 0;
    std::string lowered(name);
    for (auto& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return store.impl_->derived_tables.count(lowered) ? 0 : 1;
}

Status Store::begin_edit(std::string_view label) {
    if (read_only_) return Status::fail(kReadOnlyMessage);
    if (auto s = Impl::require_integrity(*this); !s) return s;
    if (in_edit_) return Status::fail("Another change is still being made; finish or cancel it first.");
    if (impl_->migrating || impl_->applying) return Status::fail("The store is busy updating; try again.");

    ActorScope core(*this, "");
    if (auto s = sql::exec(db_, "BEGIN IMMEDIATE", "Could not start the change"); !s)
        return Status::fail(s.message() + ". Another program may be writing to the store; try again.");

    // Virtual tables and their shadow tables are derived data: not recorded.
    impl_->derived_tables.clear();
    {
        sql::Stmt st(db_, "SELECT lower(name) FROM pragma_table_list WHERE schema='main' AND type IN ('virtual','shadow')");
        while (st.ok() && st.row()) impl_->derived_tables.insert(st.text(0));
    }

    sqlite3_session* session = nullptr;
    int rc = sqlite3session_create(db_, "main", &session);
    if (rc == SQLITE_OK) {
        sqlite3session_table_filter(session, &Impl::table_filter, this);
        rc = sqlite3session_attach(session, nullptr);
    }
    if (rc != SQLITE_OK) {
        if (session) sqlite3session_delete(session);
        sql::exec(db_, "ROLLBACK", "").is_ok();
        return Status::fail(std::string("Could not start recording the change for undo: ") + sqlite3_errstr(rc));
    }
    impl_->session = session;
    impl_->edit_label = std::string(label);
    impl_->changes_at_begin = sqlite3_total_changes64(db_);
    in_edit_ = true;
    return Status::ok();
}

Status Store::commit_edit() {
    if (!in_edit_) return Status::fail("There is no change in progress to save.");
    ActorScope core(*this, "");

    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3session_changeset(impl_->session, &size, &data);
    sqlite3session_delete(impl_->session);
    impl_->session = nullptr;
    if (rc != SQLITE_OK) {
        sqlite3_free(data);
        sql::exec(db_, "ROLLBACK", "").is_ok();
        in_edit_ = false;
        return Status::fail(std::string("Could not record the change for undo (") + sqlite3_errstr(rc) +
                            "), so it was cancelled. Nothing was changed.");
    }
    std::vector<unsigned char> changeset(static_cast<unsigned char*>(data), static_cast<unsigned char*>(data) + size);
    sqlite3_free(data);

    if (auto s = sql::exec(db_, "COMMIT", "Could not save the change"); !s) {
        sql::exec(db_, "ROLLBACK", "").is_ok();
        in_edit_ = false;
        return Status::fail(s.message() + ". Nothing was changed.");
    }
    in_edit_ = false;
    const bool changed = sqlite3_total_changes64(db_) != impl_->changes_at_begin;
    if (!changeset.empty()) {
        impl_->undo.push_back({std::move(impl_->edit_label), std::move(changeset)});
        if (impl_->undo.size() > Impl::kMaxSteps) impl_->undo.erase(impl_->undo.begin());
        impl_->redo.clear();
    }
    if (changed) ++revision_;
    return Status::ok();
}

void Store::cancel_edit() {
    if (!in_edit_) return;
    ActorScope core(*this, "");
    if (impl_->session) sqlite3session_delete(impl_->session);
    impl_->session = nullptr;
    sql::exec(db_, "ROLLBACK", "").is_ok();
    in_edit_ = false;
}

bool Store::can_undo() const { return !impl_->undo.empty(); }
bool Store::can_redo() const { return !impl_->redo.empty(); }
std::string Store::undo_label() const { return impl_->undo.empty() ? std::string() : impl_->undo.back().label; }
std::string Store::redo_label() const { return impl_->redo.empty() ? std::string() : impl_->redo.back().label; }

void Store::clear_history() {
    impl_->undo.clear();
    impl_->redo.clear();
}

namespace {

struct ConflictLog {
    int kind = 0;
    std::string table;
};

int on_conflict(void* ctx, int kind, sqlite3_changeset_iter* it) {
    auto& log = *static_cast<ConflictLog*>(ctx);
    if (log.kind == 0) {
        log.kind = kind;
        const char* table = nullptr;
        int cols = 0, op = 0, indirect = 0;
        if (sqlite3changeset_op(it, &table, &cols, &op, &indirect) == SQLITE_OK && table) log.table = table;
    }
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

Status Store::Impl::apply(Store& store, const std::vector<unsigned char>& changeset, bool invert,
                          const std::string& label, bool* conflict) {
    *conflict = false;
    const char* verb = invert ? "undo" : "redo";
    if (store.read_only_) return Status::fail(kReadOnlyMessage);
    if (auto s = Impl::require_integrity(store); !s) return s;
    if (store.in_edit_) return Status::fail(std::string("Finish or cancel the current change before you ") + verb + ".");

    std::vector<unsigned char> bytes = changeset;
    if (invert) {
        int n = 0;
        void* p = nullptr;
        if (sqlite3changeset_invert(static_cast<int>(bytes.size()), bytes.data(), &n, &p) != SQLITE_OK)
            return Status::fail(std::string("Cannot ") + verb + " \"" + label + "\": its record could not be read.");
        bytes.assign(static_cast<unsigned char*>(p), static_cast<unsigned char*>(p) + n);
        sqlite3_free(p);
    }

    sqlite3* db = store.db_;
    ActorScope core(store, "");
    store.impl_->applying = true;
    struct Restore {
        Store& s;
        ~Restore() {
            s.impl_->applying = false;
            sql::exec(s.db_, "PRAGMA foreign_keys=ON", "").is_ok();
        }
    } restore{store};

    if (auto s = sql::exec(db, "PRAGMA foreign_keys=OFF", "Could not prepare the store"); !s) return s;
    if (auto s = sql::exec(db, "BEGIN IMMEDIATE", std::string("Could not ") + verb); !s)
        return Status::fail(s.message() + ". Another program may be writing to the store; try again.");
    ConflictLog log;
    const int rc = sqlite3changeset_apply(db, static_cast<int>(bytes.size()), bytes.data(), nullptr, &on_conflict, &log);
    if (rc != SQLITE_OK || log.kind != 0) {
        const std::string err = sqlite3_errmsg(db);
        sql::exec(db, "ROLLBACK", "").is_ok();
        *conflict = log.kind != 0;
        if (log.kind != 0)
            return Status::fail(std::string("Cannot ") + verb + " \"" + label +
                                "\": the data has changed since (perhaps in another window or program). "
                                "Nothing was changed.");
        return Status::fail(std::string("Cannot ") + verb + " \"" + label + "\": " + err + ". Nothing was changed.");
    }
    if (auto s = sql::exec(db, "COMMIT", std::string("Could not save the ") + verb); !s) {
        sql::exec(db, "ROLLBACK", "").is_ok();
        return Status::fail(s.message() + ". Nothing was changed.");
    }
    return Status::ok();
}

Status Store::undo() {
    if (impl_->undo.empty()) return Status::fail("There is nothing to undo.");
    auto& step = impl_->undo.back();
    bool conflict = false;
    if (auto s = Impl::apply(*this, step.changeset, true, step.label, &conflict); !s) {
        // A step that cannot be undone blocks every step below it: drop
        // them rather than leave an Undo that always fails.
        if (conflict) {
            clear_history();
            return Status::fail(s.message() + " The undo history was cleared.");
        }
        return s;
    }
    impl_->redo.push_back(std::move(step));
    impl_->undo.pop_back();
    ++revision_;
    return Status::ok();
}

Status Store::redo() {
    if (impl_->redo.empty()) return Status::fail("There is nothing to redo.");
    auto& step = impl_->redo.back();
    bool conflict = false;
    if (auto s = Impl::apply(*this, step.changeset, false, step.label, &conflict); !s) {
        if (conflict) {
            clear_history();
            return Status::fail(s.message() + " The undo history was cleared.");
        }
        return s;
    }
    impl_->undo.push_back(std::move(step));
    impl_->redo.pop_back();
    ++revision_;
    return Status::ok();
}

} // namespace wb::core
