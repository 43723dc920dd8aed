// rr_model.h - ruptures, repair actions and alliance checks in the store:
// the plugin's tables, loading a case, and adding, changing and removing
// ruptures and repairs, setting a rupture's status and saving an alliance
// check, each as one undoable edit.
//
// Plain C++ over wb::Host (no ImGui), tested without a window. Input that
// fails the checks in rr_types.h is refused with a message for the form and
// nothing is written; store failures surface as wb::Error from the SDK.
// Nothing here logs case content.
#pragma once

#include "rr_types.h"

#include <workbench/plugin.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rupture_repair {

// The result of a change (wb::Outcome): `error` says why nothing was
// written; `id` is the new row's id (add, add_repair, save_alliance).
using Outcome = wb::Outcome;

// Everything the panel shows for one case.
struct CaseRecord {
    std::vector<Rupture> ruptures;       // by date, then id
    std::vector<RepairAction> repairs;   // time order (date, then id)
    std::vector<AllianceCheck> alliance; // by session date
    std::vector<SessionRef> sessions;    // oldest first
};

// The plugin's settings, read through host.setting().
struct Settings {
    int overdue_days = kDefaultOverdueDays; // "overdue_days": caseload highlight
    int low_alliance = kDefaultLowAlliance; // "low_alliance": flag totals below
};
Settings read_settings(const wb::Host& host);

class RuptureModel {
public:
    explicit RuptureModel(wb::Host host) : host_(host) {}

    // 1: rupture_repair__ruptures, __repairs, __alliance (with indexes for
    // the per-case load and the caseload across all cases).
    static std::span<const wb_migration> migrations();

    CaseRecord load(int64_t case_id) const;
    std::optional<Rupture> find(int64_t rupture_id) const;
    std::vector<RepairAction> repairs_of(int64_t rupture_id) const; // time order

    // Each is one undo step. `today` bounds the dates ("not in the future").
    // With a session, the rupture's date is the session's own date.
    Outcome add(const Rupture& r, const std::string& today = today_local());
    Outcome update(const Rupture& r, const std::string& today = today_local());
    Outcome remove(int64_t rupture_id); // with its repairs
    // Records a repair action; a first one moves an open rupture to
    // repairing. Closed ruptures are refused (reopen first).
    Outcome add_repair(const RepairAction& a, const std::string& today = today_local());
    // Removes a repair action; a rupture left without any is open again.
    Outcome remove_repair(int64_t repair_id);
    // Moves a rupture to `status` with `resolution` (check_status rules).
    Outcome set_status(int64_t rupture_id, Status status, Resolution resolution);
    // Adds or replaces the alliance check of its session.
    Outcome save_alliance(const AllianceCheck& c);

    // Adds a fictional demo family's ruptures, repairs and alliance checks
    // to `case_id` in one edit, unless the case already has ruptures.
    // `family` is the host's demo family key ("rivers", "harbour",
    // "meadow"; anything else is "rivers"). Returns how many ruptures were
    // added.
    int seed_demo(int64_t case_id, const std::string& today = today_local(), std::string_view family = {});

private:
    std::string resolve_session(Rupture& r) const; // fills the date from the session
    std::size_t repair_count(int64_t rupture_id) const;
    int64_t insert(const Rupture& r);
    int64_t insert(const RepairAction& a);
    int64_t insert(const AllianceCheck& c);
    void write_status(int64_t rupture_id, Status s, Resolution r);
    std::vector<SessionRef> sessions(int64_t case_id) const;

    wb::Host host_;
};

} // namespace rupture_repair
