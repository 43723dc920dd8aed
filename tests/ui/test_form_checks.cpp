// tests/ui/test_form_checks.cpp - the case and session form checks, on
// their own (no ImGui).
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

TEST_CASE("case codes are short pseudonyms without spaces") {
    CHECK(check_case_code("FAM-014").empty());
    CHECK(check_case_code("a.b_c-1").empty());
    CHECK_FALSE(check_case_code("").empty());
    CHECK_FALSE(check_case_code("   ").empty());
    CHECK_FALSE(check_case_code("Jane Smith").empty());
    CHECK_FALSE(check_case_code(std::string(33, 'A')).empty());
    CHECK(check_case_label("").empty());
    CHECK_FALSE(check_case_label(std::string(81, 'x')).empty());
    CHECK(trimmed("  x y  ") == "x y");
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
