// tests/ui/test_form_checks.cpp - the case and session form checks, on
// their own (no ImGui), and that they agree with what the store accepts.
#include "store/store.h"
#include "ui/form_checks.h"
#include "ui/theme.h"

#include <doctest/doctest.h>

using namespace wb::core;

TEST_CASE("session dates must be real YYYY-MM-DD dates, not in the future") {
    const std::string today = "2024-06-15";
    CHECK(check_session_date("2024-06-15", today).empty());
    CHECK(check_session_date("2024-02-29", today).empty()); // leap year
    CHECK(check_session_date(" 2024-01-02 ", today).empty());
    CHECK_FALSE(check_session_date("", today).empty());
    CHECK_FALSE(check_session_date("15/06/2024", today).empty());
    CHECK_FALSE(check_session_date("2024-6-15", today).empty());
    CHECK_FALSE(check_session_date("2023-02-29", today).empty());
    CHECK_FALSE(check_session_date("2024-13-01", today).empty());
    CHECK_FALSE(check_session_date("2024-04-31", today).empty());
    CHECK(check_session_date("2024-06-16", today).find("future") != std::string::npos);
}

TEST_CASE("today_iso is a valid date that is not in the future") {
    const std::string t = today_iso();
    CHECK(t.size() == 10);
    CHECK(check_session_date(t, t).empty());
}

TEST_CASE("case codes are short pseudonyms without spaces; labels are required") {
    CHECK(check_case_code("FAM-014").empty());
    CHECK(check_case_code("a.b_c-1").empty());
    CHECK_FALSE(check_case_code("").empty());
    CHECK_FALSE(check_case_code("   ").empty());
    CHECK_FALSE(check_case_code("Jane Smith").empty());
    CHECK_FALSE(check_case_code(std::string(33, 'A')).empty());
    CHECK(check_case_label("Harbour family").empty());
    CHECK_FALSE(check_case_label("").empty()); // required, as the store requires it
    CHECK_FALSE(check_case_label("  ").empty());
    CHECK(check_case_label(std::string(120, 'x')).empty());
    CHECK_FALSE(check_case_label(std::string(121, 'x')).empty());
    CHECK(check_supervisee(std::string(80, 'x')).empty());
    CHECK_FALSE(check_supervisee(std::string(81, 'x')).empty());
    CHECK(trimmed("  x y  ") == "x y");
}

// The forms and the store use one set of rules (util/rules.h): whatever a
// form accepts the store stores, and whatever it refuses the store refuses
// with the same sentence. Only "not in the future" is the form's own.
TEST_CASE("the forms and the store agree on every case and session field") {
    const std::string long_code(33, 'A'), max_code(32, 'B'), long_label(121, 'x'), max_label(120, 'y');
    const std::string codes[] = {"FAM-014", "", "   ", "Jane Smith", long_code, max_code, "a.b_c-1", "FAM/1",
                                 "caf\xc3\xa9", " PAD-1 "};
    const std::string labels[] = {"Harbour family", "", "  ", long_label, max_label, "two\nlines", "caf\xe9"};
    for (const auto& code : codes) {
        for (const auto& label : labels) {
            INFO("code '" << code << "' label '" << label << "'");
            const std::string form_error =
                !check_case_code(code).empty() ? check_case_code(code) : check_case_label(label);
            auto fresh = Store::open_in_memory(); // so "already exists" never decides
            auto created = fresh->create_case(code, label);
            CHECK(created.is_ok() == form_error.empty());
            if (!form_error.empty()) CHECK(created.message() == form_error);
        }
    }
    auto store = Store::open_in_memory();
    auto c = store->create_case("SES-1", "Sessions");
    REQUIRE(c.is_ok());
    const std::string today = "2024-06-15";
    const std::string dates[] = {"2024-06-15", "2024-02-29", "2023-02-29", "", "15/06/2024", "1899-12-31",
                                 " 2024-01-02 ", "2024-04-31"};
    const std::string supervisees[] = {"", "Practitioner A", std::string(80, 'p'), std::string(81, 'p'), "a\nb"};
    for (const auto& date : dates) {
        for (const auto& who : supervisees) {
            INFO("date '" << date << "' supervisee '" << who << "'");
            const std::string form_error =
                !check_session_date(date, today).empty() ? check_session_date(date, today) : check_supervisee(who);
            auto added = store->add_session(c.value(), date, who, "");
            CHECK(added.is_ok() == form_error.empty());
            if (!form_error.empty()) CHECK(added.message() == form_error);
        }
    }
    // The one rule only the form holds: the store takes a future date.
    CHECK_FALSE(check_session_date("2024-06-16", today).empty());
    CHECK(store->add_session(c.value(), "2024-06-16", "", "").is_ok());
}

TEST_CASE("the palettes carry the Okabe-Ito set and differ between themes") {
    const wb_palette light = make_palette(false), dark = make_palette(true);
    CHECK(light.struct_size == sizeof(wb_palette));
    CHECK(light.dark == 0);
    CHECK(dark.dark == 1);
    CHECK(light.background != dark.background);
    // Okabe-Ito orange #E69F00 and sky blue #56B4E9, packed as 0xAABBGGRR.
    CHECK(light.categorical[0] == 0xFF009FE6u);
    CHECK(light.categorical[1] == 0xFFE9B456u);
    CHECK(dark.categorical[0] == light.categorical[0]);
    // Light text on dark background and the other way round.
    auto luma = [](uint32_t c) { return (c & 0xFF) + ((c >> 8) & 0xFF) + ((c >> 16) & 0xFF); };
    CHECK(luma(light.text) < luma(light.background));
    CHECK(luma(dark.text) > luma(dark.background));
    CHECK(clamp_ui_scale(10.0f) == kMaxUiScale);
    CHECK(clamp_ui_scale(0.1f) == kMinUiScale);
}
