// template_tests.cpp - reading worksheet templates: a good file with every
// field type, the round trip through to_json, and each class of bad file,
// each checked for a message that names the problem and where it is.
#include "ws_test_util.h"

#include <doctest/doctest.h>

#include <string>

using namespace worksheets;
using ws_test::mentions;
using ws_test::minimal;
using ws_test::refused;

namespace {

const char* kEveryType = R"({
  "schema": 1, "id": "every_type", "version": 3, "topic": "testing",
  "title": "Every field type", "purpose": "Exercises each type.\nTwo lines.", "audience": "family",
  "sections": [
    {"id": "first", "title": "First", "intro": "Read this first.", "fields": [
      {"id": "name", "type": "line", "label": "A line", "max_length": 40, "required": true},
      {"id": "story", "type": "text", "label": "Some text", "help": "Take your time."},
      {"id": "pick", "type": "choice", "label": "Pick one", "options": ["Yes", "No", "Not sure"]},
      {"id": "picks", "type": "multi", "label": "Pick any", "options": ["Red", "Green"]}
    ]},
    {"id": "second", "title": "Second", "fields": [
      {"id": "rate", "type": "scale", "label": "Rate it", "low_label": "Low", "high_label": "High"},
      {"id": "done", "type": "checklist", "label": "Done?", "items": ["Called", "Wrote"]},
      {"id": "when", "type": "date", "label": "When", "required": false},
      {"id": "fig", "type": "figure", "label": "Figure", "figure": "learning_domains",
       "notes": [{"id": "me", "label": "Me"}, {"id": "my_child", "label": "My child"}]}
    ]}
  ]
})";

} // namespace

TEST_CASE("a template with every field type is read into the right values") {
    const ParseResult r = parse_template(kEveryType);
    REQUIRE_MESSAGE(r.ok(), r.error.message());
    const Template& t = *r.value;
    CHECK(t.id == "every_type");
    CHECK(t.version == 3);
    CHECK(t.topic == "testing");
    CHECK(t.audience == Audience::Family);
    CHECK(t.purpose == "Exercises each type.\nTwo lines.");
    REQUIRE(t.sections.size() == 2);
    CHECK(t.sections[0].intro == "Read this first.");
    CHECK(t.sections[1].intro.empty());
    CHECK(t.field_count() == 8);

    const Field* name = t.find_field("name");
    REQUIRE(name);
    CHECK(name->type == FieldType::Line);
    CHECK(name->max_length == 40);
    CHECK(name->required);
    CHECK(t.find_field("story")->help == "Take your time.");
    CHECK(t.find_field("pick")->options == std::vector<std::string>{"Yes", "No", "Not sure"});
    CHECK(t.find_field("picks")->type == FieldType::Multi);
    CHECK(t.find_field("rate")->low_label == "Low");
    CHECK(t.find_field("rate")->high_label == "High");
    CHECK(t.find_field("done")->items.size() == 2);
    CHECK(t.find_field("when")->type == FieldType::Date);
    CHECK_FALSE(t.find_field("when")->required);
    const Field* fig = t.find_field("fig");
    REQUIRE(fig);
    CHECK(fig->figure == Figure::LearningDomains);
    REQUIRE(fig->notes.size() == 2);
    CHECK(fig->notes[1] == FigureNote{"my_child", "My child"});
    CHECK(t.find_field("nope") == nullptr);
}

TEST_CASE("to_json round-trips: parse(to_json(t)) == t") {
    const ParseResult r = parse_template(kEveryType);
    REQUIRE(r.ok());
    const std::string text = to_json(*r.value);
    const ParseResult again = parse_template(text);
    REQUIRE_MESSAGE(again.ok(), again.error.message());
    CHECK(*again.value == *r.value);
    CHECK(to_json(*again.value) == text);  // stable: a second export is identical

    // Non-ASCII text survives too (counted as characters, not bytes).
    Template t = *r.value;
    t.title = std::string(100, 'a') + "\xC3\xA9t\xC3\xA9";  // "été"
    REQUIRE_FALSE(validate(t).has_value());
    const ParseResult accented = parse_template(to_json(t));
    REQUIRE_MESSAGE(accented.ok(), accented.error.message());
    CHECK(accented.value->title == t.title);
}

