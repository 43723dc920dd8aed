// notes_text.cpp - case-insensitive find and snippet building (pure text).
#include "notes_text.h"

#include <algorithm>

namespace session_notes {
namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; }

// UTF-8 continuation bytes look like 10xxxxxx: a cut must not land on one.
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

} // namespace

std::optional<std::size_t> find_ignoring_case(std::string_view haystack, std::string_view needle) {
    if (needle.empty() || needle.size() > haystack.size()) return std::nullopt;
    auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                          [](char a, char b) { return ascii_lower(a) == ascii_lower(b); });
    if (it == haystack.end()) return std::nullopt;
    return static_cast<std::size_t>(it - haystack.begin());
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool in_space = false;
    for (char c : text) {
        if (is_space(c)) {
            if (!in_space) out.push_back(' ');
            in_space = true;
        } else {
            out.push_back(c);
            in_space = false;
        }
    }
    return out;
}

Snippet make_snippet(std::string_view text, std::size_t pos, std::size_t len, std::size_t context) {
    pos = std::min(pos, text.size());
    len = std::min(len, text.size() - pos);
    const std::size_t match_end = pos + len;

    // Start: `context` bytes before the match, moved forward to a whole
    // character, then to the start of the next word if one begins before
    // the match (so the snippet does not open with half a word).
    std::size_t start = pos > context ? pos - context : 0;
    while (start < pos && is_continuation(text[start])) ++start;
    if (start > 0 && !is_space(text[start - 1])) {
        std::size_t s = start;
        while (s < pos && !is_space(text[s])) ++s;
        if (s < pos) start = s;
    }

    // End: the same on the other side, moved back to a word end.
    std::size_t end = std::min(text.size(), match_end + context);
    while (end > match_end && end < text.size() && is_continuation(text[end])) --end;
    if (end < text.size() && !is_space(text[end])) {
        std::size_t e = end;
        while (e > match_end && !is_space(text[e - 1])) --e;
        if (e > match_end) end = e;
    }

    Snippet s;
    s.cut_start = start > 0;
    s.cut_end = end < text.size();
    s.before = collapse_whitespace(text.substr(start, pos - start));
    s.match = collapse_whitespace(text.substr(pos, len));
    s.after = collapse_whitespace(text.substr(match_end, end - match_end));
    // Spaces at a cut edge carry no meaning; drop them.
    if (!s.before.empty() && s.before.front() == ' ') s.before.erase(0, 1);
    if (!s.after.empty() && s.after.back() == ' ') s.after.pop_back();
    return s;
}

} // namespace session_notes
