// ws_template.cpp - enum names, lookups and the validation rules for
// worksheet templates (see ws_template.h). Every rule reports the JSON path
// of the offending value, so the same message serves an imported file and a
// template being edited.
#include "ws_template.h"

#include <array>
#include <set>
#include <string>

namespace worksheets {

namespace {

constexpr std::array<std::string_view, 2> kAudienceKeys = {"practitioner", "family"};
constexpr std::array<std::string_view, kFieldTypeCount> kFieldTypeKeys = {
    "line", "text", "choice", "multi", "scale", "checklist", "date", "figure"};
constexpr std::array<std::string_view, kFigureCount> kFigureKeys = {
    "ingredients", "spiral", "activities", "learning_domains"};

template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::string_view, N>& keys, std::string_view key) {
    for (std::size_t i = 0; i < N; ++i)
        if (keys[i] == key) return static_cast<E>(i);
    return std::nullopt;
}

bool valid_id(std::string_view id) {
    if (id.empty() || char_count(id) > static_cast<std::size_t>(limits::kIdChars)) return false;
    if (id.front() < 'a' || id.front() > 'z') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

bool blank(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
}

// Control characters could hide text or break a one-line label; long texts
// may keep line breaks and tabs.
bool has_control(std::string_view s, bool allow_breaks) {
    for (unsigned char c : s) {
        if (allow_breaks && (c == '\n' || c == '\t' || c == '\r')) continue;
        if (c < 0x20 || c == 0x7F) return true;
    }
    return false;
}

// Collects the first problem found; each check returns false once one is.
class Checker {
public:
    std::optional<TemplateError> error;

    bool fail(std::string path, std::string problem) {
        if (!error) error = TemplateError{std::move(problem), std::move(path)};
        return false;
    }

    bool id(const std::string& path, const std::string& value) {
        if (valid_id(value)) return true;
        return fail(path, quoted(value) + " is not a valid id: use 1 to " + std::to_string(limits::kIdChars) +
                              " lower-case letters, digits or '_', starting with a letter");
    }

    // A short one-line text: title, label, option, item.
    bool line(const std::string& path, const std::string& value, bool may_be_empty = false) {
        if (!may_be_empty && blank(value)) return fail(path, "must not be empty");
        if (char_count(value) > static_cast<std::size_t>(limits::kTitleChars))
            return fail(path, "is too long (" + std::to_string(char_count(value)) + " characters; at most " +
                                  std::to_string(limits::kTitleChars) + ")");
        if (has_control(value, false)) return fail(path, "contains a control character (such as a line break)");
        return true;
    }

    // A longer text: purpose, intro, help.
    bool text(const std::string& path, const std::string& value, bool may_be_empty) {
        if (!may_be_empty && blank(value)) return fail(path, "must not be empty");
        if (char_count(value) > static_cast<std::size_t>(limits::kTextChars))
            return fail(path, "is too long (" + std::to_string(char_count(value)) + " characters; at most " +
                                  std::to_string(limits::kTextChars) + ")");
        if (has_control(value, true)) return fail(path, "contains a control character");
        return true;
    }

    // Options of a choice or multi field, items of a checklist.
    bool choices(const std::string& path, const std::vector<std::string>& list, int min, const char* what) {
        if (static_cast<int>(list.size()) < min)
            return fail(path, std::string("needs at least ") + std::to_string(min) + " " + what + " (it has " +
                                  std::to_string(list.size()) + ")");
        if (static_cast<int>(list.size()) > limits::kOptions)
            return fail(path, std::string("has too many ") + what + " (" + std::to_string(list.size()) +
                                  "; at most " + std::to_string(limits::kOptions) + ")");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string at = path + "[" + std::to_string(i) + "]";
            if (!line(at, list[i])) return false;
            if (!seen.insert(list[i]).second) return fail(at, quoted(list[i]) + " appears twice");
        }
        return true;
    }

    // A value in quotes for a message. (Built by appending: GCC 12 gives a
    // false -Wrestrict warning for "'" + std::string.)
    static std::string quoted(const std::string& value) {
        std::string out = "'";
        out += shown(value);
        out += '\'';
        return out;
    }

    // At most 40 characters of a hostile value go back into a message.
    static std::string shown(const std::string& value) {
        std::string out;
        for (unsigned char c : value) {
            if (out.size() >= 40) return out + "...";
            out += (c < 0x20 || c == 0x7F) ? '?' : static_cast<char>(c);
        }
        return out;
    }
};

void check_field(Checker& c, const Field& f, const std::string& at) {
    if (!c.line(at + ".label", f.label)) return;
    if (!c.text(at + ".help", f.help, true)) return;
    switch (f.type) {
    case FieldType::Line:
        if (f.max_length < 0 || f.max_length > limits::kMaxLength)
            c.fail(at + ".max_length", "must be between 1 and " + std::to_string(limits::kMaxLength));
        break;
    case FieldType::Choice:
    case FieldType::Multi: c.choices(at + ".options", f.options, 2, "options"); break;
    case FieldType::Checklist: c.choices(at + ".items", f.items, 1, "items"); break;
    case FieldType::Scale:
        if (c.line(at + ".low_label", f.low_label, true)) c.line(at + ".high_label", f.high_label, true);
        break;
    case FieldType::Figure: {
        if (f.notes.empty()) {
            c.fail(at + ".notes", "needs at least one place to write beside the figure");
            break;
        }
        if (static_cast<int>(f.notes.size()) > limits::kNotes) {
            c.fail(at + ".notes", "has too many notes (" + std::to_string(f.notes.size()) + "; at most " +
                                      std::to_string(limits::kNotes) + ")");
            break;
        }
        std::set<std::string> ids;
        for (std::size_t i = 0; i < f.notes.size(); ++i) {
            const std::string n = at + ".notes[" + std::to_string(i) + "]";
            if (!c.id(n + ".id", f.notes[i].id)) return;
            if (!ids.insert(f.notes[i].id).second)
                return void(c.fail(n + ".id", "the note id '" + f.notes[i].id + "' is used twice in this figure"));
            if (!c.line(n + ".label", f.notes[i].label)) return;
        }
        break;
    }
    case FieldType::Text:
    case FieldType::Date: break;
    }
}

} // namespace

