// model_tests.cpp - ruptures, repairs and alliance checks in a real store:
// every field kept; status transitions through the model (a repair before
// the rupture refused, a first repair makes it repairing, repaired only
// with a repair action); time-to-repair from stored rows; each change one
// undo step; bad input refused with a message and nothing written; the
// caseload across cases (oldest first, the N-days flag, archived cases
// left out); the low-alliance flag from the setting; and the demo data.
#include "rr_caseload.h"
#include "rr_demo.h"
#include "rr_fixture.h"
#include "rr_spiral_link.h"

#include <doctest/doctest.h>

using namespace rupture_repair;
using rr_test::kToday;
using rr_test::must;
using rr_test::repair;
using rr_test::rupture;
using rr_test::RrFixture;

TEST_CASE("a rupture keeps every field; ruptures load per case, in date order") {
    RrFixture f;
    Rupture full = rupture(f.case_a, "2024-03-05", "Turned down the plan");
    full.origin = Origin::UnmetExpectations;
    full.kind = MarkerKind::Confrontation;
    full.sub_markers = 1 | 4;
    full.who = Person::OtherFamily;
    full.salience = 5;
    full.strained = StrainGoals | StrainTasks;
    const Outcome added = f.model.add(full, kToday);
    REQUIRE(added);
    REQUIRE(f.model.add(rupture(f.case_a, "2024-01-02", "Earlier"), kToday));
    REQUIRE(f.model.add(rupture(f.case_b, "2024-02-01", "Other family"), kToday));

    const CaseRecord rec = f.model.load(f.case_a);
    REQUIRE(rec.ruptures.size() == 2);
    CHECK(rec.ruptures[0].description == "Earlier");
    Rupture expected = full;
    expected.id = added.id;
    CHECK(rec.ruptures[1] == expected);
    CHECK(rec.sessions.size() == 2);
    CHECK(f.model.load(f.case_b).ruptures.size() == 1);
}

TEST_CASE("a rupture tied to a session takes its date; another family's session is refused") {
    RrFixture f;
    Rupture r = rupture(f.case_a, "");
    r.session_id = f.a2;
    const Outcome out = f.model.add(r, kToday);
    REQUIRE(out);
    CHECK(f.model.find(out.id)->date == "2024-02-14");
    r.session_id = f.b1;
    CHECK_FALSE(f.model.add(r, kToday));
    // Deleting the session keeps the rupture and its date, unlinked.
    REQUIRE(f.store->delete_session(f.a2).is_ok());
    CHECK_FALSE(f.model.find(out.id)->session_id.has_value());
    CHECK(f.model.find(out.id)->date == "2024-02-14");
}

TEST_CASE("an empty description or a future date is refused with a message and nothing is written") {
    RrFixture f;
    const std::string before = f.store->undo_label();
    const Outcome blank = f.model.add(rupture(f.case_a, "2024-03-01", "  "), kToday);
    CHECK_FALSE(blank);
    CHECK(blank.error.find("Describe") != std::string::npos);
    const Outcome future = f.model.add(rupture(f.case_a, "2024-06-02"), kToday);
    CHECK_FALSE(future);
    CHECK(future.error.find("future") != std::string::npos);
    CHECK(f.model.load(f.case_a).ruptures.empty());
    CHECK(f.store->undo_label() == before);
    // The same rupture dated today is fine.
    CHECK(f.model.add(rupture(f.case_a, "2024-06-01"), kToday));
}

