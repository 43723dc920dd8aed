// store_tests.cpp - worksheets and user templates in a real store: start a
// worksheet from a built-in template, save answers, mark complete, rename,
// duplicate, delete - each one undo step; a user template saved twice is
// two versions and a worksheet filled against the first reopens against
// the second with its removed answers set aside; bad input refused with a
// message and nothing written; the demo worksheets.
#include "ws_fixture.h"

#include "ws_template_edit.h"
#include "ws_template_json.h"

#include <doctest/doctest.h>

using namespace worksheets;
using ws_test::kToday;
using ws_test::WsFixture;

TEST_CASE("start a worksheet from a built-in template, save answers, reopen them; each change is one undo step") {
    WsFixture f;
    const auto entries = f.store_model.templates();
    REQUIRE(entries.size() == builtin_list().size());

    const Outcome started = f.store_model.start(f.case_a, f.a2, "ingredients_practitioner", Source::Builtin, kToday);
    REQUIRE(started);
    CHECK(f.store->undo_label() == "Start worksheet");
    const auto sheets = f.store_model.sheets(f.case_a);
    REQUIRE(sheets.size() == 1);
    CHECK(sheets[0].session_id == std::optional<int64_t>(f.a2));
    CHECK(sheets[0].status == SheetStatus::Draft);
    CHECK(sheets[0].title == "Essential ingredients: my reflection");
    CHECK(f.store_model.sheets(f.case_b).empty());

    auto o = f.store_model.open(started.id);
    REQUIRE(o);
    Answers a = o->answers;
    REQUIRE(a.set(WsFixture::field(o->tpl, "help_fit"), 7));
    REQUIRE(a.set(WsFixture::field(o->tpl, "focus"), std::string("The last visits")));
    REQUIRE(f.store_model.save_answers(started.id, a, "2024-06-02"));
    CHECK(f.store->undo_label() == "Edit worksheet");
    o = f.store_model.open(started.id);
    REQUIRE(o);
    CHECK(o->answers == a);
    CHECK(o->sheet.updated == "2024-06-02");
    CHECK_FALSE(o->version_changed);

    REQUIRE(f.store_model.set_status(started.id, SheetStatus::Complete, kToday));
    CHECK(f.store_model.sheet(started.id)->status == SheetStatus::Complete);
    REQUIRE(f.store_model.rename(started.id, "  Spring review  ", kToday));
    CHECK(f.store_model.sheet(started.id)->title == "Spring review");
    CHECK_FALSE(f.store_model.rename(started.id, "   ", kToday));

    // Undo walks back one change at a time.
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.store_model.sheet(started.id)->title == "Essential ingredients: my reflection");
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.store_model.sheet(started.id)->status == SheetStatus::Draft);
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.store_model.open(started.id)->answers.values.empty());
    REQUIRE(f.store->undo().is_ok());
    CHECK_FALSE(f.store_model.sheet(started.id));
}

TEST_CASE("a session of another case, an unknown template or no case is refused; nothing stored") {
    WsFixture f;
    const std::string before = f.store->undo_label();
    CHECK_FALSE(f.store_model.start(f.case_a, f.b1, "ingredients_family", Source::Builtin, kToday));
    CHECK_FALSE(f.store_model.start(f.case_a, std::nullopt, "no_such", Source::Builtin, kToday));
    CHECK_FALSE(f.store_model.start(0, std::nullopt, "ingredients_family", Source::Builtin, kToday));
    CHECK(f.store_model.sheets(f.case_a).empty());
    CHECK(f.store->undo_label() == before);
}

TEST_CASE("duplicate starts the next review from the last one: answers carried, new dates, a draft") {
    WsFixture f;
    const Outcome first = f.store_model.start(f.case_a, f.a1, "reflective_supervision_practitioner", Source::Builtin,
                                              "2024-01-10");
    REQUIRE(first);
    auto o = f.store_model.open(first.id);
    Answers a = o->answers;
    REQUIRE(a.set(WsFixture::field(o->tpl, "next_actions"), std::string("Call the clinic")));
    REQUIRE(f.store_model.save_answers(first.id, a, "2024-01-11"));
    REQUIRE(f.store_model.set_status(first.id, SheetStatus::Complete, "2024-01-11"));

    const Outcome copy = f.store_model.duplicate(first.id, f.a2, kToday);
    REQUIRE(copy);
    CHECK(f.store->undo_label() == "Duplicate worksheet");
    const auto c = f.store_model.open(copy.id);
    REQUIRE(c);
    CHECK(c->sheet.status == SheetStatus::Draft);
    CHECK(c->sheet.created == kToday);
    CHECK(c->sheet.session_id == std::optional<int64_t>(f.a2));
    CHECK(c->answers.values == a.values);
    CHECK(f.store_model.sheets(f.case_a).size() == 2);
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.store_model.sheets(f.case_a).size() == 1);
}

