// prompt_tests.cpp - the supervisor prompt rules on plain data (no store):
// each rule has a case that fires it and one that does not, plus the time
// order of trajectories and the input checks.
#include "cz_prompts.h"
#include "cz_plain_data.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace challenge_zones;

namespace {

using cz_test::at;
using cz_test::make;

// Every aspect challenged once by the helper, so that rule stays quiet.
std::vector<Challenge> all_aspects() {
    std::vector<Challenge> out;
    for (int a = 0; a < kAspectCount; ++a) out.push_back(make(a + 1, static_cast<Aspect>(a)));
    return out;
}

bool has(const std::vector<Prompt>& prompts, PromptRule rule) {
    return std::any_of(prompts.begin(), prompts.end(), [&](const Prompt& p) { return p.rule == rule; });
}

const Prompt& get(const std::vector<Prompt>& prompts, PromptRule rule) {
    return *std::find_if(prompts.begin(), prompts.end(), [&](const Prompt& p) { return p.rule == rule; });
}

const std::vector<std::string> kSessions{"2024-02-01", "2024-01-01", "2024-03-01", "2024-04-01"};

} // namespace

TEST_CASE("no challenge at all: fires on an empty plan, not once there is one") {
    const std::vector<Challenge> none;
    const std::vector<Placement> no_places;
    const auto fired = supervisor_prompts({none, no_places, kSessions, 3});
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].rule == PromptRule::NoChallenge);
    CHECK_FALSE(fired[0].text.empty());

    const std::vector<Challenge> one{make(1, Aspect::Safety)};
    CHECK_FALSE(has(supervisor_prompts({one, no_places, kSessions, 3}), PromptRule::NoChallenge));
}

TEST_CASE("staying comfortable: fires when every open challenge sat in nice/comfort for the last N sessions") {
    const std::vector<Challenge> plan = all_aspects();
    // Challenge 1 in comfort since January, challenge 2 nice since February.
    std::vector<Placement> places{at(1, 1, "2024-01-01", Zone::Comfort), at(2, 2, "2024-02-01", Zone::Nice)};
    const auto fired = supervisor_prompts({plan, places, kSessions, 3});
    REQUIRE(has(fired, PromptRule::StayingComfortable));
    CHECK(get(fired, PromptRule::StayingComfortable).text.find("3 sessions") != std::string::npos);

    // A move into the optimal zone within those sessions silences it.
    places.push_back(at(3, 1, "2024-03-01", Zone::Optimal));
    CHECK_FALSE(has(supervisor_prompts({plan, places, kSessions, 3}), PromptRule::StayingComfortable));

    // Optimal before the last N sessions, then pulled back: it fires again.
    const std::vector<Placement> pulled_back{at(1, 1, "2023-12-01", Zone::Optimal), at(2, 1, "2024-01-15", Zone::Comfort)};
    CHECK(has(supervisor_prompts({plan, pulled_back, kSessions, 3}), PromptRule::StayingComfortable));
    // With N = 4 the December placement is still in view at the first session.
    const std::vector<std::string> four{"2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"};
    CHECK_FALSE(has(supervisor_prompts({plan, pulled_back, four, 4}), PromptRule::StayingComfortable));
    // Fewer sessions than N: too early to say.
    CHECK_FALSE(has(supervisor_prompts({plan, places, {"2024-04-01"}, 3}), PromptRule::StayingComfortable));
    // Nothing placed at all: nothing to say about zones.
    CHECK_FALSE(has(supervisor_prompts({plan, {}, kSessions, 3}), PromptRule::StayingComfortable));
}

TEST_CASE("overwhelmed: fires for two active challenges whose latest zone is overwhelming, not for one") {
    std::vector<Challenge> plan = all_aspects();
    std::vector<Placement> places{at(1, 1, "2024-01-01", Zone::Overwhelming), at(2, 2, "2024-01-02", Zone::Overwhelming)};
    auto fired = supervisor_prompts({plan, places, kSessions, 3});
    REQUIRE(has(fired, PromptRule::Overwhelmed));
    CHECK(get(fired, PromptRule::Overwhelmed).challenge_ids == std::vector<int64_t>{1, 2});

    // One of them pulled back to comfort later: only one left, no prompt.
    places.push_back(at(3, 2, "2024-02-01", Zone::Comfort));
    CHECK_FALSE(has(supervisor_prompts({plan, places, kSessions, 3}), PromptRule::Overwhelmed));
    // Two overwhelming, but one is paused (not active): no prompt.
    places.pop_back();
    plan[1].status = Status::Paused;
    CHECK_FALSE(has(supervisor_prompts({plan, places, kSessions, 3}), PromptRule::Overwhelmed));
}

