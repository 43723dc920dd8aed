// model_tests.cpp - recordings in a real store: a new recording starts with
// its first stretch at 0:00; a switch is one stored row at once; bad input
// is refused with a message and nothing written; split, merge, recode and
// re-time each change exactly what they should and are one undo step each
// (undo gives back the stretches as they were); notes; deleting and
// undoing a whole recording; and each demo family's recordings.
#include "af_demo.h"
#include "af_fixture.h"
#include "af_flow.h"

#include <doctest/doctest.h>

using namespace activity_flow;
using af_test::AfFixture;

namespace {

constexpr Activity L = Activity::Locating, M = Activity::Meaning, J = Activity::JointAction, P = Activity::Planning;

// The stored stretches as {start in seconds, activity}.
std::vector<std::pair<int64_t, Activity>> stretches(AfFixture& f, int64_t id) {
    std::vector<std::pair<int64_t, Activity>> out;
    const auto d = f.model.load(id);
    REQUIRE(d);
    for (const Stretch& s : d->stretches) out.emplace_back(s.start_ms / 1000, s.activity);
    return out;
}
using Seq = std::vector<std::pair<int64_t, Activity>>;

int64_t stretch_id(AfFixture& f, int64_t id, std::size_t index) { return f.model.load(id)->stretches.at(index).id; }

} // namespace

TEST_CASE("a new recording keeps its case, session, title and slice, with its first stretch at 0:00") {
    AfFixture f;
    const Outcome out = f.model.start(f.case_a, f.a2, "  Visit two, bath time ", 20, M, "2024-03-01");
    REQUIRE(out);
    CHECK(f.store->undo_label() == "Start recording");
    const auto d = f.model.load(out.id);
    REQUIRE(d);
    CHECK(d->rec.case_id == f.case_a);
    CHECK(d->rec.session_id == std::optional<int64_t>(f.a2));
    CHECK(d->rec.session_date == "2024-02-14");
    CHECK(d->rec.title == "Visit two, bath time");
    CHECK(d->rec.slice_s == 20);
    CHECK(d->rec.created == "2024-03-01");
    CHECK_FALSE(d->rec.finished);
    CHECK(stretches(f, out.id) == Seq{{0, M}});
    CHECK(f.model.recordings(f.case_a).size() == 1);
    CHECK(f.model.recordings(f.case_b).empty());
}

TEST_CASE("bad input is refused with a reason and nothing is stored") {
    AfFixture f;
    const std::string label = f.store->undo_label();
    CHECK(f.model.start(f.case_a, std::nullopt, "  ", 30, L).error.find("title") != std::string::npos);
    CHECK(f.model.start(f.case_a, std::nullopt, "Visit", 3, L).error.find("slice") != std::string::npos);
    CHECK(f.model.start(f.case_a, f.b1, "Visit", 30, L).error.find("session") != std::string::npos);
    CHECK_FALSE(f.model.start(0, std::nullopt, "Visit", 30, L));
    CHECK(f.model.recordings(f.case_a).empty());
    CHECK(f.store->undo_label() == label);
}

TEST_CASE("a switch is stored at once; the same activity writes nothing; two keys at one instant keep the later") {
    AfFixture f;
    const int64_t id = f.model.start(f.case_a, std::nullopt, "Visit", 30, L).id;
    REQUIRE(f.model.switch_to(id, 42000, M));
    CHECK(f.store->undo_label() == "Switch to New meaning");
    CHECK(stretches(f, id) == Seq{{0, L}, {42, M}});
    CHECK(f.model.find(id)->active_ms == 42000); // the checkpoint
    const Outcome same = f.model.switch_to(id, 50000, M);
    CHECK(same);
    CHECK(same.id == 0);
    CHECK(stretches(f, id) == Seq{{0, L}, {42, M}});
    REQUIRE(f.model.switch_to(id, 42000, J)); // the same instant: M becomes J
    CHECK(stretches(f, id) == Seq{{0, L}, {42, J}});
    CHECK_FALSE(f.model.switch_to(id, 30000, P)); // before the last switch
    REQUIRE(f.model.finish(id, 90000));
    CHECK(f.model.find(id)->finished);
    CHECK(f.model.find(id)->active_ms == 90000);
    CHECK_FALSE(f.model.switch_to(id, 95000, P)); // finished
    CHECK(stretches(f, id) == Seq{{0, L}, {42, J}});
}

TEST_CASE("finishing never cuts off what is stored") {
    AfFixture f;
    const int64_t id = f.model.start(f.case_a, std::nullopt, "Visit", 30, L).id;
    REQUIRE(f.model.switch_to(id, 60000, M));
    REQUIRE(f.model.add_note(id, 70000, "Late note"));
    REQUIRE(f.model.finish(id, 10000));
    CHECK(f.model.find(id)->active_ms == 70000);
}

