// cz_model.h - challenges and zone placements in the store: the plugin's
// tables, loading a case, and adding, changing, deleting and placing
// challenges, each as one undoable edit.
//
// Plain C++ over wb::Host (no ImGui), tested without a window. Input that
// fails validate() is refused with a message for the form and nothing is
// written; store failures surface as wb::Error from the SDK. Nothing here
// logs case content.
#pragma once

#include "cz_types.h"

#include <workbench/plugin.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace challenge_zones {

// The result of a change (wb::Outcome): `error` says why nothing was
// written; `id` is the new row's id (set by add and place).
using Outcome = wb::Outcome;

struct SessionRef {
    int64_t id = 0;
    std::string date;
    std::string supervisee;
};

// Everything the panel shows for one case.
struct CasePlan {
    std::vector<Challenge> challenges;  // by creation date, then id
    std::vector<Placement> placements;  // time order
    std::vector<SessionRef> sessions;   // oldest first
};

class ChallengeModel {
public:
    explicit ChallengeModel(wb::Host host) : host_(host) {}

    // 1: challenge_zones__challenges, challenge_zones__placements.
    static std::span<const wb_migration> migrations();

    CasePlan load(int64_t case_id) const;
    std::vector<Placement> placements_of(int64_t challenge_id) const; // time order

    // Each is one undo step.
    Outcome add(const Challenge& c);
    Outcome update(const Challenge& c);
    Outcome remove(int64_t challenge_id); // with its placements
    // Records where the challenge sits now. With a session, the date is
    // the session's own date.
    Outcome place(const Placement& p);

    // Adds a fictional demo family's plan to `case_id` in one edit, unless
    // the case already has challenges. `family` is the host's demo family
    // key ("rivers", "harbour", "meadow"; anything else is "rivers").
    // Returns how many were added.
    int seed_demo(int64_t case_id, const std::string& today = today_local(), std::string_view family = {});

private:
    std::string check_placement(Placement& p) const;
    int64_t insert(const Challenge& c);
    int64_t insert(const Placement& p);
    std::vector<SessionRef> sessions(int64_t case_id) const;

    wb::Host host_;
};

} // namespace challenge_zones
