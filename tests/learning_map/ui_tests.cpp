// ui_tests.cpp - the "Learning map" panel driven headlessly: a click on a
// domain opens it; a sign of learning added through the side form (an
// empty note explained first), then undone; the priority switch; the
// session's ratings (nothing rated explained first); the history arrows
// and the play button; the "with family" view drawing no note while the
// practitioner view does (the glyphs in the frame's draw data); and, while
// presenting, notes masked for a real case and shown for a demo case, with
// Page Down stepping the story session by session. Also: a note half-typed
// is kept for its case across a case switch and comes back on return; an
// untouched form keeps nothing; a draft whose note an undo took away is
// dropped.
#include "lm_fixture.h"
#include "lm_view.h"

#include "drawn_text.h"
#include "panel_driver.h"

#include <doctest/doctest.h>

#include <string>

using namespace learning_map;
using lm_test::evidence;
using lm_test::LmFixture;
using wb::test::PanelDriver;

namespace {

constexpr const char* kNote = "Quokka drawing at the kitchen table";

void send(LearningMapView& view, wb_event_type type) { view.on_event(wb_event{sizeof(wb_event), type, 0, 0, nullptr}); }

// Every character the panel drew in one more frame, read back from the
// draw data (drawn_text.h): it sees every glyph on screen, whoever drew it,
// which is what "no note is drawn" has to prove. Spaces are not drawn.
std::string drawn_text(PanelDriver<LearningMapView>& d) {
    d.ui.frames(1);
    return wb::test::drawn_text();
}

// For drawn text (no spaces) and for ordinary strings (error messages).
bool has(const std::string& text, const char* part) {
    return text.find(part) != std::string::npos || wb::test::drawn_has(text, part);
}

} // namespace

TEST_CASE("click a domain, add a sign of learning through the side form, find it in the store, undo") {
    LmFixture f;
    f.select(f.case_a, f.a2);
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    CHECK(view.viewed_index() == 1); // the host's session
    CHECK(view.selected_domain() == -1);

    const auto at = view.domain_screen_pos(Domain::MyChild);
    REQUIRE(at.has_value());
    d.ui.click_at(*at);
    CHECK(view.selected_domain() == static_cast<int>(Domain::MyChild));
    d.ui.frames(2);

    // An empty note is explained, nothing stored.
    REQUIRE(d.click_side({"evidence", "Add sign"}));
    CHECK(has(view.evidence_error(), "Describe"));
    CHECK(f.model.load(f.case_a).evidence.empty());

    REQUIRE(d.replace_text({"evidence", "##note"}, "Noticed her son was tired before the meltdown"));
    REQUIRE(d.click_side({"evidence", "Add sign"}));
    d.ui.frames(2);
    CHECK(view.evidence_error().empty());
    CaseData data = f.model.load(f.case_a);
    REQUIRE(data.evidence.size() == 1);
    CHECK(data.evidence[0].domain == Domain::MyChild);
    CHECK(data.evidence[0].session_id == f.a2); // the viewed session
    CHECK(data.evidence[0].note == "Noticed her son was tired before the meltdown");
    CHECK(f.store->undo_label() == "Add sign of learning");
    CHECK(view.state().at(Domain::MyChild).count == 1);
    CHECK(view.state().at(Domain::MyChild).in_session == 1);

    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    CHECK(view.state().at(Domain::MyChild).count == 0);

    // A second click on the same domain goes back to the conditions.
    d.ui.click_at(*view.domain_screen_pos(Domain::MyChild));
    CHECK(view.selected_domain() == -1);
}

