// ws_answers.h - what has been written in a worksheet, as plain data: one
// answer per field id, the template version it was filled against, and the
// answers "set aside" because the template no longer has their field.
//
// Also how complete a worksheet is, and how answers follow a template to a
// newer version: an answer whose field still exists with the same type is
// kept; any other is set aside (shown read-only), never dropped.
#pragma once

#include "ws_template.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace worksheets {

// The value an answer holds, by field type:
//   line, text, date      -> std::string (a date as YYYY-MM-DD)
//   choice                -> int, the index of the chosen option
//   scale                 -> int, 0 to 10
//   multi, checklist      -> std::set<int>, indexes of the ticked options/items
//   figure                -> std::map<note id, text>
using NoteTexts = std::map<std::string, std::string>;
using AnswerValue = std::variant<std::string, int, std::set<int>, NoteTexts>;

struct Answer {
    FieldType type = FieldType::Line;  // the field's type when answered
    std::string label;                 // the field's label then, to show a set-aside answer
    AnswerValue value;
    bool operator==(const Answer&) const = default;
};

// An answer kept aside on opening the worksheet against a newer template.
struct SetAside {
    std::string field_id;
    int from_version = 0;  // the template version it was written against
    std::string reason;    // why, in plain words
    Answer answer;
    bool operator==(const SetAside&) const = default;
};

struct Answers {
    std::string template_id;
    int template_version = 0;
    std::map<std::string, Answer> values;  // by field id
    std::vector<SetAside> set_aside;       // oldest first
    bool operator==(const Answers&) const = default;

    // Records an answer for `field`, its type and label included. False
    // (nothing changed) when the value's kind does not fit the field type.
    bool set(const Field& field, AnswerValue value);
    const Answer* find(std::string_view field_id) const;
};

// True when `value` is the kind of value a field of type `t` holds and is in
// range for `field` (a choice index among its options, a scale 0-10, ...).
bool fits(const Field& field, const AnswerValue& value);

// True when the answer says something (not blank, something ticked, ...).
bool is_answered(const Field& field, const Answer& answer);

struct Completion {
    int required = 0;           // required fields in the template
    int required_answered = 0;
    int fields = 0;             // all fields
    int answered = 0;           // all answered fields
    bool complete() const { return required_answered == required; }
};
Completion completion(const Template& t, const Answers& a);

// Opens answers written against an older (or the same) version of `t`:
// answers whose field still exists with the same type (and, for choices,
// an option index still in range) are kept; the rest move to set_aside
// with a reason. Figure notes whose place is gone are set aside on their
// own. template_version becomes t.version.
Answers migrate(const Template& t, Answers a);

// JSON text as kept in the store. answers_from_json never throws: it gives
// the answers or a message saying what is wrong and where.
std::string to_json(const Answers& a);

struct AnswersResult {
    std::optional<Answers> value;
    std::string error;
    bool ok() const { return value.has_value(); }
};
AnswersResult answers_from_json(std::string_view json) noexcept;

} // namespace worksheets
