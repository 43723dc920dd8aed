// types_tests.cpp - the rules on plain data (no store): input checks (empty
// description, future dates, a repair before its rupture), the status
// rules (repaired needs a repair action, a first repair makes an open
// rupture repairing), time-to-repair, age and the N-days flag, the
// low-alliance flag, and reading settings. Each rule has a case that fires
// it and one that does not.
#include "rr_types.h"

#include <doctest/doctest.h>

using namespace rupture_repair;

namespace {

Rupture make(int64_t id, const char* date, Status status = Status::Open) {
    Rupture r;
    r.id = id;
    r.case_id = 1;
    r.date = date;
    r.description = "Went quiet";
    r.status = status;
    if (status == Status::Repaired) r.resolution = Resolution::Fully;
    return r;
}

RepairAction fix(int64_t id, int64_t rupture, const char* date) {
    RepairAction a;
    a.id = id;
    a.rupture_id = rupture;
    a.date = date;
    return a;
}

} // namespace

TEST_CASE("a rupture needs a description and a real date not in the future") {
    Rupture r = make(0, "2024-03-01");
    CHECK_FALSE(validate(r, "2024-06-01").has_value());

    r.description = "   \n";
    const auto empty = validate(r, "2024-06-01");
    REQUIRE(empty.has_value());
    CHECK(empty->find("Describe") != std::string::npos);

    r = make(0, "2024-07-01");
    const auto future = validate(r, "2024-06-01");
    REQUIRE(future.has_value());
    CHECK(future->find("future") != std::string::npos);
    CHECK_FALSE(validate(make(0, "2024-06-01"), "2024-06-01").has_value()); // today is fine

    CHECK(validate(make(0, "01/03/2024"), "2024-06-01").has_value());
    r = make(0, "2024-03-01");
    r.salience = 6;
    CHECK(validate(r, "2024-06-01").has_value());
    r.salience = 1;
    r.sub_markers = 1 << kMaxSubMarkers; // a sign that does not exist
    CHECK(validate(r, "2024-06-01").has_value());
}

TEST_CASE("a repair cannot come before its rupture, nor in the future") {
    const auto before = validate(fix(0, 1, "2024-02-28"), "2024-03-01", "2024-06-01");
    REQUIRE(before.has_value());
    CHECK(before->find("before the rupture") != std::string::npos);
    CHECK_FALSE(validate(fix(0, 1, "2024-03-01"), "2024-03-01", "2024-06-01").has_value()); // the same day
    CHECK_FALSE(validate(fix(0, 1, "2024-04-10"), "2024-03-01", "2024-06-01").has_value());
    CHECK(validate(fix(0, 1, "2024-06-02"), "2024-03-01", "2024-06-01").has_value());
}

TEST_CASE("status rules: repaired needs a repair action and a degree; open means none yet") {
    const auto no_repair = check_status(Status::Repaired, Resolution::Fully, 0);
    REQUIRE(no_repair.has_value());
    CHECK(no_repair->find("at least one repair") != std::string::npos);
    CHECK_FALSE(check_status(Status::Repaired, Resolution::Fully, 1).has_value());
    CHECK_FALSE(check_status(Status::Repaired, Resolution::Partly, 2).has_value());
    CHECK(check_status(Status::Repaired, Resolution::None, 1).has_value());

    CHECK(check_status(Status::Repairing, Resolution::None, 0).has_value());
    CHECK_FALSE(check_status(Status::Repairing, Resolution::None, 1).has_value());
    CHECK(check_status(Status::Open, Resolution::None, 1).has_value());
    CHECK_FALSE(check_status(Status::Open, Resolution::None, 0).has_value());
    CHECK_FALSE(check_status(Status::NotResolved, Resolution::None, 0).has_value());
    CHECK(check_status(Status::NotResolved, Resolution::Fully, 1).has_value());
}

TEST_CASE("a first repair moves an open rupture to repairing; removing the last one reopens it") {
    CHECK(status_after_repair_added(Status::Open) == Status::Repairing);
    CHECK(status_after_repair_added(Status::Repairing) == Status::Repairing);
    CHECK(status_after_repair_removed(Status::Repairing, 0) == Status::Open);
    CHECK(status_after_repair_removed(Status::Repaired, 0) == Status::Open);
    CHECK(status_after_repair_removed(Status::Repaired, 1) == Status::Repaired);
    CHECK(status_after_repair_removed(Status::NotResolved, 0) == Status::NotResolved);
}

