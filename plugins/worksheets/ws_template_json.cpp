// ws_template_json.cpp - the JSON reader and writer for worksheet templates.
//
// Reading happens in three steps, each stopping at the first problem:
//  1. syntax, size, nesting depth and duplicate keys (nlohmann's parser,
//     with a callback that tracks the JSON path as it goes);
//  2. shape: every key known, every value of the right JSON type, required
//     keys present, enum words known, the schema not newer than ours;
//  3. the rules in validate() (ids, lengths, counts, duplicates).
// Hostile text that reaches a message is shortened and stripped of control
// characters, so an error can always be shown safely.
#include "ws_template_json.h"

#include <nlohmann/json.hpp>

#include <climits>
#include <initializer_list>
#include <set>
#include <string>
#include <vector>

namespace worksheets {

namespace {

using json = nlohmann::json;

// Keys a value of this kind may have; anything else is refused.
const std::initializer_list<std::string_view> kTopKeys = {"schema", "id",       "version",  "topic",
                                                          "title",  "purpose", "audience", "sections"};
const std::initializer_list<std::string_view> kSectionKeys = {"id", "title", "intro", "fields"};
const std::initializer_list<std::string_view> kFieldKeys = {"id", "type", "label", "help", "required"};
const std::initializer_list<std::string_view> kNoteKeys = {"id", "label"};

// The settings a field type adds to kFieldKeys.
std::initializer_list<std::string_view> type_keys(FieldType t) {
    static const std::initializer_list<std::string_view> none = {};
    static const std::initializer_list<std::string_view> line = {"max_length"};
    static const std::initializer_list<std::string_view> options = {"options"};
    static const std::initializer_list<std::string_view> scale = {"low_label", "high_label"};
    static const std::initializer_list<std::string_view> items = {"items"};
    static const std::initializer_list<std::string_view> figure = {"figure", "notes"};
    switch (t) {
    case FieldType::Line: return line;
    case FieldType::Choice:
    case FieldType::Multi: return options;
    case FieldType::Scale: return scale;
    case FieldType::Checklist: return items;
    case FieldType::Figure: return figure;
    case FieldType::Text:
    case FieldType::Date: break;
    }
    return none;
}

bool contains(std::initializer_list<std::string_view> keys, std::string_view key) {
    for (std::string_view k : keys)
        if (k == key) return true;
    return false;
}

// Untrusted text made safe for a message: printable ASCII only, shortened.
std::string shown(std::string_view text, std::size_t max = 60) {
    std::string out;
    for (unsigned char c : text) {
        if (out.size() >= max) return out + "...";
        out += (c < 0x20 || c >= 0x7F) ? '?' : static_cast<char>(c);
    }
    return out;
}

bool plain_key(std::string_view key) {
    if (key.empty() || key.size() > 64) return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

// "sections[2]" + "fields" -> "sections[2].fields"; odd keys are quoted.
std::string child(const std::string& path, std::string_view key) {
    std::string k = plain_key(key) ? std::string(key) : "[\"" + shown(key, 30) + "\"]";
    if (k.front() == '[') return path + k;
    return path.empty() ? k : path + "." + k;
}

std::string child(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::string_view kind_of(const json& j) {
    switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "a whole number";
    case json::value_t::number_float: return "a number with a fraction";
    case json::value_t::string: return "text";
    case json::value_t::array: return "a list";
    case json::value_t::object: return "an object";
    default: return "something else";
    }
}

// Step 1 helper: follows the parser's events to know the JSON path of the
// value being read, and records the first duplicate key or over-deep nesting.
// Once a problem is recorded every later value is discarded, so a hostile
// file costs no more memory than it must.
class PathTracker {
public:
    std::optional<TemplateError> error;

    bool operator()(int /*depth*/, json::parse_event_t event, json& parsed) {
        if (error) return false;
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            if (static_cast<int>(frames_.size()) >= limits::kDepth) {
                error = TemplateError{"nested too deeply (more than " + std::to_string(limits::kDepth) +
                                          " levels of lists and objects)",
                                      path()};
                return false;
            }
            frames_.push_back(Frame{event == json::parse_event_t::array_start, 0, {}, {}});
            return true;
        case json::parse_event_t::key: {
            Frame& f = frames_.back();
            f.key = parsed.get<std::string>();
            if (!f.keys.insert(f.key).second) {
                error = TemplateError{"the key '" + shown(f.key, 30) + "' appears twice in the same object", path()};
                return false;
            }
            return true;
        }
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            if (!frames_.empty()) frames_.pop_back();
            element_done();
            return true;
        case json::parse_event_t::value: element_done(); return true;
        }
        return true;
    }

private:
    struct Frame {
        bool array;
        std::size_t index;
        std::string key;
        std::set<std::string> keys;
    };

    void element_done() {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
    }

    std::string path() const {
        std::string p;
        for (const Frame& f : frames_) p = f.array ? child(p, f.index) : child(p, f.key);
        return p;
    }

    std::vector<Frame> frames_;
};

// Where byte `offset` (0-based) of `text` is, as 1-based line and column
// (the column counts characters, so it matches what an editor shows).
std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// Where the token ending at byte `end` begins: the opening quote of a
// string, the first character of a word or number; else `end` itself.
// Errors are found at a token's end, but people look for its start.
// A misspelt literal ("tru ") is reported at the character that broke it.
std::size_t token_start(std::string_view text, std::size_t end, bool broken_literal) {
    if (end >= text.size()) return std::min(end, text.size());
    auto word = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '+' ||
               c == '.';
    };
    if (text[end] == '"') {
        for (std::size_t i = end; i-- > 0;) {
            if (text[i] != '"') continue;
            std::size_t slashes = 0;
            while (slashes < i && text[i - 1 - slashes] == '\\') ++slashes;
            if (slashes % 2 == 0) return i;
        }
        return end;
    }
    std::size_t i = end;
    if (broken_literal && !word(text[i]) && i > 0 && word(text[i - 1])) --i;
    if (word(text[i]))
        while (i > 0 && word(text[i - 1])) --i;
    return i;
}

// nlohmann's message without its own "[json.exception...] parse error at
// line 1, column 2: " prefix (we give the position ourselves).
std::string syntax_problem(const char* what) {
    std::string_view w(what);
    const std::size_t at = w.find("column ");
    if (at != std::string_view::npos) {
        const std::size_t colon = w.find(": ", at);
        if (colon != std::string_view::npos) w.remove_prefix(colon + 2);
    } else if (const std::size_t colon = w.find(": "); colon != std::string_view::npos) {
        w.remove_prefix(colon + 2);
    }
    return "the file is not valid JSON (" + shown(w, 160) + ")";
}

// Step 2: the shape of the parsed JSON, into a Template.
class Reader {
public:
    std::optional<TemplateError> error;

