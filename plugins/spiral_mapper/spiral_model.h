// spiral_model.h - the spiral's steps and safe-space notes in the store:
// the plugin's tables, loading a case, and adding, changing and deleting
// steps, each as one undoable edit.
//
// Plain C++ over wb::Host (no ImGui), so it is tested without a window.
// A step that fails validate() is refused with a message for the form and
// nothing is written; store failures surface as wb::Error from the SDK.
// Nothing here logs case content.
#pragma once

#include "spiral_types.h"

#include <workbench/plugin.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace spiral_mapper {

// The result of a change (wb::Outcome): `error` says why nothing was
// written; `id` is the step's id (set by add).
using Outcome = wb::Outcome;

// A supervision session of the case, for the form's "discussed in" choice.
struct SessionRef {
    int64_t id = 0;
    std::string date;
    std::string supervisee;
};

class SpiralModel {
public:
    explicit SpiralModel(wb::Host host) : host_(host) {}

    // The plugin's migrations (1: spiral_mapper__steps, spiral_mapper__core).
    static std::span<const wb_migration> migrations();

    // The case's steps in time order (date, then id).
    std::vector<Step> load(int64_t case_id) const;
    SafeSpace load_safe_space(int64_t case_id) const;
    std::vector<SessionRef> sessions(int64_t case_id) const; // oldest first
    bool case_exists(int64_t case_id) const;

    // Each is one undo step. `today` is YYYY-MM-DD (the default: today).
    Outcome add(const Step& step, const std::string& today = today_local());
    Outcome update(const Step& step, const std::string& today = today_local());
    Outcome remove(int64_t step_id);
    // Returns false, writing nothing, when the notes are unchanged.
    bool save_safe_space(int64_t case_id, const SafeSpace& notes);

    // Adds a fictional demo family's spiral to `case_id` in one edit,
    // unless the case already has steps. `family` is the host's key
    // ("rivers", "harbour", "meadow"; anything else is "rivers"). Returns
    // how many were added.
    int seed_demo(int64_t case_id, std::string_view family = {});

private:
    std::string check(const Step& step, const std::string& today) const;
    void insert(const Step& step);

    wb::Host host_;
};

} // namespace spiral_mapper