TEST_CASE("to_json writes only the settings of each field's own type") {
    ParseResult r = parse_template(minimal());
    REQUIRE(r.ok());
    Template t = *r.value;
    t.sections[0].fields[0].options = {"left over", "from a choice"};  // the editor switched types
    const std::string text = to_json(t);
    CHECK_FALSE(mentions(text, "left over"));
    CHECK(parse_template(text).ok());
}

TEST_CASE("a syntax error gives the line and column") {
    // The comma after "id" is missing: the parser stops at the next key.
    const std::string text = "{\n  \"schema\": 1,\n  \"id\": \"x\"\n  \"version\": 1\n}";
    const TemplateError e = refused(text);
    CHECK(e.line == 4);
    CHECK(e.column == 3);
    CHECK(mentions(e.message(), "line 4, column 3"));
    CHECK(mentions(e.problem, "not valid JSON"));

    // The column is the start of the unexpected token, escaped quotes and all.
    const TemplateError escaped = refused(R"({"schema": 1 "a\"b"})");
    CHECK(escaped.line == 1);
    CHECK(escaped.column == 14);
    const TemplateError literal = refused("{\"schema\":\n  tru }");
    CHECK(literal.line == 2);
    CHECK(literal.column == 3);

    const TemplateError empty = refused("");
    CHECK(empty.line == 1);
    CHECK(empty.column == 1);

    // Columns count characters: the two-byte 'é' is one column.
    const TemplateError accented = refused("{\"\xC3\xA9\": x}");
    CHECK(accented.line == 1);
    CHECK(accented.column == 7);
}

TEST_CASE("invalid UTF-8 is a syntax error whose message stays printable") {
    const TemplateError e = refused("{\"title\": \"a\xFF\xFE\"}");
    CHECK(e.line == 1);
    for (unsigned char c : e.message()) CHECK((c >= 0x20 && c < 0x7F));
}

TEST_CASE("a value of the wrong JSON type is named with its path") {
    const TemplateError e = refused(minimal(R"({"id": "f1", "type": "text", "label": 42})"));
    CHECK(e.path == "sections[0].fields[0].label");
    CHECK(mentions(e.problem, "must be text"));
    CHECK(mentions(e.problem, "a whole number"));
    CHECK(mentions(e.message(), "sections[0].fields[0].label: must be text"));

    const TemplateError sections = refused(R"({"schema": 1, "id": "x", "version": 1, "title": "T", "purpose": "P",
        "audience": "family", "sections": {"id": "s"}})");
    CHECK(sections.path == "sections");
    CHECK(mentions(sections.problem, "must be a list"));

    CHECK(refused(R"([1, 2])").problem.find("must be a template") != std::string::npos);
    CHECK(refused(minimal(R"({"id": "f1", "type": "text", "label": "L", "required": "yes"})")).path ==
          "sections[0].fields[0].required");
    CHECK(refused(minimal(R"({"id": "f1", "type": "choice", "label": "L", "options": ["a", 2]})")).path ==
          "sections[0].fields[0].options[1]");
}

TEST_CASE("whole numbers: fractions, negatives and huge values are refused") {
    auto with_version = [](const char* v) {
        return std::string(R"({"schema": 1, "id": "x", "version": )") + v +
               R"(, "title": "T", "purpose": "P", "audience": "family",
                 "sections": [{"id": "s", "title": "S", "fields": [{"id": "f", "type": "date", "label": "D"}]}]})";
    };
    CHECK(mentions(refused(with_version("1.5")).problem, "whole number"));
    CHECK(refused(with_version("1.5")).path == "version");
    CHECK(mentions(refused(with_version("0")).problem, "from 1 to"));
    CHECK(mentions(refused(with_version("-3")).problem, "from 1 to"));
    CHECK(refused(with_version("99999999999999999999")).path == "version");
    CHECK(refused(with_version("18446744073709551615")).path == "version");
    CHECK(parse_template(with_version("7")).ok());
}

