// tests/sdk/test_drafts.cpp - wb::DraftsByCase (workbench/drafts.hpp), the
// rule for side forms left unsaved on a case switch, on plain data: a
// changed form is kept for its case and given back once; an untouched form,
// no form or no case keep nothing; a draft whose item is gone, or whose
// case id now names another case, is dropped; drop() and clear() forget.
#include <workbench/drafts.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

// The smallest form: the item it edits (0: a new one) and one text field.
struct NoteFields {
    int64_t id = 0;
    std::string text;
    int64_t item_id() const { return id; }
    bool operator==(const NoteFields&) const = default;
};
using Drafts = wb::DraftsByCase<NoteFields>;

constexpr int64_t kCaseA = 1, kCaseB = 2;
constexpr const char* kStampA = "2024-01-01T09:00:00Z";
constexpr const char* kStampB = "2024-01-02T09:00:00Z";

Drafts::Form adding(const char* text) { return {NoteFields{0, ""}, NoteFields{0, text}}; }
Drafts::Form editing(int64_t id, const char* stored, const char* text) {
    return {NoteFields{id, stored}, NoteFields{id, text}};
}

bool never(int64_t) {
    FAIL("a new item's draft has no item to look for");
    return false;
}

} // namespace

TEST_CASE("a changed form is kept for its case and given back once, to that case only") {
    Drafts drafts;
    drafts.leave(kCaseA, kStampA, adding("Half a sentence"));
    CHECK(drafts.holds(kCaseA));
    CHECK_FALSE(drafts.restore(kCaseB, kStampB, never).has_value());
    const auto back = drafts.restore(kCaseA, kStampA, never);
    REQUIRE(back.has_value());
    CHECK(back->now.text == "Half a sentence");
    CHECK(back->opened.text.empty());
    CHECK(drafts.size() == 0);
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, never).has_value()); // once
}

TEST_CASE("an untouched form, no form and no case keep nothing") {
    Drafts drafts;
    drafts.leave(kCaseA, kStampA, adding(""));
    drafts.leave(kCaseA, kStampA, editing(5, "Same words", "Same words"));
    drafts.leave(kCaseA, kStampA, std::nullopt);
    drafts.leave(0, "", adding("Typed with no case open"));
    CHECK(drafts.size() == 0);
}

TEST_CASE("each case keeps its own, and leaving again replaces the older draft") {
    Drafts drafts;
    drafts.leave(kCaseA, kStampA, adding("First words"));
    drafts.leave(kCaseB, kStampB, adding("Family B's words"));
    drafts.leave(kCaseA, kStampA, adding("First words, then more"));
    CHECK(drafts.size() == 2);
    CHECK(drafts.restore(kCaseA, kStampA, never)->now.text == "First words, then more");
    CHECK(drafts.restore(kCaseB, kStampB, never)->now.text == "Family B's words");
}

TEST_CASE("a draft editing an item that is gone is dropped, and does not come back with the item") {
    Drafts drafts;
    drafts.leave(kCaseA, kStampA, editing(5, "Stored", "Stored, then changed"));
    int64_t asked = 0;
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, [&](int64_t id) {
                          asked = id;
                          return false; // undone or deleted while the user was away
                      }).has_value());
    CHECK(asked == 5);
    CHECK_FALSE(drafts.restore(kCaseA, kStampA, [](int64_t) { return true; }).has_value());

    drafts.leave(kCaseA, kStampA, editing(5, "Stored", "Stored, then changed"));
    const auto back = drafts.restore(kCaseA, kStampA, [](int64_t id) { return id == 5; });
    REQUIRE(back.has_value());
    CHECK(back->now.item_id() == 5);
}

TEST_CASE("a case id that now names another case gets nothing; drop and clear forget") {
    Drafts drafts;
    drafts.leave(kCaseA, kStampA, adding("About the family that was deleted"));
    CHECK_FALSE(drafts.restore(kCaseA, "2024-05-05T10:00:00Z", never).has_value());
    CHECK(drafts.size() == 0);

    drafts.leave(kCaseA, kStampA, adding("One"));
    drafts.leave(kCaseB, kStampB, adding("Two"));
    drafts.drop(kCaseA);
    CHECK_FALSE(drafts.holds(kCaseA));
    CHECK(drafts.holds(kCaseB));
    drafts.clear();
    CHECK(drafts.size() == 0);
}