    bool fail(const std::string& path, std::string problem) {
        if (!error) error = TemplateError{std::move(problem), path};
        return false;
    }

    bool object(const json& j, const std::string& path, const char* what) {
        if (j.is_object()) return true;
        return fail(path, std::string("must be ") + what + " (an object in { }), but it is " + std::string(kind_of(j)));
    }

    // Every key of `j` must be in `allowed` (or in `also`, when given).
    bool known_keys(const json& j, const std::string& path, std::initializer_list<std::string_view> allowed,
                    std::initializer_list<std::string_view> also = {}, std::string_view field_type = {}) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (contains(allowed, key) || contains(also, key)) continue;
            if (!field_type.empty() && is_field_setting(key))
                return fail(child(path, key), "'" + key + "' is not used by a '" + std::string(field_type) +
                                                  "' field");
            return fail(child(path, key), "unknown key '" + shown(key, 30) + "'");
        }
        return true;
    }

    const json* member(const json& j, const std::string& path, const char* key, bool required) {
        auto it = j.find(key);
        if (it != j.end()) return &*it;
        if (required) fail(path, std::string("the required key '") + key + "' is missing");
        return nullptr;
    }

    bool string(const json& j, const std::string& path, const char* key, bool required, std::string& out) {
        const json* v = member(j, path, key, required);
        if (!v) return !error;
        if (!v->is_string())
            return fail(child(path, key), "must be text (a string in quotes), but it is " + std::string(kind_of(*v)));
        out = v->get<std::string>();
        return true;
    }

    bool integer(const json& j, const std::string& path, const char* key, bool required, int min, int max,
                 int& out) {
        const json* v = member(j, path, key, required);
        if (!v) return !error;
        const std::string at = child(path, key);
        if (!v->is_number_integer())  // also true for unsigned
            return fail(at, "must be a whole number, but it is " + std::string(kind_of(*v)));
        const bool neg = v->is_number_unsigned() ? false : v->get<long long>() < 0;
        const bool in_range = neg ? v->get<long long>() >= min
                                  : v->get<unsigned long long>() <= static_cast<unsigned long long>(max) &&
                                        static_cast<long long>(v->get<unsigned long long>()) >= min;
        if (!in_range)
            return fail(at, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
        out = static_cast<int>(v->get<long long>());
        return true;
    }

    bool boolean(const json& j, const std::string& path, const char* key, bool& out) {
        const json* v = member(j, path, key, false);
        if (!v) return true;
        if (!v->is_boolean()) return fail(child(path, key), "must be true or false, but it is " + std::string(kind_of(*v)));
        out = v->get<bool>();
        return true;
    }

    // A list, no longer than `max` (so a hostile list is refused before it
    // is copied).
    const json* list(const json& j, const std::string& path, const char* key, int max, const char* what) {
        const json* v = member(j, path, key, true);
        if (!v) return nullptr;
        if (!v->is_array()) {
            fail(child(path, key), "must be a list (in [ ]), but it is " + std::string(kind_of(*v)));
            return nullptr;
        }
        if (v->size() > static_cast<std::size_t>(max)) {
            fail(child(path, key), "has too many " + std::string(what) + " (" + std::to_string(v->size()) +
                                       "; at most " + std::to_string(max) + ")");
            return nullptr;
        }
        return v;
    }

    bool strings(const json& j, const std::string& path, const char* key, int max, const char* what,
                 std::vector<std::string>& out) {
        const json* v = list(j, path, key, max, what);
        if (!v) return false;
        const std::string at = child(path, key);
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& e = (*v)[i];
            if (!e.is_string())
                return fail(child(at, i), "must be text (a string in quotes), but it is " + std::string(kind_of(e)));
            out.push_back(e.get<std::string>());
        }
        return true;
    }

    bool read_template(const json& root, Template& t) {
        if (!object(root, "", "a template")) return false;
        // The schema first: a newer file may use keys this build does not know.
        if (!integer(root, "", "schema", true, 1, INT_MAX, t.schema)) return false;
        if (t.schema > kSchemaVersion)
            return fail("schema", "made with a newer workbench: the file uses template schema " +
                                      std::to_string(t.schema) + ", this workbench reads schema " +
                                      std::to_string(kSchemaVersion));
        if (!known_keys(root, "", kTopKeys)) return false;
        std::string audience;
        if (!string(root, "", "id", true, t.id) || !integer(root, "", "version", true, 1, limits::kVersion, t.version) ||
            !string(root, "", "topic", false, t.topic) || !string(root, "", "title", true, t.title) ||
            !string(root, "", "purpose", true, t.purpose) || !string(root, "", "audience", true, audience))
            return false;
        const auto a = audience_from_key(audience);
        if (!a) return fail("audience", "must be \"practitioner\" or \"family\", not '" + shown(audience, 30) + "'");
        t.audience = *a;
        const json* sections = list(root, "", "sections", limits::kSections, "sections");
        if (!sections) return false;
        for (std::size_t i = 0; i < sections->size(); ++i)
            if (!read_section((*sections)[i], child("sections", i), t.sections.emplace_back())) return false;
        return true;
    }