TEST_CASE("a sign of learning is edited and deleted from the domain's list, each undoable") {
    LmFixture f;
    const Outcome added = f.model.add_evidence(evidence(f.case_a, f.a1, Domain::Me, "Said she felt less alone"));
    REQUIRE(added);
    f.select(f.case_a, f.a2);
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    view.select_domain(static_cast<int>(Domain::Me));
    d.ui.frames(2);
    const std::string row = "note" + std::to_string(added.id);

    REQUIRE(d.click_side({row.c_str(), "Edit"}));
    d.ui.frames(1);
    REQUIRE(d.replace_text({"evidence", "##note"}, " "));
    d.ui.press(ImGuiKey_Backspace);
    REQUIRE(d.click_side({"evidence", "Save changes"}));
    CHECK(has(view.evidence_error(), "Describe")); // explained, not stored
    CHECK(f.model.find_evidence(added.id)->note == "Said she felt less alone");
    REQUIRE(d.replace_text({"evidence", "##note"}, "Said she felt less alone at playgroup"));
    REQUIRE(d.click_side({"evidence", "Save changes"}));
    d.ui.frames(2);
    CHECK(f.model.find_evidence(added.id)->note == "Said she felt less alone at playgroup");
    CHECK(f.model.find_evidence(added.id)->session_id == f.a1); // kept its own session
    CHECK(f.store->undo_label() == "Edit sign of learning");

    // Delete asks once more first.
    REQUIRE(d.click_side({row.c_str(), "Delete"}));
    CHECK(f.model.find_evidence(added.id).has_value());
    REQUIRE(d.click_side({row.c_str(), "Really delete"}));
    d.ui.frames(2);
    CHECK_FALSE(f.model.find_evidence(added.id).has_value());
    CHECK(view.state().at(Domain::Me).count == 0);
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    CHECK(view.state().at(Domain::Me).count == 1);
}

TEST_CASE("the priority switch marks a domain from the viewed session on") {
    LmFixture f;
    f.select(f.case_a, f.a2);
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    view.select_domain(static_cast<int>(Domain::Me));
    d.ui.frames(2);
    REQUIRE(d.click_side({"The family wants to work on this"}));
    d.ui.frames(2);
    CHECK(view.priority_error().empty());
    CHECK(f.store->undo_label() == "Mark domain as a priority");
    CHECK(view.state().at(Domain::Me).priority);
    CHECK(view.state().at(Domain::Me).priority_since == "2024-02-14");
    // At the first session it was not a priority yet.
    view.view_session(0);
    d.ui.frames(1);
    CHECK_FALSE(view.state().at(Domain::Me).priority);
}

TEST_CASE("the session's ratings: each click is stored at once, and taking the last one away clears them") {
    LmFixture f;
    f.select(f.case_a, f.a1);
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    CHECK_FALSE(d.click_side({"ratings", "Clear ratings"})); // nothing to clear yet

    REQUIRE(d.click_side({"ratings", "Parent", "Trust", "1"}));
    d.ui.frames(2);
    CHECK(view.ratings_error().empty());
    CHECK(f.store->undo_label() == "Save condition ratings");
    // Stored, with no separate save step: a fresh load sees it.
    CaseData data = f.model.load(f.case_a);
    REQUIRE(data.ratings.size() == 1);
    CHECK(data.ratings[0].session_id == f.a1);
    CHECK(data.ratings[0].at(Rater::Parent, Condition::Trust) == std::optional<int>(1));

    REQUIRE(d.click_side({"ratings", "Helper", "Openness", "4"}));
    d.ui.frames(2);
    data = f.model.load(f.case_a);
    REQUIRE(data.ratings.size() == 1);
    CHECK(data.ratings[0].at(Rater::Parent, Condition::Trust) == std::optional<int>(1));
    CHECK(data.ratings[0].at(Rater::Helper, Condition::Openness) == std::optional<int>(4));
    CHECK_FALSE(data.ratings[0].at(Rater::Parent, Condition::Openness).has_value());
    CHECK(view.state().ratings_current);

    // Ctrl+Z takes back one click.
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);
    data = f.model.load(f.case_a);
    REQUIRE(data.ratings.size() == 1);
    CHECK_FALSE(data.ratings[0].at(Rater::Helper, Condition::Openness).has_value());

    // "-" on the last rating left removes the session's ratings.
    REQUIRE(d.click_side({"ratings", "Parent", "Trust", "-"}));
    d.ui.frames(2);
    CHECK(view.ratings_error().empty());
    CHECK(f.model.load(f.case_a).ratings.empty());
    CHECK_FALSE(view.state().ratings_current);
}

