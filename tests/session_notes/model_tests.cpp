// model_tests.cpp - the session notes model against a real store: saving
// and loading, undo/redo through the store, the search, cascades with the
// core's sessions, and the demo notes.
#include "notes_fixture.h"

#include "demo_notes.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

using namespace session_notes;
using notes_test::NotesFixture;
using notes_test::notes;

TEST_CASE("the plugin loads, migrates and registers its panel") {
    NotesFixture f;
    CHECK(f.store->plugin_schema_version("session_notes") == 1);
    bool found = false;
    for (const auto& p : f.plugins.panels()) {
        if (p.key() == "session_notes.notes") {
            found = true;
            CHECK(p.title == "Session notes");
        }
    }
    CHECK(found);
}

TEST_CASE("notes round-trip through the store") {
    NotesFixture f;
    CHECK(f.model.load(f.a1).empty());
    const NoteFields written = notes("We read a story", "Calm", "Pip smiled", "Try it again \xE2\x80\x94 twice");
    CHECK(f.model.save(f.a1, written));
    CHECK(f.model.load(f.a1) == written);
    CHECK(f.model.load(f.a2).empty()); // another session is untouched
}

TEST_CASE("saving again updates the row in place (upsert)") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes("first")));
    REQUIRE(f.model.save(f.a1, notes("second", "felt")));
    CHECK(f.model.load(f.a1) == notes("second", "felt"));
    auto st = f.host.prepare("SELECT COUNT(*) FROM session_notes__notes");
    REQUIRE(st.step());
    CHECK(st.int64(0) == 1);
}

TEST_CASE("saving identical content, or nothing at all, writes nothing and adds no undo step") {
    NotesFixture f;
    CHECK_FALSE(f.model.save(f.a1, NoteFields{}));
    CHECK(f.store->undo_label() != "Edit session notes");
    REQUIRE(f.model.save(f.a1, notes("same")));
    const uint64_t revision = f.store->revision();
    CHECK_FALSE(f.model.save(f.a1, notes("same")));
    CHECK(f.store->revision() == revision);
}

TEST_CASE("each save is one undo step that the store can undo and redo") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes("before")));
    REQUIRE(f.model.save(f.a1, notes("after", "felt it")));
    CHECK(f.store->undo_label() == "Edit session notes");

    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(f.a1) == notes("before"));
    REQUIRE(f.store->redo().is_ok());
    CHECK(f.model.load(f.a1) == notes("after", "felt it"));

    // Undoing the first save removes the row entirely.
    REQUIRE(f.store->undo().is_ok());
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(f.a1).empty());
}

TEST_CASE("notes for a session that does not exist are refused and nothing is written") {
    NotesFixture f;
    CHECK_THROWS_AS(f.model.save(424242, notes("orphan")), wb::Error);
    CHECK(f.model.load(424242).empty());
    CHECK_FALSE(f.store->in_edit());
}

TEST_CASE("search ignores case, stays within the case and lists newest sessions first") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes("Robin read a Bedtime story")));
    REQUIRE(f.model.save(f.a2, notes("", "", "bedtime was calmer", "keep BEDTIME short")));
    REQUIRE(f.model.save(f.b1, notes("bedtime in the other family")));

    const auto results = f.model.search(f.case_a, "BEDTIME");
    REQUIRE(results.size() == 2);
    CHECK(results[0].session_id == f.a2); // 2024-02-14 before 2024-01-10
    CHECK(results[0].date == "2024-02-14");
    CHECK(results[0].supervisee == "Alex");
    CHECK(results[0].field == Noticed);
    CHECK(results[0].match_count == 2);
    CHECK(results[0].snippet.match == "bedtime");
    CHECK(results[1].session_id == f.a1);
    CHECK(results[1].field == Happened);
    CHECK(results[1].snippet.match == "Bedtime"); // shown as written
    CHECK(results[1].snippet.before == "Robin read a ");

    const auto other = f.model.search(f.case_b, "bedtime");
    REQUIRE(other.size() == 1);
    CHECK(other[0].session_id == f.b1);
}

TEST_CASE("search: an empty or blank query, or no case, finds nothing") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes("anything at all")));
    CHECK(f.model.search(f.case_a, "").empty());
    CHECK(f.model.search(f.case_a, "   ").empty());
    CHECK(f.model.search(0, "anything").empty());
    CHECK(f.model.search(f.case_a, "  anything ").size() == 1); // outer spaces are trimmed
}

TEST_CASE("search: LIKE wildcards in the query are ordinary characters") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes("100% present today")));
    REQUIRE(f.model.save(f.a2, notes("file_name and a plain note")));
    const auto percent = f.model.search(f.case_a, "%");
    REQUIRE(percent.size() == 1);
    CHECK(percent[0].session_id == f.a1);
    const auto underscore = f.model.search(f.case_a, "_");
    REQUIRE(underscore.size() == 1);
    CHECK(underscore[0].session_id == f.a2);
    CHECK(f.model.search(f.case_a, "file%name").empty());
    CHECK(f.model.search(f.case_a, "100_").empty());
    CHECK(f.model.search(f.case_a, "\\").empty());
}

