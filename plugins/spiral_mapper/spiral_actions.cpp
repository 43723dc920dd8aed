// spiral_actions.cpp - reading an "add a step" request from another plugin
// into a Step with the same checks as the form (see spiral_actions.h).
#include "spiral_actions.h"

#include <array>
#include <optional>
#include <string_view>

namespace spiral_mapper {

namespace {

// Request words for stored values. Words, not numbers, so a requester
// never depends on how this plugin numbers its kinds.
constexpr std::array<std::pair<std::string_view, Kind>, kKindCount> kKindWords{{
    {"acceptance", Kind::Acceptance},
    {"value_themselves", Kind::ValueThemselves},
    {"subtle", Kind::Subtle},
    {"obvious", Kind::Obvious},
    {"repair", Kind::Repair},
}};
constexpr std::array<std::pair<std::string_view, Effect>, 3> kEffectWords{{
    {"strengthened", Effect::Strengthened},
    {"unchanged", Effect::Unchanged},
    {"strained", Effect::Strained},
}};
constexpr std::array<std::pair<std::string_view, Expansion>, 3> kExpansionWords{{
    {"none", Expansion::None},
    {"some", Expansion::Some},
    {"much", Expansion::Much},
}};

template <class T, size_t N>
std::optional<T> word_to(const std::array<std::pair<std::string_view, T>, N>& words, std::string_view w) {
    for (const auto& [word, value] : words)
        if (word == w) return value;
    return std::nullopt;
}

template <class T, size_t N>
std::string word_list(const std::array<std::pair<std::string_view, T>, N>& words) {
    std::string out;
    for (const auto& [word, value] : words) {
        if (!out.empty()) out += ", ";
        out += word;
    }
    return out;
}

// "'<word>' is not <what> (one of: <choices>)". Built by appending: GCC
// 12 warns falsely (-Wrestrict) on "literal" + std::string chains.
std::string not_one_of(std::string_view word, std::string_view what, const std::string& choices) {
    std::string out = "'";
    out.append(word).append("' is not ").append(what).append(" (one of: ").append(choices).append(")");
    return out;
}

} // namespace

std::variant<Step, std::string> step_from_request(const wb::ActionRequest& request) {
    Step step;
    if (request.case_id() <= 0) return std::string("the request names no case");
    step.case_id = request.case_id();
    if (request.session_id() > 0) step.session_id = request.session_id();

    const auto date = request.field("date");
    if (!date) return std::string("the request has no 'date' field");
    step.date = std::string(*date);

    const auto kind_word = request.field("kind");
    if (!kind_word) return std::string("the request has no 'kind' field");
    const auto kind = word_to(kKindWords, *kind_word);
    if (!kind) return not_one_of(*kind_word, "a kind of step", word_list(kKindWords));
    step.kind = *kind;

    step.description = trimmed(request.field_or("description", ""));
    step.theme = trimmed(request.field_or("theme", ""));

    constexpr std::array<const char*, kIngredientCount> kIngredientKeys{"help", "challenge", "possibility"};
    for (int i = 0; i < kIngredientCount; ++i) {
        const auto word = request.field(kIngredientKeys[static_cast<size_t>(i)]);
        if (!word) continue;
        const auto effect = word_to(kEffectWords, *word);
        if (!effect)
            return not_one_of(*word, std::string("an effect on ") + kIngredientKeys[static_cast<size_t>(i)],
                              word_list(kEffectWords));
        step.effects[static_cast<size_t>(i)] = *effect;
    }
    if (const auto word = request.field("expansion")) {
        const auto expansion = word_to(kExpansionWords, *word);
        if (!expansion) return not_one_of(*word, "an expansion", word_list(kExpansionWords));
        step.expansion = *expansion;
    }
    return step;
}

int64_t run_add_step(SpiralModel& model, const wb::ActionRequest& request, const std::string& today) {
    auto read = step_from_request(request);
    if (auto* why = std::get_if<std::string>(&read)) throw wb::Error(WB_INVALID, *why);
    const Step& step = std::get<Step>(read);
    if (!model.case_exists(step.case_id))
        throw wb::Error(WB_NOT_FOUND, "there is no case " + std::to_string(step.case_id));
    Outcome added = model.add(step, today);
    if (!added) throw wb::Error(WB_INVALID, added.error);
    return added.id;
}

} // namespace spiral_mapper