TEST_CASE("the history arrows and play step through the sessions; later notes drop out of earlier maps") {
    LmFixture f;
    const int64_t a3 = f.session_a("2024-03-20");
    REQUIRE(f.model.add_evidence(evidence(f.case_a, f.a1, Domain::Parenting, "One")));
    REQUIRE(f.model.add_evidence(evidence(f.case_a, a3, Domain::Parenting, "Two")));
    f.select(f.case_a);
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    CHECK(view.viewed_index() == 2); // no session picked: the latest
    CHECK(view.state().at(Domain::Parenting).count == 2);

    REQUIRE(d.ui.click("Panel", {"##earlier"}));
    CHECK(view.viewed_index() == 1);
    REQUIRE(d.ui.click("Panel", {"##earlier"}));
    REQUIRE(d.ui.click("Panel", {"##earlier"})); // clamps at the first
    CHECK(view.viewed_index() == 0);
    CHECK(view.state().at(Domain::Parenting).count == 1);

    REQUIRE(d.ui.click("Panel", {"Play"}));
    CHECK(view.playing());
    d.ui.frames(80); // 1.2 s a step at 60 frames a second
    CHECK(view.viewed_index() == 1);
    d.ui.frames(80);
    CHECK(view.viewed_index() == 2);
    d.ui.frames(80);
    CHECK_FALSE(view.playing()); // stops at the last session
    CHECK(view.viewed_index() == 2);
}

TEST_CASE("the 'with family' view draws no note; the practitioner view does") {
    LmFixture f;
    REQUIRE(f.model.add_evidence(evidence(f.case_a, f.a2, Domain::MyChild, kNote)));
    f.select(f.case_a, f.a2);
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    view.select_domain(static_cast<int>(Domain::MyChild));
    d.ui.frames(2);
    std::string text = drawn_text(d);
    CHECK(has(text, kNote));
    CHECK(has(text, "Signs of learning seen"));

    REQUIRE(d.ui.click("Panel", {"With family"}));
    CHECK(view.family_view());
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK_FALSE(has(text, kNote));
    CHECK_FALSE(has(text, "Signs of learning seen"));
    // Hovering the domain shows plain words and a count, still no note.
    d.ui.move_mouse(*view.domain_screen_pos(Domain::MyChild));
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(has(text, "Seen 1 time"));
    CHECK_FALSE(has(text, kNote));
    // Clicks do not open forms in the family view.
    d.ui.click_at(*view.domain_screen_pos(Domain::Me));
    CHECK(view.selected_domain() == static_cast<int>(Domain::MyChild));

    REQUIRE(d.ui.click("Panel", {"Practitioner view"}));
    d.ui.move_mouse(*view.domain_screen_pos(Domain::MyChild));
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(has(text, kNote)); // in the list and in the tooltip's "Latest"
}

TEST_CASE("presenting a real case masks every note; a demo case shows them; Page Down steps the story") {
    LmFixture f;
    const int64_t a3 = f.session_a("2024-03-20");
    REQUIRE(f.model.add_evidence(evidence(f.case_a, f.a1, Domain::GettingHelp, kNote)));
    REQUIRE(f.model.add_evidence(evidence(f.case_a, a3, Domain::Relationships, "Made up with her sister")));
    f.select(f.case_a, a3);
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    view.select_domain(static_cast<int>(Domain::GettingHelp));
    d.ui.frames(2);
    CHECK(has(drawn_text(d), kNote));

    f.context.presenting = true;
    f.context.current_case_is_demo = false;
    send(view, WB_EVENT_PRESENTATION_CHANGED);
    d.ui.frames(2);
    CHECK(view.viewed_index() == 0); // the story starts at the first session
    std::string text = drawn_text(d);
    CHECK_FALSE(has(text, kNote));
    CHECK(has(text, "hidden while presenting"));
    // The forms are read only while presenting: no editor.
    CHECK_FALSE(has(text, "Note a sign of learning"));

    // The story through the host, as Page Down / Page Up reach it (the
    // plugin's own panel, not this test's view).
    wb::core::PanelRef panel;
    for (const auto& p : f.plugins.panels())
        if (p.plugin_id == "learning_map") panel = p;
    REQUIRE(panel.panel_id == "map");
    auto s = f.plugins.story(panel, 0);
    REQUIRE(s.has_value());
    CHECK(s->count == 3);
    CHECK(s->step == 2);
    s = f.plugins.story(panel, -1);
    CHECK(s->step == 1);
    CHECK(s->caption == "Session 2: no new signs recorded");
    s = f.plugins.story(panel, -1);
    s = f.plugins.story(panel, -1); // clamps
    CHECK(s->step == 0);
    CHECK(s->caption == "Session 1: first signs under 'Getting help'");
    s = f.plugins.story(panel, +5);
    CHECK(s->step == 2);

    // This view's story moves its slider: the map as of session 1.
    const wb::Story back = view.story(-2);
    CHECK(back.step == 0);
    CHECK(view.viewed_index() == 0);
    d.ui.frames(1);
    CHECK(view.state().at(Domain::Relationships).count == 0);
    CHECK(back.caption == "Session 1: first signs under 'Getting help'");

    f.context.current_case_is_demo = true;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK(has(text, kNote));
}