TEST_CASE("time-to-repair: days from the rupture to its latest repair, only once repaired") {
    const std::vector<RepairAction> repairs = {fix(1, 7, "2024-03-01"), fix(2, 7, "2024-03-15"),
                                               fix(3, 8, "2024-03-30")};
    Rupture r = make(7, "2024-02-28", Status::Repaired);
    CHECK(time_to_repair(r, repairs) == std::optional<int>(16)); // 2024 is a leap year
    REQUIRE(closing_repair(r, repairs).has_value());
    CHECK(closing_repair(r, repairs)->id == 2);

    r.status = Status::Repairing;
    CHECK_FALSE(time_to_repair(r, repairs).has_value());
    Rupture same_day = make(8, "2024-03-30", Status::Repaired);
    CHECK(time_to_repair(same_day, repairs) == std::optional<int>(0));
    CHECK_FALSE(time_to_repair(make(9, "2024-03-30", Status::Repaired), repairs).has_value());
}

TEST_CASE("age and the unrepaired-for-more-than-N-days flag") {
    const Rupture r = make(1, "2024-05-01");
    CHECK(age_days(r, "2024-05-16") == 15);
    CHECK(unrepaired_too_long(r, "2024-05-16", 14));
    CHECK_FALSE(unrepaired_too_long(r, "2024-05-15", 14)); // exactly 14 is not more than 14
    CHECK_FALSE(unrepaired_too_long(r, "2024-05-16", 15));
    CHECK(unrepaired_too_long(make(1, "2024-05-01", Status::Repairing), "2024-06-01", 14));
    CHECK_FALSE(unrepaired_too_long(make(1, "2024-05-01", Status::Repaired), "2024-06-01", 14));
    CHECK_FALSE(unrepaired_too_long(make(1, "2024-05-01", Status::NotResolved), "2024-06-01", 14));
}

TEST_CASE("the low-alliance flag fires below the threshold and not at or above it") {
    AllianceCheck c;
    c.session_id = 3;
    c.ratings[0] = 6, c.ratings[1] = 5, c.ratings[2] = 6, c.ratings[3] = 6;
    CHECK(c.total() == 23);
    CHECK(alliance_low(c, 24));
    CHECK_FALSE(alliance_low(c, 23));
    CHECK_FALSE(alliance_low(c, 20));
    CHECK_FALSE(validate(c).has_value());
    c.ratings[2] = 11;
    CHECK(validate(c).has_value());
    c.ratings[2] = 6;
    c.session_id = 0;
    CHECK(validate(c).has_value());
}

TEST_CASE("settings read as whole numbers in range, otherwise the default") {
    CHECK(setting_int("21", 1, 365, 14) == 21);
    CHECK(setting_int(" 7 ", 1, 365, 14) == 7);
    CHECK(setting_int("", 1, 365, 14) == 14);
    CHECK(setting_int("abc", 1, 365, 14) == 14);
    CHECK(setting_int("0", 1, 365, 14) == 14);
    CHECK(setting_int("12x", 1, 365, 14) == 14);
}

TEST_CASE("labels are ours and the sub-markers follow the kind") {
    CHECK(std::string(sub_marker_label(MarkerKind::Withdrawal, 0)) == "Short or minimal answers");
    CHECK(std::string(sub_marker_label(MarkerKind::Confrontation, 2)) == "Turning down a suggestion");
    CHECK(sub_marker_summary(MarkerKind::Withdrawal, 1 | 4) ==
          "short or minimal answers; going along without really agreeing");
    CHECK(strain_summary(StrainTasks | StrainBond) == "tasks, bond");
    CHECK(strategy_family(Strategy::ClearUpMisunderstanding) == StrategyFamily::Immediate);
    CHECK(strategy_family(Strategy::InviteTalk) == StrategyFamily::Exploratory);
    CHECK(days_before("2024-03-01", 1) == "2024-02-29");
}
