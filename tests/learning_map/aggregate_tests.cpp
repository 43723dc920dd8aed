// aggregate_tests.cpp - the learning map's rules on plain data: the checks
// evidence and ratings must pass; per-domain counts, "new this session" and
// recency relative to the viewed session; history as of a session (later
// sessions left out, same-day sessions kept); priorities switched on and
// off over time; the ratings in force; fill and ring strengths; the story
// captions; the demo families; and the map's geometry and hit tests.
#include "lm_aggregate.h"
#include "lm_demo.h"
#include "lm_scene.h"
#include "lm_types.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

using namespace learning_map;

namespace {

Evidence note(int64_t id, int64_t session, const char* date, Domain d, const char* text = "Seen") {
    Evidence e;
    e.id = id;
    e.case_id = 1;
    e.session_id = session;
    e.domain = d;
    e.note = text;
    e.date = date;
    return e;
}

PriorityChange change(int64_t session, const char* date, Domain d, bool on) {
    PriorityChange p;
    p.case_id = 1;
    p.session_id = session;
    p.domain = d;
    p.on = on;
    p.date = date;
    return p;
}

ConditionRatings rated(int64_t session, const char* date, int parent_trust) {
    ConditionRatings r;
    r.case_id = 1;
    r.session_id = session;
    r.date = date;
    r.set(Rater::Parent, Condition::Trust, parent_trust);
    return r;
}

// Four sessions: 1 Jan, 1 Feb, 1 Feb (same day), 1 Jun.
CaseData four_sessions() {
    CaseData d;
    d.sessions = {{10, "2024-01-01"}, {11, "2024-02-01"}, {12, "2024-02-01"}, {13, "2024-06-01"}};
    return d;
}

} // namespace

TEST_CASE("evidence needs a session and a note with words in it, under the size limit") {
    Evidence e = note(0, 10, "", Domain::Me, "Said she was proud");
    CHECK_FALSE(validate(e));
    e.note = "   \n ";
    REQUIRE(validate(e));
    CHECK(validate(e)->find("Describe") != std::string::npos);
    e.note = std::string(kMaxTextBytes + 1, 'x');
    CHECK(validate(e)->find("too long") != std::string::npos);
    e.note = "Fine";
    e.session_id = 0;
    CHECK(validate(e)->find("session") != std::string::npos);
    e.session_id = 10;
    e.domain = static_cast<Domain>(7);
    CHECK(validate(e)->find("domain") != std::string::npos);
}

TEST_CASE("ratings: each value 0 to 4 or unrated, at least one rated, and a session") {
    ConditionRatings r = rated(10, "", 0);
    CHECK_FALSE(validate(r)); // 0 is a rating ("not there yet"), not "unrated"
    r.set(Rater::Helper, Condition::Openness, 4);
    CHECK_FALSE(validate(r));
    r.set(Rater::Helper, Condition::Openness, 5);
    REQUIRE(validate(r));
    CHECK(validate(r)->find("Helper's Openness") != std::string::npos);
    r.set(Rater::Helper, Condition::Openness, -1);
    CHECK(validate(r)->find("0 to 4") != std::string::npos);
    ConditionRatings none;
    none.session_id = 10;
    CHECK_FALSE(none.any_rated());
    CHECK(validate(none)->find("at least one") != std::string::npos);
    ConditionRatings no_session = rated(0, "", 2);
    CHECK(validate(no_session)->find("session") != std::string::npos);
    CHECK(std::string(rating_label(0)) == "not there yet");
    CHECK(std::string(rating_label(4)) == "strong and steady");
}