private:
    static bool is_field_setting(std::string_view key) {
        for (int t = 0; t < kFieldTypeCount; ++t)
            if (contains(type_keys(static_cast<FieldType>(t)), key)) return true;
        return false;
    }

    bool read_section(const json& j, const std::string& path, Section& s) {
        if (!object(j, path, "a section") || !known_keys(j, path, kSectionKeys)) return false;
        if (!string(j, path, "id", true, s.id) || !string(j, path, "title", true, s.title) ||
            !string(j, path, "intro", false, s.intro))
            return false;
        const json* fields = list(j, path, "fields", limits::kFields, "fields");
        if (!fields) return false;
        for (std::size_t i = 0; i < fields->size(); ++i) {
            if (++field_total_ > limits::kFields)
                return fail(child(child(path, "fields"), i),
                            "too many fields: a template may have at most " + std::to_string(limits::kFields));
            if (!read_field((*fields)[i], child(child(path, "fields"), i), s.fields.emplace_back())) return false;
        }
        return true;
    }

    bool read_field(const json& j, const std::string& path, Field& f) {
        if (!object(j, path, "a field")) return false;
        std::string type;
        if (!string(j, path, "type", true, type)) return false;
        const auto t = field_type_from_key(type);
        if (!t)
            return fail(child(path, "type"), "unknown field type '" + shown(type, 30) +
                                                 "' (the types are line, text, choice, multi, scale, checklist, "
                                                 "date and figure)");
        f.type = *t;
        if (!known_keys(j, path, kFieldKeys, type_keys(f.type), field_type_key(f.type))) return false;
        if (!string(j, path, "id", true, f.id) || !string(j, path, "label", true, f.label) ||
            !string(j, path, "help", false, f.help) || !boolean(j, path, "required", f.required))
            return false;
        switch (f.type) {
        case FieldType::Line: return integer(j, path, "max_length", false, 1, limits::kMaxLength, f.max_length);
        case FieldType::Choice:
        case FieldType::Multi: return strings(j, path, "options", limits::kOptions, "options", f.options);
        case FieldType::Checklist: return strings(j, path, "items", limits::kOptions, "items", f.items);
        case FieldType::Scale:
            return string(j, path, "low_label", false, f.low_label) &&
                   string(j, path, "high_label", false, f.high_label);
        case FieldType::Figure: return read_figure(j, path, f);
        case FieldType::Text:
        case FieldType::Date: return true;
        }
        return true;
    }

    bool read_figure(const json& j, const std::string& path, Field& f) {
        std::string figure;
        if (!string(j, path, "figure", true, figure)) return false;
        const auto fig = figure_from_key(figure);
        if (!fig)
            return fail(child(path, "figure"), "unknown figure '" + shown(figure, 30) +
                                                   "' (the figures are ingredients, spiral, activities and "
                                                   "learning_domains)");
        f.figure = *fig;
        const json* notes = list(j, path, "notes", limits::kNotes, "notes");
        if (!notes) return false;
        const std::string at = child(path, "notes");
        for (std::size_t i = 0; i < notes->size(); ++i) {
            const json& n = (*notes)[i];
            const std::string np = child(at, i);
            FigureNote& note = f.notes.emplace_back();
            if (!object(n, np, "a note") || !known_keys(n, np, kNoteKeys) || !string(n, np, "id", true, note.id) ||
                !string(n, np, "label", true, note.label))
                return false;
        }
        return true;
    }

    int field_total_ = 0;
};

