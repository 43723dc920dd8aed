// core/store/store_open.cpp - opening, creating, checking and backing up a
// store file, and the core schema's migrations.
//
// The order matters: a file is sniffed by hand (size, magic bytes) before
// SQLite sees it, then probed through a read-only connection (application
// id, schema version, quick_check) before any writable connection is
// opened. A refused file has therefore never been opened for writing, so
// its bytes cannot change (a writable WAL connection would checkpoint on
// close).
#include "store/store_impl.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <system_error>

namespace wb::core {

namespace {

std::string quoted(const std::filesystem::path& p) {
    std::string s(1, '"'); // built step by step: GCC 12 warns falsely on "x" + string&&
    s += p.string();
    s += '"';
    return s;
}

// The core schema, one entry per version; entry i takes user_version i to i+1.
const char* const kCoreMigrations[] = {
    // v1: cases, their sessions, and the record of plugin schema versions.
    "CREATE TABLE cases(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  code TEXT NOT NULL UNIQUE,\n"
    "  label TEXT NOT NULL,\n"
    "  archived INTEGER NOT NULL DEFAULT 0,\n"
    "  demo INTEGER NOT NULL DEFAULT 0,\n"
    "  created_at TEXT NOT NULL);\n"
    "CREATE TABLE sessions(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,\n"
    "  date TEXT NOT NULL,\n"
    "  supervisee TEXT NOT NULL DEFAULT '',\n"
    "  notes TEXT NOT NULL DEFAULT '');\n"
    "CREATE INDEX sessions_by_case ON sessions(case_id);\n"
    "CREATE TABLE wb_plugin_schema(plugin_id TEXT PRIMARY KEY, version INTEGER NOT NULL);\n",
};
static_assert(std::size(kCoreMigrations) == Store::kSchemaVersion);

// Opens a read-only connection that cannot change anything on disk: with
// no pending WAL the file is opened "immutable" (no -wal/-shm created);
// with one, SQLite must read it, so a plain read-only open is used.
sqlite3* open_read_only(const std::filesystem::path& path, bool allow_immutable, std::string* error) {
    const bool immutable = allow_immutable && !sql::has_pending_wal(path);
    const std::string uri = sql::file_uri(path, immutable ? "mode=ro&immutable=1" : "mode=ro");
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        if (error) *error = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    return db;
}

// Reads the schema table once: fails for files SQLite cannot parse and
// for a WAL store whose -shm cannot be created.
Status try_read(sqlite3* db) {
    sql::Stmt st(db, "SELECT count(*) FROM sqlite_schema");
    if (!st.ok() || st.step() != SQLITE_ROW) return Status::fail(sqlite3_errmsg(db));
    return Status::ok();
}

} // namespace

std::vector<std::string> integrity_lines(sqlite3* db, const char* pragma) {
    std::vector<std::string> lines;
    sql::Stmt st(db, pragma);
    if (!st.ok()) {
        lines.push_back(std::string("could not run the check: ") + sqlite3_errmsg(db));
        return lines;
    }
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) lines.push_back(st.text(0));
    if (rc != SQLITE_DONE) lines.push_back(std::string("the check stopped: ") + sqlite3_errmsg(db));
    return lines;
}

bool integrity_ok(const std::vector<std::string>& lines) { return lines.size() == 1 && lines[0] == "ok"; }

std::string integrity_refusal(const std::filesystem::path& path, const std::vector<std::string>& lines) {
    std::string report;
    for (const auto& l : lines) report += "\n  " + l;
    return quoted(path) +
           " failed the integrity check, so it was not opened and was not changed. "
           "Restore it from a backup; \"workbench check-store\" prints the full report." +
           report;
}

namespace {

// Everything that can refuse an existing file, through a read-only probe.
// On success `*user_version` holds the schema version found.
Status probe(const std::filesystem::path& path, bool quick_check, int* user_version) {
    std::string err;
    sqlite3* db = open_read_only(path, true, &err);
    if (!db) return Status::fail("Could not open " + quoted(path) + ": " + err + ". Nothing was changed.");
    struct Closer {
        sqlite3* db;
        ~Closer() { sqlite3_close_v2(db); }
    } closer{db};

    if (auto read = try_read(db); !read)
        return Status::fail(quoted(path) + " could not be read as a workbench store (" + read.message() +
                            "). Nothing was changed. Restore the store from a backup, or choose another file.");
    const auto app_id = sql::query_int(db, "PRAGMA application_id");
    const auto version = sql::query_int(db, "PRAGMA user_version");
    const auto objects = sql::query_int(db, "SELECT count(*) FROM sqlite_schema");
    if (!app_id || !version || !objects)
        return Status::fail(quoted(path) + " could not be read (" + std::string(sqlite3_errmsg(db)) +
                            "). Nothing was changed.");

    const bool ours = static_cast<uint32_t>(*app_id) == kApplicationId;
    const bool blank = *app_id == 0 && *objects == 0;
    if (!ours && !blank)
        return Status::fail(quoted(path) +
                            " is an SQLite database from another program, not a workbench store. "
                            "Nothing was changed. Choose a workbench store, or create a new one.");
    if (*version > Store::kSchemaVersion)
        return Status::fail(quoted(path) + " was written by a newer version of the workbench (store schema version " +
                            std::to_string(*version) + "; this build supports up to version " +
                            std::to_string(Store::kSchemaVersion) +
                            "). The file was not changed. Update the workbench to open it.");

    if (quick_check) {
        const auto lines = integrity_lines(db, "PRAGMA quick_check(20)");
        if (!integrity_ok(lines)) return Status::fail(integrity_refusal(path, lines));
    }
    *user_version = static_cast<int>(*version);
    return Status::ok();
}

bool directory_writable(const std::filesystem::path& file) {
    auto dir = std::filesystem::absolute(file).parent_path();
    return ::access(dir.c_str(), W_OK) == 0;
}

} // namespace

