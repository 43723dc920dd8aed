// lm_model.h - the learning map in the store: the plugin's tables, loading
// a case, and adding, changing and deleting evidence notes, switching a
// domain's priority from a session on, and saving a session's condition
// ratings, each as one undoable edit.
//
// Plain C++ over wb::Host (no ImGui), tested without a window. Input that
// fails the checks in lm_types.h is refused with a message for the form and
// nothing is written; store failures surface as wb::Error from the SDK.
// Nothing here logs case content.
#pragma once

#include "lm_aggregate.h"
#include "lm_types.h"

#include <workbench/plugin.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace learning_map {

// The result of a change (wb::Outcome): `error` says why nothing was
// written; `id` is the new or changed row's id (0 when nothing needed writing).
using Outcome = wb::Outcome;

class LearningModel {
public:
    explicit LearningModel(wb::Host host) : host_(host) {}

    // 1: learning_map__evidence, __priorities, __ratings.
    static std::span<const wb_migration> migrations();

    CaseData load(int64_t case_id) const;
    std::optional<Evidence> find_evidence(int64_t id) const;

    // Each is one undo step.
    Outcome add_evidence(const Evidence& e);
    Outcome update_evidence(const Evidence& e);
    Outcome remove_evidence(int64_t id);
    // The family wants to work on `domain` (on) or no longer (off) from
    // `session_id` on, until a later change. Setting what already holds at
    // that session writes nothing (and drops a change recorded there that
    // no longer changes anything).
    Outcome set_priority(int64_t case_id, Domain domain, int64_t session_id, bool on);
    // Adds or replaces the ratings of their session.
    Outcome save_ratings(const ConditionRatings& r);
    Outcome remove_ratings(int64_t session_id);

    // Adds the fictional demo family `family` ("rivers", "harbour",
    // "meadow"; anything else: rivers) to `case_id` in one edit, unless the
    // case already has evidence. Returns how many notes were added.
    int seed_demo(int64_t case_id, std::string_view family);

private:
    // The session's date when it belongs to the case; else a message.
    std::optional<std::string> session_date(int64_t case_id, int64_t session_id) const;
    int64_t insert(const Evidence& e);
    int64_t insert(const PriorityChange& p);
    int64_t upsert(const ConditionRatings& r);

    wb::Host host_;
};

} // namespace learning_map