ParseResult failure(TemplateError e) {
    ParseResult r;
    r.error = std::move(e);
    return r;
}

} // namespace

ParseResult parse_template(std::string_view text) noexcept {
    try {
        if (text.size() > limits::kFileBytes)
            return failure({"the file is too large (" + std::to_string(text.size() / 1024) +
                                " KiB; a template may be at most " + std::to_string(limits::kFileBytes / 1024) +
                                " KiB)",
                            ""});

        PathTracker tracker;
        json root;
        try {
            root = json::parse(text.begin(), text.end(), std::ref(tracker), true, false);
        } catch (const json::parse_error& e) {
            // e.byte counts the characters read, the offending one included;
            // point at the start of the token that ends there.
            const std::size_t last = e.byte > 0 ? e.byte - 1 : 0;
            const auto [line, column] = line_column(
                text, token_start(text, last, std::string_view(e.what()).find("invalid literal") != std::string_view::npos));
            return failure({syntax_problem(e.what()), "", line, column});
        }
        if (tracker.error) return failure(*tracker.error);
        if (root.is_discarded()) return failure({"the file could not be read as JSON", ""});

        Reader reader;
        Template t;
        if (!reader.read_template(root, t)) return failure(*reader.error);
        if (auto problem = validate(t)) return failure(*problem);
        return ParseResult{std::move(t), {}};
    } catch (const std::bad_alloc&) {
        return failure({"the file could not be read: not enough memory", ""});
    } catch (const std::exception& e) {
        return failure({std::string("the file could not be read (") + shown(e.what(), 160) + ")", ""});
    } catch (...) {
        return failure({"the file could not be read", ""});
    }
}

std::string to_json(const Template& t) {
    using ojson = nlohmann::ordered_json;
    ojson root;
    root["schema"] = t.schema;
    root["id"] = t.id;
    root["version"] = t.version;
    if (!t.topic.empty()) root["topic"] = t.topic;
    root["title"] = t.title;
    root["purpose"] = t.purpose;
    root["audience"] = audience_key(t.audience);
    root["sections"] = ojson::array();
    for (const Section& s : t.sections) {
        ojson js;
        js["id"] = s.id;
        js["title"] = s.title;
        if (!s.intro.empty()) js["intro"] = s.intro;
        js["fields"] = ojson::array();
        for (const Field& f : s.fields) {
            ojson jf;
            jf["id"] = f.id;
            jf["type"] = field_type_key(f.type);
            jf["label"] = f.label;
            if (!f.help.empty()) jf["help"] = f.help;
            if (f.required) jf["required"] = true;
            switch (f.type) {
            case FieldType::Line:
                if (f.max_length > 0) jf["max_length"] = f.max_length;
                break;
            case FieldType::Choice:
            case FieldType::Multi: jf["options"] = f.options; break;
            case FieldType::Checklist: jf["items"] = f.items; break;
            case FieldType::Scale:
                if (!f.low_label.empty()) jf["low_label"] = f.low_label;
                if (!f.high_label.empty()) jf["high_label"] = f.high_label;
                break;
            case FieldType::Figure:
                jf["figure"] = figure_key(f.figure);
                jf["notes"] = ojson::array();
                for (const FigureNote& n : f.notes) jf["notes"].push_back({{"id", n.id}, {"label", n.label}});
                break;
            case FieldType::Text:
            case FieldType::Date: break;
            }
            js["fields"].push_back(std::move(jf));
        }
        root["sections"].push_back(std::move(js));
    }
    // Invalid UTF-8 can only come from a template built in code, never from
    // one that was parsed; replace it rather than throw.
    return root.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

} // namespace worksheets
