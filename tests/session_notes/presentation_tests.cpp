// presentation_tests.cpp - the session notes panel in presentation mode,
// headless: the notes (the user's words about a family) are not drawn while
// a real case is presented and are drawn for a demo case or when not
// presenting; masked, no field opens for typing and the search is set
// aside. And the demo library's three families: each gets its own notes,
// one per session in date order.
#include "demo_notes.h"
#include "notes_fixture.h"
#include "notes_view.h"

#include "drawn_text.h"
#include "headless_ui.h"
#include "panel_driver.h"

#include "store/demo_families.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

using namespace session_notes;
using notes_test::NotesFixture;
using notes_test::notes;

namespace {

constexpr const char* kHappened = "Met at the canal lock with the twins";
constexpr const char* kNext = "Ask about the allotment on Thursday";

void select(NotesFixture& f, NotesView& view, int64_t case_id, int64_t session_id) {
    f.select(case_id, session_id);
    view.on_event(wb_event{sizeof(wb_event), WB_EVENT_CASE_SELECTED, case_id, session_id, nullptr});
    view.on_event(wb_event{sizeof(wb_event), WB_EVENT_SESSION_SELECTED, case_id, session_id, nullptr});
}

// Everything one frame of the panel drew, read back from the draw data
// (drawn_text.h): the panel, its children and any tooltip or popup, text
// drawn by widgets or straight onto a draw list alike. Spaces are not drawn,
// so compare with has() below. The frame draws the plain panel, so the
// driver's repeated frames stay plain too.
std::string drawn_text(wb::test::PanelDriver<NotesView>& d) {
    d.ui.frame([&d] { d.draw(); });
    return wb::test::drawn_text();
}

// True when `what` was drawn (spaces ignored).
bool has(const std::string& text, const char* what) { return wb::test::drawn_has(text, what); }

} // namespace

TEST_CASE("presenting a real case hides the notes and sets the search aside; a demo case shows them") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes(kHappened, "", "", kNext)));
    NotesView view(f.host);
    select(f, view, f.case_a, f.a1);
    wb::test::PanelDriver<NotesView> d(view);

    std::string text = drawn_text(d);
    CHECK(has(text, kHappened));
    CHECK(has(text, kNext));

    f.context.presenting = true;
    f.context.current_case_is_demo = false;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK_FALSE(has(text, kHappened));
    CHECK_FALSE(has(text, kNext));
    CHECK(has(text, "hidden while presenting"));
    CHECK(has(text, "Search is set aside")); // the query and snippets are the notes' words
    CHECK(has(text, "What happened"));       // the prompts themselves are fixed labels
    CHECK(d.ui.rect_of(d.panel(), wb::test::HeadlessUi::id_in(d.panel(), {"##search"})) == std::nullopt);

    // Masked, a click on a note opens no input: typing goes nowhere.
    REQUIRE(d.ui.click("Panel", {"##happened"}));
    d.ui.frames(2);
    d.ui.type(" and more");
    CHECK(view.draft().text[Happened] == kHappened);
    CHECK_FALSE(view.has_unsaved_typing());

    f.context.current_case_is_demo = true;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(has(text, kHappened));
    CHECK(has(text, kNext));
}

TEST_CASE("a note being typed when presenting starts is masked, kept and saved") {
    NotesFixture f;
    REQUIRE(f.model.save(f.a1, notes(kHappened)));
    NotesView view(f.host);
    select(f, view, f.case_a, f.a1);
    wb::test::PanelDriver<NotesView> d(view);

    REQUIRE(d.ui.click("Panel", {"##happened"}));
    d.ui.frames(2);
    d.ui.type(", then tea");
    REQUIRE(view.has_unsaved_typing());
    // The open input's contents are drawn as glyphs (so the checks below
    // would see the words if the input were still drawn).
    CHECK(has(drawn_text(d), ", then tea"));

    f.context.presenting = true;
    d.ui.frames(2);
    CHECK_FALSE(has(drawn_text(d), "then tea"));
    d.ui.type(" and cake");
    CHECK(view.draft().text[Happened] == std::string(kHappened) + ", then tea");
    // The pause in typing still saves what was typed before.
    d.ui.frames(static_cast<int>(NotesView::kAutosaveDelaySeconds * 60) + 5);
    CHECK_FALSE(view.has_unsaved_typing());
    CHECK(f.model.load(f.a1).text[Happened] == std::string(kHappened) + ", then tea");
}

namespace {

int64_t demo_case(NotesFixture& f, const char* key) {
    const wb::core::DemoFamily* family = wb::core::find_demo_family(key);
    REQUIRE(family != nullptr);
    const int64_t id = wb::test::must(f.store->put_demo_family(*family));
    f.plugins.broadcast(wb_event{sizeof(wb_event), WB_EVENT_DEMO_CASE_CREATED, id, 0, key});
    return id;
}

} // namespace

TEST_CASE("each demo family gets its own fictional notes, one per session in date order") {
    NotesFixture f;
    std::set<std::string> firsts;
    for (const char* key : {"rivers", "harbour", "meadow"}) {
        INFO(std::string(key));
        const int64_t id = demo_case(f, key);
        const auto sessions = f.store->sessions(id);
        REQUIRE(sessions.size() >= 5);
        const DemoFamily family = demo_family_from_key(key);
        CHECK(demo_note_count(family) == sessions.size()); // one note per session, none repeated
        // The store lists sessions newest first or oldest first: order them.
        std::vector<std::pair<std::string, int64_t>> by_date;
        for (const auto& s : sessions) by_date.emplace_back(s.date, s.id);
        std::sort(by_date.begin(), by_date.end());
        for (std::size_t i = 0; i < by_date.size(); ++i) {
            const NoteFields n = f.model.load(by_date[i].second);
            CHECK(n == demo_note(i, family));
            for (int k = 0; k < kFieldCount; ++k) CHECK_FALSE(n.text[k].empty());
            CHECK(n.text[Happened].rfind("(Fictional demo)", 0) == 0);
        }
        firsts.insert(f.model.load(by_date[0].second).text[Happened]);
    }
    CHECK(firsts.size() == 3); // three different stories
    CHECK(demo_family_from_key("") == DemoFamily::Rivers);
    CHECK(demo_family_from_key("lighthouse") == DemoFamily::Rivers);
}

TEST_CASE("the Harbour notes follow its story: the push-back at the second visit, the repair at the third") {
    CHECK(demo_note(1, DemoFamily::Harbour).text[Happened].find("pushed back") != std::string::npos);
    CHECK(demo_note(2, DemoFamily::Harbour).text[Happened].find("rushed him") != std::string::npos);
    CHECK(demo_note(4, DemoFamily::Meadow).text[Happened].find("phoned the clinic") != std::string::npos);
}