Status Store::Impl::configure(Store& store, bool writable) {
    sqlite3* db = store.db_;
    sqlite3_busy_timeout(db, 5000);
    sqlite3_extended_result_codes(db, 0);
    // Defensive: no writable_schema tricks, FTS shadow tables read-only to
    // ordinary SQL. Triggers/views cannot call unsafe functions.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    if (writable) {
        sql::Stmt wal(db, "PRAGMA journal_mode=WAL");
        const std::string mode = wal.row() ? wal.text(0) : std::string();
        if (mode != "wal" && mode != "memory")
            return Status::fail("Could not switch the store to WAL journaling: " + store.last_sqlite_error());
        if (auto s = sql::exec(db, "PRAGMA synchronous=FULL", "Could not set synchronous writes"); !s) return s;
    }
    if (auto s = sql::exec(db, "PRAGMA foreign_keys=ON", "Could not enable foreign keys"); !s) return s;
    // 16 MiB of page cache (SQLite's default is 2 MiB): views across the
    // whole caseload (e.g. open ruptures in 2,000 cases) read more pages
    // than the default holds and would re-read them from disk each time.
    if (auto s = sql::exec(db, "PRAGMA cache_size=-16384", "Could not size the page cache"); !s) return s;
    sqlite3_set_authorizer(db, &Store::Impl::authorize, &store);
    return Status::ok();
}

Status Store::Impl::migrate_core(Store& store) {
    sqlite3* db = store.db_;
    if (auto s = sql::exec(db, "BEGIN IMMEDIATE", "Could not start setting up the store"); !s) return s;
    const auto version = sql::query_int(db, "PRAGMA user_version").value_or(-1);
    Status result = Status::ok();
    if (version < 0 || version > kSchemaVersion) {
        result = Status::fail("The store's schema version changed while it was being opened; try again.");
    } else {
        for (int v = static_cast<int>(version); v < kSchemaVersion && result; ++v) {
            result = sql::exec(db, kCoreMigrations[v],
                               "Could not upgrade the store to schema version " + std::to_string(v + 1));
            if (result)
                result = sql::exec(db, "PRAGMA user_version=" + std::to_string(v + 1), "Could not record the schema version");
        }
        if (result)
            result = sql::exec(db, "PRAGMA application_id=" + std::to_string(kApplicationId),
                               "Could not mark the file as a workbench store");
    }
    if (!result) {
        sql::exec(db, "ROLLBACK", "").is_ok();
        return result;
    }
    return sql::exec(db, "COMMIT", "Could not save the store's schema");
}

