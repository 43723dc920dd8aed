// tests/store/store_test_util.h - helpers shared by the store tests: a
// temporary folder, raw file bytes, and raw SQLite calls that bypass the
// Store (to build bad files and to probe the authorizer directly).
#pragma once

#include "store/store.h"

#include <doctest/doctest.h>

#include "temp_dir.h"
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <span>
#include <sstream>
#include <string>
#include <vector>

namespace wb::test {

namespace fs = std::filesystem;


inline std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void write_bytes(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
}

inline bool file_exists(const fs::path& p) { return fs::exists(p); }

inline fs::path sidecar(const fs::path& p, const char* suffix) {
    auto s = p;
    s += suffix;
    return s;
}

// Runs SQL on a raw connection; returns the SQLite result code.
inline int exec(sqlite3* db, const std::string& sql) {
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

// Runs SQL on a file with a plain sqlite3 connection (not the Store).
inline int exec_file(const fs::path& p, const std::string& sql) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open(p.c_str(), &db);
    if (rc == SQLITE_OK) rc = exec(db, sql);
    sqlite3_close(db);
    return rc;
}

// First column of the first row, as text ("" on error).
inline std::string query(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        const auto* t = sqlite3_column_text(st, 0);
        out = t ? reinterpret_cast<const char*>(t) : "";
    }
    sqlite3_finalize(st);
    return out;
}

inline long long count(sqlite3* db, const std::string& table_or_where) {
    std::string sql = "SELECT count(*) FROM "; // step by step: GCC 12 warns falsely on "x" + string&&
    sql += table_or_where;
    const std::string n = query(db, sql);
    return n.empty() ? -1 : std::stoll(n);
}

// Prepares `sql` as `actor` (the authorizer runs at prepare time) and, if
// that succeeds, steps it to the end. Returns the first failing code.
inline int run_as(core::Store& store, const std::string& actor, const std::string& sql) {
    core::Store::ActorScope scope(store, actor);
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(store.db(), sql.c_str(), -1, &st, nullptr);
    if (rc == SQLITE_OK && st) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        }
        if (rc == SQLITE_DONE) rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

inline int prepare_as(core::Store& store, const std::string& actor, const std::string& sql) {
    core::Store::ActorScope scope(store, actor);
    sqlite3_stmt* st = nullptr;
    const int rc = sqlite3_prepare_v2(store.db(), sql.c_str(), -1, &st, nullptr);
    sqlite3_finalize(st);
    return rc;
}

inline wb_migration migration(int version, const char* sql) {
    wb_migration m{};
    m.struct_size = sizeof(wb_migration);
    m.version = version;
    m.sql = sql;
    return m;
}

// The test plugin "alpha": notes per session (cascading with the session),
// a full-text index kept in step by triggers, and a second plain table.
inline const std::vector<wb_migration>& alpha_migrations() {
    static const std::vector<wb_migration> m = {
        migration(1, "CREATE TABLE alpha__notes(id INTEGER PRIMARY KEY,"
                     "  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                     "  body TEXT NOT NULL);"
                     "CREATE INDEX alpha__notes_by_session ON alpha__notes(session_id);"),
        migration(2, "CREATE VIRTUAL TABLE alpha__fts USING fts5(body, content='alpha__notes', content_rowid='id');"
                     "CREATE TRIGGER alpha__notes_ai AFTER INSERT ON alpha__notes BEGIN"
                     "  INSERT INTO alpha__fts(rowid, body) VALUES (new.id, new.body); END;"
                     "CREATE TRIGGER alpha__notes_ad AFTER DELETE ON alpha__notes BEGIN"
                     "  INSERT INTO alpha__fts(alpha__fts, rowid, body) VALUES('delete', old.id, old.body); END;"
                     "CREATE TRIGGER alpha__notes_au AFTER UPDATE ON alpha__notes BEGIN"
                     "  INSERT INTO alpha__fts(alpha__fts, rowid, body) VALUES('delete', old.id, old.body);"
                     "  INSERT INTO alpha__fts(rowid, body) VALUES (new.id, new.body); END;"
                     "CREATE TABLE alpha__tags(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);"),
    };
    return m;
}

inline const std::vector<wb_migration>& beta_migrations() {
    static const std::vector<wb_migration> m = {
        migration(1, "CREATE TABLE beta__secret(id INTEGER PRIMARY KEY, v TEXT);"
                     "INSERT INTO beta__secret(v) VALUES('beta only');"),
    };
    return m;
}

inline std::unique_ptr<core::Store> must_open(const fs::path& p, core::OpenMode mode = core::OpenMode::CreateIfMissing) {
    auto r = core::Store::open(p, mode);
    INFO(r.message());
    REQUIRE(r.is_ok());
    return std::move(r.value());
}

// A store with one case and `n` sessions, closed again.
inline fs::path make_store(const TempDir& dir, int n = 3, const char* name = "cases.db") {
    auto p = dir / name;
    auto s = must_open(p);
    auto c = s->create_case("FAM-001", "First family");
    REQUIRE(c.is_ok());
    for (int i = 0; i < n; ++i) {
        auto id = s->add_session(c.value(), "2024-01-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1),
                                 "Practitioner A", std::string(400, static_cast<char>('a' + i % 26)));
        REQUIRE(id.is_ok());
    }
    return p;
}

} // namespace wb::test
