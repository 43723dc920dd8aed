// core/store/sqlite_util.cpp - RAII statement, exec helper and the file
// sniffing that keeps SQLite away from files that are not stores.
#include "store/sqlite_util.h"

#include <array>
#include <cstring>
#include <fstream>
#include <system_error>

namespace wb::core::sql {

Stmt::Stmt(sqlite3* db, std::string_view sql) {
    prepare_rc_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (prepare_rc_ != SQLITE_OK) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
    }
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Stmt& Stmt::bind(int i, int64_t v) {
    if (stmt_) sqlite3_bind_int64(stmt_, i, v);
    return *this;
}

Stmt& Stmt::bind(int i, std::string_view v) {
    if (stmt_) sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::bind_null(int i) {
    if (stmt_) sqlite3_bind_null(stmt_, i);
    return *this;
}

int Stmt::step() { return stmt_ ? sqlite3_step(stmt_) : SQLITE_MISUSE; }

std::string Stmt::text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

Status exec(sqlite3* db, std::string_view sql, std::string_view what) {
    char* err = nullptr;
    const std::string s(sql);
    if (sqlite3_exec(db, s.c_str(), nullptr, nullptr, &err) == SQLITE_OK) return Status::ok();
    std::string msg = std::string(what) + ": " + (err ? err : sqlite3_errmsg(db));
    sqlite3_free(err);
    return Status::fail(msg);
}

std::optional<int64_t> query_int(sqlite3* db, std::string_view sql) {
    Stmt st(db, sql);
    if (!st.ok() || st.step() != SQLITE_ROW) return std::nullopt;
    return st.int64(0);
}

static uint32_t be32(const unsigned char* p) {
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}

FileHeader read_header(const std::filesystem::path& path) {
    FileHeader h;
    std::error_code ec;
    auto st = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(st)) return h;
    h.exists = true;
    h.regular = std::filesystem::is_regular_file(st);
    if (!h.regular) return h;
    h.size = std::filesystem::file_size(path, ec);
    if (ec) {
        h.read_error = ec.message();
        return h;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        h.read_error = std::strerror(errno);
        return h;
    }
    std::array<unsigned char, 100> buf{};
    in.read(reinterpret_cast<char*>(buf.data()), buf.size());
    const auto got = static_cast<size_t>(in.gcount());
    static const char kMagic[16] = "SQLite format 3"; // includes the trailing NUL
    h.sqlite_magic = got >= 16 && std::memcmp(buf.data(), kMagic, 16) == 0;
    h.complete = got == buf.size();
    if (h.complete) {
        h.user_version = be32(&buf[60]);
        h.application_id = be32(&buf[68]);
        h.wal_mode = buf[18] == 2 && buf[19] == 2;
    }
    return h;
}

Status check_header(const std::filesystem::path& path, const FileHeader& h) {
    std::string where(1, '"'); // built step by step: GCC 12 warns falsely on "x" + string&&
    where += path.string();
    where += '"';
    if (!h.regular)
        return Status::fail(where + " is not a regular file, so it cannot be a workbench store. "
                                    "Choose a store file (usually ending in .db).");
    if (!h.read_error.empty())
        return Status::fail("Could not read " + where + ": " + h.read_error +
                            ". Check that the file exists and that you may read it.");
    if (h.size == 0)
        return Status::fail(where + " is an empty file, not a workbench store. Nothing was changed. "
                                    "Choose another file, or create a new store.");
    if (!h.sqlite_magic)
        return Status::fail(where + " is not a workbench store (it is not an SQLite database). "
                                    "Nothing was changed. Choose a store file (usually ending in .db).");
    if (!h.complete)
        return Status::fail(where + " is truncated: it is too short to be an SQLite database. "
                                    "Nothing was changed. Restore the store from a backup.");
    return Status::ok();
}

std::string file_uri(const std::filesystem::path& path, std::string_view query) {
    std::string abs = std::filesystem::absolute(path).string();
    std::string out = "file:";
    static const char* hex = "0123456789ABCDEF";
    for (unsigned char c : abs) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    if (!query.empty()) {
        out += '?';
        out += query;
    }
    return out;
}

bool has_pending_wal(const std::filesystem::path& path) {
    std::error_code ec;
    auto wal = path;
    wal += "-wal";
    const auto size = std::filesystem::file_size(wal, ec);
    return !ec && size > 0;
}

} // namespace wb::core::sql
