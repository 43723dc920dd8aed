// tests/store/store_plugin_rules_test.cpp - what a plugin's migrations may
// do to things it shares with others: SQLite's AUTOINCREMENT counters
// (sqlite_sequence, one table for every plugin) and foreign keys into the
// core tables (which could otherwise stop the core deleting a session).
#include "store_test_util.h"

using namespace wb::core;
using namespace wb::test;

namespace {

// Runs `sql` as `actor` in one committed edit.
void write_as(Store& s, const std::string& actor, const std::string& sql) {
    Store::ActorScope scope(s, actor);
    REQUIRE(s.begin_edit("row").is_ok());
    INFO(sql);
    REQUIRE(run_as(s, actor, sql) == SQLITE_OK);
    REQUIRE(s.commit_edit().is_ok());
}

std::string seq_of(Store& s, const std::string& table) {
    return query(s.db(), "SELECT seq FROM sqlite_sequence WHERE name = '" + table + "'");
}

bool has_object(Store& s, const std::string& name) {
    return query(s.db(), "SELECT count(*) FROM sqlite_schema WHERE name = '" + name + "'") == "1";
}

// "kappa": a second plugin with an AUTOINCREMENT table holding three rows.
void add_kappa(Store& s) {
    const std::vector<wb_migration> m = {
        migration(1, "CREATE TABLE kappa__items(id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);")};
    REQUIRE(s.migrate_plugin("kappa", m).is_ok());
    for (int i = 0; i < 3; ++i) write_as(s, "kappa", "INSERT INTO kappa__items(v) VALUES('k')");
    REQUIRE(seq_of(s, "kappa__items") == "3");
}

} // namespace

TEST_CASE("a migration may rename and drop its own AUTOINCREMENT tables") {
    auto s = Store::open_in_memory();
    add_kappa(*s); // sqlite_sequence exists and holds another plugin's row
    REQUIRE(s->migrate_plugin("alpha", alpha_migrations()).is_ok());
    write_as(*s, "alpha", "INSERT INTO alpha__tags(name) VALUES('t')");
    REQUIRE(seq_of(*s, "alpha__tags") == "1");

    std::vector<wb_migration> m = alpha_migrations();
    m.push_back(migration(3, "ALTER TABLE alpha__tags RENAME TO alpha__labels;"));
    auto renamed = s->migrate_plugin("alpha", m);
    INFO(renamed.message());
    CHECK(renamed.is_ok());
    CHECK(seq_of(*s, "alpha__labels") == "1");

    m.push_back(migration(4, "DROP TABLE alpha__labels;"));
    auto dropped = s->migrate_plugin("alpha", m);
    INFO(dropped.message());
    CHECK(dropped.is_ok());
    CHECK(s->plugin_schema_version("alpha") == 4);
    CHECK_FALSE(has_object(*s, "alpha__labels"));
    CHECK(seq_of(*s, "alpha__labels").empty());
    CHECK(seq_of(*s, "kappa__items") == "3");
}

TEST_CASE("a migration may set its own AUTOINCREMENT counter but not another plugin's") {
    auto s = Store::open_in_memory();
    add_kappa(*s);
    REQUIRE(s->migrate_plugin("alpha", alpha_migrations()).is_ok());
    write_as(*s, "alpha", "INSERT INTO alpha__tags(name) VALUES('t')");

    const char* const refused[] = {
        "UPDATE sqlite_sequence SET seq = 0",
        "UPDATE sqlite_sequence SET seq = 0 WHERE name = 'kappa__items'",
        "DELETE FROM sqlite_sequence WHERE name = 'kappa__items'",
        "INSERT INTO sqlite_sequence(name, seq) VALUES('kappa__other', 7)",
        "UPDATE sqlite_sequence SET name = 'kappa__items2' WHERE name = 'kappa__items'",
    };
    for (const char* sql : refused) {
        std::vector<wb_migration> m = alpha_migrations();
        m.push_back(migration(3, sql));
        auto r = s->migrate_plugin("alpha", m);
        INFO(std::string(sql) << " -> " << r.message());
        CHECK_FALSE(r.is_ok());
        CHECK(r.message().find("AUTOINCREMENT counter of \"kappa__") != std::string::npos);
        CHECK(r.message().find("rolled back") != std::string::npos);
        CHECK(seq_of(*s, "kappa__items") == "3");
        CHECK(seq_of(*s, "alpha__tags") == "1");
        CHECK(query(s->db(), "SELECT count(*) FROM sqlite_sequence") == "2");
        CHECK(s->plugin_schema_version("alpha") == 2);
    }

    std::vector<wb_migration> own = alpha_migrations();
    own.push_back(migration(3, "UPDATE sqlite_sequence SET seq = 100 WHERE name = 'alpha__tags';"));
    auto r = s->migrate_plugin("alpha", own);
    INFO(r.message());
    CHECK(r.is_ok());
    CHECK(seq_of(*s, "alpha__tags") == "100");
    CHECK(seq_of(*s, "kappa__items") == "3");
}

