// rr_story.h - the tracker's story for presentation mode: the case's
// ruptures and repair actions one at a time in time order, the record as
// it stood after each, and a one-line caption for the audience naming the
// marker kind and what repaired it ("Session 3: confrontation repaired by
// 'Invite talk about what happened' (exploring), fully mended").
//
// Plain C++ over the loaded record (no ImGui, no host), tested on plain
// data. Captions are built from fixed labels, dates and session numbers
// only, never from a description or a note, so they identify nobody.
#pragma once

#include "rr_model.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace rupture_repair {

// One step: a rupture logged, or a repair action taken.
struct StoryEvent {
    bool repair = false;
    std::size_t index = 0; // into record.ruptures, or record.repairs
    std::string date;
};

// Every rupture and repair of the record in time order (date; on one day a
// rupture before its repairs; then the order they were recorded). Empty
// for a case with no rupture.
std::vector<StoryEvent> story_events(const CaseRecord& record);

// The record as it stood after events[0..k]: the ruptures and repairs so
// far, each rupture's status as of then (open with no repair yet,
// repairing until its last repair, then its own status), and the alliance
// checks of the sessions up to that date. Sessions are all kept (the axis).
CaseRecord record_as_of(const CaseRecord& record, const std::vector<StoryEvent>& events, std::size_t k);

// The caption of events[k], at most kCaptionBytes bytes.
inline constexpr std::size_t kCaptionBytes = 127;
std::string story_caption(const CaseRecord& record, const std::vector<StoryEvent>& events, std::size_t k);

// Moves `step` by `delta` within [0, count - 1] (0 when count is 0).
int clamp_step(int step, int delta, int count);

} // namespace rupture_repair