TEST_CASE("the view chosen in the toolbar is remembered for the next time the map opens") {
    LmFixture f;
    f.select(f.case_a, f.a1);
    {
        LearningMapView view(f.host);
        PanelDriver<LearningMapView> d(view);
        CHECK_FALSE(view.family_view()); // the practitioner's view first
        REQUIRE(d.ui.click("Panel", {"With family"}));
        CHECK(view.family_view());
    }
    LearningMapView reopened(f.host);
    CHECK(reopened.family_view());
    reopened.choose_family_view(false);
    CHECK_FALSE(LearningMapView(f.host).family_view());
}

TEST_CASE("empty states: no case, and a case without sessions, say what to do next") {
    LmFixture f;
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    CHECK(has(drawn_text(d), "Pick a case"));
    const int64_t empty = lm_test::must(f.store->create_case("FAM-003", "No sessions"));
    f.select(empty);
    d.ui.frames(2);
    CHECK(has(drawn_text(d), "Add a session"));
    f.select(f.case_b);
    d.ui.frames(2);
    const std::string text = drawn_text(d);
    CHECK(has(text, "Nothing recorded yet"));
    CHECK(has(text, "Conditions in session 1"));
}

// ---- Unsaved drafts across a case switch (lm_drafts.h) ---------------------------

namespace {

constexpr const char* kHalfTyped = "Asked the nurse about sleep routines herself";
constexpr const char* kKeptLine = "Not saved yet";

// As the app does it: the sidebar picks the case, the view hears of it.
void switch_case(LmFixture& f, LearningMapView& view, PanelDriver<LearningMapView>& d, int64_t case_id,
                 int64_t session_id) {
    f.select(case_id, session_id);
    send(view, WB_EVENT_CASE_SELECTED);
    d.ui.frames(2);
}

} // namespace

TEST_CASE("a sign of learning half-typed is kept when the user looks at another case, and is back on return") {
    LmFixture f;
    f.select(f.case_a, f.a2);
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    d.ui.click_at(*view.domain_screen_pos(Domain::MyChild));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"evidence", "##note"}, kHalfTyped));
    REQUIRE(view.evidence_draft().note == kHalfTyped);

    // Another family: its own map, with no form open and nothing typed.
    switch_case(f, view, d, f.case_b, f.b1);
    CHECK(view.selected_domain() == -1);
    CHECK(view.evidence_draft().note.empty());
    std::string text = drawn_text(d);
    CHECK_FALSE(has(text, kHalfTyped));
    CHECK(has(text, "Conditions in session 1"));
    CHECK(view.kept_drafts() == 1);

    // Back: the same domain open, the note as it was left, and a line saying so.
    switch_case(f, view, d, f.case_a, f.a2);
    CHECK(view.selected_domain() == static_cast<int>(Domain::MyChild));
    CHECK(view.evidence_draft().note == kHalfTyped);
    CHECK(view.evidence_draft().id == 0);
    CHECK(view.draft_restored());
    CHECK(view.kept_drafts() == 0); // the form holds it again
    text = drawn_text(d);
    CHECK(has(text, kHalfTyped));
    CHECK(has(text, kKeptLine));
    CHECK(f.model.load(f.case_a).evidence.empty()); // nothing was written on the way

    // Presenting a real case: the restored note is masked like any other.
    f.context.presenting = true;
    d.ui.frames(2);
    text = drawn_text(d);
    CHECK_FALSE(has(text, kHalfTyped));
    f.context.presenting = false;
    d.ui.frames(2);

    // Saved as usual, for the session viewed; the line goes with the draft.
    REQUIRE(d.click_side({"evidence", "Add sign"}));
    d.ui.frames(2);
    const CaseData data = f.model.load(f.case_a);
    REQUIRE(data.evidence.size() == 1);
    CHECK(data.evidence[0].note == kHalfTyped);
    CHECK(data.evidence[0].session_id == f.a2);
    CHECK(data.evidence[0].domain == Domain::MyChild);
    CHECK_FALSE(view.draft_restored());
    CHECK_FALSE(has(drawn_text(d), kKeptLine));
}

