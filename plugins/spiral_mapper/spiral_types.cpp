// spiral_types.cpp - labels, date checks and time order for spiral steps.
// Every label and hint is written in our own words (see FRAMEWORK.md).
#include "spiral_types.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>

namespace spiral_mapper {
namespace {

struct KindText {
    const char* label;
    const char* short_label;
    const char* hint;
};

const KindText kKinds[kKindCount] = {
    {"Working to gain acceptance", "Gaining acceptance",
     "Earning a place with the family: listening, reflecting back without judging, an early win, "
     "remembering what matters to them."},
    {"Helping parents value themselves", "Parents valuing themselves",
     "Helping a parent see their own worth: praise that names what they did, care for themselves, "
     "time spent on what they think is important."},
    {"Subtle intervention", "Subtle intervention",
     "A gentle prompt toward change that was not negotiated as such, and never hidden from the parent."},
    {"Obvious intervention", "Obvious intervention",
     "Change agreed openly together: what, why, when, how and with whom."},
    {"Repair after rupture", "Repair after rupture",
     "The relationship was strained or broken, and the helper led the work of naming it and mending it."},
};

} // namespace

const char* kind_label(Kind kind) { return kKinds[static_cast<int>(kind)].label; }
const char* kind_short_label(Kind kind) { return kKinds[static_cast<int>(kind)].short_label; }
const char* kind_hint(Kind kind) { return kKinds[static_cast<int>(kind)].hint; }

const char* effect_label(Effect effect) {
    switch (effect) {
    case Effect::Strained: return "Strained";
    case Effect::Unchanged: return "Unchanged";
    case Effect::Strengthened: return "Strengthened";
    }
    return "Unchanged";
}

const char* expansion_label(Expansion expansion) {
    switch (expansion) {
    case Expansion::None: return "None";
    case Expansion::Some: return "Some";
    case Expansion::Much: return "Much";
    }
    return "None";
}

const char* ingredient_label(int ingredient) {
    static const char* const labels[kIngredientCount] = {"Help", "Challenge", "Possibility"};
    return (ingredient >= 0 && ingredient < kIngredientCount) ? labels[ingredient] : "";
}

std::optional<Kind> kind_from_int(int64_t v) {
    if (v < 0 || v >= kKindCount) return std::nullopt;
    return static_cast<Kind>(v);
}
std::optional<Effect> effect_from_int(int64_t v) {
    if (v < -1 || v > 1) return std::nullopt;
    return static_cast<Effect>(v);
}
std::optional<Expansion> expansion_from_int(int64_t v) {
    if (v < 0 || v > 2) return std::nullopt;
    return static_cast<Expansion>(v);
}



std::string theme_key(std::string_view theme) {
    std::string key = trimmed(theme);
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

std::optional<std::string> validate(const Step& step, std::string_view today) {
    if (trimmed(step.description).empty())
        return "Describe the step in a few words: what was done or said.";
    if (step.description.size() > kMaxDescriptionBytes)
        return "The description is too long: keep it to a few sentences (at most 2000 characters).";
    if (step.theme.size() > kMaxThemeBytes)
        return "The theme is too long: a short tag of a few words works best (at most 80 characters).";
    if (!valid_date(step.date)) return "The date must be a real date written as YYYY-MM-DD, e.g. 2024-03-18.";
    // ISO dates compare correctly as text.
    if (valid_date(today) && step.date > today)
        return "The date is in the future: record a step once it has happened.";
    if (step.case_id == 0) return "Select a case first: a step belongs to one family's spiral.";
    return std::nullopt;
}

bool earlier(const Step& a, const Step& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.id < b.id;
}

void sort_by_time(std::vector<Step>& steps) { std::stable_sort(steps.begin(), steps.end(), earlier); }

} // namespace spiral_mapper