Result<std::unique_ptr<Store>> Store::open(const std::filesystem::path& path, OpenMode mode,
                                           uintmax_t foreground_check_bytes) {
    const auto header = sql::read_header(path);
    int user_version = 0;
    bool want_write = mode != OpenMode::ReadOnly;
    bool background_check = false;

    if (!header.exists) {
        if (mode != OpenMode::CreateIfMissing)
            return Status::fail("There is no store at " + quoted(path) +
                                ". Check the path, or create a new store (File > New store).");
        std::error_code ec;
        if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
        if (ec)
            return Status::fail("Could not create the folder for " + quoted(path) + ": " + ec.message() +
                                ". Choose a folder you may write to.");
    } else {
        if (auto s = sql::check_header(path, header); !s) return s;
        std::error_code size_ec;
        const uintmax_t size = std::filesystem::file_size(path, size_ec);
        background_check = !size_ec && size > foreground_check_bytes;
        if (auto s = probe(path, !background_check, &user_version); !s) return s;
        if (::access(path.c_str(), W_OK) != 0) want_write = false;
        // WAL needs to create -wal/-shm next to the file when they are missing.
        auto wal = path;
        wal += "-wal";
        if (!directory_writable(path) && !std::filesystem::exists(wal)) want_write = false;
    }

    std::unique_ptr<Store> store(new Store());
    store->impl_ = std::make_unique<Impl>();
    store->path_ = path;

    if (want_write) {
        // Always a URI: Debian's SQLite treats any name starting "file:" as one.
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | (header.exists ? 0 : SQLITE_OPEN_CREATE);
        const std::string uri = sql::file_uri(path, "");
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(uri.c_str(), &db, flags, nullptr) == SQLITE_OK && try_read(db)) {
            store->db_ = db;
        } else {
            const std::string err = db ? sqlite3_errmsg(db) : "out of memory";
            sqlite3_close_v2(db);
            if (!header.exists)
                return Status::fail("Could not create a store at " + quoted(path) + ": " + err +
                                    ". Choose a folder you may write to.");
            // e.g. the file is writable but its folder is not: fall back to read-only.
        }
    }
    if (!store->db_) {
        std::string err;
        sqlite3* db = open_read_only(path, false, &err);
        if (db && !try_read(db)) {
            // A WAL store in a folder we cannot write: the -shm cannot be
            // created, so read the main file as it is (only when no
            // un-checkpointed WAL holds newer data).
            sqlite3_close_v2(db);
            db = sql::has_pending_wal(path) ? nullptr : open_read_only(path, true, &err);
            if (db && !try_read(db)) {
                err = sqlite3_errmsg(db);
                sqlite3_close_v2(db);
                db = nullptr;
            }
        }
        if (!db)
            return Status::fail("Could not open " + quoted(path) + " read-only: " + err + ". Nothing was changed.");
        store->db_ = db;
        store->read_only_ = true;
    }

    if (auto s = Impl::configure(*store, !store->read_only_); !s) return s;
    if (background_check) Impl::start_background_check(*store);
    if (user_version < kSchemaVersion || !header.exists) {
        if (store->read_only_)
            return Status::fail(quoted(path) + " needs upgrading to store schema version " +
                                std::to_string(kSchemaVersion) + " (it has version " + std::to_string(user_version) +
                                "), but it is read-only. Nothing was changed. Open a copy you may write to.");
        if (auto s = Impl::require_integrity(*store); !s) return s;
        if (auto s = Impl::migrate_core(*store); !s) return s;
    }
    return store;
}

