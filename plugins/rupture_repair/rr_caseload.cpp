// rr_caseload.cpp - the caseload query and the age flags.
#include "rr_caseload.h"

namespace rupture_repair {

void mark_ages(std::vector<CaseloadRow>& rows, std::string_view today, int overdue_days) {
    const auto t = day_number(today);
    for (CaseloadRow& row : rows) {
        const auto d = day_number(row.date);
        row.age_days = t && d ? std::max(*t - *d, 0) : 0;
        row.overdue = is_open(row.status) && row.age_days > overdue_days;
    }
}

std::vector<CaseloadRow> load_caseload(const wb::Host& host, const CaseloadOptions& options) {
    std::vector<CaseloadRow> rows;
    // `status IN (0, 1)` matches the partial index's condition word for
    // word, so SQLite walks that index in (date, id) order: no sort, and
    // closed ruptures are never read.
    wb::Statement st = host.prepare(
        "SELECT r.id, r.case_id, c.code, c.label, r.session_id, r.date, r.status, r.kind, r.salience, r.description,"
        " (SELECT count(*) FROM rupture_repair__repairs a WHERE a.rupture_id = r.id),"
        " (SELECT max(a.date) FROM rupture_repair__repairs a WHERE a.rupture_id = r.id)"
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
        row.repair_count = static_cast<int>(st.int64(10));
        row.last_repair = st.text(11);
        rows.push_back(std::move(row));
    }
    mark_ages(rows, options.today, options.overdue_days);
    return rows;
}

} // namespace rupture_repair
