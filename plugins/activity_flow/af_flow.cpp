// af_flow.cpp - runs, figures, the diagram's squares with the straddle rule,
// the story's chunks and the edit checks (see af_flow.h).
#include "af_flow.h"

#include <algorithm>

namespace activity_flow {

int64_t stretch_end(std::span<const Stretch> s, std::size_t i, int64_t duration_ms) {
    return i + 1 < s.size() ? s[i + 1].start_ms : std::max(duration_ms, s[i].start_ms);
}

std::vector<Run> runs_of(std::span<const Stretch> s, int64_t duration_ms) {
    std::vector<Run> out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const int64_t a = std::max<int64_t>(s[i].start_ms, 0);
        const int64_t b = std::min(stretch_end(s, i, duration_ms), duration_ms);
        if (b <= a) continue;
        if (!out.empty() && out.back().activity == s[i].activity && out.back().end_ms == a) out.back().end_ms = b;
        else out.push_back(Run{s[i].activity, a, b});
    }
    return out;
}

Figures figures_of(std::span<const Stretch> stretches, int64_t duration_ms) {
    Figures f;
    f.duration_ms = std::max<int64_t>(duration_ms, 0);
    const std::vector<Run> runs = runs_of(stretches, duration_ms);
    f.runs = static_cast<int>(runs.size());
    f.switches = std::max(f.runs - 1, 0);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Run& r = runs[i];
        const int64_t len = r.end_ms - r.start_ms;
        f.ms[index_of(r.activity)] += len;
        ++f.runs_per[index_of(r.activity)];
        if (len > f.longest_run_ms) {
            f.longest_run_ms = len;
            f.longest_activity = r.activity;
        }
        if (i > 0) ++f.transitions[index_of(runs[i - 1].activity)][index_of(r.activity)];
    }
    if (f.duration_ms > 0)
        for (int k = 0; k < kActivityCount; ++k)
            f.share[k] = static_cast<double>(f.ms[k]) / static_cast<double>(f.duration_ms);
    if (f.runs > 0) f.mean_run_ms = static_cast<double>(f.duration_ms) / f.runs;
    return f;
}

Comparison compare(const Figures& a, const Figures& b) {
    Comparison c{a, b, {}, b.switches - a.switches, b.mean_run_ms - a.mean_run_ms};
    for (int k = 0; k < kActivityCount; ++k) c.share_points[k] = (b.share[k] - a.share[k]) * 100.0;
    return c;
}

// ---- The diagram ---------------------------------------------------------------------

int square_count(int64_t duration_ms, int64_t slice_ms) {
    if (duration_ms <= 0 || slice_ms <= 0) return 0;
    const int64_t full = duration_ms / slice_ms, rest = duration_ms % slice_ms;
    return static_cast<int>(full + (rest * 2 >= slice_ms && rest > 0 ? 1 : 0));
}

std::optional<Activity> dominant_in(std::span<const Run> runs, int64_t from_ms, int64_t to_ms, bool* mixed) {
    if (mixed) *mixed = false;
    if (to_ms <= from_ms || runs.empty()) return std::nullopt;
    // The first run that ends after `from_ms` (runs are in time order).
    auto it = std::upper_bound(runs.begin(), runs.end(), from_ms,
                               [](int64_t t, const Run& r) { return t < r.end_ms; });
    std::array<int64_t, kActivityCount> ms{};
    std::array<int64_t, kActivityCount> latest{}; // where each is last under way
    latest.fill(-1);
    int kinds = 0;
    for (; it != runs.end() && it->start_ms < to_ms; ++it) {
        const int64_t a = std::max(it->start_ms, from_ms), b = std::min(it->end_ms, to_ms);
        if (b <= a) continue;
        const int k = index_of(it->activity);
        if (ms[k] == 0) ++kinds;
        ms[k] += b - a;
        latest[k] = b;
    }
    if (kinds == 0) return std::nullopt;
    if (mixed) *mixed = kinds > 1;
    int best = -1;
    for (int k = 0; k < kActivityCount; ++k) {
        if (ms[k] == 0) continue;
        // More time wins; on a tie, the one under way later in the slice.
        if (best < 0 || ms[k] > ms[best] || (ms[k] == ms[best] && latest[k] > latest[best])) best = k;
    }
    return activity_at(best);
}

