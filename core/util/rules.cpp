// core/util/rules.cpp - the shared data rules (see rules.h for the rules and
// why the store and the forms both call them).
#include "util/rules.h"

#include <chrono>
#include <optional>

namespace wb::core {

namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

// The number of code points in valid UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or nothing if `s` is not valid.
std::optional<std::size_t> utf8_length(std::string_view s) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++count) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        char32_t cp = 0, min = 0;
        if (b < 0x80) {
            ++i;
            continue;
        } else if ((b & 0xE0) == 0xC0) {
            extra = 1, cp = b & 0x1F, min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            extra = 2, cp = b & 0x0F, min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            extra = 3, cp = b & 0x07, min = 0x10000;
        } else {
            return std::nullopt;
        }
        if (i + extra >= s.size()) return std::nullopt; // cut short
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) return std::nullopt;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
        i += extra + 1;
    }
    return count;
}

bool has_control_char(std::string_view s) {
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) return true;
    }
    return false;
}

// The shared part of the label-like rules: valid UTF-8, one line, not too
// long. `what` starts the sentence ("The label", "The supervisee").
std::string one_line_text_problem(const std::string& text, std::size_t max, const char* what) {
    const auto length = utf8_length(text);
    if (!length)
        return std::string(what) + " contains characters that could not be read (not valid UTF-8); please retype it.";
    if (has_control_char(text)) return std::string(what) + " must be one line, without tabs or control characters.";
    if (*length > max) return std::string(what) + " is too long; keep it to " + std::to_string(max) + " characters or fewer.";
    return {};
}

} // namespace

std::string trimmed(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && is_ascii_space(s[b])) ++b;
    while (e > b && is_ascii_space(s[e - 1])) --e;
    return std::string(s.substr(b, e - b));
}

bool is_valid_utf8(std::string_view s) { return utf8_length(s).has_value(); }

bool is_valid_plugin_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxPluginIdLength) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    if (id.back() == '_' || id.find("__") != std::string_view::npos) return false;
    if (id == "wb" || id.starts_with("wb_") || id.starts_with("sqlite")) return false;
    return true;
}

std::string case_code_problem(std::string_view code_in) {
    const std::string code = trimmed(code_in);
    if (code.empty()) return "Give the case a code, for example FAM-014.";
    for (char c : code) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.';
        if (!ok) return "Use only letters A-Z, digits, '-', '_' or '.' in the case code (no spaces), for example FAM-014.";
    }
    if (code.size() > kMaxCaseCodeLength)
        return "The case code is too long; keep it to " + std::to_string(kMaxCaseCodeLength) + " characters or fewer.";
    return {};
}

std::string case_label_problem(std::string_view label_in) {
    const std::string label = trimmed(label_in);
    if (label.empty()) return "Give the case a display label (never a real name), for example \"Harbour family\".";
    return one_line_text_problem(label, kMaxCaseLabelLength, "The case label");
}

std::string supervisee_problem(std::string_view supervisee) {
    return one_line_text_problem(trimmed(supervisee), kMaxSuperviseeLength, "The supervisee");
}

std::string session_date_problem(std::string_view date_in) {
    const std::string date = trimmed(date_in);
    if (date.empty()) return "Enter the session date as YYYY-MM-DD, for example 2024-03-05.";
    bool shape = date.size() == 10 && date[4] == '-' && date[7] == '-';
    for (std::size_t i = 0; shape && i < date.size(); ++i)
        if (i != 4 && i != 7 && !(date[i] >= '0' && date[i] <= '9')) shape = false;
    if (!shape) return "Write the session date as YYYY-MM-DD, for example 2024-03-05.";
    const int y = std::stoi(date.substr(0, 4));
    const auto m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
    const auto d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
    if (y < 1900) return "Check the year of the session date: " + date + " is before 1900.";
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!ymd.ok()) return "There is no such day as " + date + " in the calendar; check the day and month.";
    return {};
}

std::string session_date_future_problem(std::string_view date, std::string_view today) {
    // Both are zero-padded YYYY-MM-DD, so text order is date order.
    if (trimmed(date) > trimmed(today)) return "The date is in the future; sessions are recorded after they happen.";
    return {};
}

} // namespace wb::core
