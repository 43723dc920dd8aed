// core/util/rules.h - the data rules every layer shares: what a plugin id,
// a case code, a case label, a supervisee label and a session date may be,
// and how typed text is trimmed.
//
// Why one module: the store enforces these rules (every caller, including
// the command line and tests, gets the same answer) and the forms check them
// as people type (so the message appears under the field). When the two
// kept their own copies they drifted apart, and the form accepted what the
// store then refused. Both now call these functions, and the messages come
// from here too.
//
// Each *_problem function returns "" when the value is fine, otherwise one
// short sentence saying what to change. It looks at trimmed(value), which is
// also what gets stored. No message ever quotes a label or a supervisee (they
// may hold personal details); only a case code or a date is quoted back.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace wb::core {

// ---- Trimming --------------------------------------------------------------

// `s` without ASCII white space (space, tab, CR, LF, VT, FF) at either end.
// Inner spaces stay. Every stored code, label, supervisee and date is trimmed.
std::string trimmed(std::string_view s);

// Whether `s` is well-formed UTF-8 (no overlong forms, no surrogates,
// nothing above U+10FFFF). Text we store or write to JSON must be.
bool is_valid_utf8(std::string_view s);

// ---- Plugin ids ------------------------------------------------------------

// A plugin id names its tables "<id>__*", so it must not be able to reach
// into another plugin's or the host's names: 1-64 of [a-z0-9_], no "__",
// not ending in "_" ("a_" would own "a___x", which is also "a__*"), and not
// reserved: "wb", "wb_*" (the host's tables) or "sqlite*" (SQLite's own).
inline constexpr std::size_t kMaxPluginIdLength = 64;
bool is_valid_plugin_id(std::string_view id);
// The rule above in words, for messages ("use ...").
inline constexpr const char* kPluginIdRule =
    "use 1-64 of a-z, 0-9 and '_', with no '__', no trailing '_', and not 'wb', 'wb_...' or 'sqlite...'";

// ---- Cases -----------------------------------------------------------------

// A case code is a short pseudonym such as "FAM-014": 1-32 ASCII letters,
// digits, '-', '_' or '.'. No spaces: a code with spaces starts to look like
// a person's name, and codes are typed in searches and file names. Codes
// are unique ignoring letter case (the store checks that part).
inline constexpr std::size_t kMaxCaseCodeLength = 32;
std::string case_code_problem(std::string_view code);

// A case label is the required display name of a case ("Harbour family"),
// never a real name: 1-120 characters (Unicode code points of valid UTF-8)
// after trimming, on one line (no tabs or control characters).
inline constexpr std::size_t kMaxCaseLabelLength = 120;
std::string case_label_problem(std::string_view label);

// ---- Sessions --------------------------------------------------------------

// Who was supervised, as a role or pseudonym ("Practitioner A"): optional,
// at most 80 characters of valid UTF-8, on one line.
inline constexpr std::size_t kMaxSuperviseeLength = 80;
std::string supervisee_problem(std::string_view supervisee);

// A session date: a real calendar day written YYYY-MM-DD, year 1900-9999.
//
// "Not in the future" is deliberately NOT part of this rule: it depends on
// the local clock and time zone, and a store rule that did would make a
// session dated "today" on one machine uneditable on another that is still
// in yesterday. The forms add it on top (session_date_future_problem), where
// the person typing and the clock are in the same place.
std::string session_date_problem(std::string_view date);

// "" if `date` (already valid) is not after `today`; both YYYY-MM-DD.
std::string session_date_future_problem(std::string_view date, std::string_view today);

} // namespace wb::core
