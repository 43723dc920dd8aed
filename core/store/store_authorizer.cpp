// core/store/store_authorizer.cpp - the rules a plugin's SQL must keep,
// enforced by SQLite itself (sqlite3_set_authorizer) rather than by trust.
//
// SQLite asks this callback about every table, column, pragma and schema
// change while it compiles a statement (at prepare and at any automatic
// re-prepare), so a plugin cannot reach around it. The rules, for a plugin
// whose id is P:
//   - read "cases", "sessions" and its own "P__*" tables (and the schema
//     table, which SQLite reads while compiling schema changes; and, in a
//     migration, sqlite_sequence, which DROP and RENAME of an AUTOINCREMENT
//     table read);
//   - insert/update/delete only its own tables, and only inside an edit
//     (begin_edit/commit_edit) or one of its migrations;
//   - create/drop/alter its own tables, indexes, triggers and views only
//     while its migrations run;
//   - never ATTACH/DETACH, transaction statements, or pragmas other than a
//     few harmless reads of its own or the core tables' layout.
// Triggers and views are named "P__*" too, so when the core fires one of
// a plugin's triggers (e.g. while deleting a session) the trigger's body
// is held to its owner's rules, not the core's.
#include "store/store_impl.h"

#include <algorithm>
#include <cctype>

