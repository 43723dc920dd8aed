// core/store/store.h - the case store: one SQLite file holding every case,
// every session and every plugin's tables, with undo/redo across all of them.
//
// Why one file: a supervisor backs up, moves or deletes one thing. Why the
// session extension for undo: every edit (core or plugin) runs inside
// begin_edit/commit_edit, which records the exact row changes as a
// changeset; undo applies its inverse. Plugins get undo without writing any.
//
// Safety rules this class keeps:
//  - Every edit is one transaction committed at once (WAL, synchronous=FULL),
//    so a crash never loses or corrupts an edit that was reported committed.
//  - A file that is not a store, is corrupt, or has a newer schema is refused
//    with a message and never modified.
//  - While an actor (a plugin id) is set, an authorizer refuses writes
//    outside "<id>__*" tables and reads outside core cases/sessions and the
//    plugin's own tables.
#pragma once

#include "util/status.h"

#include <workbench/abi.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace wb::core {

struct DemoFamily; // store/demo_families.h


struct Case {
    int64_t id = 0;
    std::string code;  // pseudonymous, unique, e.g. "FAM-014"
    std::string label; // display label, never a real name required
    bool archived = false;
    bool demo = false; // fictional demo data
    std::string created_at;
};

struct Session {
    int64_t id = 0;
    int64_t case_id = 0;
    std::string date; // YYYY-MM-DD
    std::string supervisee;
    std::string notes;
};

struct IntegrityReport {
    bool ok = false;
    int schema_version = 0;         // PRAGMA user_version found
    int supported_version = 0;      // Store::kSchemaVersion
    std::vector<std::string> lines; // human-readable findings
};

enum class OpenMode {
    CreateIfMissing, // create the file (and its folder) when it does not exist
    MustExist,       // refuse a missing file
    ReadOnly         // must exist; open read-only even if writable (viewing, tests)
};

class Store {
public:
    static constexpr int kSchemaVersion = 1;

    // Opens (or creates) a store. Refuses, leaving the file untouched: a
    // zero-byte or non-SQLite file, a schema newer than kSchemaVersion, a
    // failing quick integrity check. A file we cannot write is opened
    // read-only (read_only() is then true and every edit is refused).
    //
    // A store larger than `foreground_check_bytes` is integrity-checked on a
    // background connection instead (a full read of a large file would
    // delay the first frame): see integrity().
    static constexpr uintmax_t kForegroundCheckBytes = uintmax_t{16} << 20;
    static Result<std::unique_ptr<Store>> open(const std::filesystem::path& path, OpenMode mode,
                                               uintmax_t foreground_check_bytes = kForegroundCheckBytes);
    // A private in-memory store (tests, validate-plugin).
    static std::unique_ptr<Store> open_in_memory();

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::filesystem::path& path() const { return path_; }
    bool read_only() const { return read_only_; }
    sqlite3* db() const { return db_; } // core only; never handed to plugins

    // ---- Integrity of large stores ----------------------------------------
    // Checking: the background check is still running. Every write
    // (begin_edit, undo, redo, a plugin migration) first waits for it, so
    // nothing is ever written to a store that has not passed. Failed: every
    // write is refused with integrity_failure(); the application should
    // close the store and show that report.
    enum class Integrity { Ok, Checking, Failed };
    Integrity integrity(); // never blocks
    const std::string& integrity_failure() const;
    // Blocks until a running background check has finished, then returns
    // its verdict: ok, or integrity_failure() as the message. Returns at
    // once when no check runs. For callers that must know before going on
    // (tests, command-line tools); the UI polls integrity() instead.
    Status wait_for_integrity();

    // ---- Actor: who is calling (for the authorizer) ----------------------
    // "" is the core (full access); otherwise a plugin id.
    class ActorScope {
    public:
        ActorScope(Store& s, std::string actor);
        ~ActorScope();
        ActorScope(const ActorScope&) = delete;
        ActorScope& operator=(const ActorScope&) = delete;

    private:
        Store& store_;
        std::string previous_;
    };
    const std::string& actor() const { return actor_; }

    // ---- Edits and undo ------------------------------------------------
    // One edit = one transaction = one undo step. Nesting is refused.
    Status begin_edit(std::string_view label);
    Status commit_edit();
    void cancel_edit();
    bool in_edit() const { return in_edit_; }

    bool can_undo() const;
    bool can_redo() const;
    std::string undo_label() const; // "" when nothing to undo
    std::string redo_label() const;
    Status undo();
    Status redo();
    void clear_history();
    // Bumped by every commit, undo and redo: a cheap "did data change?".
    uint64_t revision() const { return revision_; }

    // ---- Core data: each mutation is its own committed edit --------------
    std::vector<Case> cases(bool include_archived, std::string_view filter = {}) const;
    std::optional<Case> find_case(int64_t id) const;
    std::optional<Case> find_case_by_code(std::string_view code) const;
    Result<int64_t> create_case(std::string_view code, std::string_view label, bool demo = false);
    Status rename_case(int64_t id, std::string_view code, std::string_view label);
    Status set_archived(int64_t id, bool archived);

    std::vector<Session> sessions(int64_t case_id) const; // newest first
    std::optional<Session> find_session(int64_t id) const;
    Result<int64_t> add_session(int64_t case_id, std::string_view date, std::string_view supervisee,
                                std::string_view notes);
    Status update_session(const Session& s);
    Status delete_session(int64_t id);

    // Creates the first demo family's case (code "DEMO-01") with its
    // sessions if the store has no cases. Returns its id, or 0 if the store
    // had cases. Not an undoable step: it is where a new store starts.
    Result<int64_t> seed_demo_case();
    // Creates a demo family's case and sessions, or resets it: an existing
    // demo case with the family's code is removed first, with everything
    // hanging off it. Refused when a non-demo case holds the code. One
    // undoable edit; returns the new case id.
    Result<int64_t> put_demo_family(const DemoFamily& family);

    // ---- Plugin tables --------------------------------------------------
    int plugin_schema_version(std::string_view plugin_id) const;
    // Runs migrations above the recorded version, each in a transaction;
    // the first failure is rolled back and returned.
    Status migrate_plugin(std::string_view plugin_id, std::span<const wb_migration> migrations);

    // ---- Files ------------------------------------------------------------
    // Online backup to `target` (overwritten if it exists).
    Status backup_to(const std::filesystem::path& target) const;
    // "<dir>/<stem>-backup-YYYYmmdd-HHMMSS.db" next to the store.
    std::filesystem::path default_backup_path() const;

    // Full report for `workbench check-store`; never modifies the file.
    static IntegrityReport check(const std::filesystem::path& path);

    // Short SQLite error text for the last failure on this connection.
    std::string last_sqlite_error() const;

private:
    Store() = default;
    struct Impl;
    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
    bool read_only_ = false;
    bool in_edit_ = false;
    std::string actor_;
    uint64_t revision_ = 0;
    std::unique_ptr<Impl> impl_; // session handle, undo/redo stacks
};

} // namespace wb::core
