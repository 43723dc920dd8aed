// lm_model.cpp - the learning-map tables and their reads and writes
// through the SDK's store API.
#include "lm_model.h"

#include "lm_demo.h"

namespace learning_map {
namespace {

// Every row belongs to a session (history is by session): when the session
// is deleted its evidence, priority changes and ratings go with it.
const wb_migration kMigrations[] = {
    wb::migration(1,
                  "CREATE TABLE learning_map__evidence ("
                  " id INTEGER PRIMARY KEY,"
                  " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                  " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                  " domain INTEGER NOT NULL CHECK (domain BETWEEN 0 AND 6),"
                  " note TEXT NOT NULL CHECK (length(note) > 0));"
                  "CREATE INDEX learning_map__evidence_by_case ON learning_map__evidence(case_id);"
                  "CREATE INDEX learning_map__evidence_by_session ON learning_map__evidence(session_id);"
                  "CREATE TABLE learning_map__priorities ("
                  " id INTEGER PRIMARY KEY,"
                  " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                  " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                  " domain INTEGER NOT NULL CHECK (domain BETWEEN 0 AND 6),"
                  " on_ INTEGER NOT NULL CHECK (on_ IN (0, 1)),"
                  " UNIQUE (session_id, domain));"
                  "CREATE INDEX learning_map__priorities_by_case ON learning_map__priorities(case_id);"
                  "CREATE TABLE learning_map__ratings ("
                  " id INTEGER PRIMARY KEY,"
                  " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                  " session_id INTEGER NOT NULL UNIQUE REFERENCES sessions(id) ON DELETE CASCADE,"
                  " parent_trust INTEGER CHECK (parent_trust BETWEEN 0 AND 4),"
                  " parent_acceptance INTEGER CHECK (parent_acceptance BETWEEN 0 AND 4),"
                  " parent_openness INTEGER CHECK (parent_openness BETWEEN 0 AND 4),"
                  " helper_trust INTEGER CHECK (helper_trust BETWEEN 0 AND 4),"
                  " helper_acceptance INTEGER CHECK (helper_acceptance BETWEEN 0 AND 4),"
                  " helper_openness INTEGER CHECK (helper_openness BETWEEN 0 AND 4));"
                  "CREATE INDEX learning_map__ratings_by_case ON learning_map__ratings(case_id);"),
};

constexpr const char* kGone = "This note no longer exists (it may have been undone or deleted).";
constexpr const char* kNoSession = "The chosen session is not part of this case: pick one of its sessions.";

Evidence read_evidence(const wb::Statement& st) {
    Evidence e;
    e.id = st.int64(0);
    e.case_id = st.int64(1);
    e.session_id = st.int64(2);
    // A value the checks would refuse can only come from outside: it reads
    // as the first domain rather than crashing.
    e.domain = domain_from_int(st.int64(3)).value_or(Domain::GettingHelp);
    e.note = st.text(4);
    e.date = st.text(5);
    return e;
}

constexpr const char* kEvidenceSelect =
    "SELECT e.id, e.case_id, e.session_id, e.domain, e.note, s.date FROM learning_map__evidence e"
    " JOIN sessions s ON s.id = e.session_id";

} // namespace

std::span<const wb_migration> LearningModel::migrations() { return kMigrations; }

std::optional<std::string> LearningModel::session_date(int64_t case_id, int64_t session_id) const {
    wb::Statement st = host_.prepare("SELECT date FROM sessions WHERE id = ? AND case_id = ?");
    st.bind(1, session_id).bind(2, case_id);
    if (!st.step()) return std::nullopt;
    return st.text(0);
}

CaseData LearningModel::load(int64_t case_id) const {
    CaseData data;
    if (case_id == 0) return data;
    {
        wb::Statement st = host_.prepare("SELECT id, date FROM sessions WHERE case_id = ? ORDER BY date, id");
        st.bind(1, case_id);
        while (st.step()) data.sessions.push_back(SessionRef{st.int64(0), st.text(1)});
    }
    {
        wb::Statement st =
            host_.prepare((std::string(kEvidenceSelect) + " WHERE e.case_id = ? ORDER BY s.date, s.id, e.id").c_str());
        st.bind(1, case_id);
        while (st.step()) data.evidence.push_back(read_evidence(st));
    }
    {
        wb::Statement st = host_.prepare(
            "SELECT p.id, p.case_id, p.session_id, p.domain, p.on_, s.date FROM learning_map__priorities p"
            " JOIN sessions s ON s.id = p.session_id WHERE p.case_id = ? ORDER BY s.date, s.id, p.id");
        st.bind(1, case_id);
        while (st.step()) {
            PriorityChange p;
            p.id = st.int64(0);
            p.case_id = st.int64(1);
            p.session_id = st.int64(2);
            p.domain = domain_from_int(st.int64(3)).value_or(Domain::GettingHelp);
            p.on = st.int64(4) != 0;
            p.date = st.text(5);
            data.priorities.push_back(std::move(p));
        }
    }
    {
        wb::Statement st = host_.prepare(
            "SELECT r.id, r.case_id, r.session_id, r.parent_trust, r.parent_acceptance, r.parent_openness,"
            " r.helper_trust, r.helper_acceptance, r.helper_openness, s.date FROM learning_map__ratings r"
            " JOIN sessions s ON s.id = r.session_id WHERE r.case_id = ? ORDER BY s.date, s.id");
        st.bind(1, case_id);
        while (st.step()) {
            ConditionRatings r;
            r.id = st.int64(0);
            r.case_id = st.int64(1);
            r.session_id = st.int64(2);
            for (int k = 0; k < kRaterCount * kConditionCount; ++k)
                if (!st.is_null(3 + k))
                    r.set(static_cast<Rater>(k / kConditionCount), static_cast<Condition>(k % kConditionCount),
                          st.integer(3 + k));
            r.date = st.text(9);
            data.ratings.push_back(std::move(r));
        }
    }
    return data;
}

std::optional<Evidence> LearningModel::find_evidence(int64_t id) const {
    wb::Statement st = host_.prepare((std::string(kEvidenceSelect) + " WHERE e.id = ?").c_str());
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return read_evidence(st);
}

int64_t LearningModel::insert(const Evidence& e) {
    wb::Statement st = host_.prepare(
        "INSERT INTO learning_map__evidence (case_id, session_id, domain, note) VALUES (?, ?, ?, ?)");
    st.bind(1, e.case_id).bind(2, e.session_id).bind(3, static_cast<int>(e.domain)).bind(4, trimmed(e.note));
    st.run();
    return host_.last_insert_rowid();
}

int64_t LearningModel::insert(const PriorityChange& p) {
    wb::Statement st = host_.prepare(
        "INSERT INTO learning_map__priorities (case_id, session_id, domain, on_) VALUES (?, ?, ?, ?)");
    st.bind(1, p.case_id).bind(2, p.session_id).bind(3, static_cast<int>(p.domain)).bind(4, p.on ? 1 : 0);
    st.run();
    return host_.last_insert_rowid();
}

int64_t LearningModel::upsert(const ConditionRatings& r) {
    int64_t id = 0;
    {
        wb::Statement st = host_.prepare("SELECT id FROM learning_map__ratings WHERE session_id = ?");
        st.bind(1, r.session_id);
        if (st.step()) id = st.int64(0);
    }
    wb::Statement st = host_.prepare(
        id ? "UPDATE learning_map__ratings SET case_id = ?1, session_id = ?2, parent_trust = ?3,"
             " parent_acceptance = ?4, parent_openness = ?5, helper_trust = ?6, helper_acceptance = ?7,"
             " helper_openness = ?8 WHERE id = ?9"
           : "INSERT INTO learning_map__ratings (case_id, session_id, parent_trust, parent_acceptance,"
             " parent_openness, helper_trust, helper_acceptance, helper_openness) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    st.bind(1, r.case_id).bind(2, r.session_id);
    for (int k = 0; k < kRaterCount * kConditionCount; ++k) {
        const auto v = r.at(static_cast<Rater>(k / kConditionCount), static_cast<Condition>(k % kConditionCount));
        if (v) st.bind(3 + k, *v);
        else st.bind_null(3 + k);
    }
    if (id) st.bind(9, id);
    st.run();
    return id ? id : host_.last_insert_rowid();
}

Outcome LearningModel::add_evidence(const Evidence& e) {
    Outcome out;
    if (e.case_id == 0) out.error = "Pick a case first.";
    else if (auto why = validate(e)) out.error = *why;
    else if (!session_date(e.case_id, e.session_id)) out.error = kNoSession;
    if (!out) return out;
    wb::Edit edit(host_, "Add sign of learning");
    out.id = insert(e);
    edit.commit();
    return out;
}

Outcome LearningModel::update_evidence(const Evidence& e) {
    Outcome out;
    out.id = e.id;
    const std::optional<Evidence> stored = find_evidence(e.id);
    if (!stored || stored->case_id != e.case_id) out.error = kGone;
    else if (auto why = validate(e)) out.error = *why;
    else if (!session_date(e.case_id, e.session_id)) out.error = kNoSession;
    if (!out) return out;
    wb::Edit edit(host_, "Edit sign of learning");
    wb::Statement st =
        host_.prepare("UPDATE learning_map__evidence SET session_id = ?, domain = ?, note = ? WHERE id = ?");
    st.bind(1, e.session_id).bind(2, static_cast<int>(e.domain)).bind(3, trimmed(e.note)).bind(4, e.id);
    st.run();
    edit.commit();
    return out;
}

Outcome LearningModel::remove_evidence(int64_t id) {
    Outcome out;
    out.id = id;
    if (!find_evidence(id)) {
        out.error = kGone;
        return out;
    }
    wb::Edit edit(host_, "Delete sign of learning");
    host_.prepare("DELETE FROM learning_map__evidence WHERE id = ?").bind(1, id).run();
    edit.commit();
    return out;
}

Outcome LearningModel::set_priority(int64_t case_id, Domain domain, int64_t session_id, bool on) {
    Outcome out;
    const std::optional<std::string> date = session_date(case_id, session_id);
    if (!domain_from_int(static_cast<int>(domain))) out.error = "Pick one of the seven learning domains.";
    else if (!date) out.error = kNoSession;
    if (!out) return out;

    // What holds just before this session (changes recorded at other
    // sessions up to its date), and a change already recorded here.
    bool before = false;
    int64_t here = 0;
    {
        wb::Statement st = host_.prepare(
            "SELECT p.id, p.session_id, p.on_ FROM learning_map__priorities p JOIN sessions s ON s.id = p.session_id"
            " WHERE p.case_id = ? AND p.domain = ? AND s.date <= ? ORDER BY s.date, s.id, p.id");
        st.bind(1, case_id).bind(2, static_cast<int>(domain)).bind(3, *date);
        while (st.step()) {
            if (st.int64(1) == session_id) here = st.int64(0);
            else before = st.int64(2) != 0;
        }
    }
    if (on == before && here == 0) return out; // already so: nothing to write
    wb::Edit edit(host_, on ? "Mark domain as a priority" : "Clear domain priority");
    if (on == before) {
        // The change recorded here no longer changes anything.
        host_.prepare("DELETE FROM learning_map__priorities WHERE id = ?").bind(1, here).run();
    } else if (here != 0) {
        host_.prepare("UPDATE learning_map__priorities SET on_ = ? WHERE id = ?").bind(1, on ? 1 : 0).bind(2, here).run();
        out.id = here;
    } else {
        PriorityChange p;
        p.case_id = case_id;
        p.session_id = session_id;
        p.domain = domain;
        p.on = on;
        out.id = insert(p);
    }
    edit.commit();
    return out;
}

Outcome LearningModel::save_ratings(const ConditionRatings& r) {
    Outcome out;
    if (auto why = validate(r)) out.error = *why;
    else if (!session_date(r.case_id, r.session_id)) out.error = kNoSession;
    if (!out) return out;
    wb::Edit edit(host_, "Save condition ratings");
    out.id = upsert(r);
    edit.commit();
    return out;
}

Outcome LearningModel::remove_ratings(int64_t session_id) {
    Outcome out;
    {
        wb::Statement st = host_.prepare("SELECT id FROM learning_map__ratings WHERE session_id = ?");
        st.bind(1, session_id);
        if (!st.step()) {
            out.error = "This session has no ratings to clear.";
            return out;
        }
        out.id = st.int64(0);
    }
    wb::Edit edit(host_, "Clear condition ratings");
    host_.prepare("DELETE FROM learning_map__ratings WHERE session_id = ?").bind(1, session_id).run();
    edit.commit();
    return out;
}

int LearningModel::seed_demo(int64_t case_id, std::string_view family) {
    {
        wb::Statement st = host_.prepare("SELECT count(*) FROM learning_map__evidence WHERE case_id = ?");
        st.bind(1, case_id);
        if (st.step() && st.int64(0) > 0) return 0;
    }
    const CaseData data = load(case_id);
    const DemoData demo = demo_data(family, case_id, data.sessions);
    wb::Edit edit(host_, "Add demo learning map");
    for (const Evidence& e : demo.evidence) insert(e);
    for (const PriorityChange& p : demo.priorities) insert(p);
    for (const ConditionRatings& r : demo.ratings) upsert(r);
    edit.commit();
    return static_cast<int>(demo.evidence.size());
}

} // namespace learning_map
