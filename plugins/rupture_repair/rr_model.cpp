// rr_model.cpp - the rupture tables and their reads and writes through the
// SDK's store API.
#include "rr_model.h"

#include "rr_demo.h"

#include <algorithm>

namespace rupture_repair {
namespace {

// Every table has a primary key (undo records row changes by key). A
// rupture belongs to a case and goes with it; its repairs go with the
// rupture. A rupture keeps its date when its session is deleted, it only
// loses the link; an alliance check belongs to its session and goes with it.
//
// The partial index on open ruptures (status 0 or 1) in date order is what
// the caseload reads: it walks only the open ones, already sorted oldest
// first, across every case.
const wb_migration kMigrations[] = {
    wb::migration(1,
                  "CREATE TABLE rupture_repair__ruptures ("
                  " id INTEGER PRIMARY KEY,"
                  " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                  " session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,"
                  " date TEXT NOT NULL,"
                  " origin INTEGER NOT NULL CHECK (origin BETWEEN 0 AND 3),"
                  " kind INTEGER NOT NULL CHECK (kind IN (0, 1)),"
                  " sub_markers INTEGER NOT NULL DEFAULT 0 CHECK (sub_markers BETWEEN 0 AND 31),"
                  " who INTEGER NOT NULL CHECK (who BETWEEN 0 AND 2),"
                  " salience INTEGER NOT NULL CHECK (salience BETWEEN 1 AND 5),"
                  " strained INTEGER NOT NULL DEFAULT 0 CHECK (strained BETWEEN 0 AND 7),"
                  " description TEXT NOT NULL,"
                  " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
                  " resolution INTEGER NOT NULL DEFAULT 0 CHECK (resolution BETWEEN 0 AND 2));"
                  "CREATE INDEX rupture_repair__ruptures_by_case ON rupture_repair__ruptures(case_id, date, id);"
                  "CREATE INDEX rupture_repair__ruptures_by_session ON rupture_repair__ruptures(session_id);"
                  "CREATE INDEX rupture_repair__ruptures_open ON rupture_repair__ruptures(date, id)"
                  " WHERE status IN (0, 1);"
                  "CREATE TABLE rupture_repair__repairs ("
                  " id INTEGER PRIMARY KEY,"
                  " rupture_id INTEGER NOT NULL REFERENCES rupture_repair__ruptures(id) ON DELETE CASCADE,"
                  " date TEXT NOT NULL,"
                  " led_by INTEGER NOT NULL CHECK (led_by BETWEEN 0 AND 2),"
                  " strategy INTEGER NOT NULL CHECK (strategy BETWEEN 0 AND 6),"
                  " note TEXT NOT NULL DEFAULT '');"
                  "CREATE INDEX rupture_repair__repairs_by_rupture ON rupture_repair__repairs(rupture_id, date, id);"
                  "CREATE TABLE rupture_repair__alliance ("
                  " id INTEGER PRIMARY KEY,"
                  " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                  " session_id INTEGER NOT NULL UNIQUE REFERENCES sessions(id) ON DELETE CASCADE,"
                  " get_on INTEGER NOT NULL CHECK (get_on BETWEEN 0 AND 10),"
                  " work_on INTEGER NOT NULL CHECK (work_on BETWEEN 0 AND 10),"
                  " how_work INTEGER NOT NULL CHECK (how_work BETWEEN 0 AND 10),"
                  " overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 10),"
                  " note TEXT NOT NULL DEFAULT '');"
                  "CREATE INDEX rupture_repair__alliance_by_case ON rupture_repair__alliance(case_id);"),
    // 2: the open-ruptures index covers every column the caseload reads, so
    // building it never jumps from the index to the table (measured: about
    // half the caseload's time across 2,000 cases went to those jumps).
    wb::migration(2,
                  "DROP INDEX rupture_repair__ruptures_open;"
                  "CREATE INDEX rupture_repair__ruptures_open ON rupture_repair__ruptures"
                  "(date, id, case_id, session_id, status, kind, salience, description)"
                  " WHERE status IN (0, 1);"),
};

constexpr const char* kRuptureColumns =
    "id, case_id, session_id, date, origin, kind, sub_markers, who, salience, strained, description, status,"
    " resolution";

// A row the checks would refuse can only come from outside this plugin;
// such values read as the nearest neutral choice, never a crash.
Rupture read_rupture(const wb::Statement& st) {
    Rupture r;
    r.id = st.int64(0);
    r.case_id = st.int64(1);
    if (!st.is_null(2)) r.session_id = st.int64(2);
    r.date = st.text(3);
    r.origin = origin_from_int(st.int64(4)).value_or(Origin::Other);
    r.kind = kind_from_int(st.int64(5)).value_or(MarkerKind::Withdrawal);
    r.sub_markers = static_cast<int>(st.int64(6)) & ((1 << kMaxSubMarkers) - 1);
    r.who = person_from_int(st.int64(7)).value_or(Person::Parent);
    r.salience = std::clamp(static_cast<int>(st.int64(8)), kMinSalience, kMaxSalience);
    r.strained = static_cast<int>(st.int64(9)) & kStrainAll;
    r.description = st.text(10);
    r.status = status_from_int(st.int64(11)).value_or(Status::Open);
    r.resolution = resolution_from_int(st.int64(12)).value_or(Resolution::None);
    return r;
}

RepairAction read_repair(const wb::Statement& st) {
    RepairAction a;
    a.id = st.int64(0);
    a.rupture_id = st.int64(1);
    a.date = st.text(2);
    a.led_by = person_from_int(st.int64(3)).value_or(Person::Helper);
    a.strategy = strategy_from_int(st.int64(4)).value_or(Strategy::InviteTalk);
    a.note = st.text(5);
    return a;
}

// Binds ?1..?12 (case ... resolution).
void bind_rupture(wb::Statement& st, const Rupture& r) {
    st.bind(1, r.case_id);
    if (r.session_id) st.bind(2, *r.session_id);
    else st.bind_null(2);
    st.bind(3, r.date);
    st.bind(4, static_cast<int>(r.origin));
    st.bind(5, static_cast<int>(r.kind));
    st.bind(6, r.sub_markers);
    st.bind(7, static_cast<int>(r.who));
    st.bind(8, r.salience);
    st.bind(9, r.strained);
    st.bind(10, trimmed(r.description));
    st.bind(11, static_cast<int>(r.status));
    st.bind(12, static_cast<int>(r.resolution));
}

constexpr const char* kGone = "This rupture no longer exists (it may have been undone or deleted).";

} // namespace

std::span<const wb_migration> RuptureModel::migrations() { return kMigrations; }

Settings read_settings(const wb::Host& host) {
    Settings s;
    s.overdue_days = setting_int(host.setting("overdue_days", ""), 1, 365, kDefaultOverdueDays);
    s.low_alliance = setting_int(host.setting("low_alliance", ""), 1, kAllianceMax, kDefaultLowAlliance);
    return s;
}

// ---- Reads -------------------------------------------------------------------------

std::vector<SessionRef> RuptureModel::sessions(int64_t case_id) const {
    std::vector<SessionRef> out;
    wb::Statement st = host_.prepare("SELECT id, date, supervisee FROM sessions WHERE case_id = ? ORDER BY date, id");
    st.bind(1, case_id);
    while (st.step()) out.push_back(SessionRef{st.int64(0), st.text(1), st.text(2)});
    return out;
}

CaseRecord RuptureModel::load(int64_t case_id) const {
    CaseRecord rec;
    if (case_id == 0) return rec;
    {
        wb::Statement st = host_.prepare((std::string("SELECT ") + kRuptureColumns +
                                          " FROM rupture_repair__ruptures WHERE case_id = ? ORDER BY date, id")
                                             .c_str());
        st.bind(1, case_id);
        while (st.step()) rec.ruptures.push_back(read_rupture(st));
    }
    {
        wb::Statement st = host_.prepare(
            "SELECT a.id, a.rupture_id, a.date, a.led_by, a.strategy, a.note FROM rupture_repair__repairs a"
            " JOIN rupture_repair__ruptures r ON r.id = a.rupture_id WHERE r.case_id = ? ORDER BY a.date, a.id");
        st.bind(1, case_id);
        while (st.step()) rec.repairs.push_back(read_repair(st));
    }
    {
        wb::Statement st = host_.prepare(
            "SELECT a.id, a.case_id, a.session_id, a.get_on, a.work_on, a.how_work, a.overall, a.note"
            " FROM rupture_repair__alliance a JOIN sessions s ON s.id = a.session_id"
            " WHERE a.case_id = ? ORDER BY s.date, s.id");
        st.bind(1, case_id);
        while (st.step()) {
            AllianceCheck c;
            c.id = st.int64(0);
            c.case_id = st.int64(1);
            c.session_id = st.int64(2);
            for (int i = 0; i < kAllianceItems; ++i)
                c.ratings[i] = std::clamp(static_cast<int>(st.int64(3 + i)), 0, kAllianceItemMax);
            c.note = st.text(7);
            rec.alliance.push_back(std::move(c));
        }
    }
    rec.sessions = sessions(case_id);
    return rec;
}

std::optional<Rupture> RuptureModel::find(int64_t rupture_id) const {
    wb::Statement st =
        host_.prepare((std::string("SELECT ") + kRuptureColumns + " FROM rupture_repair__ruptures WHERE id = ?").c_str());
    st.bind(1, rupture_id);
    if (!st.step()) return std::nullopt;
    return read_rupture(st);
}

std::vector<RepairAction> RuptureModel::repairs_of(int64_t rupture_id) const {
    std::vector<RepairAction> out;
    wb::Statement st = host_.prepare("SELECT id, rupture_id, date, led_by, strategy, note"
                                     " FROM rupture_repair__repairs WHERE rupture_id = ? ORDER BY date, id");
    st.bind(1, rupture_id);
    while (st.step()) out.push_back(read_repair(st));
    return out;
}

std::size_t RuptureModel::repair_count(int64_t rupture_id) const {
    wb::Statement st = host_.prepare("SELECT count(*) FROM rupture_repair__repairs WHERE rupture_id = ?");
    st.bind(1, rupture_id);
    return st.step() ? static_cast<std::size_t>(st.int64(0)) : 0;
}

// ---- Writes ------------------------------------------------------------------------

int64_t RuptureModel::insert(const Rupture& r) {
    wb::Statement st = host_.prepare(
        "INSERT INTO rupture_repair__ruptures (case_id, session_id, date, origin, kind, sub_markers, who, salience,"
        " strained, description, status, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bind_rupture(st, r);
    st.run();
    return host_.last_insert_rowid();
}

int64_t RuptureModel::insert(const RepairAction& a) {
    wb::Statement st = host_.prepare("INSERT INTO rupture_repair__repairs (rupture_id, date, led_by, strategy, note)"
                                     " VALUES (?, ?, ?, ?, ?)");
    st.bind(1, a.rupture_id).bind(2, a.date).bind(3, static_cast<int>(a.led_by)).bind(4, static_cast<int>(a.strategy));
    st.bind(5, trimmed(a.note));
    st.run();
    return host_.last_insert_rowid();
}

int64_t RuptureModel::insert(const AllianceCheck& c) {
    wb::Statement st = host_.prepare("INSERT INTO rupture_repair__alliance (case_id, session_id, get_on, work_on,"
                                     " how_work, overall, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, c.case_id).bind(2, c.session_id);
    for (int i = 0; i < kAllianceItems; ++i) st.bind(3 + i, c.ratings[i]);
    st.bind(7, trimmed(c.note));
    st.run();
    return host_.last_insert_rowid();
}

void RuptureModel::write_status(int64_t rupture_id, Status s, Resolution r) {
    host_.prepare("UPDATE rupture_repair__ruptures SET status = ?, resolution = ? WHERE id = ?")
        .bind(1, static_cast<int>(s))
        .bind(2, static_cast<int>(r))
        .bind(3, rupture_id)
        .run();
}

std::string RuptureModel::resolve_session(Rupture& r) const {
    if (!r.session_id) return {};
    // The session must belong to the same case; its date is the date.
    wb::Statement st = host_.prepare("SELECT date FROM sessions WHERE id = ? AND case_id = ?");
    st.bind(1, *r.session_id).bind(2, r.case_id);
    if (!st.step()) return "The chosen session is no longer part of this case: pick another or a date.";
    r.date = st.text(0);
    return {};
}

Outcome RuptureModel::add(const Rupture& rupture, const std::string& today) {
    Rupture r = rupture;
    Outcome out;
    if (r.case_id == 0) out.error = "Pick a case first.";
    else out.error = resolve_session(r);
    if (out) {
        if (auto why = validate(r, today)) out.error = *why;
        else if (auto bad = check_status(r.status, r.resolution, 0)) out.error = *bad;
    }
    if (!out) return out;
    wb::Edit edit(host_, "Log rupture");
    out.id = insert(r);
    edit.commit();
    return out;
}

Outcome RuptureModel::update(const Rupture& rupture, const std::string& today) {
    Rupture r = rupture;
    Outcome out;
    out.id = r.id;
    const auto stored = find(r.id);
    if (!stored || stored->case_id != r.case_id) {
        out.error = kGone;
        return out;
    }
    out.error = resolve_session(r);
    if (!out) return out;
    if (auto why = validate(r, today)) {
        out.error = *why;
        return out;
    }
    const std::vector<RepairAction> repairs = repairs_of(r.id);
    if (auto bad = check_status(r.status, r.resolution, repairs.size())) {
        out.error = *bad;
        return out;
    }
    // Moving the rupture later than a repair would put a repair before it.
    if (!repairs.empty() && repairs.front().date < r.date) {
        out.error = "A repair action is dated " + repairs.front().date +
                    ", before this date: the rupture must come first.";
        return out;
    }
    wb::Edit edit(host_, "Edit rupture");
    wb::Statement st = host_.prepare(
        "UPDATE rupture_repair__ruptures SET case_id = ?1, session_id = ?2, date = ?3, origin = ?4, kind = ?5,"
        " sub_markers = ?6, who = ?7, salience = ?8, strained = ?9, description = ?10, status = ?11,"
        " resolution = ?12 WHERE id = ?13");
    bind_rupture(st, r);
    st.bind(13, r.id);
    st.run();
    edit.commit();
    return out;
}

Outcome RuptureModel::remove(int64_t rupture_id) {
    Outcome out;
    out.id = rupture_id;
    if (!find(rupture_id)) {
        out.error = kGone;
        return out;
    }
    wb::Edit edit(host_, "Delete rupture");
    // Repairs first, by hand: the undo step then holds every row plainly.
    host_.prepare("DELETE FROM rupture_repair__repairs WHERE rupture_id = ?").bind(1, rupture_id).run();
    host_.prepare("DELETE FROM rupture_repair__ruptures WHERE id = ?").bind(1, rupture_id).run();
    edit.commit();
    return out;
}

Outcome RuptureModel::add_repair(const RepairAction& a, const std::string& today) {
    Outcome out;
    const auto r = find(a.rupture_id);
    if (!r) {
        out.error = kGone;
        return out;
    }
    if (is_closed(r->status)) {
        out.error = "This rupture is closed (" + std::string(status_label(r->status)) +
                    "): reopen it before recording another repair.";
        return out;
    }
    if (auto why = validate(a, r->date, today)) {
        out.error = *why;
        return out;
    }
    wb::Edit edit(host_, "Add repair action");
    out.id = insert(a);
    const Status next = status_after_repair_added(r->status);
    if (next != r->status) write_status(r->id, next, Resolution::None);
    edit.commit();
    return out;
}

Outcome RuptureModel::remove_repair(int64_t repair_id) {
    Outcome out;
    out.id = repair_id;
    int64_t rupture_id = 0;
    {
        wb::Statement st = host_.prepare("SELECT rupture_id FROM rupture_repair__repairs WHERE id = ?");
        st.bind(1, repair_id);
        if (!st.step()) {
            out.error = "This repair action no longer exists (it may have been undone or deleted).";
            return out;
        }
        rupture_id = st.int64(0);
    }
    const auto r = find(rupture_id);
    if (!r) {
        out.error = kGone;
        return out;
    }
    wb::Edit edit(host_, "Remove repair action");
    host_.prepare("DELETE FROM rupture_repair__repairs WHERE id = ?").bind(1, repair_id).run();
    const Status next = status_after_repair_removed(r->status, repair_count(rupture_id));
    if (next != r->status) write_status(rupture_id, next, Resolution::None);
    edit.commit();
    return out;
}

Outcome RuptureModel::set_status(int64_t rupture_id, Status status, Resolution resolution) {
    Outcome out;
    out.id = rupture_id;
    const auto r = find(rupture_id);
    if (!r) {
        out.error = kGone;
        return out;
    }
    if (auto bad = check_status(status, resolution, repair_count(rupture_id))) {
        out.error = *bad;
        return out;
    }
    if (r->status == status && r->resolution == resolution) return out; // nothing to record
    wb::Edit edit(host_, status == Status::Repaired ? "Mark rupture repaired" : "Change rupture status");
    write_status(rupture_id, status, resolution);
    edit.commit();
    return out;
}

Outcome RuptureModel::save_alliance(const AllianceCheck& check) {
    Outcome out;
    if (auto why = validate(check)) {
        out.error = *why;
        return out;
    }
    AllianceCheck c = check;
    {
        // The case is the session's own, whatever the caller thought.
        wb::Statement st = host_.prepare("SELECT case_id FROM sessions WHERE id = ?");
        st.bind(1, c.session_id);
        if (!st.step()) {
            out.error = "This session no longer exists: pick another.";
            return out;
        }
        c.case_id = st.int64(0);
    }
    int64_t existing = 0;
    {
        wb::Statement st = host_.prepare("SELECT id FROM rupture_repair__alliance WHERE session_id = ?");
        st.bind(1, c.session_id);
        if (st.step()) existing = st.int64(0);
    }
    wb::Edit edit(host_, "Save alliance check");
    if (existing) {
        wb::Statement st = host_.prepare("UPDATE rupture_repair__alliance SET get_on = ?, work_on = ?, how_work = ?,"
                                         " overall = ?, note = ? WHERE id = ?");
        for (int i = 0; i < kAllianceItems; ++i) st.bind(1 + i, c.ratings[i]);
        st.bind(5, trimmed(c.note)).bind(6, existing);
        st.run();
        out.id = existing;
    } else {
        out.id = insert(c);
    }
    edit.commit();
    return out;
}

int RuptureModel::seed_demo(int64_t case_id, const std::string& today, std::string_view family) {
    {
        wb::Statement st = host_.prepare("SELECT count(*) FROM rupture_repair__ruptures WHERE case_id = ?");
        st.bind(1, case_id);
        if (st.step() && st.int64(0) > 0) return 0;
    }
    const DemoData demo = demo_data(case_id, sessions(case_id), today, demo_family_from_key(family));
    wb::Edit edit(host_, "Add demo ruptures");
    for (const DemoRupture& d : demo.ruptures) {
        const int64_t id = insert(d.rupture);
        for (RepairAction a : d.repairs) {
            a.rupture_id = id;
            insert(a);
        }
    }
    for (const AllianceCheck& c : demo.alliance) insert(c);
    edit.commit();
    return static_cast<int>(demo.ruptures.size());
}

} // namespace rupture_repair
