// cz_prompts.h - gentle supervisor prompts computed from a case's plan.
//
// A pure function of the case's challenges, placements, session dates and
// one setting (how many sessions count as "a while"), so each rule is
// tested on plain data. The wording is general; what differs between
// cases is which rules fire and which challenges they point at.
#pragma once

#include "cz_types.h"

#include <string>
#include <vector>

namespace challenge_zones {

enum class PromptRule {
    NoChallenge,       // nothing planned for the family at all
    StayingComfortable, // everything in nice/comfort for the last N sessions
    Overwhelmed,       // more than one active challenge in the overwhelming zone
    NoWhy,             // a challenge without "why it matters to the parent"
    AspectUntouched,   // an aspect the helper has never challenged
};

struct Prompt {
    PromptRule rule;
    std::string text;
    std::vector<int64_t> challenge_ids; // the challenges it is about, if any
};

struct PromptInput {
    const std::vector<Challenge>& challenges;
    const std::vector<Placement>& placements;
    const std::vector<std::string>& session_dates; // the case's sessions, any order
    int comfort_sessions = 3;                      // N, at least 1
};

inline constexpr int kDefaultComfortSessions = 3;

std::vector<Prompt> supervisor_prompts(const PromptInput& in);

} // namespace challenge_zones
