// core/ui/form_checks.h - checks on what people type into the case and
// session forms, kept apart from ImGui so they are tested on their own.
//
// The rules themselves live in util/rules.h, shared with the store, so a
// form never accepts what the store would refuse (or the other way round).
// The only rule added here is the form's own: a session date may not be in
// the future by this machine's clock (see rules.h for why the store does not
// hold that one).
//
// Each returns an empty string when the input is fine, otherwise one short
// sentence that says what to change; the form shows it under the field.
#pragma once

#include "util/rules.h" // trimmed(), the limits and the shared rules

#include <string>
#include <string_view>

namespace wb::core {

// Today's local date as YYYY-MM-DD.
std::string today_iso();

// A real calendar date in YYYY-MM-DD form (session_date_problem), not after
// `today` (YYYY-MM-DD).
std::string check_session_date(std::string_view date, std::string_view today);

// A case code: case_code_problem (1-32 of letters, digits, '-', '_', '.').
// Codes are pseudonyms: the form reminds people never to use a real name.
std::string check_case_code(std::string_view code);

// A display label: case_label_problem (required, at most 120 characters).
std::string check_case_label(std::string_view label);

// A supervisee/practitioner label: supervisee_problem (at most 80 characters).
std::string check_supervisee(std::string_view supervisee);

} // namespace wb::core
