// tests/store/store_open_test.cpp - creating and reopening a store, every
// kind of bad file (refused, bytes unchanged), read-only opening,
// check-store, backup, the demo case and the core data rules.
#include "store_test_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <random>

using namespace wb::core;
using namespace wb::test;

namespace {

// Opening must fail, mention `words`, and leave the file byte-identical
// with no -wal/-shm created beside it.
void expect_refused(const fs::path& p, const std::vector<std::string>& words, OpenMode mode = OpenMode::MustExist) {
    const std::string before = read_bytes(p);
    auto r = Store::open(p, mode);
    CHECK_FALSE(r.is_ok());
    for (const auto& w : words) {
        INFO("message: " << r.message());
        CHECK(r.message().find(w) != std::string::npos);
    }
    CHECK(read_bytes(p) == before);
    CHECK_FALSE(file_exists(sidecar(p, "-wal")));
    CHECK_FALSE(file_exists(sidecar(p, "-shm")));
}

} // namespace

TEST_CASE("a new store gets the schema and settings, and keeps its data across reopen") {
    TempDir dir;
    auto p = dir / "sub" / "cases.db"; // the folder is created too
    int64_t case_id = 0, session_id = 0;
    {
        auto s = must_open(p);
        CHECK_FALSE(s->read_only());
        sqlite3* db = s->db();
        CHECK(query(db, "PRAGMA journal_mode") == "wal");
        CHECK(query(db, "PRAGMA foreign_keys") == "1");
        CHECK(query(db, "PRAGMA synchronous") == "2"); // FULL
        CHECK(query(db, "PRAGMA cache_size") == "-16384"); // 16 MiB: caseload-wide views fit
        CHECK(query(db, "PRAGMA user_version") == std::to_string(Store::kSchemaVersion));
        CHECK(query(db, "PRAGMA application_id") == std::to_string(0x50574231));
        CHECK(std::stoi(query(db, "PRAGMA busy_timeout")) > 0);
        for (const char* t : {"cases", "sessions", "wb_plugin_schema"})
            CHECK(query(db, std::string("SELECT name FROM sqlite_schema WHERE name='") + t + "'") == t);
        CHECK(query(db, "SELECT count(*) FROM pragma_index_list('sessions')") == "1");
        case_id = s->create_case("FAM-014", "Family fourteen").value();
        session_id = s->add_session(case_id, "2024-03-05", "Practitioner A", "notes").value();
    }
    CHECK_FALSE(file_exists(sidecar(p, "-wal"))); // a clean close folds the WAL in
    auto s = must_open(p, OpenMode::MustExist);
    auto c = s->find_case(case_id);
    REQUIRE(c);
    CHECK(c->code == "FAM-014");
    CHECK(c->label == "Family fourteen");
    CHECK(c->created_at.size() == 20);
    auto ses = s->find_session(session_id);
    REQUIRE(ses);
    CHECK(ses->date == "2024-03-05");
    CHECK(ses->notes == "notes");
}

