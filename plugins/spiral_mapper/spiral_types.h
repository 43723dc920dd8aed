// spiral_types.h - what one step on the partnership spiral is, as plain
// data: its kind, its effect on the core ingredients, how far it widened
// what became possible, and the checks a step must pass before it is kept.
//
// No ImGui and no host here (only the SDK's plain helpers in
// workbench/util.hpp): the layout geometry and its tests use these types
// on their own.
#pragma once

#include <workbench/util.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spiral_mapper {

// The five kinds of step (stored as these integers: never renumber).
enum class Kind : int { Acceptance = 0, ValueThemselves = 1, Subtle = 2, Obvious = 3, Repair = 4 };
inline constexpr int kKindCount = 5;

// A step's effect on one ingredient of the core (stored as -1, 0, 1).
enum class Effect : int { Strained = -1, Unchanged = 0, Strengthened = 1 };

// How far a step widened what became possible (stored as 0, 1, 2).
enum class Expansion : int { None = 0, Some = 1, Much = 2 };

// The three ingredients around the core, in the order they are stored.
enum Ingredient : int { Help = 0, Challenge = 1, Possibility = 2 };
inline constexpr int kIngredientCount = 3;

struct Step {
    int64_t id = 0; // 0 until stored
    int64_t case_id = 0;
    std::optional<int64_t> session_id; // the supervision session it was discussed in
    std::string date;                  // YYYY-MM-DD
    Kind kind = Kind::Acceptance;
    std::string description;
    std::string theme; // optional: the same theme met again makes a loop
    std::array<Effect, kIngredientCount> effects{Effect::Unchanged, Effect::Unchanged, Effect::Unchanged};
    Expansion expansion = Expansion::None;

    bool operator==(const Step&) const = default;
};

// The safe space at the centre, in a few lines, as it stands now.
struct SafeSpace {
    std::string trust;
    std::string openness;
    std::string honesty;
    bool operator==(const SafeSpace&) const = default;
};

// ---- Labels (our own words) -------------------------------------------------
const char* kind_label(Kind kind);       // "Working to gain acceptance"
const char* kind_short_label(Kind kind); // "Gaining acceptance" (legend)
const char* kind_hint(Kind kind);        // one line for the form
const char* effect_label(Effect effect);
const char* expansion_label(Expansion expansion);
const char* ingredient_label(int ingredient);

// Converts stored integers back, refusing anything out of range.
std::optional<Kind> kind_from_int(int64_t v);
std::optional<Effect> effect_from_int(int64_t v);
std::optional<Expansion> expansion_from_int(int64_t v);

// ---- Dates --------------------------------------------------------------------
// Calendar dates as the store keeps them (YYYY-MM-DD), from the SDK.
using wb::util::today_local;
using wb::util::valid_date;

// ---- Checks -------------------------------------------------------------------
// Why `step` cannot be kept, in words for the form, or nothing when it can.
// `today` is YYYY-MM-DD: a step dated after it has not happened yet.
std::optional<std::string> validate(const Step& step, std::string_view today);
inline constexpr std::size_t kMaxDescriptionBytes = 2000;
inline constexpr std::size_t kMaxThemeBytes = 80;

// A theme as it is compared: trimmed, ASCII case ignored.
std::string theme_key(std::string_view theme);
using wb::util::trimmed;

// Time order on the spiral: by date, then by id (the order they were added).
bool earlier(const Step& a, const Step& b);
void sort_by_time(std::vector<Step>& steps);

} // namespace spiral_mapper
