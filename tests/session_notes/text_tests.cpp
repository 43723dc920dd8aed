// text_tests.cpp - the pure text helpers behind the notes search: finding a
// query ignoring case, and cutting a readable snippet around a match.
#include "notes_text.h"

#include <doctest/doctest.h>

#include <string>

using namespace session_notes;

namespace {

// True when `s` is well-formed UTF-8 (no character cut in half).
bool valid_utf8(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

std::string joined(const Snippet& s) { return s.before + s.match + s.after; }

} // namespace

TEST_CASE("find_ignoring_case ignores ASCII case and treats every character literally") {
    CHECK(find_ignoring_case("Pip fell asleep", "ASLEEP") == 9u);
    CHECK(find_ignoring_case("Pip fell asleep", "pip") == 0u);
    CHECK(find_ignoring_case("100% sure", "0%") == 2u);
    CHECK_FALSE(find_ignoring_case("100 percent", "%").has_value());
    CHECK_FALSE(find_ignoring_case("a_b", "a%b").has_value());
    CHECK(find_ignoring_case("a_b", "_") == 1u);
    CHECK_FALSE(find_ignoring_case("axb", "a_b").has_value());
}

TEST_CASE("find_ignoring_case: empty or longer needles find nothing") {
    CHECK_FALSE(find_ignoring_case("text", "").has_value());
    CHECK_FALSE(find_ignoring_case("", "a").has_value());
    CHECK_FALSE(find_ignoring_case("ab", "abc").has_value());
}

TEST_CASE("find_ignoring_case compares letters outside ASCII byte for byte") {
    CHECK(find_ignoring_case("Caf\xC3\xA9 visit", "caf\xC3\xA9") == 0u);
    CHECK_FALSE(find_ignoring_case("caf\xC3\xA9", "CAF\xC3\x89").has_value()); // no Unicode folding
}

TEST_CASE("a short text is shown whole, uncut") {
    const std::string text = "We read a story together";
    const Snippet s = make_snippet(text, 10, 5);
    CHECK(s.before == "We read a ");
    CHECK(s.match == "story");
    CHECK(s.after == " together");
    CHECK_FALSE(s.cut_start);
    CHECK_FALSE(s.cut_end);
}

TEST_CASE("matches at the very start and the very end") {
    const std::string text = "story time at the end of the day";
    Snippet start = make_snippet(text, 0, 5);
    CHECK(start.before.empty());
    CHECK(start.match == "story");
    CHECK_FALSE(start.cut_start);

    Snippet end = make_snippet(text, text.size() - 3, 3);
    CHECK(end.match == "day");
    CHECK(end.after.empty());
    CHECK_FALSE(end.cut_end);
}

TEST_CASE("long texts are cut on word boundaries with about `context` bytes each side") {
    const std::string text =
        "alpha bravo charlie delta echo foxtrot golf hotel india juliet MATCH kilo lima mike november "
        "oscar papa quebec romeo sierra tango";
    const std::size_t pos = text.find("MATCH");
    const Snippet s = make_snippet(text, pos, 5, 20);
    CHECK(s.cut_start);
    CHECK(s.cut_end);
    CHECK(s.match == "MATCH");
    // Whole words only: the cut text is a suffix/prefix made of full words.
    CHECK(text.find(s.before) != std::string::npos);
    CHECK(s.before.front() != ' ');
    CHECK(text[text.find(s.before) - 1] == ' ');
    CHECK(s.before.size() <= 20);
    CHECK(s.after.size() <= 20);
    CHECK(s.after.back() != ' ');
    const std::size_t after_at = text.find(s.after, pos);
    CHECK(text[after_at + s.after.size()] == ' ');
}

TEST_CASE("a cut never splits a multi-byte character") {
    // Two-byte letters with no spaces: no word boundary to snap to, so the
    // cut must step off continuation bytes by itself.
    std::string word;
    for (int i = 0; i < 40; ++i) word += "\xC3\xA9"; // é
    const std::string text = word + "x" + word;
    for (std::size_t context = 1; context < 12; ++context) {
        const Snippet s = make_snippet(text, word.size(), 1, context);
        CHECK(valid_utf8(s.before));
        CHECK(valid_utf8(s.after));
        CHECK(s.match == "x");
        CHECK(s.cut_start);
        CHECK(s.cut_end);
    }
}

TEST_CASE("line breaks and runs of spaces become single spaces") {
    const std::string text = "first line\n\nsecond   line\twith a tab";
    const Snippet s = make_snippet(text, text.find("second"), 6);
    CHECK(joined(s) == "first line second line with a tab");
    CHECK(collapse_whitespace(" a \n\n b ") == " a b ");
}

TEST_CASE("out-of-range positions are clamped, never read past the text") {
    const std::string text = "short";
    Snippet s = make_snippet(text, 99, 5);
    CHECK(s.match.empty());
    CHECK(s.after.empty());
    CHECK(s.before == "short");
    s = make_snippet(text, 2, 99);
    CHECK(s.match == "ort");
    s = make_snippet("", 0, 0);
    CHECK(joined(s).empty());
}