TEST_CASE("split, merge, recode and re-time each change one thing and are undone one step at a time") {
    AfFixture f;
    const int64_t id = f.recording({{0, L}, {60, M}, {120, J}}, 180);
    const Seq start = stretches(f, id);

    SUBCASE("split") {
        const Outcome out = f.model.split(stretch_id(f, id, 1), 90000);
        REQUIRE(out);
        CHECK(f.store->undo_label() == "Split stretch");
        CHECK(stretches(f, id) == Seq{{0, L}, {60, M}, {90, M}, {120, J}});
        // Figures do not count the split as a switch until one part is recoded.
        CHECK(figures_of(f.model.load(id)->stretches, 180000).switches == 2);
        REQUIRE(f.model.recode(out.id, P));
        CHECK(stretches(f, id) == Seq{{0, L}, {60, M}, {90, P}, {120, J}});
        REQUIRE(f.store->undo().is_ok());
        CHECK(stretches(f, id) == Seq{{0, L}, {60, M}, {90, M}, {120, J}});
        REQUIRE(f.store->undo().is_ok());
        CHECK(stretches(f, id) == start);
        REQUIRE(f.store->redo().is_ok());
        CHECK(stretches(f, id).size() == 4);
    }
    SUBCASE("merge with the next") {
        REQUIRE(f.model.merge_with_next(stretch_id(f, id, 0)));
        CHECK(f.store->undo_label() == "Merge stretches");
        CHECK(stretches(f, id) == Seq{{0, L}, {120, J}});
        REQUIRE(f.store->undo().is_ok());
        CHECK(stretches(f, id) == start);
    }
    SUBCASE("recode") {
        REQUIRE(f.model.recode(stretch_id(f, id, 2), L));
        CHECK(f.store->undo_label() == "Recode stretch as Locating");
        CHECK(stretches(f, id) == Seq{{0, L}, {60, M}, {120, L}});
        REQUIRE(f.store->undo().is_ok());
        CHECK(stretches(f, id) == start);
    }
    SUBCASE("re-time") {
        REQUIRE(f.model.retime(stretch_id(f, id, 2), 100000));
        CHECK(f.store->undo_label() == "Re-time stretch");
        CHECK(stretches(f, id) == Seq{{0, L}, {60, M}, {100, J}});
        const Figures fig = figures_of(f.model.load(id)->stretches, 180000);
        CHECK(fig.ms[index_of(M)] == 40000);
        CHECK(fig.ms[index_of(J)] == 80000);
        REQUIRE(f.store->undo().is_ok());
        CHECK(stretches(f, id) == start);
    }
}

TEST_CASE("edits that would break the sequence are refused with a reason and change nothing") {
    AfFixture f;
    const int64_t id = f.recording({{0, L}, {60, M}, {120, J}}, 180);
    const Seq start = stretches(f, id);
    const std::string label = f.store->undo_label();
    CHECK(f.model.split(stretch_id(f, id, 1), 130000).error.find("between") != std::string::npos);
    CHECK(f.model.split(stretch_id(f, id, 2), 179500).error.find("second") != std::string::npos);
    CHECK(f.model.merge_with_next(stretch_id(f, id, 2)).error.find("last") != std::string::npos);
    CHECK(f.model.retime(stretch_id(f, id, 0), 5000).error.find("0:00") != std::string::npos);
    CHECK(f.model.retime(stretch_id(f, id, 2), 50000).error.find("between") != std::string::npos);
    CHECK_FALSE(f.model.recode(999999, P));
    CHECK(stretches(f, id) == start);
    CHECK(f.store->undo_label() == label);
    // An edit of what is already so writes nothing.
    REQUIRE(f.model.recode(stretch_id(f, id, 0), L));
    REQUIRE(f.model.retime(stretch_id(f, id, 1), 60000));
    CHECK(f.store->undo_label() == label);
}

TEST_CASE("notes: added at a time, edited, deleted; each one undo step") {
    AfFixture f;
    const int64_t id = f.recording({{0, L}, {60, M}}, 120);
    const Outcome n = f.model.add_note(id, 30000, "  Asked about the nursery  ");
    REQUIRE(n);
    CHECK(f.store->undo_label() == "Add note");
    REQUIRE(f.model.load(id)->notes.size() == 1);
    CHECK(f.model.load(id)->notes[0].text == "Asked about the nursery");
    CHECK(f.model.load(id)->notes[0].at_ms == 30000);
    CHECK(f.model.add_note(id, 130000, "After the end").error.find("ends at 2:00") != std::string::npos);
    CHECK_FALSE(f.model.add_note(id, 10000, "   "));
    REQUIRE(f.model.update_note(n.id, 40000, "Asked about the nursery again"));
    CHECK(f.model.load(id)->notes[0].at_ms == 40000);
    REQUIRE(f.model.remove_note(n.id));
    CHECK(f.model.load(id)->notes.empty());
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(id)->notes.size() == 1);
}

