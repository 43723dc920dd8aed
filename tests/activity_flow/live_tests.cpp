// live_tests.cpp - the live recorder with a clock the test moves: active
// time runs only while running (a pause of any length is not on the
// axis, and a switch made while paused lands where the clock stopped);
// every switch, note, pause and finish is in the store at once; an
// unfinished recording is taken up again paused where it was left and
// resumes from there; an undone switch or start is followed.
#include "af_fixture.h"
#include "af_flow.h"

#include <doctest/doctest.h>

using namespace activity_flow;
using af_test::AfFixture;

namespace {

constexpr Activity L = Activity::Locating, M = Activity::Meaning, J = Activity::JointAction, P = Activity::Planning;

std::vector<std::pair<int64_t, Activity>> stretches(AfFixture& f, int64_t id) {
    std::vector<std::pair<int64_t, Activity>> out;
    const auto d = f.model.load(id);
    REQUIRE(d);
    for (const Stretch& s : d->stretches) out.emplace_back(s.start_ms / 1000, s.activity);
    return out;
}
using Seq = std::vector<std::pair<int64_t, Activity>>;

} // namespace

TEST_CASE("stretch timing with pause and resume: paused time is never on the recording's clock") {
    AfFixture f;
    LiveRecorder live(f.host, f.clock.fn());
    CHECK(live.state() == LiveRecorder::State::Idle);
    const Outcome started = live.start(f.case_a, f.a1, "Visit one", 30, L);
    REQUIRE(started);
    const int64_t id = started.id;
    CHECK(live.state() == LiveRecorder::State::Running);
    CHECK(live.elapsed_ms() == 0);

    f.clock.advance_s(60);
    CHECK(live.elapsed_ms() == 60000);
    REQUIRE(live.switch_to(M));
    CHECK(live.current() == M);
    f.clock.advance_s(30);
    REQUIRE(live.pause());
    CHECK(live.state() == LiveRecorder::State::Paused);
    CHECK(f.store->undo_label() == "Pause recording");
    CHECK(f.model.find(id)->active_ms == 90000); // the checkpoint is stored

    f.clock.advance_s(600); // ten minutes of pause
    CHECK(live.elapsed_ms() == 90000);
    REQUIRE(live.switch_to(J)); // switched while paused: where the clock stopped
    REQUIRE(live.resume());
    f.clock.advance_s(20);
    CHECK(live.elapsed_ms() == 110000);
    REQUIRE(live.switch_to(P));
    f.clock.advance_s(10);
    REQUIRE(live.stop());
    CHECK(live.state() == LiveRecorder::State::Idle);

    CHECK(stretches(f, id) == Seq{{0, L}, {60, M}, {90, J}, {110, P}});
    const auto d = f.model.load(id);
    REQUIRE(d);
    CHECK(d->rec.finished);
    CHECK(d->rec.active_ms == 120000); // 2 minutes, not 12
    const Figures fig = figures_of(d->stretches, d->rec.active_ms);
    CHECK(fig.ms[index_of(L)] == 60000);
    CHECK(fig.ms[index_of(M)] == 30000);
    CHECK(fig.ms[index_of(J)] == 20000);
    CHECK(fig.ms[index_of(P)] == 10000);
    CHECK(square_count(d->rec.active_ms, 30000) == 4);
}

TEST_CASE("two pauses in a row and a resume while running change nothing") {
    AfFixture f;
    LiveRecorder live(f.host, f.clock.fn());
    REQUIRE(live.start(f.case_a, std::nullopt, "Visit", 30, L));
    f.clock.advance_s(10);
    REQUIRE(live.resume()); // already running
    CHECK(live.elapsed_ms() == 10000);
    REQUIRE(live.pause());
    f.clock.advance_s(10);
    REQUIRE(live.pause());
    CHECK(live.elapsed_ms() == 10000);
    REQUIRE(live.resume());
    f.clock.advance_s(5);
    CHECK(live.elapsed_ms() == 15000);
}

TEST_CASE("a note is stored at the moment it was opened, with the time so far") {
    AfFixture f;
    LiveRecorder live(f.host, f.clock.fn());
    const int64_t id = live.start(f.case_a, std::nullopt, "Visit", 30, L).id;
    f.clock.advance_s(45);
    const int64_t opened = live.elapsed_ms();
    f.clock.advance_s(20); // typing takes a while
    REQUIRE(live.note(opened, "Said the mornings are the hardest"));
    const auto d = f.model.load(id);
    REQUIRE(d->notes.size() == 1);
    CHECK(d->notes[0].at_ms == 45000);
    CHECK(d->rec.active_ms == 65000);
    CHECK_FALSE(live.note(opened, "  ")); // an empty note is refused
}

TEST_CASE("an unfinished recording is taken up paused where the store left it, and resumes from there") {
    AfFixture f;
    int64_t id = 0;
    {
        LiveRecorder first(f.host, f.clock.fn());
        id = first.start(f.case_a, std::nullopt, "Visit", 30, L).id;
        f.clock.advance_s(40);
        REQUIRE(first.switch_to(M));
        f.clock.advance_s(35);
        REQUIRE(first.pause()); // the view pauses when the app closes
    } // the app closes
    f.clock.advance_s(3600);
    LiveRecorder again(f.host, f.clock.fn());
    again.attach(*f.model.load(id));
    CHECK(again.state() == LiveRecorder::State::Paused);
    CHECK(again.elapsed_ms() == 75000);
    CHECK(again.current() == M);
    REQUIRE(again.resume());
    f.clock.advance_s(15);
    REQUIRE(again.switch_to(P));
    f.clock.advance_s(15);
    REQUIRE(again.stop());
    CHECK(stretches(f, id) == Seq{{0, L}, {40, M}, {90, P}});
    CHECK(f.model.find(id)->active_ms == 105000);
}

TEST_CASE("the recorder follows undo: an undone switch gives back the activity before, an undone start ends it") {
    AfFixture f;
    LiveRecorder live(f.host, f.clock.fn());
    const int64_t id = live.start(f.case_a, std::nullopt, "Visit", 30, L).id;
    f.clock.advance_s(20);
    REQUIRE(live.switch_to(J));
    REQUIRE(f.store->undo().is_ok());
    live.sync(f.model.load(id));
    CHECK(live.current() == L);
    CHECK(live.state() == LiveRecorder::State::Running);
    f.clock.advance_s(5);
    REQUIRE(live.switch_to(M));
    CHECK(stretches(f, id) == Seq{{0, L}, {25, M}});
    REQUIRE(f.store->undo().is_ok()); // the switch
    REQUIRE(f.store->undo().is_ok()); // the start
    live.sync(f.model.load(id));
    CHECK(live.state() == LiveRecorder::State::Idle);
    CHECK_FALSE(live.switch_to(P));
}