TEST_CASE("per domain: counts, new in this session, and days since the last sign relative to the viewed session") {
    CaseData d = four_sessions();
    d.evidence = {note(1, 10, "2024-01-01", Domain::GettingHelp), note(2, 11, "2024-02-01", Domain::GettingHelp),
                  note(3, 11, "2024-02-01", Domain::MyChild), note(4, 13, "2024-06-01", Domain::MyChild),
                  note(5, 13, "2024-06-01", Domain::MyChild)};
    const MapState last = map_as_of(d, 3);
    CHECK(last.session_index == 3);
    CHECK(last.session_id == 13);
    CHECK(last.total == 5);
    CHECK(last.at(Domain::GettingHelp).count == 2);
    CHECK(last.at(Domain::GettingHelp).in_session == 0);
    CHECK(last.at(Domain::GettingHelp).last_date == "2024-02-01");
    CHECK(last.at(Domain::GettingHelp).days_since == std::optional<int>(121)); // 1 Feb to 1 Jun 2024
    CHECK(recency_of(last.at(Domain::GettingHelp)) == Recency::LongAgo);
    CHECK(last.at(Domain::MyChild).count == 3);
    CHECK(last.at(Domain::MyChild).in_session == 2);
    CHECK(last.at(Domain::MyChild).days_since == std::optional<int>(0));
    CHECK(recency_of(last.at(Domain::MyChild)) == Recency::ThisSession);
    CHECK(last.at(Domain::Me).count == 0);
    CHECK_FALSE(last.at(Domain::Me).days_since.has_value());
    CHECK(recency_of(last.at(Domain::Me)) == Recency::None);
}

TEST_CASE("history as of a session leaves later sessions out and keeps sessions of the same day") {
    CaseData d = four_sessions();
    d.evidence = {note(1, 10, "2024-01-01", Domain::Parenting), note(2, 12, "2024-02-01", Domain::Parenting),
                  note(3, 13, "2024-06-01", Domain::Parenting)};
    const MapState first = map_as_of(d, 0);
    CHECK(first.date == "2024-01-01");
    CHECK(first.total == 1);
    CHECK(first.at(Domain::Parenting).count == 1);
    CHECK(first.at(Domain::Parenting).days_since == std::optional<int>(0));
    // Session index 1 (1 Feb): the other 1 Feb session's note counts, but it
    // is not "new in this session" (it belongs to the other one).
    const MapState second = map_as_of(d, 1);
    CHECK(second.at(Domain::Parenting).count == 2);
    CHECK(second.at(Domain::Parenting).in_session == 0);
    CHECK(second.at(Domain::Parenting).days_since == std::optional<int>(0));
    const MapState third = map_as_of(d, 2);
    CHECK(third.at(Domain::Parenting).in_session == 1);
    // Out of range: the latest.
    CHECK(map_as_of(d, 99).session_index == 3);
    CHECK(map_as_of(d, -1).total == 3);
    CHECK(map_as_of(CaseData{}, 0).session_index == -1);
    CHECK(session_index_of(d, 12) == 2);
    CHECK(session_index_of(d, 99) == -1);
}

TEST_CASE("recency bands: this session, five weeks, three months, longer") {
    DomainState s;
    s.count = 1;
    s.days_since = 0;
    CHECK(recency_of(s) == Recency::ThisSession);
    s.days_since = 1;
    CHECK(recency_of(s) == Recency::Recent);
    s.days_since = kRecentDays;
    CHECK(recency_of(s) == Recency::Recent);
    s.days_since = kRecentDays + 1;
    CHECK(recency_of(s) == Recency::AWhileAgo);
    s.days_since = kAWhileDays;
    CHECK(recency_of(s) == Recency::AWhileAgo);
    s.days_since = kAWhileDays + 1;
    CHECK(recency_of(s) == Recency::LongAgo);
    // The ring fades band by band.
    CHECK(recency_strength(Recency::ThisSession) > recency_strength(Recency::Recent));
    CHECK(recency_strength(Recency::Recent) > recency_strength(Recency::AWhileAgo));
    CHECK(recency_strength(Recency::AWhileAgo) > recency_strength(Recency::LongAgo));
    CHECK(recency_strength(Recency::LongAgo) > recency_strength(Recency::None));
}

TEST_CASE("fill strength: none is empty, one shows, more deepens, six or more is full") {
    CHECK(fill_strength(0) == 0.0f);
    CHECK(fill_strength(1) == doctest::Approx(0.3f));
    CHECK(fill_strength(2) > fill_strength(1));
    CHECK(fill_strength(kFullCount) == doctest::Approx(1.0f));
    CHECK(fill_strength(kFullCount + 10) == doctest::Approx(1.0f));
}