TEST_CASE("title, session and slice length are changed together; deleting a recording is undone whole") {
    AfFixture f;
    const int64_t id = f.recording({{0, L}, {60, M}}, 120);
    REQUIRE(f.model.add_note(id, 30000, "A note"));
    REQUIRE(f.model.update_recording(id, "Renamed", f.a1, 60));
    CHECK(f.store->undo_label() == "Change slice length");
    CHECK(f.model.find(id)->title == "Renamed");
    CHECK(f.model.find(id)->slice_s == 60);
    CHECK(f.model.find(id)->session_id == std::optional<int64_t>(f.a1));
    CHECK_FALSE(f.model.update_recording(id, "Renamed", f.b1, 60)); // another family's session
    CHECK_FALSE(f.model.update_recording(id, "Renamed", std::nullopt, 1000));

    REQUIRE(f.model.remove_recording(id));
    CHECK_FALSE(f.model.load(id).has_value());
    REQUIRE(f.store->undo().is_ok());
    const auto back = f.model.load(id);
    REQUIRE(back);
    CHECK(back->stretches.size() == 2);
    CHECK(back->notes.size() == 1);
}

TEST_CASE("an unfinished recording stays in the store with everything switched so far") {
    AfFixture f;
    int64_t id = 0;
    {
        // The app is closed mid-recording: nothing finishes it.
        LiveRecorder live(f.host, f.clock.fn());
        id = live.start(f.case_a, std::nullopt, "Visit", 30, L).id;
        f.clock.advance_s(70);
        REQUIRE(live.switch_to(J));
        f.clock.advance_s(50);
    }
    const auto d = f.model.load(id);
    REQUIRE(d);
    CHECK_FALSE(d->rec.finished);
    CHECK(stretches(f, id) == Seq{{0, L}, {70, J}});
    CHECK(stored_duration(*d) == 70000); // up to the last stored moment
}

TEST_CASE("demo recordings: one or two per family, on the family's sessions, 20 to 45 minutes, fictional") {
    AfFixture f;
    std::vector<SessionRef> sessions;
    for (int i = 0; i < 6; ++i) sessions.push_back(SessionRef{100 + i, "2024-0" + std::to_string(i + 1) + "-10"});
    for (const char* family : {"rivers", "harbour", "meadow", "", "unknown"}) {
        INFO(family);
        const std::vector<DemoRecording> demo = demo_recordings(family, sessions, "2024-07-01");
        REQUIRE((demo.size() == 1 || demo.size() == 2));
        for (const DemoRecording& d : demo) {
            CHECK(d.rec.finished);
            CHECK(d.rec.active_ms >= 20 * 60 * 1000);
            CHECK(d.rec.active_ms <= 45 * 60 * 1000);
            REQUIRE(d.rec.session_id.has_value());
            CHECK(d.rec.title.find("demo") != std::string::npos);
            REQUIRE_FALSE(d.stretches.empty());
            CHECK(d.stretches.front().start_ms == 0);
            for (std::size_t i = 1; i < d.stretches.size(); ++i) {
                CHECK(d.stretches[i].start_ms > d.stretches[i - 1].start_ms);
                CHECK(d.stretches[i].activity != d.stretches[i - 1].activity);
            }
            CHECK(d.stretches.back().start_ms < d.rec.active_ms);
            for (const Note& n : d.notes) {
                CHECK(n.text.find("Fictional demo") != std::string::npos);
                CHECK(n.at_ms < d.rec.active_ms);
            }
            // Every activity appears, so the key and the figures have something to show.
            const Figures fig = figures_of(d.stretches, d.rec.active_ms);
            for (double share : fig.share) CHECK(share > 0.0);
        }
    }
    // The families tell different stories; an unknown key reads as rivers.
    CHECK(demo_recordings("harbour", sessions, "2024-07-01")[0].rec.title !=
          demo_recordings("rivers", sessions, "2024-07-01")[0].rec.title);
    CHECK(demo_recordings("unknown", sessions, "2024-07-01")[0].rec.title ==
          demo_recordings("rivers", sessions, "2024-07-01")[0].rec.title);

    // Seeding a case: one edit, hung on its sessions, once only.
    CHECK(f.model.seed_demo(f.case_a, "meadow") == 2);
    CHECK(f.store->undo_label() == "Add demo recordings");
    const std::vector<Recording> recs = f.model.recordings(f.case_a);
    REQUIRE(recs.size() == 2);
    CHECK(recs[0].session_id == std::optional<int64_t>(f.a2)); // the second session by date
    CHECK_FALSE(recs[1].session_id.has_value());              // the case has no fifth session
    CHECK(f.model.seed_demo(f.case_a, "meadow") == 0);
}
