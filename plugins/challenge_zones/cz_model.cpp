// cz_model.cpp - the challenge tables and their reads and writes through
// the SDK's store API.
#include "cz_model.h"

#include "cz_demo.h"

namespace challenge_zones {
namespace {

// Both tables have a primary key (undo records row changes by key). A
// challenge belongs to a case and goes with it; its placements go with
// the challenge. A placement keeps its date when its session is deleted,
// it only loses the link.
const wb_migration kMigrations[] = {
    wb::migration(1,
                  "CREATE TABLE challenge_zones__challenges ("
                  " id INTEGER PRIMARY KEY,"
                  " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                  " aspect INTEGER NOT NULL CHECK (aspect BETWEEN 0 AND 6),"
                  " direction INTEGER NOT NULL DEFAULT 0 CHECK (direction IN (0, 1)),"
                  " description TEXT NOT NULL,"
                  " why_it_matters TEXT NOT NULL DEFAULT '',"
                  " support INTEGER NOT NULL DEFAULT 0 CHECK (support BETWEEN 0 AND 15),"
                  " support_note TEXT NOT NULL DEFAULT '',"
                  " near_future TEXT NOT NULL DEFAULT '',"
                  " distant_future TEXT NOT NULL DEFAULT '',"
                  " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),"
                  " review_date TEXT NOT NULL DEFAULT '',"
                  " created TEXT NOT NULL,"
                  " CHECK (review_date = '' OR review_date >= created));"
                  "CREATE INDEX challenge_zones__challenges_by_case ON challenge_zones__challenges(case_id);"
                  "CREATE TABLE challenge_zones__placements ("
                  " id INTEGER PRIMARY KEY,"
                  " challenge_id INTEGER NOT NULL REFERENCES challenge_zones__challenges(id) ON DELETE CASCADE,"
                  " session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,"
                  " date TEXT NOT NULL,"
                  " zone INTEGER NOT NULL CHECK (zone BETWEEN 0 AND 3),"
                  " reason TEXT NOT NULL DEFAULT '');"
                  "CREATE INDEX challenge_zones__placements_by_challenge"
                  " ON challenge_zones__placements(challenge_id, date, id);"
                  "CREATE INDEX challenge_zones__placements_by_session ON challenge_zones__placements(session_id);"),
};

constexpr const char* kChallengeColumns =
    "id, case_id, aspect, direction, description, why_it_matters, support, support_note, near_future,"
    " distant_future, status, review_date, created";

// A row the checks would refuse can only come from outside this plugin;
// such values read as the nearest neutral choice, never a crash.
Challenge read_challenge(const wb::Statement& st) {
    Challenge c;
    c.id = st.int64(0);
    c.case_id = st.int64(1);
    c.aspect = aspect_from_int(st.int64(2)).value_or(Aspect::Actions);
    c.direction = direction_from_int(st.int64(3)).value_or(Direction::HelperToParent);
    c.description = st.text(4);
    c.why_it_matters = st.text(5);
    c.support = static_cast<int>(st.int64(6)) & kSupportAll;
    c.support_note = st.text(7);
    c.near_future = st.text(8);
    c.distant_future = st.text(9);
    c.status = status_from_int(st.int64(10)).value_or(Status::Planned);
    c.review_date = st.text(11);
    c.created = st.text(12);
    return c;
}

Placement read_placement(const wb::Statement& st) {
    Placement p;
    p.id = st.int64(0);
    p.challenge_id = st.int64(1);
    if (!st.is_null(2)) p.session_id = st.int64(2);
    p.date = st.text(3);
    p.zone = zone_from_int(st.int64(4)).value_or(Zone::Comfort);
    p.reason = st.text(5);
    return p;
}

// Binds ?1..?12 (case, aspect, ... created).
void bind_challenge(wb::Statement& st, const Challenge& c) {
    st.bind(1, c.case_id);
    st.bind(2, static_cast<int>(c.aspect));
    st.bind(3, static_cast<int>(c.direction));
    st.bind(4, trimmed(c.description));
    st.bind(5, trimmed(c.why_it_matters));
    st.bind(6, c.support);
    st.bind(7, trimmed(c.support_note));
    st.bind(8, trimmed(c.near_future));
    st.bind(9, trimmed(c.distant_future));
    st.bind(10, static_cast<int>(c.status));
    st.bind(11, c.review_date);
    st.bind(12, c.created);
}

constexpr const char* kGone = "This challenge no longer exists (it may have been undone or deleted).";

} // namespace

std::span<const wb_migration> ChallengeModel::migrations() { return kMigrations; }

std::vector<SessionRef> ChallengeModel::sessions(int64_t case_id) const {
    std::vector<SessionRef> out;
    wb::Statement st = host_.prepare("SELECT id, date, supervisee FROM sessions WHERE case_id = ? ORDER BY date, id");
    st.bind(1, case_id);
    while (st.step()) out.push_back(SessionRef{st.int64(0), st.text(1), st.text(2)});
    return out;
}

CasePlan ChallengeModel::load(int64_t case_id) const {
    CasePlan plan;
    if (case_id == 0) return plan;
    {
        wb::Statement st = host_.prepare((std::string("SELECT ") + kChallengeColumns +
                                          " FROM challenge_zones__challenges WHERE case_id = ? ORDER BY created, id")
                                             .c_str());
        st.bind(1, case_id);
        while (st.step()) plan.challenges.push_back(read_challenge(st));
    }
    {
        wb::Statement st = host_.prepare(
            "SELECT p.id, p.challenge_id, p.session_id, p.date, p.zone, p.reason FROM challenge_zones__placements p"
            " JOIN challenge_zones__challenges c ON c.id = p.challenge_id WHERE c.case_id = ? ORDER BY p.date, p.id");
        st.bind(1, case_id);
        while (st.step()) plan.placements.push_back(read_placement(st));
    }
    plan.sessions = sessions(case_id);
    return plan;
}

std::vector<Placement> ChallengeModel::placements_of(int64_t challenge_id) const {
    std::vector<Placement> out;
    wb::Statement st = host_.prepare("SELECT id, challenge_id, session_id, date, zone, reason"
                                     " FROM challenge_zones__placements WHERE challenge_id = ? ORDER BY date, id");
    st.bind(1, challenge_id);
    while (st.step()) out.push_back(read_placement(st));
    return out;
}

int64_t ChallengeModel::insert(const Challenge& c) {
    wb::Statement st = host_.prepare(
        "INSERT INTO challenge_zones__challenges (case_id, aspect, direction, description, why_it_matters, support,"
        " support_note, near_future, distant_future, status, review_date, created)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bind_challenge(st, c);
    st.run();
    return host_.last_insert_rowid();
}

int64_t ChallengeModel::insert(const Placement& p) {
    wb::Statement st = host_.prepare("INSERT INTO challenge_zones__placements (challenge_id, session_id, date, zone,"
                                     " reason) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, p.challenge_id);
    if (p.session_id) st.bind(2, *p.session_id);
    else st.bind_null(2);
    st.bind(3, p.date);
    st.bind(4, static_cast<int>(*p.zone));
    st.bind(5, trimmed(p.reason));
    st.run();
    return host_.last_insert_rowid();
}

Outcome ChallengeModel::add(const Challenge& c) {
    Outcome out;
    if (auto why = validate(c)) out.error = *why;
    else if (c.case_id == 0) out.error = "Pick a case first.";
    if (!out) return out;
    wb::Edit edit(host_, "Add challenge");
    out.id = insert(c);
    edit.commit();
    return out;
}

Outcome ChallengeModel::update(const Challenge& c) {
    Outcome out;
    out.id = c.id;
    if (auto why = validate(c)) {
        out.error = *why;
        return out;
    }
    {
        wb::Statement st = host_.prepare("SELECT case_id FROM challenge_zones__challenges WHERE id = ?");
        st.bind(1, c.id);
        if (!st.step() || st.int64(0) != c.case_id) {
            out.error = kGone;
            return out;
        }
    }
    wb::Edit edit(host_, "Edit challenge");
    wb::Statement st = host_.prepare(
        "UPDATE challenge_zones__challenges SET case_id = ?1, aspect = ?2, direction = ?3, description = ?4,"
        " why_it_matters = ?5, support = ?6, support_note = ?7, near_future = ?8, distant_future = ?9,"
        " status = ?10, review_date = ?11, created = ?12 WHERE id = ?13");
    bind_challenge(st, c);
    st.bind(13, c.id);
    st.run();
    edit.commit();
    return out;
}

Outcome ChallengeModel::remove(int64_t challenge_id) {
    Outcome out;
    out.id = challenge_id;
    {
        wb::Statement st = host_.prepare("SELECT 1 FROM challenge_zones__challenges WHERE id = ?");
        st.bind(1, challenge_id);
        if (!st.step()) {
            out.error = kGone;
            return out;
        }
    }
    wb::Edit edit(host_, "Delete challenge");
    // Placements first, by hand: the undo step then holds every row plainly.
    host_.prepare("DELETE FROM challenge_zones__placements WHERE challenge_id = ?").bind(1, challenge_id).run();
    host_.prepare("DELETE FROM challenge_zones__challenges WHERE id = ?").bind(1, challenge_id).run();
    edit.commit();
    return out;
}

std::string ChallengeModel::check_placement(Placement& p) const {
    if (!p.zone) return *validate(p);
    int64_t case_id = 0;
    {
        wb::Statement st = host_.prepare("SELECT case_id FROM challenge_zones__challenges WHERE id = ?");
        st.bind(1, p.challenge_id);
        if (!st.step()) return kGone;
        case_id = st.int64(0);
    }
    if (p.session_id) {
        // The session must belong to the same case; its date is the date.
        wb::Statement st = host_.prepare("SELECT date FROM sessions WHERE id = ? AND case_id = ?");
        st.bind(1, *p.session_id).bind(2, case_id);
        if (!st.step()) return "The chosen session is no longer part of this case: pick another or a date.";
        p.date = st.text(0);
    }
    if (auto why = validate(p)) return *why;
    return {};
}

Outcome ChallengeModel::place(const Placement& placement) {
    Placement p = placement;
    Outcome out;
    out.error = check_placement(p);
    if (!out) return out;
    wb::Edit edit(host_, "Place challenge");
    out.id = insert(p);
    edit.commit();
    return out;
}

int ChallengeModel::seed_demo(int64_t case_id, const std::string& today, std::string_view family) {
    {
        wb::Statement st = host_.prepare("SELECT count(*) FROM challenge_zones__challenges WHERE case_id = ?");
        st.bind(1, case_id);
        if (st.step() && st.int64(0) > 0) return 0;
    }
    const std::vector<SessionRef> case_sessions = sessions(case_id);
    const std::vector<DemoChallenge> demo = demo_plan(case_id, case_sessions, today, demo_family_from_key(family));
    wb::Edit edit(host_, "Add demo challenges");
    for (const DemoChallenge& d : demo) {
        const int64_t id = insert(d.challenge);
        for (Placement p : d.placements) {
            p.challenge_id = id;
            insert(p);
        }
    }
    edit.commit();
    return static_cast<int>(demo.size());
}

} // namespace challenge_zones
