// core/store/sqlite_util.h - small RAII helpers over the SQLite C API, used
// only inside core/store (never by plugins, never by the UI).
//
// Why a wrapper at all: every statement must be finalized on every path,
// including early returns on errors, and every error must become a Status
// with words a user can act on.
#pragma once

#include "util/status.h"

// The session extension (changesets for undo) is compiled into Debian's
// libsqlite3 but its declarations are only visible with these defined.
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION 1
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#endif
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace wb::core::sql {

// A prepared statement that finalizes itself.
class Stmt {
public:
    Stmt(sqlite3* db, std::string_view sql);
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    bool ok() const { return stmt_ != nullptr; }
    int prepare_rc() const { return prepare_rc_; }
    sqlite3_stmt* get() const { return stmt_; }

    Stmt& bind(int i, int64_t v);
    Stmt& bind(int i, std::string_view v);
    Stmt& bind_null(int i);

    // SQLITE_ROW, SQLITE_DONE or an error code (SQLITE_MISUSE if the
    // statement failed to prepare).
    int step();
    bool row() { return step() == SQLITE_ROW; }

    int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
    std::string text(int col) const;

private:
    sqlite3_stmt* stmt_ = nullptr;
    int prepare_rc_ = SQLITE_OK;
};

// Runs one or more statements; on failure returns the SQLite message
// prefixed with `what` (e.g. "Could not start the edit").
Status exec(sqlite3* db, std::string_view sql, std::string_view what);

// The first column of the first row as an integer (nullopt on error).
std::optional<int64_t> query_int(sqlite3* db, std::string_view sql);

// --- File sniffing, before SQLite is allowed to touch a file --------------

// What the first 100 bytes of a file say about it.
struct FileHeader {
    bool exists = false;
    bool regular = false;
    uintmax_t size = 0;
    bool sqlite_magic = false; // "SQLite format 3\0"
    bool complete = false;     // at least the 100-byte database header
    uint32_t application_id = 0;
    uint32_t user_version = 0;
    bool wal_mode = false; // header bytes 18/19 == 2
    std::string read_error; // set when the file could not be read
};
FileHeader read_header(const std::filesystem::path& path);

// Checks a file that exists is plausibly a store we may hand to SQLite:
// not empty, readable, with the SQLite magic. The message says what to do.
Status check_header(const std::filesystem::path& path, const FileHeader& h);

// A "file:" URI for `path` with the given query string (percent-encoded
// so any path works).
std::string file_uri(const std::filesystem::path& path, std::string_view query);

// True when a non-empty "-wal" file sits next to the database: it may hold
// committed transactions not yet copied into the main file.
bool has_pending_wal(const std::filesystem::path& path);

} // namespace wb::core::sql