TEST_CASE("a repair dated before its rupture is refused; one on or after it moves open to repairing") {
    RrFixture f;
    const Outcome r = f.model.add(rupture(f.case_a, "2024-03-10"), kToday);
    REQUIRE(r);
    const std::string before = f.store->undo_label();
    const Outcome early = f.model.add_repair(repair(r.id, "2024-03-09"), kToday);
    CHECK_FALSE(early);
    CHECK(early.error.find("before the rupture") != std::string::npos);
    CHECK(f.model.repairs_of(r.id).empty());
    CHECK(f.model.find(r.id)->status == Status::Open);
    CHECK(f.store->undo_label() == before);

    const Outcome ok = f.model.add_repair(repair(r.id, "2024-03-10", "Owned the mix-up"), kToday);
    REQUIRE(ok);
    CHECK(f.model.find(r.id)->status == Status::Repairing);
    CHECK(f.store->undo_label() == "Add repair action");
    // Undo takes the repair and the status change back together.
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.repairs_of(r.id).empty());
    CHECK(f.model.find(r.id)->status == Status::Open);
}

TEST_CASE("repaired needs a repair action; time-to-repair runs to the closing repair") {
    RrFixture f;
    const Outcome r = f.model.add(rupture(f.case_a, "2024-03-01"), kToday);
    REQUIRE(r);
    const Outcome refused = f.model.set_status(r.id, Status::Repaired, Resolution::Fully);
    CHECK_FALSE(refused);
    CHECK(refused.error.find("at least one repair") != std::string::npos);
    CHECK(f.model.find(r.id)->status == Status::Open);

    REQUIRE(f.model.add_repair(repair(r.id, "2024-03-04"), kToday));
    REQUIRE(f.model.add_repair(repair(r.id, "2024-03-11"), kToday));
    REQUIRE(f.model.set_status(r.id, Status::Repaired, Resolution::Partly));
    CHECK(f.store->undo_label() == "Mark rupture repaired");
    const CaseRecord rec = f.model.load(f.case_a);
    REQUIRE(rec.ruptures.size() == 1);
    CHECK(rec.ruptures[0].status == Status::Repaired);
    CHECK(rec.ruptures[0].resolution == Resolution::Partly);
    CHECK(time_to_repair(rec.ruptures[0], rec.repairs) == std::optional<int>(10));

    // Closed: no further repair until it is reopened.
    CHECK_FALSE(f.model.add_repair(repair(r.id, "2024-03-20"), kToday));
    REQUIRE(f.model.set_status(r.id, Status::Repairing, Resolution::None));
    CHECK(f.model.add_repair(repair(r.id, "2024-03-20"), kToday));
}

TEST_CASE("removing the last repair reopens the rupture; moving the rupture after a repair is refused") {
    RrFixture f;
    const Outcome r = f.model.add(rupture(f.case_a, "2024-03-01"), kToday);
    REQUIRE(r);
    const Outcome a = f.model.add_repair(repair(r.id, "2024-03-05"), kToday);
    REQUIRE(a);
    REQUIRE(f.model.set_status(r.id, Status::Repaired, Resolution::Fully));

    Rupture moved = *f.model.find(r.id);
    moved.date = "2024-03-06";
    const Outcome late = f.model.update(moved, kToday);
    CHECK_FALSE(late);
    CHECK(late.error.find("before this date") != std::string::npos);
    moved.date = "2024-03-05";
    moved.description = "Went quiet, then left the room";
    REQUIRE(f.model.update(moved, kToday));
    CHECK(f.store->undo_label() == "Edit rupture");

    REQUIRE(f.model.remove_repair(a.id));
    CHECK(f.model.find(r.id)->status == Status::Open);
    CHECK(f.model.find(r.id)->resolution == Resolution::None);
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.find(r.id)->status == Status::Repaired);
    CHECK(f.model.repairs_of(r.id).size() == 1);
}

TEST_CASE("delete takes the repairs with it and one undo brings all back") {
    RrFixture f;
    const Outcome r = f.model.add(rupture(f.case_a, "2024-03-01"), kToday);
    REQUIRE(r);
    REQUIRE(f.model.add_repair(repair(r.id, "2024-03-02"), kToday));
    REQUIRE(f.model.remove(r.id));
    CHECK(f.store->undo_label() == "Delete rupture");
    CHECK(f.model.load(f.case_a).ruptures.empty());
    CHECK(f.model.repairs_of(r.id).empty());
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.find(r.id).has_value());
    CHECK(f.model.repairs_of(r.id).size() == 1);
    CHECK_FALSE(f.model.remove(r.id + 100));
}

