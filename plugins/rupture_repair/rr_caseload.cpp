// rr_caseload.cpp - the caseload query and the age flags.
#include "rr_caseload.h"

#include <unordered_map>

namespace rupture_repair {

void mark_ages(std::vector<CaseloadRow>& rows, std::string_view today, int overdue_days) {
    const auto t = day_number(today);
    for (CaseloadRow& row : rows) {
        const auto d = day_number(row.date);
        row.age_days = t && d ? std::max(*t - *d, 0) : 0;
        row.overdue = is_open(row.status) && row.age_days > overdue_days;
    }
}

bool caseload_row_masked(bool presenting, const CaseloadRow& row) { return presenting && !row.case_is_demo; }

std::vector<CaseloadRow> load_caseload(const wb::Host& host, const CaseloadOptions& options) {
    std::vector<CaseloadRow> rows;
    std::unordered_map<int64_t, std::size_t> row_of; // rupture id -> index in rows
    {
        // `status IN (0, 1)` matches the partial index's condition word for
        // word, so SQLite walks that index in (date, id) order: no sort,
        // closed ruptures never read, and (the index covering every column
        // here, migration 2) no jump to the table for each row.
        wb::Statement st = host.prepare(
            "SELECT r.id, r.case_id, c.code, c.label, r.session_id, r.date, r.status, r.kind, r.salience,"
            " r.description, c.demo"
            " FROM rupture_repair__ruptures r INDEXED BY rupture_repair__ruptures_open"
            " JOIN cases c ON c.id = r.case_id"
            " WHERE r.status IN (0, 1) AND (?1 OR c.archived = 0)"
            " ORDER BY r.date, r.id");
        st.bind(1, options.include_archived ? 1 : 0);
        while (st.step()) {
            CaseloadRow row;
            row.rupture_id = st.int64(0);
            row.case_id = st.int64(1);
            row.case_code = st.text(2);
            row.case_label = st.text(3);
            if (!st.is_null(4)) row.session_id = st.int64(4);
            row.date = st.text(5);
            row.status = status_from_int(st.int64(6)).value_or(Status::Open);
            row.kind = kind_from_int(st.int64(7)).value_or(MarkerKind::Withdrawal);
            row.salience = static_cast<int>(st.int64(8));
            row.description = st.text(9);
            row.case_is_demo = st.int64(10) != 0;
            row_of.emplace(row.rupture_id, rows.size());
            rows.push_back(std::move(row));
        }
    }
    // The repairs of the open ruptures, counted in one grouped read rather
    // than two subqueries per row.
    wb::Statement repairs = host.prepare(
        "SELECT rupture_id, count(*), max(date) FROM rupture_repair__repairs"
        " WHERE rupture_id IN (SELECT id FROM rupture_repair__ruptures INDEXED BY rupture_repair__ruptures_open"
        " WHERE status IN (0, 1))"
        " GROUP BY rupture_id");
    while (repairs.step()) {
        const auto it = row_of.find(repairs.int64(0));
        if (it == row_of.end()) continue; // its case is archived
        CaseloadRow& row = rows[it->second];
        row.repair_count = static_cast<int>(repairs.int64(1));
        row.last_repair = repairs.text(2);
    }
    mark_ages(rows, options.today, options.overdue_days);
    return rows;
}

} // namespace rupture_repair