std::unique_ptr<Store> Store::open_in_memory() {
    std::unique_ptr<Store> store(new Store());
    store->impl_ = std::make_unique<Impl>();
    sqlite3_open_v2(":memory:", &store->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    // An in-memory database cannot fail these short of running out of memory.
    Impl::configure(*store, true).is_ok();
    Impl::migrate_core(*store).is_ok();
    return store;
}

Store::~Store() {
    // Closing must not wait for a background integrity check to read the
    // whole file: interrupt it (the future then joins quickly).
    if (impl_) impl_->interrupt_check();
    if (in_edit_) cancel_edit();
    if (impl_ && impl_->session) sqlite3session_delete(impl_->session);
    if (db_) {
        sqlite3_set_authorizer(db_, nullptr, nullptr);
        sqlite3_close_v2(db_);
    }
}

std::string Store::last_sqlite_error() const {
    if (!db_) return "the store is not open";
    if (sqlite3_errcode(db_) == SQLITE_AUTH && impl_ && !impl_->denial.empty())
        return "not authorized: " + impl_->denial;
    return sqlite3_errmsg(db_);
}

// ---- Backup ---------------------------------------------------------------

Status Store::backup_to(const std::filesystem::path& target) const {
    if (in_edit_) return Status::fail("Finish or cancel the open edit before backing up.");
    std::error_code ec;
    if (!path_.empty() && std::filesystem::exists(target, ec) && std::filesystem::equivalent(target, path_, ec))
        return Status::fail("A backup cannot overwrite the store itself. Choose another file name.");
    if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);

    // Copy into a temporary file first so a failed backup never replaces
    // an older good one.
    auto tmp = target;
    tmp += ".partial";
    std::filesystem::remove(tmp, ec);
    sqlite3* dst = nullptr;
    const std::string uri = sql::file_uri(tmp, "");
    if (sqlite3_open_v2(uri.c_str(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr) !=
        SQLITE_OK) {
        std::string err = dst ? sqlite3_errmsg(dst) : "out of memory";
        sqlite3_close_v2(dst);
        return Status::fail("Could not create the backup file " + quoted(target) + ": " + err +
                            ". Choose a folder you may write to.");
    }
    sqlite3_busy_timeout(dst, 5000);
    int rc = SQLITE_ERROR;
    if (sqlite3_backup* b = sqlite3_backup_init(dst, "main", db_, "main")) {
        do {
            rc = sqlite3_backup_step(b, -1);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
    }
    std::string err = sqlite3_errmsg(dst);
    sqlite3_close_v2(dst); // the last connection: its -wal is folded in and removed

    if (rc != SQLITE_DONE) {
        std::filesystem::remove(tmp, ec);
        return Status::fail("The backup to " + quoted(target) + " failed: " + err + ". The store itself is unchanged.");
    }
    for (const char* side : {"-wal", "-shm", "-journal"}) {
        auto p = target;
        p += side;
        std::filesystem::remove(p, ec);
    }
    std::filesystem::rename(tmp, target, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return Status::fail("Could not put the backup in place at " + quoted(target) + ": " + ec.message() + ".");
    }
    return Status::ok();
}

std::filesystem::path Store::default_backup_path() const {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    const std::string stem = path_.empty() ? std::string("workbench") : path_.stem().string();
    return path_.parent_path() / (stem + "-backup-" + stamp + ".db");
}

// ---- check-store ------------------------------------------------------------

IntegrityReport Store::check(const std::filesystem::path& path) {
    IntegrityReport r;
    r.supported_version = kSchemaVersion;
    auto fail = [&](std::string line) {
        r.lines.push_back(std::move(line));
        r.ok = false;
        return r;
    };

    r.lines.push_back("File: " + path.string());
    const auto header = sql::read_header(path);
    if (!header.exists) return fail("Problem: the file does not exist.");
    if (header.regular) r.lines.push_back("Size: " + std::to_string(header.size) + " bytes");
    if (auto s = sql::check_header(path, header); !s) return fail("Problem: " + s.message());
    r.lines.push_back(std::string("Header: SQLite format 3, ") + (header.wal_mode ? "WAL journal" : "rollback journal"));

    std::string err;
    sqlite3* db = open_read_only(path, true, &err);
    if (!db) return fail("Problem: could not open the file read-only: " + err);
    struct Closer {
        sqlite3* db;
        ~Closer() { sqlite3_close_v2(db); }
    } closer{db};
    if (auto s = try_read(db); !s) return fail("Problem: SQLite cannot read the file: " + s.message());

    bool ok = true;
    const auto app_id = static_cast<uint32_t>(sql::query_int(db, "PRAGMA application_id").value_or(0));
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08X", app_id);
    if (app_id == kApplicationId) {
        r.lines.push_back(std::string("Application id: ") + hex + " (a workbench store)");
    } else {
        r.lines.push_back(std::string("Problem: application id ") + hex + " is not a workbench store's.");
        ok = false;
    }
    r.schema_version = static_cast<int>(sql::query_int(db, "PRAGMA user_version").value_or(0));
    std::string versions = "Schema version: " + std::to_string(r.schema_version) + " (this build supports up to " +
                           std::to_string(kSchemaVersion) + ")";
    if (r.schema_version > kSchemaVersion) {
        versions += " - Problem: newer than this build; update the workbench.";
        ok = false;
    } else if (r.schema_version < 1) {
        versions += " - Problem: the store was never set up.";
        ok = false;
    } else if (r.schema_version < kSchemaVersion) {
        versions += " - will be upgraded when opened for writing";
    }
    r.lines.push_back(versions);

    const auto lines = integrity_lines(db, "PRAGMA integrity_check(100)");
    if (integrity_ok(lines)) {
        r.lines.push_back("Integrity check: ok");
    } else {
        ok = false;
        r.lines.push_back("Problem: the integrity check failed:");
        for (const auto& l : lines) r.lines.push_back("  " + l);
    }

    if (app_id == kApplicationId && r.schema_version >= 1) {
        const auto cases = sql::query_int(db, "SELECT count(*) FROM cases");
        const auto archived = sql::query_int(db, "SELECT count(*) FROM cases WHERE archived");
        const auto demo = sql::query_int(db, "SELECT count(*) FROM cases WHERE demo");
        const auto sessions = sql::query_int(db, "SELECT count(*) FROM sessions");
        if (cases && sessions) {
            r.lines.push_back("Cases: " + std::to_string(*cases) + " (" + std::to_string(archived.value_or(0)) +
                              " archived, " + std::to_string(demo.value_or(0)) + " demo)");
            r.lines.push_back("Sessions: " + std::to_string(*sessions));
        } else {
            r.lines.push_back(std::string("Problem: could not count cases and sessions: ") + sqlite3_errmsg(db));
            ok = false;
        }
        sql::Stmt st(db, "SELECT plugin_id, version FROM wb_plugin_schema ORDER BY plugin_id");
        std::string plugins;
        while (st.ok() && st.row())
            plugins += (plugins.empty() ? "" : ", ") + st.text(0) + " v" + std::to_string(st.int64(1));
        r.lines.push_back("Plugin tables: " + (plugins.empty() ? std::string("none") : plugins));
    }
    r.ok = ok;
    return r;
}

} // namespace wb::core
