// cz_story.h - the planner's story for presentation mode: the case's plan
// stepped session by session, the map as it stood after each session, and
// a one-line caption for the audience ("Session 3: ... moves into the
// optimal zone").
//
// Plain C++ over the loaded plan (no ImGui, no host), so the steps, the
// plan "as of" a step and the captions are tested on plain data. A caption
// names a challenge by its description only when `mask` is false: while a
// real family's case is presented it says "an Actions challenge" instead.
#pragma once

#include "cz_model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace challenge_zones {

// One step of the story: the plan as it stood on `date`.
struct StoryStep {
    std::string date;       // YYYY-MM-DD: placements on or before it are shown
    int session_number = 0; // 1.. for the case's sessions; 0 for "now"
};

// The steps: one per session of the case (oldest first), then a last "now"
// step when placements were recorded after the last session; without
// sessions, one per date a placement was recorded. Empty when the plan has
// no placement at all (nothing to tell).
std::vector<StoryStep> story_steps(const CasePlan& plan);

// The plan as it stood at `step`: the challenges created by then or placed
// by then, and the placements on or before its date.
CasePlan plan_as_of(const CasePlan& plan, const StoryStep& step);

// The caption of steps[k] (at most kCaptionBytes bytes, cut on a UTF-8
// boundary): what moved since the step before.
inline constexpr std::size_t kCaptionBytes = 127;
std::string story_caption(const CasePlan& plan, const std::vector<StoryStep>& steps, std::size_t k, bool mask);

// Moves `step` by `delta` within [0, count - 1] (0 when count is 0).
int clamp_step(int step, int delta, int count);

} // namespace challenge_zones
