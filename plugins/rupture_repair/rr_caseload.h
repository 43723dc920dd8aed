// rr_caseload.h - the supervisor's agenda across every case: the ruptures
// still open or being repaired, oldest first, each flagged when it has
// gone unrepaired for more than N days.
//
// One query over the ruptures' partial index of open rows (date order),
// joined to the core `cases` table, with each rupture's repair count and
// latest repair date from the repairs' index: fast enough for 2,000 cases
// with 5 ruptures each (budget 20 ms; see the benchmark note in the
// report). Plain C++ over wb::Host, no ImGui.
#pragma once

#include "rr_types.h"

#include <workbench/plugin.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rupture_repair {

struct CaseloadRow {
    int64_t rupture_id = 0;
    int64_t case_id = 0;
    std::string case_code, case_label;
    bool case_is_demo = false; // a fictional demo case (cases.demo)
    std::optional<int64_t> session_id;
    std::string date; // the rupture's
    Status status = Status::Open;
    MarkerKind kind = MarkerKind::Withdrawal;
    int salience = 3;
    std::string description;
    int repair_count = 0;
    std::string last_repair; // YYYY-MM-DD or empty
    int age_days = 0;        // since the rupture, by `today`
    bool overdue = false;    // unrepaired for more than the N days
};

struct CaseloadOptions {
    std::string today = today_local();
    int overdue_days = kDefaultOverdueDays;
    bool include_archived = false;
};

// Open and repairing ruptures across all cases, oldest first (date, then
// id). Archived cases are left out unless asked for.
std::vector<CaseloadRow> load_caseload(const wb::Host& host, const CaseloadOptions& options);

// Whether a row's identifying text (its case's label, what happened) must
// be hidden: while presenting, for every case that is not a demo case. The
// host's own mask follows only the current case, and the caseload shows
// them all.
bool caseload_row_masked(bool presenting, const CaseloadRow& row);

// Pure: age and the overdue flag for rows already read (load_caseload uses
// it; tests call it on plain rows).
void mark_ages(std::vector<CaseloadRow>& rows, std::string_view today, int overdue_days);

} // namespace rupture_repair
