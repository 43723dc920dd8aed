// answers_tests.cpp - answers to a worksheet: which values fit which field,
// completion, the JSON kept in the store (round trip and damaged rows), and
// the rule for opening answers against a newer template version: answers
// still in the template are kept, the others set aside, none lost.
#include "ws_answers.h"
#include "ws_template_json.h"

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace worksheets;

namespace {

// Version 1 of a small template with one field of each kind.
const char* kV1 = R"({"schema": 1, "id": "review", "version": 1, "title": "Review", "purpose": "Testing.",
  "audience": "practitioner", "sections": [{"id": "s", "title": "S", "fields": [
    {"id": "what", "type": "text", "label": "What happened?", "required": true},
    {"id": "who", "type": "line", "label": "Who was there?"},
    {"id": "when", "type": "date", "label": "When?"},
    {"id": "mood", "type": "choice", "label": "Mood", "options": ["Low", "Mixed", "Good"], "required": true},
    {"id": "rate", "type": "scale", "label": "How did it go?"},
    {"id": "kinds", "type": "multi", "label": "Kinds of help", "options": ["Practical", "Emotional", "Strategic"]},
    {"id": "done", "type": "checklist", "label": "Done", "items": ["Called", "Wrote"]},
    {"id": "fig", "type": "figure", "label": "Figure", "figure": "ingredients",
     "notes": [{"id": "help", "label": "Help"}, {"id": "challenge", "label": "Challenge"}]}
  ]}]})";

Template parsed(const std::string& text) {
    ParseResult r = parse_template(text);
    REQUIRE_MESSAGE(r.ok(), r.error.message());
    return *r.value;
}

Answers filled(const Template& t) {
    Answers a;
    a.template_id = t.id;
    a.template_version = t.version;
    REQUIRE(a.set(*t.find_field("what"), std::string("A visit at home")));
    REQUIRE(a.set(*t.find_field("who"), std::string("Parent and baby")));
    REQUIRE(a.set(*t.find_field("when"), std::string("2024-03-05")));
    REQUIRE(a.set(*t.find_field("mood"), 2));
    REQUIRE(a.set(*t.find_field("rate"), 7));
    REQUIRE(a.set(*t.find_field("kinds"), std::set<int>{0, 2}));
    REQUIRE(a.set(*t.find_field("done"), std::set<int>{1}));
    REQUIRE(a.set(*t.find_field("fig"), NoteTexts{{"help", "Lifts to clinic"}, {"challenge", "Bedtime"}}));
    return a;
}

} // namespace

TEST_CASE("only values that fit the field are accepted") {
    const Template t = parsed(kV1);
    Answers a;
    CHECK_FALSE(a.set(*t.find_field("mood"), 3));                     // only 3 options
    CHECK_FALSE(a.set(*t.find_field("mood"), -1));
    CHECK_FALSE(a.set(*t.find_field("rate"), 11));                    // scale is 0-10
    CHECK(a.set(*t.find_field("rate"), 0));
    CHECK_FALSE(a.set(*t.find_field("what"), 5));                     // text wants a string
    CHECK_FALSE(a.set(*t.find_field("when"), std::string("5 March")));  // dates are YYYY-MM-DD
    CHECK(a.set(*t.find_field("when"), std::string("")));             // cleared
    CHECK_FALSE(a.set(*t.find_field("kinds"), std::set<int>{3}));
    CHECK_FALSE(a.set(*t.find_field("done"), std::set<int>{2}));
    CHECK_FALSE(a.set(*t.find_field("fig"), NoteTexts{{"context", "x"}}));  // no such note
    CHECK(a.values.size() == 2);
    const Answer* rate = a.find("rate");
    REQUIRE(rate);
    CHECK(rate->type == FieldType::Scale);
    CHECK(rate->label == "How did it go?");
}

