// tests/store/rules_test.cpp - the shared data rules (util/rules.h) on their
// own, and the store enforcing exactly them (the forms' side of the same
// agreement is in tests/ui/test_form_checks.cpp).
#include "store_test_util.h"

#include "util/rules.h"

using namespace wb::core;
using namespace wb::test;

TEST_CASE("trimming removes ASCII white space at both ends only") {
    CHECK(trimmed("  x y  ") == "x y");
    CHECK(trimmed("\t\r\n\v\fx\n") == "x");
    CHECK(trimmed("   ").empty());
    CHECK(trimmed("") .empty());
    CHECK(trimmed("caf\xc3\xa9 ") == "caf\xc3\xa9");
}

TEST_CASE("plugin ids: one rule for the loader and the store") {
    for (const char* good : {"session_notes", "a1", "a", "x_y_z", "abc123"}) {
        INFO(std::string(good));
        CHECK(is_valid_plugin_id(good));
    }
    for (const char* bad : {"", "Notes", "my-plugin", "a__b", "a_", "wb", "wb_core", "sqlite", "sqlite_x",
                            "a b", "caf\xc3\xa9"}) {
        INFO(std::string(bad));
        CHECK_FALSE(is_valid_plugin_id(bad));
    }
    CHECK(is_valid_plugin_id(std::string(kMaxPluginIdLength, 'a')));
    CHECK_FALSE(is_valid_plugin_id(std::string(kMaxPluginIdLength + 1, 'a')));
    CHECK(is_valid_plugin_id("wbx")); // only "wb" and "wb_*" are the host's

    // The store refuses exactly the invalid ones, and says the rule.
    auto s = Store::open_in_memory();
    auto r = s->migrate_plugin("a__b", {});
    CHECK_FALSE(r.is_ok());
    CHECK(r.message().find(kPluginIdRule) != std::string::npos);
    CHECK(s->migrate_plugin("x_y", {}).is_ok());
}

TEST_CASE("case codes: 1-32 letters, digits, '-', '_' or '.'") {
    CHECK(case_code_problem("FAM-014").empty());
    CHECK(case_code_problem("a.b_c-1").empty());
    CHECK(case_code_problem("  FAM-014 ").empty()); // checked as stored: trimmed
    CHECK(case_code_problem(std::string(kMaxCaseCodeLength, 'A')).empty());
    CHECK_FALSE(case_code_problem(std::string(kMaxCaseCodeLength + 1, 'A')).empty());
    CHECK_FALSE(case_code_problem("").empty());
    CHECK_FALSE(case_code_problem(" \t ").empty());
    CHECK(case_code_problem("Jane Smith").find("no spaces") != std::string::npos);
    CHECK_FALSE(case_code_problem("FAM/014").empty());
    CHECK_FALSE(case_code_problem("caf\xc3\xa9").empty()); // ASCII only: codes are typed everywhere
    CHECK_FALSE(case_code_problem("A\nB").empty());
}

TEST_CASE("case labels: required, up to 120 characters, one line, valid UTF-8") {
    CHECK(case_label_problem("Harbour family").empty());
    CHECK(case_label_problem("Famille \xc3\xa9t\xc3\xa9, north team").empty());
    CHECK(case_label_problem(" x ").empty());
    CHECK(case_label_problem("").find("label") != std::string::npos);
    CHECK_FALSE(case_label_problem("   ").empty());
    CHECK(case_label_problem(std::string(kMaxCaseLabelLength, 'x')).empty());
    CHECK(case_label_problem(std::string(kMaxCaseLabelLength + 1, 'x')).find("120") != std::string::npos);
    // Length counts characters, not bytes: 120 two-byte letters are fine.
    std::string accented;
    for (size_t i = 0; i < kMaxCaseLabelLength; ++i) accented += "\xc3\xa9";
    CHECK(case_label_problem(accented).empty());
    CHECK_FALSE(case_label_problem(accented + "\xc3\xa9").empty());
    CHECK_FALSE(case_label_problem("two\nlines").empty());
    CHECK_FALSE(case_label_problem("tab\there").empty());
    CHECK(case_label_problem("caf\xe9").find("UTF-8") != std::string::npos); // Latin-1 byte
    CHECK_FALSE(case_label_problem("\xc0\xaf").empty());                    // overlong '/'
    CHECK_FALSE(case_label_problem("\xed\xa0\x80").empty());                // a surrogate
    CHECK_FALSE(case_label_problem("x\xc3").empty());                       // cut short
    CHECK(case_label_problem("\xf0\x9f\x98\x80 ok").empty());                // 4-byte emoji
}

