// tests/store/store_edit_test.cpp - edits, undo and redo for core and
// plugin tables, cascades, conflicts, empty edits.
#include "store_test_util.h"

using namespace wb::core;
using namespace wb::test;

namespace {

struct Fixture {
    std::unique_ptr<Store> store = Store::open_in_memory();
    int64_t case_id = 0, session = 0;
    Fixture() {
        REQUIRE(store->migrate_plugin("alpha", alpha_migrations()).is_ok());
        case_id = store->create_case("FAM-1", "One").value();
        session = store->add_session(case_id, "2024-01-01", "Practitioner A", "first notes").value();
        store->clear_history();
    }
    // One plugin edit as "alpha": runs every statement, then commits.
    void alpha_edit(const char* label, const std::vector<std::string>& sqls) {
        Store::ActorScope scope(*store, "alpha");
        REQUIRE(store->begin_edit(label).is_ok());
        for (const auto& sql : sqls) {
            INFO(sql << ": " << store->last_sqlite_error());
            REQUIRE(run_as(*store, "alpha", sql) == SQLITE_OK);
        }
        auto c = store->commit_edit();
        INFO(c.message());
        REQUIRE(c.is_ok());
    }
    long long notes() { return count(store->db(), "alpha__notes"); }
    long long matches(const std::string& word) {
        return count(store->db(), "alpha__fts WHERE alpha__fts MATCH '" + word + "'");
    }
};

} // namespace

TEST_CASE("core edits undo and redo, with labels and revisions") {
    Fixture f;
    auto& s = *f.store;
    CHECK_FALSE(s.can_undo());
    CHECK(s.undo_label().empty());
    auto r0 = s.revision();
    auto id = s.create_case("FAM-2", "Two");
    REQUIRE(id.is_ok());
    CHECK(s.revision() > r0);
    CHECK(s.can_undo());
    CHECK(s.undo_label() == "New case");

    auto r1 = s.revision();
    REQUIRE(s.undo().is_ok());
    CHECK(s.revision() > r1);
    CHECK_FALSE(s.find_case(id.value()));
    CHECK(s.can_redo());
    CHECK(s.redo_label() == "New case");

    auto r2 = s.revision();
    REQUIRE(s.redo().is_ok());
    CHECK(s.revision() > r2);
    REQUIRE(s.find_case(id.value()));
    CHECK(s.find_case(id.value())->label == "Two");

    // Edit a session, undo restores the old notes exactly.
    auto ses = *s.find_session(f.session);
    ses.notes = "rewritten";
    REQUIRE(s.update_session(ses).is_ok());
    CHECK(s.undo_label() == "Edit session");
    REQUIRE(s.undo().is_ok());
    CHECK(s.find_session(f.session)->notes == "first notes");

    // A new edit clears redo.
    CHECK(s.can_redo());
    REQUIRE(s.rename_case(f.case_id, "FAM-1", "Renamed").is_ok());
    CHECK_FALSE(s.can_redo());
    CHECK_FALSE(s.redo().is_ok());

    // Undo everything back to the start.
    while (s.can_undo()) REQUIRE(s.undo().is_ok());
    CHECK(s.find_case(f.case_id)->label == "One");
    CHECK_FALSE(s.find_case(id.value()));
    CHECK_FALSE(s.undo().is_ok());
}

TEST_CASE("plugin edits undo and redo, full-text index included") {
    Fixture f;
    auto& s = *f.store;
    const std::string sid = std::to_string(f.session);
    f.alpha_edit("Add note", {"INSERT INTO alpha__notes(session_id, body) VALUES(" + sid + ", 'kitchen table talk')",
                              "INSERT INTO alpha__tags(name) VALUES('home visit')"});
    CHECK(f.notes() == 1);
    CHECK(f.matches("kitchen") == 1);
    CHECK(s.undo_label() == "Add note");

    f.alpha_edit("Edit note", {"UPDATE alpha__notes SET body = 'garden walk'"});
    CHECK(f.matches("kitchen") == 0);
    CHECK(f.matches("garden") == 1);

    REQUIRE(s.undo().is_ok()); // back to "kitchen"
    CHECK(f.matches("kitchen") == 1);
    CHECK(f.matches("garden") == 0);
    REQUIRE(s.undo().is_ok()); // no note at all
    CHECK(f.notes() == 0);
    CHECK(count(s.db(), "alpha__tags") == 0);
    CHECK(f.matches("kitchen") == 0);
    REQUIRE(s.redo().is_ok());
    CHECK(f.notes() == 1);
    CHECK(f.matches("kitchen") == 1);
    REQUIRE(s.redo().is_ok());
    CHECK(f.matches("garden") == 1);
    CHECK(query(s.db(), "SELECT body FROM alpha__notes") == "garden walk");
    // The index is consistent with its content table.
    CHECK(exec(s.db(), "INSERT INTO alpha__fts(alpha__fts, rank) VALUES('integrity-check', 1)") == SQLITE_OK);
}