TEST_CASE("outside migrations, AUTOINCREMENT inserts keep their counter, with undo and redo") {
    auto s = Store::open_in_memory();
    add_kappa(*s);
    REQUIRE(s->migrate_plugin("alpha", alpha_migrations()).is_ok());
    write_as(*s, "alpha", "INSERT INTO alpha__tags(name) VALUES('a')");
    write_as(*s, "alpha", "INSERT INTO alpha__tags(name) VALUES('b')");
    CHECK(seq_of(*s, "alpha__tags") == "2");
    REQUIRE(s->undo().is_ok());
    CHECK(count(s->db(), "alpha__tags") == 1);
    REQUIRE(s->redo().is_ok());
    CHECK(count(s->db(), "alpha__tags") == 2);
    write_as(*s, "alpha", "INSERT INTO alpha__tags(name) VALUES('c')");
    CHECK(query(s->db(), "SELECT max(id) FROM alpha__tags") == "3");
    // The counter table itself stays out of reach outside a migration.
    CHECK(run_as(*s, "alpha", "SELECT * FROM sqlite_sequence") == SQLITE_AUTH);
    CHECK(seq_of(*s, "kappa__items") == "3");
}

TEST_CASE("a migration's foreign keys may not stop the core deleting sessions or cases") {
    auto s = Store::open_in_memory();
    REQUIRE(s->migrate_plugin("beta", beta_migrations()).is_ok());
    const auto c = s->create_case("FAM-1", "One");
    REQUIRE(c.is_ok());
    struct Bad {
        const char* sql;
        const char* words; // what the message must name
    };
    const Bad bad[] = {
        {"CREATE TABLE zeta__n(id INTEGER PRIMARY KEY, s INTEGER REFERENCES sessions(id) ON DELETE RESTRICT)",
         "RESTRICT"},
        {"CREATE TABLE zeta__n(id INTEGER PRIMARY KEY, s INTEGER REFERENCES sessions(id))", "NO ACTION"},
        {"CREATE TABLE zeta__n(id INTEGER PRIMARY KEY, s INTEGER REFERENCES SESSIONS(ID) ON DELETE NO ACTION)",
         "NO ACTION"},
        {"CREATE TABLE zeta__n(id INTEGER PRIMARY KEY, c INTEGER DEFAULT 1 REFERENCES cases(id) ON DELETE SET DEFAULT)",
         "SET DEFAULT"},
        {"CREATE TABLE zeta__n(id INTEGER PRIMARY KEY, s INTEGER NOT NULL REFERENCES sessions(id) ON DELETE SET NULL)",
         "NOT NULL"},
        {"CREATE TABLE zeta__n(id INTEGER PRIMARY KEY, code TEXT REFERENCES cases(code) ON DELETE CASCADE)",
         "cases(id)"},
        {"CREATE TABLE zeta__n(id INTEGER PRIMARY KEY, b INTEGER REFERENCES beta__secret(id) ON DELETE CASCADE)",
         "beta__secret"},
        {"CREATE TABLE zeta__n(id INTEGER PRIMARY KEY);"
         "ALTER TABLE zeta__n ADD COLUMN s INTEGER REFERENCES sessions(id) ON DELETE RESTRICT",
         "RESTRICT"},
    };
    for (const auto& b : bad) {
        const std::vector<wb_migration> m = {migration(1, b.sql)};
        auto r = s->migrate_plugin("zeta", m);
        INFO(b.sql << " -> " << r.message());
        CHECK_FALSE(r.is_ok());
        CHECK(r.message().find(b.words) != std::string::npos);
        CHECK(r.message().find("zeta__n") != std::string::npos);
        CHECK(r.message().find("ON DELETE CASCADE") != std::string::npos); // says what to write instead
        CHECK(r.message().find("rolled back") != std::string::npos);
        CHECK_FALSE(has_object(*s, "zeta__n"));
        CHECK(s->plugin_schema_version("zeta") == 0);
    }

    // CASCADE and SET NULL (on a column that may be NULL) are fine, to the
    // core tables and between the plugin's own tables, and the core can
    // then delete a session that has plugin rows.
    const std::vector<wb_migration> good = {migration(
        1, "CREATE TABLE zeta__n(id INTEGER PRIMARY KEY, s INTEGER NOT NULL REFERENCES sessions ON DELETE CASCADE);"
           "CREATE TABLE zeta__m(id INTEGER PRIMARY KEY, s INTEGER REFERENCES sessions(id) ON DELETE SET NULL,"
           "  c INTEGER REFERENCES cases(id) ON DELETE CASCADE, n INTEGER REFERENCES zeta__n(id));")};
    auto ok = s->migrate_plugin("zeta", good);
    INFO(ok.message());
    REQUIRE(ok.is_ok());
    const auto ses = s->add_session(c.value(), "2024-01-01", "", "");
    REQUIRE(ses.is_ok());
    const std::string id = std::to_string(ses.value());
    write_as(*s, "zeta", "INSERT INTO zeta__n(id, s) VALUES(1, " + id + ")");
    write_as(*s, "zeta", "INSERT INTO zeta__m(id, s, c) VALUES(1, " + id + ", " + std::to_string(c.value()) + ")");
    CHECK(s->delete_session(ses.value()).is_ok());
    CHECK(count(s->db(), "zeta__n") == 0);
    CHECK(query(s->db(), "SELECT s IS NULL FROM zeta__m WHERE id = 1") == "1");
}
