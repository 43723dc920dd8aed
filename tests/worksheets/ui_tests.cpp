// ui_tests.cpp - the panels driven headlessly. "Worksheets": start a
// worksheet from the picker, fill a line (typing saved as one undo step
// after a pause), a scale and a choice, find them in the store, undo.
// "Templates": a new template, a question added, saved as version 1, a
// change saved as version 2, a broken template refused with its path.
#include "ws_fixture.h"

#include "ws_template_edit.h"
#include "ws_view.h"

#include "panel_driver.h"

#include <doctest/doctest.h>

using namespace worksheets;
using ws_test::kToday;
using ws_test::WsFixture;
using wb::test::PanelDriver;

namespace {

template <class View>
void send(View& view, wb_event_type type) {
    view.on_event(wb_event{sizeof(wb_event), type, 0, 0, nullptr});
}

// A user template with a line, a scale and a single choice.
Template quick_template() {
    Template t = new_template({});
    t.id = "quick";
    t.title = "Quick check";
    t.sections[0].fields.clear();
    add_field(t, 0, FieldType::Line);
    add_field(t, 0, FieldType::Scale);
    add_field(t, 0, FieldType::Choice);
    t.sections[0].fields[0].id = "headline";
    t.sections[0].fields[1].id = "mood";
    t.sections[0].fields[2].id = "pick";
    t.sections[0].fields[2].options = {"Keep going", "Change course"};
    return t;
}

} // namespace

TEST_CASE("start a worksheet from the picker, fill a line, a scale and a choice, find them stored, undo") {
    WsFixture f;
    REQUIRE(f.store_model.save_template(quick_template(), nullptr, kToday));
    f.select(f.case_a, f.a2);
    SheetsView view(f.host);
    PanelDriver d(view, "form");
    CHECK(view.sheets().empty());

    REQUIRE(d.click_side({"Start a worksheet"}));
    CHECK(view.picker_open());
    REQUIRE(d.click_side({"picker", "user_quick", "Start"}));
    d.ui.frames(2);
    REQUIRE(view.sheets().size() == 1);
    const int64_t id = view.sheets()[0].id;
    CHECK(view.selected() == id);
    CHECK(view.sheets()[0].session_id == std::optional<int64_t>(f.a2));
    CHECK(f.store->undo_label() == "Start worksheet");

    // Typing is held until a pause, then saved as one step.
    REQUIRE(d.replace_text({"headline", "##value"}, "A calmer visit"));
    CHECK(view.has_unsaved_typing());
    d.ui.frames(70); // over a second of frames without a keystroke
    CHECK_FALSE(view.has_unsaved_typing());
    auto o = f.store_model.open(id);
    REQUIRE(o);
    REQUIRE(o->answers.find("headline"));
    CHECK(std::get<std::string>(o->answers.find("headline")->value) == "A calmer visit");
    CHECK(f.store->undo_label() == "Edit worksheet");

    REQUIRE(d.click_side({"mood", "7"}));
    REQUIRE(d.click_side({"pick", "Change course"}));
    d.ui.frames(2);
    o = f.store_model.open(id);
    REQUIRE(o->answers.find("mood"));
    CHECK(std::get<int>(o->answers.find("mood")->value) == 7);
    REQUIRE(o->answers.find("pick"));
    CHECK(std::get<int>(o->answers.find("pick")->value) == 1);
    CHECK(completion(o->tpl, o->answers).answered == 3);

    // Undo: the choice goes, then the scale, then the whole burst of typing.
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    CHECK_FALSE(view.draft().find("pick"));
    CHECK(view.draft().find("mood"));
    REQUIRE(f.store->undo().is_ok());
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    CHECK_FALSE(view.draft().find("headline"));
    CHECK(f.store->undo_label() == "Start worksheet");

    // Mark complete and duplicate from the toolbar.
    REQUIRE(d.click_side({"Mark complete"}));
    d.ui.frames(2);
    CHECK(f.store_model.sheet(id)->status == SheetStatus::Complete);
    REQUIRE(d.click_side({"Duplicate"}));
    d.ui.frames(2);
    CHECK(view.sheets().size() == 2);
    CHECK(view.selected() != id);
    CHECK(f.store_model.sheet(view.selected())->status == SheetStatus::Draft);
}

TEST_CASE("the template editor: a new template, a question added, each save a new version; a broken one refused") {
    WsFixture f;
    TemplatesView view(f.host);
    PanelDriver d(view, "editor");
    REQUIRE(d.ui.click(d.child("templates").c_str(), {"New template"}));
    REQUIRE(view.editing());
    const std::size_t before = view.draft()->sections[0].fields.size();
    REQUIRE(d.click_side({"part_0", "Add a line question"}));
    CHECK(view.draft()->sections[0].fields.size() == before + 1);
    CHECK(view.draft()->sections[0].fields.back().type == FieldType::Line);

    REQUIRE(d.click_side({"Save"}));
    d.ui.frames(2);
    const std::string slug = view.draft()->id;
    CHECK(view.error().empty());
    CHECK(f.store_model.versions(slug) == std::vector<int>{1});

    view.draft_mut()->title = "Our review, second try";
    REQUIRE(d.click_side({"Save"}));
    d.ui.frames(2);
    CHECK(f.store_model.versions(slug) == std::vector<int>{1, 2});
    CHECK(f.store_model.latest(slug, Source::User)->tpl.title == "Our review, second try");

    // A choice with one option: refused, the place named, nothing stored.
    add_field(*view.draft_mut(), 0, FieldType::Choice);
    view.draft_mut()->sections[0].fields.back().options = {"Only one"};
    REQUIRE(d.click_side({"Save"}));
    d.ui.frames(2);
    CHECK(view.error().find("sections[0].fields[2].options") != std::string::npos);
    CHECK(f.store_model.versions(slug) == std::vector<int>{1, 2});

    // Preview draws the form (and says what to fix while it is broken).
    REQUIRE(d.click_side({"Preview"}));
    CHECK(view.previewing());
}
