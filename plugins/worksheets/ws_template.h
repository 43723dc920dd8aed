// ws_template.h - what a worksheet template is, as plain data: its sections,
// its fields and each field type's settings, the limits every template must
// respect, and validate(), the rules a template must pass before it is used
// or stored (the JSON reader and the future editor both call it).
//
// No ImGui, no host, no JSON here: the model, the tests and the fuzz target
// all use these types alone.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace worksheets {

// The newest template schema this build reads. A file that says a higher
// number was written by a newer workbench and is refused with that message.
inline constexpr int kSchemaVersion = 1;

// Limits against hostile or broken files (checked on every template, so a
// template built in the editor obeys them too). Lengths count characters
// (UTF-8 code points), not bytes.
namespace limits {
inline constexpr std::size_t kFileBytes = 256 * 1024;  // the whole JSON text
inline constexpr int kDepth = 16;                        // nesting of [ and {
inline constexpr int kSections = 50;
inline constexpr int kFields = 300;                      // across all sections
inline constexpr int kOptions = 50;                      // options or checklist items
inline constexpr int kNotes = 20;                        // places to write beside a figure
inline constexpr int kIdChars = 64;
inline constexpr int kTitleChars = 200;                  // titles, labels, options, items
inline constexpr int kTextChars = 4000;                  // purpose, intro, help
inline constexpr int kMaxLength = 10000;                 // the largest max_length a line may ask for
inline constexpr int kVersion = 1000000;
} // namespace limits

enum class Audience { Practitioner, Family };

enum class FieldType { Line, Text, Choice, Multi, Scale, Checklist, Date, Figure };
inline constexpr int kFieldTypeCount = 8;

// The framework diagrams a "figure" field can show.
enum class Figure { Ingredients, Spiral, Activities, LearningDomains };
inline constexpr int kFigureCount = 4;

// The name each enum value has in the JSON files ("line", "family", ...).
std::string_view audience_key(Audience a);
std::string_view field_type_key(FieldType t);
std::string_view figure_key(Figure f);
std::optional<Audience> audience_from_key(std::string_view key);
std::optional<FieldType> field_type_from_key(std::string_view key);
std::optional<Figure> figure_from_key(std::string_view key);

// A place to write beside a figure ("What help is on offer?").
struct FigureNote {
    std::string id;
    std::string label;
    bool operator==(const FigureNote&) const = default;
};

// One field. A flat struct with a type tag rather than a variant: the editor
// can switch a field's type without losing what was typed, and only the
// settings of the current type are checked and written out.
struct Field {
    std::string id;
    FieldType type = FieldType::Line;
    std::string label;
    std::string help;      // optional: "" when absent
    bool required = false;

    int max_length = 0;                 // line: 0 = no limit
    std::vector<std::string> options;   // choice, multi
    std::string low_label, high_label;  // scale: words for 0 and 10, optional
    std::vector<std::string> items;     // checklist
    Figure figure = Figure::Ingredients;  // figure
    std::vector<FigureNote> notes;        // figure

    bool operator==(const Field&) const = default;
};

struct Section {
    std::string id;
    std::string title;
    std::string intro;  // optional
    std::vector<Field> fields;
    bool operator==(const Section&) const = default;
};

struct Template {
    int schema = kSchemaVersion;
    std::string id;
    int version = 1;
    std::string topic;  // optional: the same worksheet for other audiences shares it
    std::string title;
    std::string purpose;
    Audience audience = Audience::Practitioner;
    std::vector<Section> sections;
    bool operator==(const Template&) const = default;

    // The field with this id, or nullptr.
    const Field* find_field(std::string_view field_id) const;
    int field_count() const;
};

// A problem in a template: what is wrong, in plain words, and where. The
// path is in JSON terms ("sections[2].fields[0].options"; "" = the whole
// file); line and column (1-based, 0 = unknown) are set for syntax errors.
struct TemplateError {
    std::string problem;
    std::string path;
    int line = 0;
    int column = 0;

    // One sentence for the user: where, then what.
    std::string message() const;
};

// The rules every template must pass beyond its JSON shape: id format and
// uniqueness, non-empty texts, lengths, counts, options. nullopt = valid.
std::optional<TemplateError> validate(const Template& t);

// Length in characters (UTF-8 code points) - the unit the limits use.
std::size_t char_count(std::string_view utf8);

} // namespace worksheets