TEST_CASE("a priority holds from the session it was switched on until a later change") {
    CaseData d = four_sessions();
    d.priorities = {change(10, "2024-01-01", Domain::Me, true), change(13, "2024-06-01", Domain::Me, false),
                    change(11, "2024-02-01", Domain::MyFamily, true)};
    // The list is in time order, as the model loads it.
    std::sort(d.priorities.begin(), d.priorities.end(),
              [](const PriorityChange& a, const PriorityChange& b) { return a.date < b.date; });
    CHECK(map_as_of(d, 0).at(Domain::Me).priority);
    CHECK(map_as_of(d, 0).at(Domain::Me).priority_since == "2024-01-01");
    CHECK_FALSE(map_as_of(d, 0).at(Domain::MyFamily).priority);
    CHECK(map_as_of(d, 1).at(Domain::MyFamily).priority);
    CHECK(map_as_of(d, 2).at(Domain::Me).priority);
    CHECK_FALSE(map_as_of(d, 3).at(Domain::Me).priority);
    CHECK(map_as_of(d, 3).at(Domain::Me).priority_since.empty());
    CHECK(map_as_of(d, 3).at(Domain::MyFamily).priority);
}

TEST_CASE("the ratings in force are the latest on or before the viewed session") {
    CaseData d = four_sessions();
    d.ratings = {rated(10, "2024-01-01", 1), rated(13, "2024-06-01", 3)};
    const MapState a = map_as_of(d, 0);
    REQUIRE(a.ratings);
    CHECK(a.ratings_current);
    CHECK(a.ratings->at(Rater::Parent, Condition::Trust) == std::optional<int>(1));
    const MapState b = map_as_of(d, 2);
    REQUIRE(b.ratings);
    CHECK_FALSE(b.ratings_current); // carried over from January
    CHECK(b.ratings->date == "2024-01-01");
    const MapState c = map_as_of(d, 3);
    CHECK(c.ratings->at(Rater::Parent, Condition::Trust) == std::optional<int>(3));
    CHECK(c.ratings_current);
}

TEST_CASE("story captions say what changed in each session, in fixed words only") {
    CaseData d = four_sessions();
    d.evidence = {note(1, 10, "2024-01-01", Domain::GettingHelp, "SECRET-A"),
                  note(2, 11, "2024-02-01", Domain::GettingHelp, "SECRET-B"),
                  note(3, 11, "2024-02-01", Domain::Me, "SECRET-C")};
    d.priorities = {change(12, "2024-02-01", Domain::MyFamily, true)};
    d.ratings = {rated(10, "2024-01-01", 1), rated(13, "2024-06-01", 3)};
    CHECK(story_caption(d, 0) == "Session 1: first signs under 'Getting help'");
    CHECK(story_caption(d, 1) == "Session 2: first signs under 'Me'; the family chose 'My family'");
    // Session 3 is the same day as 2: nothing new compared with it.
    CHECK(story_caption(d, 2) == "Session 3: no new signs recorded");
    CHECK(story_caption(d, 3) == "Session 4: trust, acceptance and openness grow");
    CHECK(story_caption(d, 99) == story_caption(d, 3));
    CHECK(story_caption(CaseData{}, 0) == "No sessions yet");
    for (int i = 0; i < 4; ++i) CHECK(story_caption(d, i).find("SECRET") == std::string::npos);
}

TEST_CASE("the demo families: every note marked fictional, ratings rising, each family its own story") {
    std::vector<SessionRef> six;
    for (int i = 0; i < 6; ++i) six.push_back({100 + i, "2024-0" + std::to_string(i + 1) + "-01"});
    std::set<std::string> first_notes;
    for (std::string_view key : kDemoFamilies) {
        INFO(key);
        const DemoData demo = demo_data(key, 7, six);
        REQUIRE(demo.evidence.size() >= 8);
        CHECK(demo.priorities.size() >= 3);
        REQUIRE(demo.ratings.size() >= 5);
        std::set<int> domains;
        for (const Evidence& e : demo.evidence) {
            CHECK(e.note.rfind("Fictional demo:", 0) == 0);
            CHECK_FALSE(validate(e));
            CHECK(e.case_id == 7);
            domains.insert(static_cast<int>(e.domain));
        }
        CHECK(domains.size() == static_cast<std::size_t>(kDomainCount)); // every domain shows something
        auto total = [](const ConditionRatings& r) {
            int t = 0;
            for (const auto& row : r.value)
                for (const auto& v : row) t += v.value_or(0);
            return t;
        };
        for (const ConditionRatings& r : demo.ratings) CHECK_FALSE(validate(r));
        CHECK(total(demo.ratings.front()) < total(demo.ratings.back()));
        first_notes.insert(demo.evidence.front().note);
    }
    CHECK(first_notes.size() == 3);
    // Unknown or empty keys get the rivers family.
    CHECK(demo_data("", 7, six).evidence.front().note == demo_data("rivers", 7, six).evidence.front().note);
    CHECK(demo_data("lighthouse", 7, six).evidence.size() == demo_data("rivers", 7, six).evidence.size());
    // Rows for sessions the case does not have are left out.
    const std::vector<SessionRef> two(six.begin(), six.begin() + 2);
    for (const Evidence& e : demo_data("rivers", 7, two).evidence) CHECK((e.session_id == 100 || e.session_id == 101));
    CHECK(demo_data("rivers", 7, {}).evidence.empty());
}