TEST_CASE("deleting a session removes its notes; undo brings both back") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes("kept safe")));
    REQUIRE(f.store->delete_session(f.a1).is_ok());
    CHECK_FALSE(f.store->find_session(f.a1).has_value());
    {
        auto st = f.host.prepare("SELECT COUNT(*) FROM session_notes__notes WHERE session_id = ?");
        st.bind(1, f.a1);
        REQUIRE(st.step());
        CHECK(st.int64(0) == 0);
    }
    CHECK(f.model.search(f.case_a, "kept").empty());

    REQUIRE(f.store->undo().is_ok());
    CHECK(f.store->find_session(f.a1).has_value());
    CHECK(f.model.load(f.a1) == notes("kept safe"));
    CHECK(f.model.search(f.case_a, "kept").size() == 1);
}

TEST_CASE("session() reads the header details from the core tables") {
    NotesFixture f;
    const auto info = f.model.session(f.a2);
    REQUIRE(info.has_value());
    CHECK(info->case_id == f.case_a);
    CHECK(info->date == "2024-02-14");
    CHECK(info->supervisee == "Alex");
    CHECK(info->case_code == "FAM-001");
    CHECK_FALSE(f.model.session(999).has_value());
}

TEST_CASE("the demo case gets fictional notes in every session, as one undo step") {
    // A store that has cases gets no demo case, so this test starts empty.
    auto store = wb::core::Store::open_in_memory();
    wb::core::Config config;
    wb::core::HostContext context{0, 0, 1.0f, notes_test::test_palette(), "test"};
    wb::core::PluginHost plugins{*store, config, context};
    wb::Host host{wb::core::host_api(), wb::test::load_in_process(plugins, session_notes::descriptor())};
    NotesModel model{host};

    auto demo = store->seed_demo_case();
    REQUIRE(demo.is_ok());
    const int64_t demo_case = demo.value();
    REQUIRE(demo_case != 0);
    const auto sessions = store->sessions(demo_case);
    REQUIRE_FALSE(sessions.empty());

    plugins.broadcast(wb_event{sizeof(wb_event), WB_EVENT_DEMO_CASE_CREATED, demo_case, 0, nullptr});
    for (const auto& s : sessions) {
        const NoteFields n = model.load(s.id);
        for (int i = 0; i < kFieldCount; ++i) CHECK_FALSE(n.text[i].empty());
        CHECK(n.text[Happened].rfind("(Fictional demo)", 0) == 0);
    }
    CHECK(store->undo_label() == "Add demo session notes");
    // The demo notes are searchable.
    CHECK_FALSE(model.search(demo_case, "PLAYGROUP").empty());

    // Seeding again leaves written notes alone.
    REQUIRE(model.save(sessions[0].id, notes("changed by hand")));
    CHECK(model.seed_demo(demo_case) == 0);
    CHECK(model.load(sessions[0].id) == notes("changed by hand"));

    // One undo step removes the edit by hand, the next all demo notes.
    REQUIRE(store->undo().is_ok());
    REQUIRE(store->undo().is_ok());
    for (const auto& s : sessions) CHECK(model.load(s.id).empty());
}

TEST_CASE("demo notes vary from session to session") {
    CHECK(demo_note(0).text[Happened] != demo_note(1).text[Happened]);
    CHECK(demo_note(1).text[Felt] != demo_note(2).text[Felt]);
    CHECK(demo_note(0) == demo_note(demo_note_count())); // they repeat after the last one
}

TEST_CASE("a read-only store refuses notes with an error and keeps what it had") {
    const auto dir = std::filesystem::temp_directory_path() / ("wb-notes-ro-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto path = dir / "cases.db";
    std::filesystem::remove(path);
    int64_t session = 0;
    {
        auto opened = wb::core::Store::open(path, wb::core::OpenMode::CreateIfMissing);
        REQUIRE(opened.is_ok());
        auto& store = *opened.value();
        wb::core::Config config;
        wb::core::HostContext context{0, 0, 1.0f, notes_test::test_palette(), "test"};
        wb::core::PluginHost plugins{store, config, context};
        wb::Host host{wb::core::host_api(), wb::test::load_in_process(plugins, session_notes::descriptor())};
        const int64_t c = notes_test::must(store.create_case("RO-1", "Read-only test"));
        session = notes_test::must(store.add_session(c, "2024-03-01", "Jo", ""));
        REQUIRE(NotesModel(host).save(session, notes("written before")));
    }
    {
        auto opened = wb::core::Store::open(path, wb::core::OpenMode::ReadOnly);
        REQUIRE(opened.is_ok());
        auto& store = *opened.value();
        REQUIRE(store.read_only());
        wb::core::Config config;
        wb::core::HostContext context{0, 0, 1.0f, notes_test::test_palette(), "test"};
        wb::core::PluginHost plugins{store, config, context};
        wb::Host host{wb::core::host_api(), wb::test::load_in_process(plugins, session_notes::descriptor())};
        NotesModel model(host);
        CHECK(host.read_only());
        CHECK(model.load(session) == notes("written before"));
        CHECK_THROWS_AS(model.save(session, notes("changed")), wb::Error);
        CHECK(model.load(session) == notes("written before"));
    }
    std::filesystem::remove_all(dir);
}