TEST_CASE("bad files are refused with a clear message and never changed") {
    TempDir dir;

    SUBCASE("missing file with MustExist") {
        auto p = dir / "nope.db";
        auto r = Store::open(p, OpenMode::MustExist);
        CHECK_FALSE(r.is_ok());
        CHECK(r.message().find("no store") != std::string::npos);
        CHECK_FALSE(file_exists(p));
        CHECK_FALSE(Store::open(p, OpenMode::ReadOnly).is_ok());
        CHECK_FALSE(file_exists(p));
    }
    SUBCASE("zero-byte file") {
        auto p = dir / "empty.db";
        write_bytes(p, "");
        expect_refused(p, {"empty file", "not a workbench store"});
        expect_refused(p, {"empty file"}, OpenMode::CreateIfMissing);
        CHECK(fs::file_size(p) == 0);
    }
    SUBCASE("a text file") {
        auto p = dir / "notes.db";
        write_bytes(p, "Dear diary,\nthis is not a database at all, even though it is long enough to have a header. "
                       "More words here to pass one hundred bytes.\n");
        expect_refused(p, {"not an SQLite database"}, OpenMode::CreateIfMissing);
    }
    SUBCASE("random bytes") {
        auto p = dir / "random.db";
        std::mt19937 rng(42);
        std::string bytes(8192, '\0');
        for (auto& b : bytes) b = static_cast<char>(rng());
        write_bytes(p, bytes);
        expect_refused(p, {"not an SQLite database"});
    }
    SUBCASE("an SQLite header followed by garbage") {
        auto p = dir / "garbage.db";
        std::string bytes(8192, '\x5a');
        std::memcpy(bytes.data(), "SQLite format 3", 16);
        write_bytes(p, bytes);
        expect_refused(p, {"Nothing was changed"});
    }
    SUBCASE("another program's SQLite file") {
        auto p = dir / "other.db";
        REQUIRE(exec_file(p, "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES(1, 9.5);") ==
                SQLITE_OK);
        expect_refused(p, {"another program", "not a workbench store"}, OpenMode::CreateIfMissing);
        CHECK_FALSE(Store::check(p).ok);
    }
    SUBCASE("a store from a newer workbench") {
        auto p = make_store(dir);
        REQUIRE(exec_file(p, "PRAGMA user_version=7") == SQLITE_OK);
        expect_refused(p, {"version 7", "up to version 1", "not changed"});
        expect_refused(p, {"version 7"}, OpenMode::ReadOnly);
        auto report = Store::check(p);
        CHECK_FALSE(report.ok);
        CHECK(report.schema_version == 7);
        CHECK(report.supported_version == Store::kSchemaVersion);
    }
    SUBCASE("a store with corrupt pages") {
        auto p = make_store(dir, 120); // enough sessions for many b-tree pages
        std::string bytes = read_bytes(p);
        const size_t page = 4096, pages = bytes.size() / page;
        REQUIRE(pages > 6);
        for (size_t i = 0; i < page; ++i) bytes[(pages / 2) * page + i] = static_cast<char>(0xA5 ^ (i * 7));
        write_bytes(p, bytes);
        expect_refused(p, {"integrity check", "not changed"});
        auto report = Store::check(p);
        CHECK_FALSE(report.ok);
        CHECK(read_bytes(p) == bytes);
    }
}

TEST_CASE("a blank SQLite file (no tables, no id) is adopted as a new store") {
    TempDir dir;
    auto p = dir / "blank.db";
    REQUIRE(exec_file(p, "CREATE TABLE x(a); DROP TABLE x;") == SQLITE_OK);
    REQUIRE(fs::file_size(p) > 0);
    auto s = must_open(p, OpenMode::MustExist);
    CHECK(s->create_case("A-1", "A").is_ok());
}

TEST_CASE("ReadOnly mode reads everything, refuses every edit, and changes nothing") {
    TempDir dir;
    auto p = make_store(dir, 3);
    const std::string before = read_bytes(p);
    {
        auto s = must_open(p, OpenMode::ReadOnly);
        CHECK(s->read_only());
        auto cases = s->cases(true);
        REQUIRE(cases.size() == 1);
        CHECK(s->sessions(cases[0].id).size() == 3);

        auto created = s->create_case("NEW-1", "New");
        CHECK_FALSE(created.is_ok());
        CHECK(created.message().find("read-only") != std::string::npos);
        auto edit = s->begin_edit("x");
        CHECK_FALSE(edit.is_ok());
        CHECK(edit.message().find("read-only") != std::string::npos);
        CHECK_FALSE(s->in_edit());
        CHECK(s->add_session(cases[0].id, "2024-01-01", "", "").message().find("read-only") != std::string::npos);
        CHECK(s->delete_session(s->sessions(cases[0].id)[0].id).message().find("read-only") != std::string::npos);
        CHECK(s->rename_case(cases[0].id, "X", "Y").message().find("read-only") != std::string::npos);
        CHECK(s->set_archived(cases[0].id, true).message().find("read-only") != std::string::npos);
        CHECK(s->seed_demo_case().message().find("read-only") != std::string::npos);
        // Even raw SQL on the connection cannot write.
        CHECK(exec(s->db(), "DELETE FROM sessions") != SQLITE_OK);
        CHECK_FALSE(s->migrate_plugin("alpha", alpha_migrations()).is_ok());
        CHECK(s->sessions(cases[0].id).size() == 3);
    }
    CHECK(read_bytes(p) == before);
}

TEST_CASE("a read-only store sees committed data still in another connection's WAL") {
    TempDir dir;
    auto p = make_store(dir, 1);
    auto writer = must_open(p, OpenMode::MustExist);
    auto id = writer->create_case("FAM-002", "Second");
    REQUIRE(id.is_ok());
    REQUIRE(file_exists(sidecar(p, "-wal")));
    auto reader = must_open(p, OpenMode::ReadOnly);
    CHECK(reader->read_only());
    CHECK(reader->find_case(id.value()));
    auto id2 = writer->create_case("FAM-003", "Third");
    REQUIRE(id2.is_ok());
    CHECK(reader->find_case(id2.value())); // a new read sees the new commit
    CHECK(reader->cases(true).size() == 3);
}

