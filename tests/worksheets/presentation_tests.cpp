// presentation_tests.cpp - the worksheets panel in presentation mode,
// headless: worksheet titles and written answers (the user's words about a
// family) are not drawn while a real case is presented and are drawn for a
// demo case or when not presenting; masked, a written answer does not open
// for typing and the title cannot be renamed. And the demo library's three
// families: each gets its own filled worksheets, hung on its sessions.
#include "ws_demo.h"
#include "ws_fixture.h"

#include "ws_view.h"

#include "drawn_text.h"
#include "headless_ui.h"
#include "panel_driver.h"

#include "store/demo_families.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace worksheets;
using ws_test::kToday;
using ws_test::WsFixture;
using wb::test::PanelDriver;

namespace {

// Everything one frame of the panel drew, read back from the draw data
// (drawn_text.h): the panel, its children and any tooltip or popup, text
// drawn by widgets or straight onto a draw list alike. Spaces are not drawn,
// so compare with has() below. The frame draws the plain panel, so the
// driver's repeated frames stay plain too.
std::string drawn_text(PanelDriver<SheetsView>& d) {
    d.ui.frame([&d] { d.draw(); });
    return wb::test::drawn_text();
}

// True when `what` was drawn (spaces ignored).
bool has(const std::string& text, const char* what) { return wb::test::drawn_has(text, what); }

int64_t sheet_titled(const WsFixture& f, int64_t case_id, const std::string& title) {
    for (const Sheet& s : f.store_model.sheets(case_id))
        if (s.title == title) return s.id;
    FAIL("no worksheet titled " << title);
    return 0;
}

} // namespace

TEST_CASE("presenting a real case hides worksheet titles and written answers; a demo case shows them") {
    WsFixture f;
    REQUIRE(f.store_model.seed_demo(f.case_a, kToday) == 2);
    f.select(f.case_a);
    SheetsView view(f.host);
    PanelDriver<SheetsView> d(view, "form");
    view.select(sheet_titled(f, f.case_a, "Demo: essential ingredients, spring review"));
    d.ui.frames(2);

    // Not presenting: the titles (list and header), a written answer and a
    // note beside the figure show; so do fixed labels.
    std::string text = drawn_text(d);
    CHECK(has(text, "spring review"));
    CHECK(has(text, "supervision after the moved visit")); // the other one, in the list
    CHECK(has(text, "since the visit I moved at short notice"));
    CHECK(has(text, "her own flat by the autumn"));

    f.context.presenting = true;
    f.context.current_case_is_demo = false;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK_FALSE(has(text, "spring review"));
    CHECK_FALSE(has(text, "supervision after the moved visit"));
    CHECK_FALSE(has(text, "since the visit I moved at short notice"));
    CHECK_FALSE(has(text, "her own flat by the autumn"));
    CHECK(has(text, "hidden while presenting"));
    CHECK(has(text, "Mark as draft") != has(text, "Mark complete")); // the toolbar is still there

    // Masked, the title cannot be renamed and a written answer does not
    // open for typing.
    CHECK_FALSE(d.click_side({"Rename"}));
    REQUIRE(d.click_side({"focus", "##box_focus"}));
    d.ui.frames(2);
    d.ui.type(" typed while masked");
    d.ui.frames(2);
    CHECK_FALSE(view.has_unsaved_typing());
    CHECK(std::get<std::string>(view.draft().find("focus")->value).find("typed while masked") == std::string::npos);

    f.context.current_case_is_demo = true;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(has(text, "spring review"));
    CHECK(has(text, "since the visit I moved at short notice"));
    CHECK(has(text, "her own flat by the autumn"));
}

