// core/store/store_plugins.cpp - plugin tables: running a plugin's
// declared migrations and recording which version each plugin is at.
//
// Each migration runs in its own transaction with the plugin as the actor
// and DDL allowed, so the authorizer keeps it inside "<id>__*". A failing
// migration is rolled back whole (no half-created tables) and reported
// with the plugin, the version and SQLite's words. Migrations are not undo
// steps, and because they can change a table's columns, the undo history
// (whose changesets name columns by position) is cleared after any runs.
//
// After each migration, before it commits, the store also checks what the
// authorizer cannot see: that no object and no AUTOINCREMENT counter of
// anyone else changed, that no foreign key lets the plugin block the core's
// deletes, and that every table has a primary key.
#include "store/store_impl.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <vector>

namespace wb::core {

int Store::plugin_schema_version(std::string_view plugin_id) const {
    ActorScope core(const_cast<Store&>(*this), ""); // wb_* is the core's
    sql::Stmt st(db_, "SELECT version FROM wb_plugin_schema WHERE plugin_id = ?");
    st.bind(1, plugin_id);
    return st.ok() && st.row() ? static_cast<int>(st.int64(0)) : 0;
}

namespace {

// Every real table of the plugin must have a primary key: the session
// extension (undo) ignores tables without one. Returns the first offender.
std::string table_without_key(sqlite3* db, const std::string& prefix) {
    sql::Stmt st(db, "SELECT t.name FROM pragma_table_list AS t "
                     "WHERE t.schema = 'main' AND t.type = 'table' AND substr(lower(t.name), 1, length(?1)) = ?1 "
                     "AND NOT t.wr "
                     "AND NOT EXISTS (SELECT 1 FROM pragma_table_xinfo(t.name) WHERE pk > 0) "
                     "ORDER BY t.name LIMIT 1");
    st.bind(1, prefix);
    return st.ok() && st.row() ? st.text(0) : std::string();
}

// Every schema object that is not the plugin's own. A migration must not
// change this set: SQLite's authorizer sees only the old name in
// "ALTER TABLE p__x RENAME TO y", so a rename out of the namespace is
// caught here instead.
std::vector<std::string> others_objects(sqlite3* db, const std::string& prefix) {
    std::vector<std::string> out;
    sql::Stmt st(db, "SELECT type || ' ' || name FROM sqlite_schema "
                     "WHERE substr(lower(name), 1, length(?1)) <> ?1 "
                     "AND substr(lower(name), 1, length(?2)) <> ?2 AND name <> 'sqlite_sequence' "
                     "ORDER BY 1");
    st.bind(1, prefix).bind(2, "sqlite_autoindex_" + prefix);
    while (st.ok() && st.row()) out.push_back(st.text(0));
    return out;
}

// Every AUTOINCREMENT counter (sqlite_sequence row) that is not the
// plugin's own, as "name=seq". The authorizer must let a migration write
// sqlite_sequence (DROP/RENAME of its own AUTOINCREMENT tables do), but it
// cannot see which rows a statement touches, so a migration must leave
// this list exactly as it found it.
std::vector<std::string> others_counters(sqlite3* db, const std::string& prefix) {
    std::vector<std::string> out;
    if (sql::query_int(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_sequence'").value_or(0) == 0)
        return out;
    sql::Stmt st(db, "SELECT name || '=' || ifnull(seq, 'NULL') FROM sqlite_sequence "
                     "WHERE substr(lower(name), 1, length(?1)) <> ?1 ORDER BY 1");
    st.bind(1, prefix);
    while (st.ok() && st.row()) out.push_back(st.text(0));
    return out;
}

// The first counter in one list and not the other, by table name.
std::string first_changed_counter(const std::vector<std::string>& before, const std::vector<std::string>& after) {
    for (const auto* list : {&before, &after}) {
        const auto& other = list == &before ? after : before;
        for (const auto& entry : *list)
            if (std::find(other.begin(), other.end(), entry) == other.end()) return entry.substr(0, entry.rfind('='));
    }
    return {};
}

// A foreign key of the plugin's tables that could stop someone else
// changing their own rows, described with what to write instead; "" when
// every one is fine. The rules:
//   - to its own tables: anything (only the plugin deletes those rows);
//   - to cases or sessions: only their id, and only ON DELETE CASCADE or
//     ON DELETE SET NULL on a column that may be NULL. RESTRICT, NO ACTION
//     (the default) and SET DEFAULT make the core's delete fail while a
//     plugin row points at the session; a NOT NULL column makes SET NULL
//     fail the same way; a key on another column (cases(code)) would block
//     renames and is not unique the way SQLite needs;
//   - to anything else (another plugin's or the host's tables): never.
std::string blocking_foreign_key(sqlite3* db, const std::string& prefix) {
    sql::Stmt st(db, "SELECT t.name, f.\"table\", f.\"from\", ifnull(f.\"to\", ''), upper(f.on_delete), "
                     "ifnull((SELECT c.\"notnull\" FROM pragma_table_info(t.name) AS c "
                     "        WHERE c.name = f.\"from\" COLLATE NOCASE), 0) "
                     "FROM pragma_table_list AS t JOIN pragma_foreign_key_list(t.name) AS f "
                     "WHERE t.schema = 'main' AND t.type = 'table' AND substr(lower(t.name), 1, length(?1)) = ?1 "
                     "ORDER BY t.name, f.id, f.seq");
    st.bind(1, prefix);
    const std::string instead = "Write \"REFERENCES sessions(id) ON DELETE CASCADE\" (or cases(id)) so the plugin's "
                                "rows go with the session or case, or \"ON DELETE SET NULL\" on a column that may be NULL.";
    while (st.ok() && st.row()) {
        const std::string table = st.text(0), column = st.text(2), action = st.text(4);
        std::string target = st.text(1), to = st.text(3);
        std::transform(target.begin(), target.end(), target.begin(), [](unsigned char c) { return std::tolower(c); });
        std::transform(to.begin(), to.end(), to.begin(), [](unsigned char c) { return std::tolower(c); });
        const std::string where = "table \"" + table + "\" column \"" + column + "\" ";
        if (target.rfind(prefix, 0) == 0) continue;
        if (target != "cases" && target != "sessions")
            return where + "refers to \"" + target + "\", which is not the plugin's own: a plugin's foreign keys may "
                   "point only at its own tables, cases(id) or sessions(id). " + instead;
        const std::string row = target == "cases" ? "a case" : "a session";
        if (!to.empty() && to != "id")
            return where + "refers to " + target + "(" + to + "); refer to " + target + "(id) instead. " + instead;
        if (action == "CASCADE") continue;
        if (action == "SET NULL") {
            if (st.int64(5) == 0) continue;
            return where + "is NOT NULL, so ON DELETE SET NULL would stop the workbench deleting " + row + ". " +
                   instead;
        }
        return where + "refers to " + target + " with ON DELETE " + action +
               (action == "NO ACTION" ? " (the default when none is given)" : "") +
               ", which would stop the workbench deleting " + row + " that has rows of the plugin. " + instead;
    }
    return {};
}

} // namespace

Status Store::migrate_plugin(std::string_view plugin_id, std::span<const wb_migration> migrations) {
    const std::string id(plugin_id);
    if (!is_valid_plugin_id(id))
        return Status::fail("The plugin id \"" + id + "\" is not valid: " + kPluginIdRule + ".");
    if (in_edit_ || impl_->migrating || impl_->applying)
        return Status::fail("Plugin \"" + id + "\": the store is busy with another change; try again.");

    // Check the list before touching anything.
    int previous = 0;
    for (const auto& m : migrations) {
        if (m.struct_size < offsetof(wb_migration, sql) + sizeof(m.sql) || m.sql == nullptr)
            return Status::fail("Plugin \"" + id + "\": migration " + std::to_string(m.version) + " is malformed (no SQL).");
        if (m.version <= previous)
            return Status::fail("Plugin \"" + id + "\": migration versions must start at 1 and increase (" +
                                std::to_string(m.version) + " follows " + std::to_string(previous) + ").");
        previous = m.version;
    }

    const int recorded = plugin_schema_version(id);
    if (recorded > previous && previous > 0)
        return Status::fail("Plugin \"" + id + "\": the store's tables are at version " + std::to_string(recorded) +
                            ", newer than this plugin knows (" + std::to_string(previous) +
                            "). Update the plugin. Nothing was changed.");
    bool pending = false;
    for (const auto& m : migrations) pending = pending || m.version > recorded;
    if (!pending) return Status::ok();
    if (read_only_)
        return Status::fail("Plugin \"" + id + "\" needs to set up its tables, but the store is open read-only.");
    if (auto s = Impl::require_integrity(*this); !s) return s;

    ActorScope core(*this, "");
    bool ran = false;
    Status result = Status::ok();
    for (const auto& m : migrations) {
        if (m.version <= recorded) continue;
        const std::string where = "Plugin \"" + id + "\": migration " + std::to_string(m.version) + " failed: ";
        if (auto s = sql::exec(db_, "BEGIN IMMEDIATE", "could not start"); !s) {
            result = Status::fail(where + s.message());
            break;
        }
        const auto others_before = others_objects(db_, id + "__");
        const auto counters_before = others_counters(db_, id + "__");
        Status step = Status::ok();
        {
            ActorScope plugin(*this, id);
            impl_->migrating = true;
            char* err = nullptr;
            if (sqlite3_exec(db_, m.sql, nullptr, nullptr, &err) != SQLITE_OK) {
                std::string msg = err ? err : sqlite3_errmsg(db_);
                if (sqlite3_errcode(db_) == SQLITE_AUTH && !impl_->denial.empty()) msg += " (" + impl_->denial + ")";
                step = Status::fail(where + msg + ". It was rolled back; nothing was changed.");
            }
            sqlite3_free(err);
            impl_->migrating = false;
        }
        if (step && others_objects(db_, id + "__") != others_before)
            step = Status::fail(where + "it created, renamed or removed objects outside its own " + id +
                                "__* names. It was rolled back; nothing was changed.");
        if (step) {
            if (auto t = first_changed_counter(counters_before, others_counters(db_, id + "__")); !t.empty())
                step = Status::fail(where + "it changed the AUTOINCREMENT counter of \"" + t +
                                    "\", which is not its own (a migration may only set the counters of its own " +
                                    id + "__* tables). It was rolled back; nothing was changed.");
        }
        if (step) {
            if (auto fk = blocking_foreign_key(db_, id + "__"); !fk.empty())
                step = Status::fail(where + fk + " It was rolled back; nothing was changed.");
        }
        if (step) {
            if (auto t = table_without_key(db_, id + "__"); !t.empty())
                step = Status::fail(where + "table \"" + t +
                                    "\" has no PRIMARY KEY (undo needs one). It was rolled back; nothing was changed.");
        }
        if (step) {
            sql::Stmt rec(db_, "INSERT INTO wb_plugin_schema(plugin_id, version) VALUES(?, ?) "
                               "ON CONFLICT(plugin_id) DO UPDATE SET version = excluded.version");
            rec.bind(1, id).bind(2, int64_t(m.version));
            if (rec.step() != SQLITE_DONE) step = Status::fail(where + "could not record the version: " + last_sqlite_error());
        }
        if (step) step = sql::exec(db_, "COMMIT", where + "could not save");
        if (!step) {
            sql::exec(db_, "ROLLBACK", "").is_ok();
            result = step;
            break;
        }
        ran = true;
    }
    if (ran) {
        clear_history();
        ++revision_;
    }
    return result;
}

} // namespace wb::core