TEST_CASE("alliance checks: one per session, replaced on save, low flag from the setting") {
    RrFixture f;
    AllianceCheck c;
    c.session_id = f.a1;
    c.ratings[0] = 6, c.ratings[1] = 5, c.ratings[2] = 6, c.ratings[3] = 6; // 23
    REQUIRE(f.model.save_alliance(c));
    c.ratings[3] = 9; // 26
    REQUIRE(f.model.save_alliance(c));
    CHECK(f.store->undo_label() == "Save alliance check");
    CaseRecord rec = f.model.load(f.case_a);
    REQUIRE(rec.alliance.size() == 1);
    CHECK(rec.alliance[0].total() == 26);
    CHECK(rec.alliance[0].case_id == f.case_a);

    const Settings defaults = read_settings(f.host);
    CHECK(defaults.low_alliance == kDefaultLowAlliance);
    CHECK_FALSE(alliance_low(rec.alliance[0], defaults.low_alliance)); // 26 is not below 24
    f.host.set_setting("low_alliance", "30");
    CHECK(alliance_low(rec.alliance[0], read_settings(f.host).low_alliance)); // 26 is below 30

    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(f.case_a).alliance.at(0).total() == 23);
    c.ratings[0] = 11;
    CHECK_FALSE(f.model.save_alliance(c));
    CHECK(f.model.load(f.case_a).alliance.at(0).total() == 23);
}

TEST_CASE("caseload: open and repairing ruptures of every case, oldest first, flagged after N days") {
    RrFixture f;
    const Outcome newest = f.model.add(rupture(f.case_a, "2024-05-25", "A newest"), kToday);
    const Outcome oldest = f.model.add(rupture(f.case_b, "2024-04-01", "B oldest"), kToday);
    const Outcome middle = f.model.add(rupture(f.case_a, "2024-05-10", "A middle"), kToday);
    const Outcome closed = f.model.add(rupture(f.case_b, "2024-03-01", "B closed"), kToday);
    REQUIRE((newest && oldest && middle && closed));
    REQUIRE(f.model.add_repair(repair(middle.id, "2024-05-12"), kToday)); // repairing: still listed
    REQUIRE(f.model.add_repair(repair(closed.id, "2024-03-02"), kToday));
    REQUIRE(f.model.set_status(closed.id, Status::Repaired, Resolution::Fully)); // not listed

    CaseloadOptions options;
    options.today = kToday;
    options.overdue_days = 14;
    std::vector<CaseloadRow> rows = load_caseload(f.host, options);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].rupture_id == oldest.id);
    CHECK(rows[1].rupture_id == middle.id);
    CHECK(rows[2].rupture_id == newest.id);
    CHECK(rows[0].case_code == "FAM-002");
    CHECK(rows[1].status == Status::Repairing);
    CHECK(rows[1].repair_count == 1);
    CHECK(rows[1].last_repair == "2024-05-12");
    CHECK(rows[0].age_days == 61);
    CHECK(rows[1].age_days == 22);
    CHECK(rows[2].age_days == 7);
    CHECK(rows[0].overdue);
    CHECK(rows[1].overdue);
    CHECK_FALSE(rows[2].overdue);

    options.overdue_days = 30; // only the oldest is over 30 days
    rows = load_caseload(f.host, options);
    CHECK(rows[0].overdue);
    CHECK_FALSE(rows[1].overdue);

    // Archived cases drop out unless asked for.
    REQUIRE(f.store->set_archived(f.case_b, true).is_ok());
    CHECK(load_caseload(f.host, options).size() == 2);
    options.include_archived = true;
    CHECK(load_caseload(f.host, options).size() == 3);
}

