// core/store/store_impl.h - the private half of Store: the open edit's
// session object, the undo/redo stacks and the authorizer's state.
//
// Only the store's own .cpp files include this.
#pragma once

#include "store/sqlite_util.h"
#include "store/store.h"
#include "util/rules.h" // is_valid_plugin_id: a plugin owns the tables "<id>__*"

#include <future>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace wb::core {

// The fixed PRAGMA application_id of every workbench store ("PWB1").
inline constexpr uint32_t kApplicationId = 0x50574231;

// The message every refused edit on a read-only store carries.
inline constexpr const char* kReadOnlyMessage =
    "The store is open read-only, so it cannot be changed. To edit, open a copy you may write to "
    "(File > Back up store, then open the backup), or check the file's permissions.";

struct Store::Impl {
    // The open edit (between begin_edit and commit_edit).
    sqlite3_session* session = nullptr;
    std::string edit_label;
    int64_t changes_at_begin = 0;
    // Virtual tables and their shadow tables (e.g. FTS5 "x_data"): never
    // recorded for undo. Their owners keep them in step with triggers on
    // real tables, which also fire when undo re-applies those rows.
    std::set<std::string> derived_tables;

    struct Step {
        std::string label;
        std::vector<unsigned char> changeset;
    };
    std::vector<Step> undo;
    std::vector<Step> redo;
    static constexpr size_t kMaxSteps = 200;

    // The background integrity check of a large store (see integrity()).
    std::future<std::vector<std::string>> background_check;
    // The check's connection while it runs, so closing the store can
    // interrupt it instead of waiting for a full read of the file.
    std::mutex check_mutex;
    sqlite3* check_db = nullptr;
    // Interrupts a running check (its result then counts as not run).
    void interrupt_check();
    Integrity integrity = Integrity::Ok;
    std::string integrity_failure;
    // Starts the background check on its own read-only connection.
    static void start_background_check(Store& store);
    // Waits for a running check; fails once it has failed. Every write
    // path calls this first.
    static Status require_integrity(Store& store);
    // Takes the result of a finished (or, when `wait`, a running) check.
    static void collect_check(Store& store, bool wait);

    bool migrating = false; // a plugin migration runs: DDL allowed for the actor
    bool applying = false;  // undo/redo is applying a changeset
    std::string denial;     // why the authorizer last refused (no case content)

    // sqlite3_set_authorizer callback; `ctx` is the Store.
    static int authorize(void* ctx, int action, const char* a1, const char* a2, const char* db_name,
                         const char* inner);
    // sqlite3session_table_filter callback; `ctx` is the Store.
    static int table_filter(void* ctx, const char* table);
    // Applies a changeset as the core, with foreign keys off (the changeset
    // already holds every cascaded row) and refuses on any conflict
    // (*conflict is then true; other failures leave it false).
    static Status apply(Store& store, const std::vector<unsigned char>& changeset, bool invert,
                        const std::string& label, bool* conflict);
    // Runs the schema migrations of the core tables (in a transaction).
    static Status migrate_core(Store& store);
    // Sets busy timeout, foreign keys, synchronous, and the authorizer.
    static Status configure(Store& store, bool writable);
};

// PRAGMA quick_check/integrity_check output lines, and whether they say "ok".
std::vector<std::string> integrity_lines(sqlite3* db, const char* pragma);
bool integrity_ok(const std::vector<std::string>& lines);
// The message a store that failed its integrity check is refused with.
std::string integrity_refusal(const std::filesystem::path& path, const std::vector<std::string>& lines);

} // namespace wb::core
