// notes_text.h - pure text helpers for searching session notes: a
// case-insensitive find and the short snippet shown in a search result.
//
// Kept free of the host and of ImGui so every edge case (cuts inside a
// multi-byte character, matches at either end, line breaks) is unit tested.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace session_notes {

// Position of the first occurrence of `needle` in `haystack`, ignoring ASCII
// case. Every character is literal (no wildcards). Letters outside ASCII are
// compared byte for byte. An empty needle finds nothing.
std::optional<std::size_t> find_ignoring_case(std::string_view haystack, std::string_view needle);

// A few words either side of a match, ready to show on one or two lines.
struct Snippet {
    std::string before; // text just before the match (whitespace collapsed)
    std::string match;  // the matched text itself
    std::string after;  // text just after the match
    bool cut_start = false; // text was left out before `before`
    bool cut_end = false;   // text was left out after `after`
};

// Builds the snippet for the match [pos, pos + len) in `text`, keeping about
// `context` bytes on each side. Cuts fall on word boundaries when one is
// near, never inside a UTF-8 character; runs of whitespace (line breaks
// included) become single spaces. Out-of-range positions are clamped.
Snippet make_snippet(std::string_view text, std::size_t pos, std::size_t len,
                     std::size_t context = 48);

// Collapses every run of whitespace into one space.
std::string collapse_whitespace(std::string_view text);

} // namespace session_notes