TEST_CASE("a user template saved twice keeps both versions; a worksheet filled on the first reopens on the second") {
    WsFixture f;
    Template t = new_template({});
    t.sections[0].fields[0].label = "What happened?";
    add_field(t, 0, FieldType::Scale);
    const std::string gone_id = t.sections[0].fields[1].id;
    int version = 0;
    const Outcome v1 = f.store_model.save_template(t, &version, kToday);
    REQUIRE(v1);
    CHECK(version == 1);
    CHECK(f.store->undo_label() == "Create template");

    const Outcome started = f.store_model.start(f.case_a, std::nullopt, t.id, Source::User, kToday);
    REQUIRE(started);
    auto o = f.store_model.open(started.id);
    REQUIRE(o);
    Answers a = o->answers;
    REQUIRE(a.set(WsFixture::field(o->tpl, t.sections[0].fields[0].id.c_str()), std::string("A calm visit")));
    REQUIRE(a.set(WsFixture::field(o->tpl, gone_id.c_str()), 4));
    REQUIRE(f.store_model.save_answers(started.id, a, kToday));

    // Version 2: the scale is removed, a line added.
    remove_field(t, 0, 1);
    add_field(t, 0, FieldType::Line);
    const Outcome v2 = f.store_model.save_template(t, &version, kToday);
    REQUIRE(v2);
    CHECK(version == 2);
    CHECK(f.store->undo_label() == "Save template");
    CHECK(f.store_model.versions(t.id) == std::vector<int>{1, 2});
    CHECK(f.store_model.find_template(t.id, 1, Source::User)->tpl.find_field(gone_id) != nullptr);
    // The list offers only the newest version.
    int listed = 0;
    for (const TemplateEntry& e : f.store_model.templates()) listed += e.tpl.id == t.id ? 1 : 0;
    CHECK(listed == 1);
    CHECK(f.store_model.latest(t.id, Source::User)->tpl.version == 2);

    o = f.store_model.open(started.id);
    REQUIRE(o);
    CHECK(o->version_changed);
    CHECK(o->stored_version == 1);
    CHECK(o->tpl.version == 2);
    CHECK(o->answers.template_version == 2);
    REQUIRE(o->answers.find(t.sections[0].fields[0].id));
    REQUIRE(o->answers.set_aside.size() == 1);
    CHECK(o->answers.set_aside[0].field_id == gone_id);
    CHECK(std::get<int>(o->answers.set_aside[0].answer.value) == 4);

    // Undoing the save of version 2 takes the worksheet back to version 1.
    REQUIRE(f.store->undo().is_ok());
    o = f.store_model.open(started.id);
    REQUIRE(o);
    CHECK_FALSE(o->version_changed);
    CHECK(o->answers.set_aside.empty());
}

TEST_CASE("an invalid template or a built-in id is refused with the path; nothing stored") {
    WsFixture f;
    const std::string before = f.store->undo_label();
    Template t = new_template({});
    add_field(t, 0, FieldType::Choice);
    t.sections[0].fields[1].options = {"Only one"};
    Outcome out = f.store_model.save_template(t, nullptr, kToday);
    CHECK_FALSE(out);
    CHECK(out.error.find("sections[0].fields[1].options") != std::string::npos);
    t = copy_template(builtin_list()[0], {});
    t.id = builtin_list()[0].id;
    out = f.store_model.save_template(t, nullptr, kToday);
    CHECK_FALSE(out);
    CHECK(out.error.find("built-in") != std::string::npos);
    CHECK(f.store_model.templates().size() == builtin_list().size());
    CHECK(f.store->undo_label() == before);
}

TEST_CASE("the demo worksheets: fictional, marked, partly filled, added once") {
    WsFixture f;
    CHECK(f.store_model.seed_demo(f.case_a, kToday) == 2);
    CHECK(f.store_model.seed_demo(f.case_a, kToday) == 0);
    const auto sheets = f.store_model.sheets(f.case_a);
    REQUIRE(sheets.size() == 2);
    for (const Sheet& s : sheets) {
        CHECK(s.title.rfind("Demo", 0) == 0);
        const auto o = f.store_model.open(s.id);
        REQUIRE(o);
        const Completion c = completion(o->tpl, o->answers);
        CHECK(c.answered > 3);
        for (const auto& [id, answer] : o->answers.values)
            if (const auto* text = std::get_if<std::string>(&answer.value))
                if (answer.type != FieldType::Date) CHECK(text->rfind("Demo:", 0) == 0);
    }
}