TEST_CASE("presenting a real case masks a one-line answer's input; the input shows it otherwise") {
    WsFixture f;
    REQUIRE(f.store_model.seed_demo(f.case_a, kToday) == 2);
    f.select(f.case_a);
    SheetsView view(f.host);
    PanelDriver<SheetsView> d(view, "form");
    view.select(sheet_titled(f, f.case_a, "Demo: supervision after the moved visit"));
    d.ui.frames(2);

    // "Piece of work discussed" is a one-line input: its contents are
    // drawn as glyphs, so the checks below would see them.
    CHECK(has(drawn_text(d), "Demo: the visit I moved at short notice"));
    f.context.presenting = true;
    d.ui.frames(2);
    const std::string text = drawn_text(d);
    CHECK_FALSE(has(text, "Demo: the visit I moved at short notice"));
    CHECK_FALSE(has(text, "I did not care about her time")); // a written answer
    f.context.presenting = false;
    d.ui.frames(2);
    CHECK(has(drawn_text(d), "Demo: the visit I moved at short notice"));
}

namespace {

int64_t demo_case(WsFixture& f, const char* key) {
    const wb::core::DemoFamily* family = wb::core::find_demo_family(key);
    REQUIRE(family != nullptr);
    const int64_t id = wb::test::must(f.store->put_demo_family(*family));
    f.plugins.broadcast(wb_event{sizeof(wb_event), WB_EVENT_DEMO_CASE_CREATED, id, 0, key});
    return id;
}

} // namespace

TEST_CASE("each demo family gets its own filled worksheets, hung on its sessions") {
    WsFixture f;
    std::set<std::string> titles;
    for (const char* key : {"rivers", "harbour", "meadow"}) {
        INFO(std::string(key));
        const int64_t id = demo_case(f, key);
        const std::vector<Sheet> sheets = f.store_model.sheets(id);
        REQUIRE(sheets.size() == 2);
        std::set<int64_t> session_ids;
        for (const auto& s : f.store->sessions(id)) session_ids.insert(s.id);
        const std::string today = wb::util::today_local();
        for (const Sheet& s : sheets) {
            INFO(s.title);
            CHECK(s.title.rfind("Demo", 0) == 0);
            CHECK(titles.insert(s.title).second); // no family repeats another's worksheet
            CHECK(wb::util::valid_date(s.created));
            CHECK(s.created <= s.updated);
            CHECK(s.updated <= today);
            const auto o = f.store_model.open(s.id);
            REQUIRE(o);
            CHECK(completion(o->tpl, o->answers).answered > 5);
            // The Rivers reflection is half filled on purpose; the later
            // families' worksheets answer every required question.
            if (std::string(key) != "rivers")
                CHECK(completion(o->tpl, o->answers).required_answered == completion(o->tpl, o->answers).required);
            for (const auto& [field, answer] : o->answers.values) {
                if (const auto* t = std::get_if<std::string>(&answer.value))
                    if (answer.type != FieldType::Date) CHECK(t->rfind("Demo:", 0) == 0);
                if (const auto* n = std::get_if<NoteTexts>(&answer.value))
                    for (const auto& [note, words] : *n) CHECK(words.rfind("Demo:", 0) == 0);
            }
            // The later families' worksheets belong to one of their sessions.
            if (std::string(key) != "rivers") {
                REQUIRE(s.session_id.has_value());
                CHECK(session_ids.count(*s.session_id) == 1);
            }
        }
    }
    CHECK(demo_family_from_key("") == DemoFamily::Rivers);
    CHECK(demo_family_from_key("lighthouse") == DemoFamily::Rivers);
}

TEST_CASE("a demo worksheet belongs to its session and is dated from it") {
    const std::vector<std::string> sessions{"2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"};
    const std::vector<DemoSheet> harbour = demo_sheets(kToday, DemoFamily::Harbour, sessions);
    REQUIRE(harbour.size() == 2);
    CHECK(harbour[0].session == std::optional<std::size_t>(1)); // after the push-back at the second visit
    CHECK(harbour[0].created == "2024-02-03");
    CHECK(harbour[0].status == SheetStatus::Complete);
    // With no sessions, the library's days before today; never after today.
    for (DemoFamily family : {DemoFamily::Harbour, DemoFamily::Meadow})
        for (const DemoSheet& s : demo_sheets(kToday, family))
            CHECK(s.updated <= kToday);
}