TEST_CASE("no why: fires for an open challenge without why it matters, not when every one says") {
    std::vector<Challenge> plan = all_aspects();
    CHECK_FALSE(has(supervisor_prompts({plan, {}, kSessions, 3}), PromptRule::NoWhy));
    plan[3].why_it_matters = "   ";
    const auto fired = supervisor_prompts({plan, {}, kSessions, 3});
    REQUIRE(has(fired, PromptRule::NoWhy));
    CHECK(get(fired, PromptRule::NoWhy).challenge_ids == std::vector<int64_t>{4});
    // A dropped challenge no longer needs one.
    plan[3].status = Status::Dropped;
    CHECK_FALSE(has(supervisor_prompts({plan, {}, kSessions, 3}), PromptRule::NoWhy));
}

TEST_CASE("aspect untouched: names the aspects never challenged by the helper, quiet when all are") {
    CHECK_FALSE(has(supervisor_prompts({all_aspects(), {}, kSessions, 3}), PromptRule::AspectUntouched));

    std::vector<Challenge> plan = all_aspects();
    plan.pop_back(); // no partnership challenge from the helper
    // A challenge from the parent about the partnership does not count.
    Challenge from_parent = make(99, Aspect::Partnership);
    from_parent.direction = Direction::ParentToHelper;
    plan.push_back(from_parent);
    const auto fired = supervisor_prompts({plan, {}, kSessions, 3});
    REQUIRE(has(fired, PromptRule::AspectUntouched));
    const std::string& text = get(fired, PromptRule::AspectUntouched).text;
    CHECK(text.find("the partnership itself") != std::string::npos);
    CHECK(text.find("safety") == std::string::npos);
}

TEST_CASE("a trajectory is its placements in time order, same-day ones in the order recorded") {
    const std::vector<Placement> all{at(5, 1, "2024-03-01", Zone::Optimal), at(2, 2, "2024-01-01", Zone::Nice),
                                     at(9, 1, "2024-01-10", Zone::Comfort), at(7, 1, "2024-03-01", Zone::Overwhelming),
                                     at(3, 1, "2024-02-01", Zone::Overwhelming)};
    const auto path = trajectory(all, 1);
    REQUIRE(path.size() == 4);
    CHECK(path[0].id == 9);
    CHECK(path[1].id == 3);
    CHECK(path[2].id == 5);
    CHECK(path[3].id == 7);
    CHECK(latest_placement(all, 1)->id == 7);
    CHECK(latest_placement(all, 1, "2024-02-15")->id == 3);
    CHECK_FALSE(latest_placement(all, 1, "2023-12-31").has_value());
}

TEST_CASE("checks: a placement needs a zone; a review date cannot come before creation") {
    Placement p = at(0, 1, "2024-01-01", Zone::Comfort);
    CHECK_FALSE(validate(p).has_value());
    p.zone.reset();
    REQUIRE(validate(p).has_value());
    CHECK(validate(p)->find("zone") != std::string::npos);

    Challenge c = make(0, Aspect::Safety);
    c.created = "2024-03-10";
    c.review_date = "2024-03-10";
    CHECK_FALSE(validate(c).has_value());
    c.review_date = "2024-03-09";
    REQUIRE(validate(c).has_value());
    CHECK(validate(c)->find("before") != std::string::npos);
    c.review_date = "2024-02-30";
    CHECK(validate(c).has_value());
    c.review_date = "";
    c.description = "  ";
    CHECK(validate(c).has_value());
}

TEST_CASE("a review is overdue only when its date has passed on an open challenge") {
    Challenge c = make(1, Aspect::Safety);
    c.review_date = "2024-05-01";
    CHECK(review_overdue(c, "2024-05-02"));
    CHECK_FALSE(review_overdue(c, "2024-05-01"));
    c.status = Status::Achieved;
    CHECK_FALSE(review_overdue(c, "2024-05-02"));
}
