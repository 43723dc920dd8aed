// workbench/util.hpp - small header-only helpers plugin authors keep
// needing: calendar dates as the store keeps them, trimming, and mixing
// palette colours. Plain C++ (no ImGui), so a plugin's model can use them
// in tests without a window; like plugin.hpp it compiles into the plugin
// and nothing here crosses the ABI. ImGui helpers are in workbench/ui.hpp.
#pragma once

#include <chrono>
#include <cstdint>
#include <ctime>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace wb::util {

// True for a real calendar date written YYYY-MM-DD (year 1900 or later),
// the form every date in the store takes.
inline bool valid_date(std::string_view d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (d[i] < '0' || d[i] > '9') return false;
    auto num = [&](size_t at, size_t n) {
        int v = 0;
        for (size_t i = at; i < at + n; ++i) v = v * 10 + (d[i] - '0');
        return v;
    };
    const int y = num(0, 4);
    return y >= 1900 && std::chrono::year_month_day(std::chrono::year(y),
                                                    std::chrono::month(static_cast<unsigned>(num(5, 2))),
                                                    std::chrono::day(static_cast<unsigned>(num(8, 2))))
                            .ok();
}

// Today's local date as YYYY-MM-DD. YYYY-MM-DD strings compare correctly
// as text, so `date > today_local()` means "in the future".
inline std::string today_local() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// Days since 1970-01-01 of a YYYY-MM-DD date; nothing for an invalid one.
// Whole-day arithmetic (ages, "N days overdue") without time zones.
inline std::optional<int> day_number(std::string_view date) {
    if (!valid_date(date)) return std::nullopt;
    auto num = [&](size_t at, size_t n) {
        int v = 0;
        for (size_t i = at; i < at + n; ++i) v = v * 10 + (date[i] - '0');
        return v;
    };
    const std::chrono::year_month_day ymd{std::chrono::year{num(0, 4)},
                                          std::chrono::month{static_cast<unsigned>(num(5, 2))},
                                          std::chrono::day{static_cast<unsigned>(num(8, 2))}};
    return static_cast<int>(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

// The YYYY-MM-DD date of a day number (the inverse of day_number).
inline std::string date_of_day(int day) {
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{day}}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

// `date` minus `count` days (today itself if `date` is not a date): demo
// data is written relative to today so it always looks recent.
inline std::string days_before(const std::string& date, int count) {
    const auto day = day_number(date);
    return day ? date_of_day(*day - count) : date;
}

// Whole days from `from` to `to` (negative when `to` is earlier); nothing
// when either is not a date.
inline std::optional<int> days_between(std::string_view from, std::string_view to) {
    const auto a = day_number(from), b = day_number(to);
    if (!a || !b) return std::nullopt;
    return *b - *a;
}

// `text` without ASCII white space at either end.
inline std::string trimmed(std::string_view text) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

// The same palette colour (0xAABBGGRR) at another opacity.
inline uint32_t with_alpha(uint32_t packed, uint8_t alpha) {
    return (packed & 0x00FFFFFFu) | (static_cast<uint32_t>(alpha) << 24);
}

// a + (b - a) * t per colour channel; the alpha of a.
inline uint32_t mix(uint32_t a, uint32_t b, float t) {
    uint32_t out = a & 0xFF000000u;
    for (int shift = 0; shift < 24; shift += 8) {
        const float ca = static_cast<float>((a >> shift) & 0xFF), cb = static_cast<float>((b >> shift) & 0xFF);
        out |= static_cast<uint32_t>(ca + (cb - ca) * t + 0.5f) << shift;
    }
    return out;
}

} // namespace wb::util