TEST_CASE("deleting a session cascades into plugin tables, and undo brings both back") {
    Fixture f;
    auto& s = *f.store;
    const std::string sid = std::to_string(f.session);
    f.alpha_edit("Add notes", {"INSERT INTO alpha__notes(session_id, body) VALUES(" + sid + ", 'one')",
                               "INSERT INTO alpha__notes(session_id, body) VALUES(" + sid + ", 'two')"});
    REQUIRE(f.notes() == 2);

    REQUIRE(s.delete_session(f.session).is_ok());
    CHECK_FALSE(s.find_session(f.session));
    CHECK(f.notes() == 0); // ON DELETE CASCADE
    CHECK(f.matches("one") == 0);

    auto u = s.undo();
    INFO(u.message());
    REQUIRE(u.is_ok());
    CHECK(s.find_session(f.session));
    CHECK(f.notes() == 2);
    CHECK(f.matches("two") == 1);
    CHECK(query(s.db(), "PRAGMA foreign_key_check") == "");
    CHECK(query(s.db(), "PRAGMA foreign_keys") == "1");

    REQUIRE(s.redo().is_ok());
    CHECK_FALSE(s.find_session(f.session));
    CHECK(f.notes() == 0);
    REQUIRE(s.undo().is_ok());
    CHECK(f.notes() == 2);
    // The earlier plugin edit can still be undone under it.
    REQUIRE(s.undo().is_ok());
    CHECK(f.notes() == 0);
    CHECK(s.find_session(f.session));
}

TEST_CASE("undo refuses, changing nothing, when the data changed underneath") {
    Fixture f;
    auto& s = *f.store;
    auto ses = *s.find_session(f.session);
    ses.notes = "edited in the app";
    REQUIRE(s.update_session(ses).is_ok());
    // Someone else (another program, a raw write) changes the same row.
    REQUIRE(exec(s.db(), "UPDATE sessions SET notes = 'changed elsewhere' WHERE id = " + std::to_string(f.session)) ==
            SQLITE_OK);
    auto u = s.undo();
    REQUIRE_FALSE(u.is_ok());
    CHECK(u.message().find("changed since") != std::string::npos);
    CHECK(u.message().find("Nothing was changed") != std::string::npos);
    CHECK(s.find_session(f.session)->notes == "changed elsewhere");
    CHECK_FALSE(s.can_undo()); // the stuck history is dropped
    CHECK_FALSE(s.in_edit());
    CHECK(s.create_case("FAM-5", "Five").is_ok()); // and the store keeps working

    // Redo conflicts the same way: the undone row was recreated elsewhere.
    auto id = s.create_case("FAM-6", "Six");
    REQUIRE(id.is_ok());
    REQUIRE(s.undo().is_ok());
    REQUIRE(exec(s.db(), "INSERT INTO cases(id, code, label, created_at) VALUES(" + std::to_string(id.value()) +
                             ", 'FAM-6', 'Other', 'x')") == SQLITE_OK);
    auto r = s.redo();
    CHECK_FALSE(r.is_ok());
    CHECK(s.find_case(id.value())->label == "Other");
}

TEST_CASE("empty edits leave no undo step; cancel rolls back; nesting is refused") {
    Fixture f;
    auto& s = *f.store;
    REQUIRE(s.create_case("FAM-2", "Two").is_ok());
    const auto label = s.undo_label();
    const auto revision = s.revision();

    REQUIRE(s.begin_edit("nothing").is_ok());
    CHECK(s.in_edit());
    REQUIRE(s.commit_edit().is_ok());
    CHECK(s.undo_label() == label);
    CHECK(s.revision() == revision);

    REQUIRE(s.begin_edit("cancelled").is_ok());
    CHECK_FALSE(s.begin_edit("nested").is_ok());
    CHECK_FALSE(s.create_case("FAM-3", "Three").is_ok()); // a core change is its own edit
    REQUIRE(run_as(s, "", "INSERT INTO cases(code, label, created_at) VALUES('FAM-4', 'Four', 'x')") == SQLITE_OK);
    CHECK_FALSE(s.undo().is_ok()); // not while an edit is open
    s.cancel_edit();
    CHECK_FALSE(s.in_edit());
    CHECK_FALSE(s.find_case_by_code("FAM-4"));
    CHECK(s.undo_label() == label);
    CHECK(s.revision() == revision);
    CHECK_FALSE(s.commit_edit().is_ok()); // nothing open
}

TEST_CASE("an edit left open is rolled back when the store closes") {
    TempDir dir;
    auto p = dir / "open-edit.db";
    {
        auto s = Store::open(p, OpenMode::CreateIfMissing);
        REQUIRE(s.is_ok());
        REQUIRE(s.value()->begin_edit("never committed").is_ok());
        REQUIRE(run_as(*s.value(), "", "INSERT INTO cases(code, label, created_at) VALUES('LOST', 'x', 'x')") == SQLITE_OK);
    }
    auto s = Store::open(p, OpenMode::MustExist);
    REQUIRE(s.is_ok());
    CHECK_FALSE(s.value()->find_case_by_code("LOST"));
}
