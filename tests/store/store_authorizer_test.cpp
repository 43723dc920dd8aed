// tests/store/store_authorizer_test.cpp - what a plugin actor may and may
// not do, probed with raw sqlite3_prepare on the store's connection (the
// same path the plugin host's prepare/step takes).
#include "store_test_util.h"

using namespace wb::core;
using namespace wb::test;

namespace {

struct Fixture {
    std::unique_ptr<Store> store = Store::open_in_memory();
    int64_t session = 0;
    Fixture() {
        REQUIRE(store->migrate_plugin("alpha", alpha_migrations()).is_ok());
        REQUIRE(store->migrate_plugin("beta", beta_migrations()).is_ok());
        auto c = store->create_case("FAM-1", "One");
        REQUIRE(c.is_ok());
        session = store->add_session(c.value(), "2024-01-01", "Practitioner A", "n").value();
    }
    int as_alpha(const std::string& sql) { return run_as(*store, "alpha", sql); }
    // Runs `sql` as alpha inside an edit, cancelled afterwards; the
    // store's error message is kept in `error` (cancelling resets it).
    std::string error;
    int as_alpha_in_edit(const std::string& sql) {
        Store::ActorScope scope(*store, "alpha");
        REQUIRE(store->begin_edit("probe").is_ok());
        const int rc = run_as(*store, "alpha", sql);
        error = store->last_sqlite_error();
        store->cancel_edit();
        return rc;
    }
};

} // namespace

TEST_CASE("a plugin may read the core tables and its own tables") {
    Fixture f;
    CHECK(f.as_alpha("SELECT id, code, label, archived, demo, created_at FROM cases") == SQLITE_OK);
    CHECK(f.as_alpha("SELECT * FROM sessions WHERE case_id = 1") == SQLITE_OK);
    CHECK(f.as_alpha("SELECT count(*) FROM alpha__notes") == SQLITE_OK);
    CHECK(f.as_alpha("SELECT s.date, n.body FROM sessions s JOIN alpha__notes n ON n.session_id = s.id") == SQLITE_OK);
    CHECK(f.as_alpha("SELECT rowid FROM alpha__fts WHERE alpha__fts MATCH 'x'") == SQLITE_OK);
    CHECK(f.as_alpha("SELECT name FROM sqlite_master WHERE name LIKE 'alpha__%'") == SQLITE_OK);
    CHECK(f.as_alpha("SELECT name FROM sqlite_schema") == SQLITE_OK);
    CHECK(f.as_alpha("PRAGMA table_info(alpha__notes)") == SQLITE_OK);
    CHECK(f.as_alpha("PRAGMA table_info(sessions)") == SQLITE_OK);
    CHECK(f.as_alpha("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<3) SELECT * FROM n") == SQLITE_OK);
    CHECK(f.as_alpha("SELECT lower(code), length(label) FROM cases") == SQLITE_OK);
}

TEST_CASE("a plugin may not read other plugins' or the store's own tables") {
    Fixture f;
    CHECK(f.as_alpha("SELECT * FROM beta__secret") == SQLITE_AUTH);
    CHECK(f.store->last_sqlite_error().find("not authorized") != std::string::npos);
    CHECK(f.store->last_sqlite_error().find("alpha") != std::string::npos);
    CHECK(f.as_alpha("SELECT * FROM wb_plugin_schema") == SQLITE_AUTH);
    CHECK(f.as_alpha("SELECT * FROM sqlite_sequence") == SQLITE_AUTH);
    CHECK(f.as_alpha("SELECT * FROM cases WHERE id IN (SELECT id FROM beta__secret)") == SQLITE_AUTH);
    CHECK(f.as_alpha("PRAGMA table_info(beta__secret)") == SQLITE_AUTH);
    // A prefix that merely starts the same is someone else's (the table
    // exists, so only the authorizer can refuse it).
    const std::vector<wb_migration> alphabet = {migration(1, "CREATE TABLE alphabet__x(id INTEGER PRIMARY KEY)")};
    REQUIRE(f.store->migrate_plugin("alphabet", alphabet).is_ok());
    CHECK(run_as(*f.store, "alphabet", "SELECT * FROM alphabet__x") == SQLITE_OK);
    CHECK(f.as_alpha("SELECT * FROM alphabet__x") == SQLITE_AUTH);
    // The core still can.
    CHECK(run_as(*f.store, "", "SELECT * FROM beta__secret") == SQLITE_OK);
    CHECK(run_as(*f.store, "", "SELECT * FROM wb_plugin_schema") == SQLITE_OK);
    // And beta may read its own.
    CHECK(run_as(*f.store, "beta", "SELECT * FROM beta__secret") == SQLITE_OK);
}