TEST_CASE("the map's geometry: seven nodes on a ring inside the region, hit tests at their centres") {
    // About DejaVu Sans's widths (the scene's own rules are in scene_tests.cpp).
    const MeasureText measure = [](const char* text, float px, bool bold) {
        return static_cast<float>(std::string(text).size()) * 0.52f * px * (bold ? 1.1f : 1.0f);
    };
    MapScene s;
    SceneInputs in;
    in.width = 900;
    in.height = 700;
    build_scene(s, in, measure);
    REQUIRE(s.built);
    for (int k = 0; k < kDomainCount; ++k) {
        const Pt n = s.node[static_cast<std::size_t>(k)];
        CHECK(n.x - s.node_r >= 0);
        CHECK(n.x + s.node_r <= in.width);
        CHECK(n.y - s.node_r >= 0);
        CHECK(n.y + s.node_r <= s.legend_top);
        CHECK(std::hypot(n.x - s.centre.x, n.y - s.centre.y) == doctest::Approx(s.ring_r));
        CHECK(domain_at(s, n) == k);
    }
    // Getting help sits at the top, and its name above it.
    CHECK(s.node[0].y < s.centre.y);
    CHECK(s.label_at[0] == MapScene::LabelAt::Above);
    CHECK(s.label_at[1] == MapScene::LabelAt::Right);
    // The bottom two: under their nodes, or beside them (outward) when
    // that leaves the map larger.
    CHECK((s.label_at[3] == MapScene::LabelAt::Below || s.label_at[3] == MapScene::LabelAt::Right));
    CHECK(s.label_at[6] == MapScene::LabelAt::Left);
    // Room for the side names: each one's box is clear of its node and
    // inside the region.
    for (int k : {1, 2}) CHECK(s.label_box[static_cast<std::size_t>(k)].x0 >= s.node[static_cast<std::size_t>(k)].x + s.node_r);
    for (int k : {5, 6}) CHECK(s.label_box[static_cast<std::size_t>(k)].x1 <= s.node[static_cast<std::size_t>(k)].x - s.node_r);
    for (const Rect& b : s.label_box) {
        CHECK(b.x0 >= 0);
        CHECK(b.x1 <= in.width);
    }
    // The conditions: in the middle, clear of the nodes.
    for (int k = 0; k < kConditionCount; ++k) {
        const Pt c = s.cond[static_cast<std::size_t>(k)];
        CHECK(std::hypot(c.x - s.centre.x, c.y - s.centre.y) + s.cond_r < s.ring_r - s.node_r);
        CHECK(condition_at(s, c) == k);
        CHECK(domain_at(s, c) == -1);
    }
    CHECK(domain_at(s, Pt{2, 2}) == -1);
    CHECK(condition_at(s, Pt{2, 2}) == -1);
    // The family view is larger; a tiny region still gives a usable map.
    MapScene fam;
    in.family = true;
    build_scene(fam, in, measure);
    CHECK(fam.label_font > s.label_font);
    MapScene tiny;
    build_scene(tiny, SceneInputs{100, 80, 13, 1, false}, measure);
    CHECK(tiny.node_r > 0);
    CHECK(tiny.ring_r > tiny.node_r);
}
