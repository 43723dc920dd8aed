// core/ui/form_checks.h - checks on what people type into the case and
// session forms, kept apart from ImGui so they are tested on their own.
//
// Each returns an empty string when the input is fine, otherwise one short
// sentence that says what to change; the form shows it under the field.
#pragma once

#include <string>
#include <string_view>

namespace wb::core {

// Today's local date as YYYY-MM-DD.
std::string today_iso();

// A real calendar date in YYYY-MM-DD form, not after `today` (YYYY-MM-DD).
std::string check_session_date(std::string_view date, std::string_view today);

// A case code: 1-32 characters, letters, digits, '-', '_' or '.', no spaces.
// Codes are pseudonyms: the form reminds people never to use a real name.
std::string check_case_code(std::string_view code);

// A display label: at most 80 characters (it may be empty).
std::string check_case_label(std::string_view label);

// A supervisee/practitioner label: at most 80 characters.
std::string check_supervisee(std::string_view supervisee);

// Trims spaces at both ends (what we store).
std::string trimmed(std::string_view s);

} // namespace wb::core