TEST_CASE("an unknown field type is named, with its path") {
    const TemplateError e = refused(minimal(R"({"id": "f1", "type": "slider", "label": "L"})"));
    CHECK(e.path == "sections[0].fields[0].type");
    CHECK(mentions(e.problem, "unknown field type 'slider'"));
    CHECK(mentions(e.problem, "checklist"));  // and the known ones are listed

    const TemplateError fig = refused(minimal(
        R"({"id": "f1", "type": "figure", "label": "L", "figure": "pie", "notes": [{"id": "a", "label": "A"}]})"));
    CHECK(fig.path == "sections[0].fields[0].figure");
    CHECK(mentions(fig.problem, "unknown figure 'pie'"));
}

TEST_CASE("unknown keys are errors, with their path") {
    const TemplateError top = refused(R"({"schema": 1, "colour": "red"})");
    CHECK(top.path == "colour");
    CHECK(mentions(top.problem, "unknown key 'colour'"));

    const TemplateError wrong_type = refused(minimal(R"({"id": "f1", "type": "line", "label": "L", "options": ["a", "b"]})"));
    CHECK(wrong_type.path == "sections[0].fields[0].options");
    CHECK(mentions(wrong_type.problem, "not used by a 'line' field"));

    const TemplateError odd = refused(minimal(R"({"id": "f1", "type": "text", "label": "L", "a.b": 1})"));
    CHECK(odd.path == "sections[0].fields[0][\"a.b\"]");
}

TEST_CASE("a missing required key is named, with the object it is missing from") {
    const TemplateError top = refused(R"({"schema": 1, "id": "x", "version": 1, "purpose": "P", "audience": "family",
        "sections": []})");
    CHECK(top.path.empty());
    CHECK(mentions(top.problem, "'title' is missing"));

    const TemplateError field = refused(minimal(R"({"id": "f1", "type": "text"})"));
    CHECK(field.path == "sections[0].fields[0]");
    CHECK(mentions(field.problem, "'label' is missing"));

    CHECK(mentions(refused(R"({"id": "x"})").problem, "'schema' is missing"));
    CHECK(refused(minimal(R"({"id": "f1", "type": "figure", "label": "L", "figure": "spiral"})")).path ==
          "sections[0].fields[0]");
}

TEST_CASE("duplicate ids are refused, field ids across sections") {
    const std::string two_sections = R"({"schema": 1, "id": "x", "version": 1, "title": "T", "purpose": "P",
      "audience": "family", "sections": [
        {"id": "a", "title": "A", "fields": [{"id": "same", "type": "text", "label": "L"}]},
        {"id": "b", "title": "B", "fields": [{"id": "same", "type": "date", "label": "D"}]}]})";
    const TemplateError e = refused(two_sections);
    CHECK(e.path == "sections[1].fields[0].id");
    CHECK(mentions(e.problem, "'same' is used twice"));

    std::string same_sections = two_sections;
    same_sections.replace(same_sections.find("\"id\": \"b\""), 9, "\"id\": \"a\"");
    CHECK(refused(same_sections).path == "sections[1].id");

    const TemplateError note = refused(minimal(R"({"id": "f1", "type": "figure", "label": "L", "figure": "spiral",
        "notes": [{"id": "n", "label": "A"}, {"id": "n", "label": "B"}]})"));
    CHECK(note.path == "sections[0].fields[0].notes[1].id");

    const TemplateError option = refused(minimal(R"({"id": "f1", "type": "multi", "label": "L", "options": ["a", "a"]})"));
    CHECK(option.path == "sections[0].fields[0].options[1]");
    CHECK(mentions(option.problem, "appears twice"));
}