void squares_of(std::span<const Run> runs, int64_t duration_ms, int64_t slice_ms, std::vector<Square>& out) {
    out.clear();
    const int n = square_count(duration_ms, slice_ms);
    out.reserve(static_cast<std::size_t>(n));
    for (int k = 0; k < n; ++k) {
        const int64_t from = k * slice_ms, to = std::min(from + slice_ms, duration_ms);
        Square sq;
        sq.activity = dominant_in(runs, from, to, &sq.mixed).value_or(Activity::Locating);
        out.push_back(sq);
    }
}

// ---- The story -------------------------------------------------------------------------

int story_steps(int64_t duration_ms) {
    if (duration_ms <= 0) return 0;
    return static_cast<int>((duration_ms + kStoryChunkMs - 1) / kStoryChunkMs);
}

int64_t story_shown_ms(int step, int64_t duration_ms) {
    return std::clamp<int64_t>((static_cast<int64_t>(step) + 1) * kStoryChunkMs, 0, std::max<int64_t>(duration_ms, 0));
}

std::string story_caption(std::span<const Run> runs, int step, int64_t duration_ms) {
    const int64_t from = static_cast<int64_t>(step) * kStoryChunkMs, to = story_shown_ms(step, duration_ms);
    const auto main = dominant_in(runs, from, to);
    if (!main) return "Minute " + std::to_string(from / 60000) + ": nothing recorded here";
    int switches = 0;
    for (std::size_t i = 1; i < runs.size(); ++i)
        if (runs[i].start_ms >= from && runs[i].start_ms < to) ++switches;
    std::string name = activity_label(*main);
    name[0] = static_cast<char>(name[0] - 'A' + 'a');
    std::string out = "Minutes " + std::to_string(from / 60000) + " to " + std::to_string((to + 59999) / 60000) +
                      ": " + (switches >= 3 ? "fast switching, mostly " : "mostly ") + name;
    if (switches > 0) out += " (" + std::to_string(switches) + (switches == 1 ? " switch)" : " switches)");
    return out;
}

// ---- Edit checks -------------------------------------------------------------------------

std::optional<std::string> check_split(std::span<const Stretch> s, std::size_t i, int64_t at_ms,
                                       int64_t duration_ms) {
    if (i >= s.size()) return "Pick a stretch on the timeline first.";
    const int64_t a = s[i].start_ms, b = stretch_end(s, i, duration_ms);
    if (at_ms <= a || at_ms >= b)
        return "Split inside the stretch: between " + format_time(a) + " and " + format_time(b) + ".";
    if (at_ms - a < kMinStretchMs || b - at_ms < kMinStretchMs)
        return "Both parts must last at least a second: pick a time further from the ends.";
    return std::nullopt;
}

std::optional<std::string> check_merge(std::span<const Stretch> s, std::size_t i) {
    if (i >= s.size()) return "Pick a stretch on the timeline first.";
    if (i + 1 >= s.size()) return "This is the last stretch: there is nothing after it to merge with.";
    return std::nullopt;
}

std::optional<std::string> check_retime(std::span<const Stretch> s, std::size_t i, int64_t start_ms,
                                        int64_t duration_ms) {
    if (i >= s.size()) return "Pick a stretch on the timeline first.";
    if (i == 0) return "The first stretch always starts at 0:00; re-time the start of the next one instead.";
    const int64_t lo = s[i - 1].start_ms + kMinStretchMs, hi = stretch_end(s, i, duration_ms) - kMinStretchMs;
    if (start_ms < lo || start_ms > hi)
        return "The start must stay between " + format_time(lo) + " and " + format_time(hi) +
               " so that both stretches last at least a second.";
    return std::nullopt;
}

std::ptrdiff_t stretch_at(std::span<const Stretch> s, int64_t at_ms) {
    auto it = std::upper_bound(s.begin(), s.end(), at_ms, [](int64_t t, const Stretch& x) { return t < x.start_ms; });
    return it == s.begin() ? -1 : static_cast<std::ptrdiff_t>(it - s.begin()) - 1;
}

} // namespace activity_flow