TEST_CASE("completion counts required fields answered, ignoring blank answers") {
    const Template t = parsed(kV1);
    Answers a;
    Completion c = completion(t, a);
    CHECK(c.required == 2);
    CHECK(c.required_answered == 0);
    CHECK(c.fields == 8);
    CHECK(c.answered == 0);
    CHECK_FALSE(c.complete());

    REQUIRE(a.set(*t.find_field("what"), std::string("   \n")));  // blank does not count
    REQUIRE(a.set(*t.find_field("mood"), 0));
    c = completion(t, a);
    CHECK(c.required_answered == 1);
    CHECK(c.answered == 1);

    REQUIRE(a.set(*t.find_field("what"), std::string("Something")));
    REQUIRE(a.set(*t.find_field("kinds"), std::set<int>{}));      // nothing ticked
    REQUIRE(a.set(*t.find_field("fig"), NoteTexts{{"help", " "}}));  // blank note
    c = completion(t, a);
    CHECK(c.required_answered == 2);
    CHECK(c.answered == 2);
    CHECK(c.complete());

    c = completion(t, filled(t));
    CHECK(c.answered == 8);
    CHECK(c.complete());
}

TEST_CASE("answers round-trip through JSON, set-aside answers included") {
    const Template t = parsed(kV1);
    Answers a = filled(t);
    a.set_aside.push_back(SetAside{"old_field", 1, "gone", Answer{FieldType::Line, "Old question", std::string("kept")}});
    const std::string text = to_json(a);
    const AnswersResult r = answers_from_json(text);
    REQUIRE_MESSAGE(r.ok(), r.error);
    CHECK(*r.value == a);
    CHECK(to_json(*r.value) == text);

    const AnswersResult empty = answers_from_json(to_json(Answers{}));
    REQUIRE(empty.ok());
    CHECK(*empty.value == Answers{});
}

TEST_CASE("damaged answer JSON is refused with a message, never thrown") {
    auto refused = [](const std::string& text, const std::string& part) {
        const AnswersResult r = answers_from_json(text);
        CHECK_FALSE(r.ok());
        CHECK_MESSAGE(r.error.find(part) != std::string::npos, r.error);
    };
    refused("", "not valid JSON");
    refused("[1]", "object");
    refused(R"({"format": 2, "template_id": "x", "template_version": 1, "values": {}})", "newer");
    refused(R"({"format": 1, "template_version": 1, "values": {}})", "template_id");
    refused(R"({"format": 1, "template_id": "x", "template_version": 1, "values": {"a": {"type": "scale", "value": 11}}})",
            "values.a");
    refused(R"({"format": 1, "template_id": "x", "template_version": 1, "values": {"a": {"type": "slider", "value": 1}}})",
            "unknown type");
    refused(R"({"format": 1, "template_id": "x", "template_version": 1, "values": {"a": {"type": "multi", "value": [-1]}}})",
            "values.a");
    refused(R"({"format": 1, "template_id": "x", "template_version": 1, "values": {"a": {"type": "text", "value": 3}}})",
            "text");
    refused(R"({"format": 1, "template_id": "x", "template_version": 1, "values": {}, "set_aside": [{"type": "text", "value": "v"}]})",
            "set_aside[0]");
}

TEST_CASE("opening answers against the same version keeps them all") {
    const Template t = parsed(kV1);
    const Answers a = filled(t);
    const Answers m = migrate(t, a);
    CHECK(m.values == a.values);
    CHECK(m.set_aside.empty());
    CHECK(m.template_version == 1);
}