TEST_CASE("an untouched form leaves no draft behind; each case gets back only its own") {
    LmFixture f;
    f.select(f.case_a, f.a2);
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    view.select_domain(static_cast<int>(Domain::Me)); // opened, nothing typed
    d.ui.frames(2);

    switch_case(f, view, d, f.case_b, f.b1);
    CHECK(view.kept_drafts() == 0);
    // Something typed in family B's form...
    view.select_domain(static_cast<int>(Domain::Parenting));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"evidence", "##note"}, kHalfTyped));

    // ...is not carried to A, whose untouched form was not kept.
    switch_case(f, view, d, f.case_a, f.a2);
    CHECK(view.selected_domain() == -1);
    CHECK(view.evidence_draft().note.empty());
    CHECK_FALSE(view.draft_restored());
    CHECK_FALSE(has(drawn_text(d), kKeptLine));
    CHECK(view.kept_drafts() == 1); // B's

    switch_case(f, view, d, f.case_b, f.b1);
    CHECK(view.selected_domain() == static_cast<int>(Domain::Parenting));
    CHECK(view.evidence_draft().note == kHalfTyped);
}

TEST_CASE("a draft editing a sign that an undo takes away is dropped, and redo does not bring the draft back") {
    LmFixture f;
    const Outcome added = f.model.add_evidence(evidence(f.case_a, f.a1, Domain::Me, "Said she felt alone"));
    REQUIRE(added);
    f.select(f.case_a, f.a2);
    LearningMapView view(f.host);
    PanelDriver<LearningMapView> d(view);
    view.select_domain(static_cast<int>(Domain::Me));
    d.ui.frames(2);
    const std::string row = "note" + std::to_string(added.id);
    REQUIRE(d.click_side({row.c_str(), "Edit"}));
    d.ui.frames(1);
    REQUIRE(d.replace_text({"evidence", "##note"}, "Said she felt less alone"));

    switch_case(f, view, d, f.case_b, f.b1);
    CHECK(view.kept_drafts() == 1);
    // Ctrl+Z in family B's view takes the sign away (the last edit).
    REQUIRE(f.store->undo().is_ok());
    send(view, WB_EVENT_UNDO_APPLIED);
    d.ui.frames(2);

    switch_case(f, view, d, f.case_a, f.a2);
    CHECK(view.kept_drafts() == 0);
    CHECK(view.selected_domain() == -1);
    CHECK(view.evidence_draft().id == 0);
    CHECK_FALSE(view.draft_restored());

    REQUIRE(f.store->redo().is_ok());
    send(view, WB_EVENT_REDO_APPLIED);
    d.ui.frames(2);
    CHECK(view.state().at(Domain::Me).count == 1);
    CHECK(view.evidence_draft().note.empty());
    CHECK_FALSE(view.draft_restored());

    // A draft kept for another case goes when another store is opened.
    view.select_domain(static_cast<int>(Domain::Me));
    d.ui.frames(2);
    REQUIRE(d.replace_text({"evidence", "##note"}, kHalfTyped));
    switch_case(f, view, d, f.case_b, f.b1);
    CHECK(view.kept_drafts() == 1);
    send(view, WB_EVENT_STORE_OPENED);
    d.ui.frames(2);
    CHECK(view.kept_drafts() == 0);
}
