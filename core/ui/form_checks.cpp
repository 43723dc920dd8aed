// core/ui/form_checks.cpp - validation for the case and session forms.
#include "ui/form_checks.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace wb::core {

std::string today_iso() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

std::string trimmed(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

std::string check_session_date(std::string_view date, std::string_view today) {
    const std::string d = trimmed(date);
    if (d.empty()) return "Please enter the session date (YYYY-MM-DD).";
    bool shape = d.size() == 10 && d[4] == '-' && d[7] == '-';
    for (size_t i = 0; shape && i < d.size(); ++i)
        if (i != 4 && i != 7 && !std::isdigit(static_cast<unsigned char>(d[i]))) shape = false;
    if (!shape) return "Use the form YYYY-MM-DD, for example 2024-03-18.";
    const int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)),
              day = std::stoi(d.substr(8, 2));
    const std::chrono::year_month_day ymd{std::chrono::year{y},
                                          std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok() || y < 1900) return "That is not a date in the calendar.";
    // Both are zero-padded ISO dates, so text order is date order.
    if (d > today) return "The date is in the future; sessions are recorded after they happen.";
    return {};
}

std::string check_case_code(std::string_view code) {
    const std::string c = trimmed(code);
    if (c.empty()) return "Please enter a case code, for example FAM-014.";
    if (c.size() > 32) return "Keep the code to 32 characters or fewer.";
    for (char ch : c) {
        const auto u = static_cast<unsigned char>(ch);
        if (!(std::isalnum(u) || ch == '-' || ch == '_' || ch == '.'))
            return "Use letters, digits, '-', '_' or '.' only (no spaces).";
    }
    return {};
}

std::string check_case_label(std::string_view label) {
    if (trimmed(label).size() > 80) return "Keep the label to 80 characters or fewer.";
    return {};
}

std::string check_supervisee(std::string_view supervisee) {
    if (trimmed(supervisee).size() > 80) return "Keep this to 80 characters or fewer.";
    return {};
}

} // namespace wb::core
