// tests/store/store_plugin_test.cpp - running plugin migrations: success,
// versions recorded, re-runs are no-ops, failures roll back whole.
#include "store_test_util.h"

using namespace wb::core;
using namespace wb::test;

namespace {
bool has_object(Store& s, const std::string& name) {
    return query(s.db(), "SELECT count(*) FROM sqlite_schema WHERE name = '" + name + "'") == "1";
}
} // namespace

TEST_CASE("migrations create the plugin's tables and record the version") {
    auto s = Store::open_in_memory();
    CHECK(s->plugin_schema_version("alpha") == 0);
    const auto& all = alpha_migrations();
    REQUIRE(s->migrate_plugin("alpha", std::span(all).first(1)).is_ok());
    CHECK(s->plugin_schema_version("alpha") == 1);
    CHECK(has_object(*s, "alpha__notes"));
    CHECK(has_object(*s, "alpha__notes_by_session"));
    CHECK_FALSE(has_object(*s, "alpha__fts"));

    REQUIRE(s->migrate_plugin("alpha", all).is_ok()); // runs only version 2
    CHECK(s->plugin_schema_version("alpha") == 2);
    CHECK(has_object(*s, "alpha__fts"));
    CHECK(has_object(*s, "alpha__tags"));

    // Re-running is a no-op: nothing changes, no error.
    const auto revision = s->revision();
    const auto schema = query(s->db(), "PRAGMA schema_version");
    REQUIRE(s->migrate_plugin("alpha", all).is_ok());
    CHECK(s->revision() == revision);
    CHECK(query(s->db(), "PRAGMA schema_version") == schema);
    CHECK(s->plugin_schema_version("alpha") == 2);
    // Migrations are not undo steps.
    CHECK_FALSE(s->can_undo());
}

TEST_CASE("a failing migration is rolled back whole and named in the message") {
    auto s = Store::open_in_memory();
    REQUIRE(s->migrate_plugin("alpha", alpha_migrations()).is_ok());
    std::vector<wb_migration> more = alpha_migrations();
    more.push_back(migration(3, "CREATE TABLE alpha__good(id INTEGER PRIMARY KEY);"
                                "INSERT INTO alpha__good VALUES(1);"
                                "CREATE TABLE alpha__bad(id INTEGER PRIMARY KEY, oops oops oops,);"));
    auto r = s->migrate_plugin("alpha", more);
    REQUIRE_FALSE(r.is_ok());
    INFO(r.message());
    CHECK(r.message().find("\"alpha\"") != std::string::npos);
    CHECK(r.message().find("migration 3") != std::string::npos);
    CHECK(r.message().find("syntax error") != std::string::npos);
    CHECK(r.message().find("rolled back") != std::string::npos);
    CHECK_FALSE(has_object(*s, "alpha__good")); // no half-applied migration
    CHECK_FALSE(has_object(*s, "alpha__bad"));
    CHECK(s->plugin_schema_version("alpha") == 2);
    CHECK_FALSE(s->in_edit());
    // The store still works afterwards.
    CHECK(s->create_case("FAM-1", "One").is_ok());
}

TEST_CASE("migrations must stay in the plugin's namespace and control nothing else") {
    auto s = Store::open_in_memory();
    struct Bad {
        const char* sql;
        const char* words;
    };
    const Bad cases[] = {
        {"CREATE TABLE other(id INTEGER PRIMARY KEY)", "not authorized"},
        {"CREATE TABLE delta__ok(id INTEGER PRIMARY KEY); DROP TABLE cases", "not authorized"},
        {"CREATE TABLE delta__ok(id INTEGER PRIMARY KEY); ALTER TABLE sessions ADD COLUMN x", "not authorized"},
        {"CREATE INDEX delta__i ON cases(label)", "not authorized"},
        {"CREATE TABLE delta__ok(id INTEGER PRIMARY KEY); COMMIT; CREATE TABLE delta__x(id INTEGER PRIMARY KEY)",
         "not authorized"},
        {"INSERT INTO cases(code, label, created_at) VALUES('X', 'x', 'now')", "not authorized"},
        {"CREATE TABLE delta__nokey(a TEXT, b TEXT)", "PRIMARY KEY"},
        {"CREATE TABLE delta__ok(id INTEGER PRIMARY KEY); ALTER TABLE delta__ok RENAME TO escaped", "outside its own"},
        {"PRAGMA foreign_keys=OFF", "not authorized"},
        {"ATTACH ':memory:' AS x", "not authorized"},
    };
    for (const auto& bad : cases) {
        const std::vector<wb_migration> m = {migration(1, bad.sql)};
        auto r = s->migrate_plugin("delta", m);
        INFO(bad.sql << " -> " << r.message());
        CHECK_FALSE(r.is_ok());
        CHECK(r.message().find(bad.words) != std::string::npos);
        CHECK_FALSE(has_object(*s, "delta__ok"));
        CHECK(s->plugin_schema_version("delta") == 0);
        CHECK_FALSE(s->in_edit());
    }
    CHECK(query(s->db(), "PRAGMA foreign_keys") == "1");
    CHECK(has_object(*s, "cases"));
    CHECK_FALSE(has_object(*s, "escaped"));
    CHECK(query(s->db(), "SELECT count(*) FROM pragma_table_info('sessions')") == "5");
}

TEST_CASE("plugin ids and migration lists are validated before anything runs") {
    auto s = Store::open_in_memory();
    const std::vector<wb_migration> one = {migration(1, "CREATE TABLE x__t(id INTEGER PRIMARY KEY)")};
    for (const char* bad : {"", "Bad", "a-b", "a__b", "trailing_", "wb", "wb_x", "sqlite_x", "a b"}) {
        INFO(bad);
        CHECK_FALSE(s->migrate_plugin(bad, one).is_ok());
    }
    const std::vector<wb_migration> unordered = {migration(2, "SELECT 1"), migration(1, "SELECT 1")};
    CHECK_FALSE(s->migrate_plugin("okay", unordered).is_ok());
    const std::vector<wb_migration> zero = {migration(0, "SELECT 1")};
    CHECK_FALSE(s->migrate_plugin("okay", zero).is_ok());
    wb_migration null_sql = migration(1, nullptr);
    CHECK_FALSE(s->migrate_plugin("okay", std::span(&null_sql, 1)).is_ok());
    CHECK(s->plugin_schema_version("okay") == 0);
    // An id with single underscores is fine; no migrations is fine.
    CHECK(s->migrate_plugin("session_notes", {}).is_ok());
}

TEST_CASE("migrations clear the undo history (old changesets may not fit new columns)") {
    auto s = Store::open_in_memory();
    REQUIRE(s->create_case("FAM-1", "One").is_ok());
    REQUIRE(s->can_undo());
    REQUIRE(s->migrate_plugin("alpha", alpha_migrations()).is_ok());
    CHECK_FALSE(s->can_undo());
}