TEST_CASE("a plugin writes only its own tables, and only inside an edit") {
    Fixture f;
    const std::string insert = "INSERT INTO alpha__notes(session_id, body) VALUES(" + std::to_string(f.session) + ", 'hello')";
    SUBCASE("outside an edit: refused with a message saying to use an edit") {
        CHECK(f.as_alpha(insert) == SQLITE_AUTH);
        CHECK(f.store->last_sqlite_error().find("inside an edit") != std::string::npos);
        CHECK(f.as_alpha("UPDATE alpha__notes SET body = 'x'") == SQLITE_AUTH);
        CHECK(f.as_alpha("DELETE FROM alpha__notes") == SQLITE_AUTH);
        CHECK(count(f.store->db(), "alpha__notes") == 0);
    }
    SUBCASE("inside an edit: own tables yes, anything else no") {
        CHECK(f.as_alpha_in_edit(insert) == SQLITE_OK);
        CHECK(f.as_alpha_in_edit("INSERT INTO alpha__tags(name) VALUES('t')") == SQLITE_OK); // AUTOINCREMENT
        CHECK(f.as_alpha_in_edit("UPDATE alpha__notes SET body = 'x'") == SQLITE_OK);
        CHECK(f.as_alpha_in_edit("DELETE FROM alpha__notes") == SQLITE_OK);
        CHECK(f.as_alpha_in_edit("INSERT INTO cases(code, label, created_at) VALUES('X', 'x', 'now')") == SQLITE_AUTH);
        CHECK(f.error.find("may only change its own alpha__* tables") != std::string::npos);
        CHECK(f.error.find("\"cases\"") != std::string::npos);
        CHECK(f.as_alpha_in_edit("UPDATE sessions SET notes = 'x'") == SQLITE_AUTH);
        CHECK(f.as_alpha_in_edit("DELETE FROM sessions") == SQLITE_AUTH);
        CHECK(f.as_alpha_in_edit("DELETE FROM beta__secret") == SQLITE_AUTH);
        CHECK(f.as_alpha_in_edit("UPDATE wb_plugin_schema SET version = 99") == SQLITE_AUTH);
        CHECK(f.as_alpha_in_edit("DELETE FROM sqlite_sequence") == SQLITE_AUTH);
        CHECK(f.as_alpha_in_edit("INSERT INTO alpha__fts(alpha__fts) VALUES('rebuild')") == SQLITE_OK);
        CHECK(count(f.store->db(), "beta__secret") == 1);
        CHECK(f.store->plugin_schema_version("alpha") == 2);
    }
}

TEST_CASE("a plugin may not change layout outside its migrations, nor run control statements") {
    Fixture f;
    const char* denied[] = {
        "CREATE TABLE alpha__more(id INTEGER PRIMARY KEY)", // DDL outside a migration
        "DROP TABLE alpha__tags",
        "CREATE INDEX alpha__i ON alpha__notes(body)",
        "ALTER TABLE alpha__notes ADD COLUMN extra TEXT",
        "CREATE VIEW alpha__v AS SELECT 1",
        "CREATE TRIGGER alpha__t AFTER INSERT ON alpha__tags BEGIN SELECT 1; END",
        "DROP TABLE beta__secret",
        "CREATE TEMP TABLE alpha__tmp(x)",
        "ATTACH DATABASE ':memory:' AS other",
        "DETACH DATABASE other",
        "BEGIN",
        "BEGIN IMMEDIATE",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT sp",
        "RELEASE sp",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA user_version",
        "PRAGMA user_version = 9",
        "PRAGMA writable_schema = 1",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA integrity_check",
        "VACUUM",
        "ANALYZE",
        "REINDEX",
    };
    // Each must be refused by the authorizer itself (SQLITE_AUTH), not fail
    // for some other reason: "COMMIT" with no transaction open, "RELEASE sp"
    // with no savepoint and "DETACH other" with nothing attached fail even
    // without an authorizer, so a looser check could not catch a gap.
    for (const char* sql : denied) {
        const std::string text = sql;
        INFO(text);
        CHECK(f.as_alpha(sql) == SQLITE_AUTH);
        // Inside an edit SQLite itself refuses VACUUM ("cannot VACUUM from
        // within a transaction") before asking the authorizer.
        if (text == "VACUUM")
            CHECK(f.as_alpha_in_edit(sql) != SQLITE_OK);
        else
            CHECK(f.as_alpha_in_edit(sql) == SQLITE_AUTH);
    }
    CHECK(query(f.store->db(), "PRAGMA foreign_keys") == "1");
    CHECK(query(f.store->db(), "PRAGMA user_version") == "1");
    CHECK(query(f.store->db(), "SELECT count(*) FROM sqlite_schema WHERE name IN ('alpha__more','alpha__i','alpha__v')") == "0");
}

TEST_CASE("a plugin's trigger keeps its owner's rights even when the core fires it") {
    auto store = Store::open_in_memory();
    const std::vector<wb_migration> sneaky = {
        migration(1, "CREATE TABLE gamma__log(id INTEGER PRIMARY KEY, v TEXT);"
                     "CREATE TRIGGER gamma__grab AFTER INSERT ON gamma__log BEGIN"
                     "  UPDATE cases SET label = 'taken'; END;"),
    };
    REQUIRE(store->migrate_plugin("gamma", sneaky).is_ok());
    auto c = store->create_case("FAM-1", "Mine");
    REQUIRE(c.is_ok());
    // The core inserting a row fires the trigger: its body runs as "gamma".
    REQUIRE(store->begin_edit("core insert").is_ok());
    CHECK(run_as(*store, "", "INSERT INTO gamma__log(v) VALUES('x')") == SQLITE_AUTH);
    store->cancel_edit();
    CHECK(store->find_case(c.value())->label == "Mine");
    // A trigger on a core table is refused at creation.
    const std::vector<wb_migration> on_core = {
        migration(2, "CREATE TRIGGER gamma__watch AFTER INSERT ON sessions BEGIN SELECT 1; END;"),
    };
    CHECK_FALSE(store->migrate_plugin("gamma", on_core).is_ok());
}