TEST_CASE("the caseload query walks the open-ruptures index (no full scan, no sort)") {
    RrFixture f;
    // The caseload names the partial index; if SQLite could not use it,
    // preparing the query would fail and load_caseload would throw.
    CHECK_NOTHROW(load_caseload(f.host, CaseloadOptions{}));
    wb::Statement plan = f.host.prepare(
        "EXPLAIN QUERY PLAN SELECT r.id, r.case_id, r.session_id, r.date, r.status, r.kind, r.salience,"
        " r.description FROM rupture_repair__ruptures r INDEXED BY rupture_repair__ruptures_open"
        " JOIN cases c ON c.id = r.case_id WHERE r.status IN (0, 1) ORDER BY r.date, r.id");
    std::string details;
    while (plan.step()) details += plan.text(3) + "\n";
    INFO(details);
    // Covering: every column the caseload reads is in the index (migration 2).
    CHECK(details.find("COVERING INDEX rupture_repair__ruptures_open") != std::string::npos);
    CHECK(details.find("TEMP B-TREE") == std::string::npos);
}

TEST_CASE("the demo data is fictional, in every status, linked to the demo sessions, and added once") {
    RrFixture f;
    // Sessions on the core demo's days before "today".
    const int64_t demo = must(f.store->create_case("DEMO-01", "Demo family (fictional)", true));
    for (int days : {160, 131, 103, 74, 45, 16}) must(f.store->add_session(demo, days_before(kToday, days), "A", ""));
    const int added = f.model.seed_demo(demo, kToday);
    CHECK(added == 6);
    const CaseRecord rec = f.model.load(demo);
    REQUIRE(static_cast<int>(rec.ruptures.size()) == added);
    int statuses[kStatusCount] = {};
    int linked = 0;
    for (const Rupture& r : rec.ruptures) {
        CHECK(r.description.rfind("Demo: ", 0) == 0); // marked fictional
        CHECK_FALSE(validate(r, kToday).has_value());
        CHECK_FALSE(check_status(r.status, r.resolution, repairs_of(rec.repairs, r.id).size()).has_value());
        ++statuses[static_cast<int>(r.status)];
        linked += r.session_id ? 1 : 0;
    }
    for (int n : statuses) CHECK(n >= 1);
    CHECK(linked == 5); // the sixth has no session
    for (const RepairAction& a : rec.repairs) CHECK(a.note.rfind("Demo: ", 0) == 0);
    CHECK(rec.alliance.size() == 6);
    CHECK(f.model.seed_demo(demo, kToday) == 0);
}

TEST_CASE("the spiral step for a repaired rupture: dated on the closing repair, kind repair, a short description") {
    Rupture r = rupture(1, "2024-02-14", "Cross about the missed visit\nSecond line stays out");
    RepairAction closing = repair(9, "2024-02-20");
    closing.strategy = Strategy::OwnPart;
    const wb::ActionFields fields = spiral_step_fields(r, closing);
    auto field = [&](const char* key) {
        for (const auto& [k, v] : fields)
            if (k == key) return v;
        return std::string("<missing>");
    };
    CHECK(field("date") == "2024-02-20");
    CHECK(field("kind") == "repair");
    CHECK(field("description") == std::string("Repair after rupture: ") + strategy_label(Strategy::OwnPart) +
                                      ". The rupture: Cross about the missed visit\xE2\x80\xA6");

    // A long first line is cut on a character boundary (no half a UTF-8
    // sequence), with an ellipsis.
    std::string long_text;
    for (int i = 0; i < 100; ++i) long_text += "\xC3\xA9"; // 200 bytes of "é"
    r.description = "a" + long_text;                      // odd offset: a cut lands mid-character
    const std::string d = spiral_step_fields(r, closing)[2].second;
    const std::string tail = d.substr(d.find("The rupture: ") + 13);
    CHECK(tail.size() <= 160 + 3);
    CHECK(tail.substr(tail.size() - 3) == "\xE2\x80\xA6");
    CHECK(tail.substr(0, tail.size() - 3).size() % 2 == 1); // "a" + whole two-byte characters

    r.description = "   ";
    CHECK(spiral_step_fields(r, closing)[2].second.find("The rupture") == std::string::npos);
}