TEST_CASE("a key written twice in one object is refused") {
    const TemplateError e = refused(minimal(R"({"id": "f1", "type": "text", "label": "L", "label": "M"})"));
    CHECK(e.path == "sections[0].fields[0].label");
    CHECK(mentions(e.problem, "appears twice"));
}

TEST_CASE("ids must be lower-case letters, digits and underscores") {
    const TemplateError e = refused(minimal(R"({"id": "Field-1", "type": "text", "label": "L"})"));
    CHECK(e.path == "sections[0].fields[0].id");
    CHECK(mentions(e.problem, "'Field-1' is not a valid id"));
    CHECK(refused(minimal(R"({"id": "1st", "type": "text", "label": "L"})")).path == "sections[0].fields[0].id");
    CHECK(refused(minimal(R"({"id": "", "type": "text", "label": "L"})")).path == "sections[0].fields[0].id");
}

TEST_CASE("empty or blank options, labels and titles are refused") {
    const TemplateError none = refused(minimal(R"({"id": "f1", "type": "choice", "label": "L", "options": []})"));
    CHECK(none.path == "sections[0].fields[0].options");
    CHECK(mentions(none.problem, "at least 2 options"));

    const TemplateError blank = refused(minimal(R"({"id": "f1", "type": "multi", "label": "L", "options": ["a", "  "]})"));
    CHECK(blank.path == "sections[0].fields[0].options[1]");
    CHECK(mentions(blank.problem, "must not be empty"));

    CHECK(refused(minimal(R"({"id": "f1", "type": "checklist", "label": "L", "items": []})")).path ==
          "sections[0].fields[0].items");
    CHECK(refused(minimal(R"({"id": "f1", "type": "figure", "label": "L", "figure": "spiral", "notes": []})")).path ==
          "sections[0].fields[0].notes");
    CHECK(refused(minimal(R"({"id": "f1", "type": "text", "label": ""})")).path == "sections[0].fields[0].label");
    CHECK(refused(minimal(R"({"id": "f1", "type": "text", "label": "a\nb"})")).path == "sections[0].fields[0].label");
}

TEST_CASE("too many fields, sections and options are refused") {
    auto fields = [](int count, int from) {
        std::string out;
        for (int i = 0; i < count; ++i)
        {
            if (i) out += ",";
            out += R"({"id": "f)";
            out += std::to_string(from + i);
            out += R"(", "type": "date", "label": "D"})";
        }
        return out;
    };
    auto with_sections = [&](int sections, int per_section) {
        std::string out = R"({"schema": 1, "id": "x", "version": 1, "title": "T", "purpose": "P",
            "audience": "family", "sections": [)";
        for (int s = 0; s < sections; ++s)
        {
            if (s) out += ",";
            out += R"({"id": "s)";
            out += std::to_string(s);
            out += R"(", "title": "S", "fields": [)";
            out += fields(per_section, s * 1000);
            out += "]}";
        }
        return out + "]}";
    };
    CHECK(parse_template(with_sections(6, 50)).ok());  // exactly 300 fields

    const TemplateError spread = refused(with_sections(7, 50));
    CHECK(spread.path == "sections[6].fields[0]");
    CHECK(mentions(spread.problem, "at most 300"));

    const TemplateError one = refused(minimal(fields(301, 0)));
    CHECK(one.path == "sections[0].fields");
    CHECK(mentions(one.problem, "too many fields (301; at most 300)"));

    const TemplateError sections = refused(with_sections(51, 1));
    CHECK(sections.path == "sections");
    CHECK(mentions(sections.problem, "too many sections"));

    std::string options;
    for (int i = 0; i < 51; ++i) {
        if (i) options += ",";
        options += "\"o";
        options += std::to_string(i);
        options += "\"";
    }
    const TemplateError many = refused(minimal(R"({"id": "f1", "type": "choice", "label": "L", "options": [)" + options + "]}"));
    CHECK(many.path == "sections[0].fields[0].options");
    CHECK(mentions(many.problem, "too many options"));
}

