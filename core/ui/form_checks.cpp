// core/ui/form_checks.cpp - validation for the case and session forms: the
// shared rules (util/rules.h) plus the form-only "not in the future" date rule.
#include "ui/form_checks.h"

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

std::string check_session_date(std::string_view date, std::string_view today) {
    if (auto e = session_date_problem(date); !e.empty()) return e;
    return session_date_future_problem(date, today);
}

std::string check_case_code(std::string_view code) { return case_code_problem(code); }

std::string check_case_label(std::string_view label) { return case_label_problem(label); }

std::string check_supervisee(std::string_view supervisee) { return supervisee_problem(supervisee); }

} // namespace wb::core