TEST_CASE("a file the user cannot write opens read-only (checked as an unprivileged user)") {
    // Tests run as root, for whom permissions do not apply, so a child
    // process drops to "nobody" before opening the store.
    if (::geteuid() != 0) {
        MESSAGE("not root: checking with this user's own permissions instead");
    }
    TempDir dir;
    auto p = make_store(dir, 2);
    const std::string before = read_bytes(p);
    fs::permissions(p, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(dir.path, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                    fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(10);
        auto r = Store::open(p, OpenMode::CreateIfMissing);
        if (!r.is_ok()) ::_exit(11);
        auto& s = *r.value();
        if (!s.read_only()) ::_exit(12);
        if (s.cases(true).size() != 1) ::_exit(13);
        auto e = s.create_case("Z-1", "Z");
        if (e.is_ok() || e.message().find("read-only") == std::string::npos) ::_exit(14);
        ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    fs::permissions(dir.path, fs::perms::owner_all, fs::perm_options::add);
    CHECK(read_bytes(p) == before);
}

TEST_CASE("check-store reports on a good store without changing it") {
    TempDir dir;
    auto p = make_store(dir, 4);
    {
        auto s = must_open(p, OpenMode::MustExist);
        REQUIRE(s->migrate_plugin("alpha", alpha_migrations()).is_ok());
    }
    const std::string before = read_bytes(p);
    auto r = Store::check(p);
    std::string all;
    for (const auto& l : r.lines) all += l + "\n";
    INFO(all);
    CHECK(r.ok);
    CHECK(r.schema_version == 1);
    CHECK(all.find("Integrity check: ok") != std::string::npos);
    CHECK(all.find("Cases: 1") != std::string::npos);
    CHECK(all.find("Sessions: 4") != std::string::npos);
    CHECK(all.find("alpha v2") != std::string::npos);
    CHECK(all.find("a workbench store") != std::string::npos);
    CHECK(read_bytes(p) == before);
    CHECK_FALSE(file_exists(sidecar(p, "-wal")));
    CHECK_FALSE(file_exists(sidecar(p, "-shm")));

    CHECK_FALSE(Store::check(dir / "missing.db").ok);
    write_bytes(dir / "empty.db", "");
    CHECK_FALSE(Store::check(dir / "empty.db").ok);
}

TEST_CASE("backup makes an openable copy with the same data") {
    TempDir dir;
    auto p = make_store(dir, 5);
    auto s = must_open(p, OpenMode::MustExist);
    REQUIRE(s->migrate_plugin("alpha", alpha_migrations()).is_ok());
    auto target = dir / "backups" / "copy.db";
    auto b = s->backup_to(target);
    INFO(b.message());
    REQUIRE(b.is_ok());
    CHECK_FALSE(file_exists(sidecar(target, ".partial")));
    auto copy = must_open(target, OpenMode::MustExist);
    auto a = s->cases(true), c = copy->cases(true);
    REQUIRE(a.size() == c.size());
    CHECK(a[0].code == c[0].code);
    CHECK(s->sessions(a[0].id).size() == copy->sessions(c[0].id).size());
    CHECK(copy->plugin_schema_version("alpha") == 2);
    CHECK(Store::check(target).ok);

    // Backing up over an older backup replaces it.
    REQUIRE(s->create_case("FAM-009", "Later").is_ok());
    copy.reset();
    REQUIRE(s->backup_to(target).is_ok());
    CHECK(must_open(target, OpenMode::MustExist)->cases(true).size() == 2);

    CHECK_FALSE(s->backup_to(p).is_ok()); // never over the store itself

    auto def = s->default_backup_path();
    CHECK(def.parent_path() == p.parent_path());
    CHECK(def.filename().string().rfind("cases-backup-", 0) == 0);
    CHECK(def.extension() == ".db");
    CHECK(def.filename().string().size() == std::string("cases-backup-20240101-120000.db").size());
}

TEST_CASE("the demo case is fictional, seeded once, and not undoable") {
    auto s = Store::open_in_memory();
    auto id = s->seed_demo_case();
    REQUIRE(id.is_ok());
    REQUIRE(id.value() > 0);
    auto c = s->find_case(id.value());
    REQUIRE(c);
    CHECK(c->code == "DEMO-01");
    CHECK(c->demo);
    CHECK(c->label.find("fictional") != std::string::npos);
    auto sessions = s->sessions(id.value());
    CHECK(sessions.size() >= 5);
    for (const auto& ses : sessions) {
        CHECK(ses.notes.find("Fictional") != std::string::npos);
        CHECK(ses.supervisee.rfind("Practitioner ", 0) == 0);
    }
    CHECK_FALSE(s->can_undo());
    auto again = s->seed_demo_case();
    REQUIRE(again.is_ok());
    CHECK(again.value() == 0);
    CHECK(s->cases(true).size() == 1);
}

TEST_CASE("case and session data rules") {
    auto s = Store::open_in_memory();
    CHECK_FALSE(s->create_case("", "Label").is_ok());
    CHECK_FALSE(s->create_case("   ", "Label").is_ok());
    CHECK_FALSE(s->create_case("C-1", "").is_ok());
    auto a = s->create_case("FAM-014", "Harbour family");
    REQUIRE(a.is_ok());
    auto dup = s->create_case("fam-014", "Other");
    CHECK_FALSE(dup.is_ok());
    CHECK(dup.message().find("already exists") != std::string::npos);
    auto b = s->create_case("FAM-020", "Meadow family");
    REQUIRE(b.is_ok());
    CHECK_FALSE(s->rename_case(b.value(), "FAM-014", "x").is_ok());
    CHECK(s->rename_case(b.value(), "FAM-021", "Meadow family").is_ok());
    CHECK(s->rename_case(a.value(), "fam-014", "Harbour family").is_ok()); // own code, new case
    CHECK(s->find_case_by_code("FAM-021"));
    CHECK(s->find_case_by_code("fam-021"));
    CHECK_FALSE(s->find_case_by_code("FAM-020"));

    CHECK(s->cases(false, "harb").size() == 1);
    CHECK(s->cases(false, "MEADOW").size() == 1);
    CHECK(s->cases(false, "fam-0").size() == 2);
    CHECK(s->cases(false, "%").empty()); // wildcards are literal
    CHECK(s->cases(false, "").size() == 2);
    REQUIRE(s->set_archived(a.value(), true).is_ok());
    CHECK(s->cases(false).size() == 1);
    CHECK(s->cases(true).size() == 2);
    CHECK(s->find_case(a.value())->archived);

    for (const char* bad : {"2024-13-01", "2024-02-30", "24-1-1", "2024/01/01", "", "2024-01-1x"})
        CHECK_FALSE(s->add_session(b.value(), bad, "", "").is_ok());
    CHECK_FALSE(s->add_session(999, "2024-01-01", "", "").is_ok());
    auto s1 = s->add_session(b.value(), "2024-02-29", "Practitioner A", "one");
    auto s2 = s->add_session(b.value(), "2024-05-01", "Practitioner B", "two");
    auto s3 = s->add_session(b.value(), "2023-12-31", "Practitioner A", "three");
    REQUIRE((s1.is_ok() && s2.is_ok() && s3.is_ok()));
    auto list = s->sessions(b.value());
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == s2.value());
    CHECK(list[1].id == s1.value());
    CHECK(list[2].id == s3.value());

    auto edited = *s->find_session(s1.value());
    edited.notes = "changed";
    edited.date = "2024-02-31";
    CHECK_FALSE(s->update_session(edited).is_ok());
    edited.date = "2024-03-01";
    CHECK(s->update_session(edited).is_ok());
    CHECK(s->find_session(s1.value())->notes == "changed");
    CHECK(s->delete_session(s1.value()).is_ok());
    CHECK_FALSE(s->find_session(s1.value()));
    CHECK_FALSE(s->delete_session(s1.value()).is_ok());
}

TEST_CASE("paths with spaces and URI characters work for open, read-only, check and backup") {
    TempDir dir;
    auto p = dir / "my cases ?#%20&.db";
    {
        auto s = must_open(p);
        REQUIRE(s->create_case("FAM-1", "One").is_ok());
        REQUIRE(s->backup_to(dir / "backup #1?.db").is_ok());
    }
    CHECK(file_exists(p));
    CHECK(must_open(p, OpenMode::MustExist)->cases(true).size() == 1);
    CHECK(must_open(p, OpenMode::ReadOnly)->cases(true).size() == 1);
    CHECK(Store::check(p).ok);
    CHECK(must_open(dir / "backup #1?.db", OpenMode::MustExist)->cases(true).size() == 1);
    // Nothing stray was created under a mangled name.
    size_t files = 0;
    for (const auto& e : fs::directory_iterator(dir.path))
        if (e.path().extension() == ".db") ++files;
    CHECK(files == 2);
}