TEST_CASE("each demo family has its own fictional ruptures, repairs and alliance checks on its sessions") {
    RrFixture f;
    auto make_case = [&](const char* code, std::initializer_list<int> days) {
        const int64_t id = must(f.store->create_case(code, "Demo family (fictional)", true));
        for (int d : days) must(f.store->add_session(id, days_before(kToday, d), "A", ""));
        return id;
    };
    const int64_t rivers = make_case("DEMO-01", {160, 131, 103, 74, 45, 16});
    const int64_t harbour = make_case("DEMO-02", {120, 92, 63, 35, 9});
    const int64_t meadow = make_case("DEMO-03", {100, 75, 50, 28, 7});
    const int64_t unknown = make_case("DEMO-04", {160, 131, 103, 74, 45, 16});
    CHECK(f.model.seed_demo(rivers, kToday, "rivers") == 6);
    CHECK(f.model.seed_demo(harbour, kToday, "harbour") >= 2);
    CHECK(f.model.seed_demo(meadow, kToday, "meadow") >= 1);
    CHECK(f.model.seed_demo(unknown, kToday, "") == 6); // no key: the Rivers family

    auto descriptions = [&](int64_t id) {
        std::vector<std::string> out;
        for (const Rupture& r : f.model.load(id).ruptures) out.push_back(r.description);
        return out;
    };
    CHECK(descriptions(harbour) != descriptions(rivers));
    CHECK(descriptions(meadow) != descriptions(rivers));
    CHECK(descriptions(meadow) != descriptions(harbour));

    for (int64_t id : {harbour, meadow}) {
        const CaseRecord rec = f.model.load(id);
        for (const Rupture& r : rec.ruptures) {
            CHECK(r.description.rfind("Demo: ", 0) == 0);
            CHECK_FALSE(validate(r, kToday).has_value());
            CHECK_FALSE(check_status(r.status, r.resolution, repairs_of(rec.repairs, r.id).size()).has_value());
        }
        for (const RepairAction& a : rec.repairs) CHECK(a.note.rfind("Demo: ", 0) == 0);
        CHECK(rec.alliance.size() == 5); // one per session
    }

    // Harbour: a confrontation in session 2, repaired in session 3 by
    // listening (an exploring strategy); the alliance dips below the flag
    // at session 2 and recovers.
    const CaseRecord h = f.model.load(harbour);
    REQUIRE(!h.ruptures.empty());
    const Rupture& clash = h.ruptures.front();
    CHECK(clash.kind == MarkerKind::Confrontation);
    CHECK(clash.session_id == h.sessions[1].id);
    CHECK(clash.status == Status::Repaired);
    const auto closing = closing_repair(clash, h.repairs);
    REQUIRE(closing.has_value());
    CHECK(closing->date == h.sessions[2].date);
    CHECK(strategy_family(closing->strategy) == StrategyFamily::Exploratory);
    std::vector<int> totals;
    for (const SessionRef& s : h.sessions)
        for (const AllianceCheck& c : h.alliance)
            if (c.session_id == s.id) totals.push_back(c.total());
    REQUIRE(totals.size() == 5);
    CHECK(totals[1] < kDefaultLowAlliance);
    CHECK(totals[1] < totals[0]);
    CHECK(totals[4] > totals[1]);
    CHECK(totals[4] >= kDefaultLowAlliance);

    // Meadow: the parents withdrew when weight came up, repaired by
    // exploring it in the next session.
    const CaseRecord m = f.model.load(meadow);
    REQUIRE(!m.ruptures.empty());
    const Rupture& quiet = m.ruptures.front();
    CHECK(quiet.kind == MarkerKind::Withdrawal);
    CHECK(quiet.session_id == m.sessions[0].id);
    const auto mended = closing_repair(quiet, m.repairs);
    REQUIRE(mended.has_value());
    CHECK(strategy_family(mended->strategy) == StrategyFamily::Exploratory);
}