TEST_CASE("supervisee: optional, up to 80 characters, one line") {
    CHECK(supervisee_problem("").empty());
    CHECK(supervisee_problem("Practitioner A").empty());
    CHECK(supervisee_problem(std::string(kMaxSuperviseeLength, 'p')).empty());
    CHECK_FALSE(supervisee_problem(std::string(kMaxSuperviseeLength + 1, 'p')).empty());
    CHECK_FALSE(supervisee_problem("a\nb").empty());
    CHECK_FALSE(supervisee_problem("\xff").empty());
}

TEST_CASE("session dates: a real YYYY-MM-DD day from 1900 on; the future is a separate rule") {
    for (const char* good : {"2024-02-29", "2000-02-29", "1900-01-01", "9999-12-31", " 2024-01-02 "}) {
        INFO(std::string(good));
        CHECK(session_date_problem(good).empty());
    }
    for (const char* bad : {"", "2024-13-01", "2024-02-30", "2023-02-29", "1900-02-29", "2024-04-31", "24-1-1",
                            "2024/01/01", "2024-01-1x", "2024-00-10", "2024-01-00", "1899-12-31", "+024-01-01"}) {
        INFO(std::string(bad));
        CHECK_FALSE(session_date_problem(bad).empty());
    }
    CHECK(session_date_future_problem("2024-06-15", "2024-06-15").empty());
    CHECK(session_date_future_problem("2024-06-14", "2024-06-15").empty());
    CHECK(session_date_future_problem("2024-06-16", "2024-06-15").find("future") != std::string::npos);
}

TEST_CASE("the store enforces the shared rules and stores trimmed values") {
    auto s = Store::open_in_memory();
    // Codes and labels the store used to take but the forms refused.
    CHECK(s->create_case("Jane Smith", "Label").message() == case_code_problem("Jane Smith"));
    CHECK(s->create_case(std::string(33, 'A'), "Label").message() == case_code_problem(std::string(33, 'A')));
    CHECK(s->create_case("FAM-1", std::string(121, 'x')).message() == case_label_problem(std::string(121, 'x')));
    CHECK(s->create_case("FAM-1", "").message() == case_label_problem(""));
    CHECK(s->create_case("FAM-1", "line\nbreak").message() == case_label_problem("line\nbreak"));
    CHECK(s->cases(true).empty());

    auto c = s->create_case(" FAM-1\t", "  Harbour family ");
    REQUIRE(c.is_ok());
    CHECK(s->find_case(c.value())->code == "FAM-1");
    CHECK(s->find_case(c.value())->label == "Harbour family");
    CHECK_FALSE(s->rename_case(c.value(), "FAM 1", "x").is_ok());
    CHECK_FALSE(s->rename_case(c.value(), "FAM-1", " ").is_ok());
    CHECK(s->find_case(c.value())->label == "Harbour family");

    CHECK(s->add_session(c.value(), "1899-12-31", "", "").message() == session_date_problem("1899-12-31"));
    CHECK(s->add_session(c.value(), "2024-01-01", std::string(81, 'p'), "").message() ==
          supervisee_problem(std::string(81, 'p')));
    CHECK(s->sessions(c.value()).empty());
    auto ses = s->add_session(c.value(), " 2024-01-01 ", " Practitioner A ", "  notes keep their spaces  ");
    REQUIRE(ses.is_ok());
    auto stored = *s->find_session(ses.value());
    CHECK(stored.date == "2024-01-01");
    CHECK(stored.supervisee == "Practitioner A");
    CHECK(stored.notes == "  notes keep their spaces  ");
    stored.date = "2024-02-03 ";
    stored.supervisee = "Practitioner B\n";
    REQUIRE(s->update_session(stored).is_ok());
    CHECK(s->find_session(ses.value())->date == "2024-02-03");
    CHECK(s->find_session(ses.value())->supervisee == "Practitioner B");
    stored.supervisee = "two\nlines";
    CHECK_FALSE(s->update_session(stored).is_ok());
}
