// lm_types.cpp - the domains', conditions' and scale's labels (our own
// words), and the checks evidence and ratings must pass.
#include "lm_types.h"

namespace learning_map {

bool ConditionRatings::any_rated() const {
    for (const auto& row : value)
        for (const auto& v : row)
            if (v) return true;
    return false;
}

const char* domain_label(Domain d) {
    switch (d) {
    case Domain::GettingHelp: return "Getting help";
    case Domain::HowChangeHappens: return "How change happens";
    case Domain::Parenting: return "Parenting";
    case Domain::MyChild: return "My child";
    case Domain::Me: return "Me";
    case Domain::MyFamily: return "My family";
    case Domain::Relationships: return "Relationships";
    }
    return "";
}

const char* domain_description(Domain d) {
    switch (d) {
    case Domain::GettingHelp:
        return "Knowing when support would help, and feeling able to reach out for it.";
    case Domain::HowChangeHappens:
        return "Seeing change come bit by bit, at its own speed, with slips along the way.";
    case Domain::Parenting:
        return "Trusting they are a good enough parent; mistakes do not cancel that.";
    case Domain::MyChild:
        return "Seeing the child as a person with their own needs, not as the trouble.";
    case Domain::Me:
        return "Seeing themselves with kindness: struggling is not the same as failing.";
    case Domain::MyFamily:
        return "Naming what their family values and wants, in their own terms.";
    case Domain::Relationships:
        return "Keeping relationships that do them good, and mending them after a strain.";
    }
    return "";
}

const char* domain_family_label(Domain d) {
    switch (d) {
    case Domain::GettingHelp: return "Asking for help";
    case Domain::HowChangeHappens: return "How things change";
    case Domain::Parenting: return "Being a parent";
    case Domain::MyChild: return "My child";
    case Domain::Me: return "Me";
    case Domain::MyFamily: return "My family";
    case Domain::Relationships: return "People around me";
    }
    return "";
}

const char* domain_family_hint(Domain d) {
    switch (d) {
    case Domain::GettingHelp: return "When I ask, and who I can ask";
    case Domain::HowChangeHappens: return "Small steps count, even with bad days";
    case Domain::Parenting: return "I do not have to be perfect to do well";
    case Domain::MyChild: return "What my child needs and enjoys";
    case Domain::Me: return "Being kind to myself";
    case Domain::MyFamily: return "What matters to us";
    case Domain::Relationships: return "Getting on, and making up after a falling out";
    }
    return "";
}

const char* condition_label(Condition c) {
    switch (c) {
    case Condition::Trust: return "Trust";
    case Condition::Acceptance: return "Acceptance";
    case Condition::Openness: return "Openness";
    }
    return "";
}

const char* condition_description(Condition c) {
    switch (c) {
    case Condition::Trust: return "Relying on the other to be honest, reliable and on your side.";
    case Condition::Acceptance: return "Being taken as you are, without having to earn it first.";
    case Condition::Openness: return "Saying what you really think and hearing the other out.";
    }
    return "";
}

const char* rater_label(Rater r) { return r == Rater::Parent ? "Parent" : "Helper"; }
const char* rater_family_label(Rater r) { return r == Rater::Parent ? "You" : "Your helper"; }

const char* rating_label(int value) {
    switch (value) {
    case 0: return "not there yet";
    case 1: return "a little";
    case 2: return "growing";
    case 3: return "mostly there";
    case 4: return "strong and steady";
    default: return "not rated";
    }
}

std::optional<Domain> domain_from_int(int64_t v) {
    if (v < 0 || v >= kDomainCount) return std::nullopt;
    return static_cast<Domain>(v);
}

std::optional<std::string> validate(const Evidence& e) {
    if (!domain_from_int(static_cast<int>(e.domain))) return "Pick one of the seven learning domains.";
    if (e.session_id == 0) return "Pick the session in which the learning was seen.";
    const std::string note = trimmed(e.note);
    if (note.empty()) return "Describe what you saw: a word or two about the sign of learning.";
    if (note.size() > kMaxTextBytes) return "The note is too long: keep it under 2,000 characters.";
    return std::nullopt;
}

std::optional<std::string> validate(const ConditionRatings& r) {
    if (r.session_id == 0) return "Pick the session these ratings belong to.";
    for (int who = 0; who < kRaterCount; ++who)
        for (int c = 0; c < kConditionCount; ++c) {
            const auto v = r.at(static_cast<Rater>(who), static_cast<Condition>(c));
            if (v && (*v < kRatingMin || *v > kRatingMax))
                return std::string(rater_label(static_cast<Rater>(who))) + "'s " +
                       condition_label(static_cast<Condition>(c)) + " must be rated from 0 to 4 (or left unrated).";
        }
    if (!r.any_rated()) return "Rate at least one condition, for the parent or for yourself.";
    return std::nullopt;
}

} // namespace learning_map