TEST_CASE("too long strings are refused; the limit counts characters") {
    const std::string at_limit(limits::kTitleChars, 'x');
    CHECK(parse_template(minimal(R"({"id": "f1", "type": "text", "label": ")" + at_limit + "\"}")).ok());

    std::string accented;
    for (int i = 0; i < limits::kTitleChars; ++i) accented += "\xC3\xA9";  // 200 characters, 400 bytes
    CHECK(parse_template(minimal(R"({"id": "f1", "type": "text", "label": ")" + accented + "\"}")).ok());

    const TemplateError e = refused(minimal(R"({"id": "f1", "type": "text", "label": ")" + at_limit + "x\"}"));
    CHECK(e.path == "sections[0].fields[0].label");
    CHECK(mentions(e.problem, "too long (201 characters; at most 200)"));

    const std::string long_help(limits::kTextChars + 1, 'h');
    CHECK(refused(minimal(R"({"id": "f1", "type": "text", "label": "L", "help": ")" + long_help + "\"}")).path ==
          "sections[0].fields[0].help");
    CHECK(refused(minimal(std::string(R"({"id": ")") + std::string(65, 'a') + R"(", "type": "text", "label": "L"})"))
              .path == "sections[0].fields[0].id");
}

TEST_CASE("a schema newer than this build reads is refused, saying so") {
    // Its other keys are unknown to us and must not be what is reported.
    const TemplateError e = refused(R"({"schema": 2, "id": "x", "new_thing": {"a": 1}})");
    CHECK(e.path == "schema");
    CHECK(mentions(e.problem, "made with a newer workbench"));
    CHECK(mentions(e.problem, "schema 2"));
    CHECK(mentions(e.problem, "reads schema 1"));
    CHECK(refused(R"({"schema": 0})").path == "schema");
    CHECK(refused(R"({"schema": "1"})").path == "schema");
}

TEST_CASE("an enum word outside the list is refused") {
    std::string text = minimal();
    text.replace(text.find("practitioner"), 12, "supervisor");
    const TemplateError e = refused(text);
    CHECK(e.path == "audience");
    CHECK(mentions(e.problem, "'supervisor'"));
}

TEST_CASE("hostile shapes: deep nesting, oversized files") {
    const std::string deep = std::string(200, '[') + std::string(200, ']');
    const TemplateError nested = refused(minimal(R"({"id": "f1", "type": "text", "label": "L", "help": )" + deep + "}"));
    CHECK(mentions(nested.problem, "nested too deeply"));
    CHECK(mentions(nested.path, "sections[0].fields[0].help"));

    // Deep nesting that is also unbalanced still ends in a clean refusal.
    refused(std::string(100000, '['));

    const std::string huge = minimal(R"({"id": "f1", "type": "text", "label": "L", "help": ")" +
                                     std::string(limits::kFileBytes, 'h') + "\"}");
    const TemplateError big = refused(huge);
    CHECK(mentions(big.problem, "too large"));
    CHECK(mentions(big.problem, "256 KiB"));
}

TEST_CASE("validate() applies the same rules to a template built in code") {
    ParseResult r = parse_template(kEveryType);
    REQUIRE(r.ok());
    Template t = *r.value;
    CHECK_FALSE(validate(t).has_value());

    t.sections[1].fields[1].items.clear();
    auto e = validate(t);
    REQUIRE(e);
    CHECK(e->path == "sections[1].fields[1].items");

    t = *r.value;
    t.sections[0].fields[0].max_length = limits::kMaxLength + 1;
    e = validate(t);
    REQUIRE(e);
    CHECK(e->path == "sections[0].fields[0].max_length");

    t = *r.value;
    t.schema = 2;
    REQUIRE(validate(t));
    CHECK(validate(t)->path == "schema");

    t = *r.value;
    t.sections.clear();
    REQUIRE(validate(t));
    CHECK(validate(t)->path == "sections");
}