TEST_CASE("opening answers against a newer version keeps what still fits and sets the rest aside") {
    const Template v1 = parsed(kV1);
    const Answers a = filled(v1);

    // Version 2: "who" removed, "rate" turned into text, "mood" lost an option,
    // "kinds" lost its third option, one figure note renamed, "what" reworded
    // and moved into a new section; a new field added.
    const Template v2 = parsed(R"({"schema": 1, "id": "review", "version": 2, "title": "Review", "purpose": "Testing.",
      "audience": "practitioner", "sections": [
        {"id": "new", "title": "New", "fields": [
          {"id": "what", "type": "text", "label": "Describe the visit", "required": true},
          {"id": "extra", "type": "text", "label": "Anything else?"}]},
        {"id": "s", "title": "S", "fields": [
          {"id": "when", "type": "date", "label": "When?"},
          {"id": "mood", "type": "choice", "label": "Mood", "options": ["Low", "Good"], "required": true},
          {"id": "rate", "type": "text", "label": "How did it go?"},
          {"id": "kinds", "type": "multi", "label": "Kinds of help", "options": ["Practical", "Emotional"]},
          {"id": "done", "type": "checklist", "label": "Done", "items": ["Called", "Wrote", "Visited"]},
          {"id": "fig", "type": "figure", "label": "Figure", "figure": "ingredients",
           "notes": [{"id": "help", "label": "Help"}, {"id": "possibility", "label": "Possibility"}]}]}]})");

    const Answers m = migrate(v2, a);
    CHECK(m.template_version == 2);
    CHECK(m.template_id == "review");

    // Kept: same id and type, value still in range; the label follows the new wording.
    REQUIRE(m.find("what"));
    CHECK(std::get<std::string>(m.find("what")->value) == "A visit at home");
    CHECK(m.find("what")->label == "Describe the visit");
    REQUIRE(m.find("when"));
    REQUIRE(m.find("done"));
    CHECK(std::get<std::set<int>>(m.find("done")->value) == std::set<int>{1});
    // Partly kept: the ticks and notes that still have a place.
    REQUIRE(m.find("kinds"));
    CHECK(std::get<std::set<int>>(m.find("kinds")->value) == std::set<int>{0});
    REQUIRE(m.find("fig"));
    CHECK(std::get<NoteTexts>(m.find("fig")->value) == NoteTexts{{"help", "Lifts to clinic"}});
    // Not kept.
    CHECK_FALSE(m.find("who"));
    CHECK_FALSE(m.find("rate"));
    CHECK_FALSE(m.find("mood"));

    // Nothing lost: everything not kept is set aside, with its old label and a reason.
    std::map<std::string, const SetAside*> aside;
    for (const SetAside& s : m.set_aside) aside[s.field_id] = &s;
    CHECK(aside.size() == 5);
    REQUIRE(aside.count("who"));
    CHECK(std::get<std::string>(aside["who"]->answer.value) == "Parent and baby");
    CHECK(aside["who"]->answer.label == "Who was there?");
    CHECK(aside["who"]->from_version == 1);
    CHECK(aside["who"]->reason.find("no longer in the template") != std::string::npos);
    REQUIRE(aside.count("rate"));
    CHECK(std::get<int>(aside["rate"]->answer.value) == 7);
    CHECK(aside["rate"]->reason.find("'scale' to a 'text'") != std::string::npos);
    REQUIRE(aside.count("mood"));
    CHECK(std::get<int>(aside["mood"]->answer.value) == 2);
    REQUIRE(aside.count("kinds"));
    CHECK(std::get<std::set<int>>(aside["kinds"]->answer.value) == std::set<int>{2});
    REQUIRE(aside.count("fig"));
    CHECK(std::get<NoteTexts>(aside["fig"]->answer.value) == NoteTexts{{"challenge", "Bedtime"}});

    // Completion follows the new template: "mood" (required) now needs an answer.
    const Completion c = completion(v2, m);
    CHECK(c.required == 2);
    CHECK(c.required_answered == 1);

    // Set-aside answers survive saving, and a second migration keeps them.
    const AnswersResult stored = answers_from_json(to_json(m));
    REQUIRE(stored.ok());
    CHECK(*stored.value == m);
    const Answers again = migrate(v2, *stored.value);
    CHECK(again.set_aside == m.set_aside);
    CHECK(again.values == m.values);
}