std::string_view audience_key(Audience a) { return kAudienceKeys[static_cast<std::size_t>(a)]; }
std::string_view field_type_key(FieldType t) { return kFieldTypeKeys[static_cast<std::size_t>(t)]; }
std::string_view figure_key(Figure f) { return kFigureKeys[static_cast<std::size_t>(f)]; }
std::optional<Audience> audience_from_key(std::string_view key) { return lookup<Audience>(kAudienceKeys, key); }
std::optional<FieldType> field_type_from_key(std::string_view key) { return lookup<FieldType>(kFieldTypeKeys, key); }
std::optional<Figure> figure_from_key(std::string_view key) { return lookup<Figure>(kFigureKeys, key); }

std::size_t char_count(std::string_view utf8) {
    std::size_t n = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

const Field* Template::find_field(std::string_view field_id) const {
    for (const Section& s : sections)
        for (const Field& f : s.fields)
            if (f.id == field_id) return &f;
    return nullptr;
}

int Template::field_count() const {
    int n = 0;
    for (const Section& s : sections) n += static_cast<int>(s.fields.size());
    return n;
}

std::string TemplateError::message() const {
    std::string where;
    if (line > 0) where = "line " + std::to_string(line) + ", column " + std::to_string(column);
    if (!path.empty()) where += (where.empty() ? "" : ", ") + path;
    return where.empty() ? problem : where + ": " + problem;
}

std::optional<TemplateError> validate(const Template& t) {
    Checker c;
    if (t.schema < 1 || t.schema > kSchemaVersion)
        return TemplateError{"this workbench reads template schema " + std::to_string(kSchemaVersion) +
                                 ", not " + std::to_string(t.schema),
                             "schema"};
    if (!c.id("id", t.id)) return c.error;
    if (t.version < 1 || t.version > limits::kVersion)
        return TemplateError{"must be a whole number from 1 to " + std::to_string(limits::kVersion), "version"};
    if (!t.topic.empty() && !c.id("topic", t.topic)) return c.error;
    if (!c.line("title", t.title) || !c.text("purpose", t.purpose, false)) return c.error;

    if (t.sections.empty()) return TemplateError{"a template needs at least one section", "sections"};
    if (static_cast<int>(t.sections.size()) > limits::kSections)
        return TemplateError{"too many sections (" + std::to_string(t.sections.size()) + "; at most " +
                                 std::to_string(limits::kSections) + ")",
                             "sections"};

    std::set<std::string> section_ids, field_ids;
    int fields = 0;
    for (std::size_t si = 0; si < t.sections.size(); ++si) {
        const Section& s = t.sections[si];
        const std::string sp = "sections[" + std::to_string(si) + "]";
        if (!c.id(sp + ".id", s.id)) return c.error;
        if (!section_ids.insert(s.id).second)
            return TemplateError{"the section id '" + s.id + "' is used twice", sp + ".id"};
        if (!c.line(sp + ".title", s.title) || !c.text(sp + ".intro", s.intro, true)) return c.error;
        if (s.fields.empty()) return TemplateError{"a section needs at least one field", sp + ".fields"};
        for (std::size_t fi = 0; fi < s.fields.size(); ++fi) {
            const Field& f = s.fields[fi];
            const std::string fp = sp + ".fields[" + std::to_string(fi) + "]";
            if (++fields > limits::kFields)
                return TemplateError{"too many fields: a template may have at most " +
                                         std::to_string(limits::kFields),
                                     fp};
            if (!c.id(fp + ".id", f.id)) return c.error;
            if (!field_ids.insert(f.id).second)
                return TemplateError{"the field id '" + f.id + "' is used twice (field ids must be unique "
                                     "across all sections)",
                                     fp + ".id"};
            check_field(c, f, fp);
            if (c.error) return c.error;
        }
    }
    return std::nullopt;
}

} // namespace worksheets