namespace wb::core {

namespace {

std::string lower(const char* s) {
    std::string out = s ? s : "";
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

bool is_schema_table(const std::string& t) {
    return t == "sqlite_master" || t == "sqlite_schema" || t == "sqlite_temp_master" || t == "sqlite_temp_schema";
}

bool is_core_table(const std::string& t) { return t == "cases" || t == "sessions"; }

// The plugin owning a "P__name" object, or "" for core objects.
std::string owner_of(const char* object) {
    const std::string name = lower(object);
    const auto pos = name.find("__");
    if (pos == std::string::npos || pos == 0) return {};
    std::string id = name.substr(0, pos);
    return is_valid_plugin_id(id) ? id : std::string();
}

const char* action_name(int action) {
    switch (action) {
    case SQLITE_TRANSACTION: return "transaction statements (BEGIN/COMMIT/ROLLBACK)";
    case SQLITE_SAVEPOINT: return "SAVEPOINT statements";
    case SQLITE_ATTACH: return "ATTACH";
    case SQLITE_DETACH: return "DETACH";
    case SQLITE_ANALYZE: return "ANALYZE";
    case SQLITE_REINDEX: return "REINDEX";
    default: return "this statement";
    }
}

} // namespace

int Store::Impl::authorize(void* ctx, int action, const char* a1, const char* a2, const char* db_name,
                           const char* inner) {
    auto& store = *static_cast<Store*>(ctx);
    auto& impl = *store.impl_;

    std::string actor = store.actor_;
    if (actor.empty() && inner) actor = owner_of(inner); // a plugin's trigger/view fired by the core
    if (actor.empty()) return SQLITE_OK;                  // the core: full access

    const std::string prefix = actor + "__";
    const std::string t1 = lower(a1);
    const std::string t2 = lower(a2);
    const bool own1 = starts_with(t1, prefix);
    const bool own2 = starts_with(t2, prefix);
    const bool main_db = db_name == nullptr || lower(db_name) == "main";
    const bool may_write = store.in_edit_ || impl.migrating || impl.applying;

    auto deny = [&](std::string why) {
        impl.denial = "plugin \"" + actor + "\": " + why;
        return SQLITE_DENY;
    };

    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;

    case SQLITE_READ:
        // SQLite reads the schema tables (main and temp) while compiling
        // schema changes, e.g. ALTER TABLE.
        if (is_schema_table(t1)) return SQLITE_OK;
        // DROP TABLE and ALTER TABLE ... RENAME of an AUTOINCREMENT table
        // read sqlite_sequence to fix up its row. Other plugins' rows there
        // are guarded by a before/after comparison (store_plugins.cpp).
        if (t1 == "sqlite_sequence" && impl.migrating && main_db) return SQLITE_OK;
        if (!main_db) return deny("may only use the main store, not \"" + lower(db_name) + "\"");
        if (own1 || is_core_table(t1)) return SQLITE_OK;
        return deny("may not read table \"" + t1 + "\" (only cases, sessions and its own " + prefix + "* tables)");

    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        // SQLite writes its schema tables (and AUTOINCREMENT's
        // sqlite_sequence) itself while compiling CREATE/DROP/ALTER. A
        // migration may also set its own counters; that it touched no
        // other plugin's row is checked after it ran (store_plugins.cpp),
        // since the authorizer cannot see which rows a statement changes.
        if (is_schema_table(t1) || t1 == "sqlite_sequence") {
            if (impl.migrating) return SQLITE_OK;
            return deny("may not write \"" + t1 + "\"");
        }
        if (!main_db) return deny("may only use the main store, not \"" + lower(db_name) + "\"");
        if (!own1) return deny("may only change its own " + prefix + "* tables, not \"" + t1 + "\"");
        if (!may_write) return deny("must change its tables inside an edit (begin_edit/commit_edit, wb::Edit)");
        return SQLITE_OK;

    case SQLITE_CREATE_TABLE:
    case SQLITE_DROP_TABLE:
    case SQLITE_CREATE_VIEW:
    case SQLITE_DROP_VIEW:
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_VTABLE:
        if (!impl.migrating) return deny("may change its tables' layout only in a migration");
        if (!main_db) return deny("may only use the main store");
        // The first AUTOINCREMENT table makes SQLite create sqlite_sequence.
        if (action == SQLITE_CREATE_TABLE && t1 == "sqlite_sequence") return SQLITE_OK;
        if (!own1) return deny("may only create or drop objects named " + prefix + "*, not \"" + t1 + "\"");
        return SQLITE_OK;

    case SQLITE_CREATE_INDEX:
    case SQLITE_DROP_INDEX:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_DROP_TRIGGER:
        if (!impl.migrating) return deny("may change its tables' layout only in a migration");
        if (!main_db) return deny("may only use the main store");
        // UNIQUE/PRIMARY KEY constraints create "sqlite_autoindex_<table>_N".
        if (!own2 || !(own1 || starts_with(t1, "sqlite_autoindex_" + prefix)))
            return deny("indexes and triggers must be named " + prefix + "* and be on its own tables (\"" + t1 +
                        "\" on \"" + t2 + "\")");
        return SQLITE_OK;

    case SQLITE_ALTER_TABLE: // a1 is the database, a2 the table
        if (!impl.migrating) return deny("may change its tables' layout only in a migration");
        if (!own2) return deny("may only alter its own " + prefix + "* tables, not \"" + t2 + "\"");
        return SQLITE_OK;

    case SQLITE_PRAGMA: {
        // Harmless reads only: no argument means "tell me"; layout pragmas
        // only about tables the plugin may read anyway.
        static const char* const kLayout[] = {"table_info", "table_xinfo", "index_list", "index_info",
                                              "index_xinfo", "foreign_key_list"};
        static const char* const kPlain[] = {"data_version", "page_size", "encoding"};
        for (const char* p : kPlain)
            if (t1 == p && a2 == nullptr) return SQLITE_OK;
        for (const char* p : kLayout)
            if (t1 == p && (own2 || is_core_table(t2))) return SQLITE_OK;
        return deny("may not run PRAGMA " + t1);
    }

    case SQLITE_REINDEX: // CREATE INDEX fills the new index this way
        if (impl.migrating && own1) return SQLITE_OK;
        return deny("may not run REINDEX");

    case SQLITE_FUNCTION:
        if (t2 == "load_extension") return deny("may not load extensions");
        return SQLITE_OK;

    case SQLITE_CREATE_TEMP_TABLE:
    case SQLITE_CREATE_TEMP_INDEX:
    case SQLITE_CREATE_TEMP_TRIGGER:
    case SQLITE_CREATE_TEMP_VIEW:
    case SQLITE_DROP_TEMP_TABLE:
    case SQLITE_DROP_TEMP_INDEX:
    case SQLITE_DROP_TEMP_TRIGGER:
    case SQLITE_DROP_TEMP_VIEW:
        return deny("may not create temporary objects");

    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        return deny(std::string("may not run ") + action_name(action) +
                    ": the host controls transactions through begin_edit/commit_edit");
    default:
        return deny(std::string("may not run ") + action_name(action));
    }
}

} // namespace wb::core
