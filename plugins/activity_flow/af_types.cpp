// af_types.cpp - the activities' labels (our own words), time formatting
// and parsing, and the input checks.
#include "af_types.h"

#include <cstdio>

namespace activity_flow {

std::optional<Activity> activity_from_int(int64_t v) {
    if (v < 1 || v > kActivityCount) return std::nullopt;
    return static_cast<Activity>(v);
}

const char* activity_label(Activity a) {
    switch (a) {
    case Activity::Locating: return "Locating and orienting change";
    case Activity::Meaning: return "Creating new meaning";
    case Activity::JointAction: return "Joint live action";
    case Activity::Planning: return "Planning for change";
    }
    return "?";
}

const char* activity_short_label(Activity a) {
    switch (a) {
    case Activity::Locating: return "Locating";
    case Activity::Meaning: return "New meaning";
    case Activity::JointAction: return "Joint action";
    case Activity::Planning: return "Planning";
    }
    return "?";
}

const char* activity_letter(Activity a) {
    switch (a) {
    case Activity::Locating: return "L";
    case Activity::Meaning: return "M";
    case Activity::JointAction: return "J";
    case Activity::Planning: return "P";
    }
    return "?";
}

const char* activity_hint(Activity a) {
    switch (a) {
    case Activity::Locating:
        return "Finding out together what has been going on, what it does to the family, and where they would like to get to.";
    case Activity::Meaning:
        return "Turning the problem round to see it another way, so that new ways forward come into sight.";
    case Activity::JointAction:
        return "Doing it together, right now: hands-on help in the moment when the child needs it.";
    case Activity::Planning:
        return "Fitting the change into the family's wider life so that it keeps going after the visit.";
    }
    return "";
}

std::string format_time(int64_t ms) {
    if (ms < 0) ms = 0;
    const int64_t s = ms / 1000;
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", static_cast<long long>(s / 3600),
                      static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
    else
        std::snprintf(buf, sizeof buf, "%lld:%02lld", static_cast<long long>(s / 60), static_cast<long long>(s % 60));
    return buf;
}

std::optional<int64_t> parse_time(std::string_view text) {
    const std::string t = trimmed(text);
    if (t.empty() || t.size() > 12) return std::nullopt;
    // Up to three colon-separated whole numbers: [[h:]m:]s.
    int64_t parts[3] = {0, 0, 0};
    int count = 0;
    bool digit = false;
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            parts[count] = parts[count] * 10 + (c - '0');
            digit = true;
        } else if (c == ':' && digit && count < 2) {
            ++count;
            digit = false;
        } else {
            return std::nullopt;
        }
    }
    if (!digit) return std::nullopt;
    int64_t seconds = 0;
    for (int i = 0; i <= count; ++i) {
        if (i > 0 && parts[i] >= 60) return std::nullopt; // "1:75" is not a time
        seconds = seconds * 60 + parts[i];
    }
    return seconds * 1000;
}

std::optional<std::string> check_title(std::string_view title) {
    const std::string t = trimmed(title);
    if (t.empty()) return "Give the recording a short title (for example \"Visit 3, bath time\").";
    if (t.size() > kMaxTitleBytes) return "Keep the title under " + std::to_string(kMaxTitleBytes) + " characters.";
    return std::nullopt;
}

std::optional<std::string> check_note(std::string_view text) {
    const std::string t = trimmed(text);
    if (t.empty()) return "Write a few words for the note, or press Escape to leave it.";
    if (t.size() > kMaxNoteBytes)
        return "Notes are meant to be short: keep it under " + std::to_string(kMaxNoteBytes) + " characters.";
    return std::nullopt;
}

std::optional<std::string> check_slice(int seconds) {
    if (seconds < kMinSliceSeconds || seconds > kMaxSliceSeconds)
        return "A slice lasts between " + std::to_string(kMinSliceSeconds) + " and " +
               std::to_string(kMaxSliceSeconds) + " seconds.";
    return std::nullopt;
}

} // namespace activity_flow
