// spiral_model.cpp - the spiral's tables and their reads and writes through
// the SDK's store API.
#include "spiral_model.h"

#include "spiral_demo.h"

namespace spiral_mapper {
namespace {

// Both tables have a primary key (undo records row changes by key). Steps
// belong to a case and go with it; a step keeps its place when the session
// it was linked to is deleted, it only loses the link.
const wb_migration kMigrations[] = {
    wb::migration(1,
                  "CREATE TABLE spiral_mapper__steps ("
                  " id INTEGER PRIMARY KEY,"
                  " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                  " session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,"
                  " date TEXT NOT NULL,"
                  " kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 4),"
                  " description TEXT NOT NULL,"
                  " theme TEXT NOT NULL DEFAULT '',"
                  " help INTEGER NOT NULL DEFAULT 0 CHECK (help BETWEEN -1 AND 1),"
                  " challenge INTEGER NOT NULL DEFAULT 0 CHECK (challenge BETWEEN -1 AND 1),"
                  " possibility INTEGER NOT NULL DEFAULT 0 CHECK (possibility BETWEEN -1 AND 1),"
                  " expansion INTEGER NOT NULL DEFAULT 0 CHECK (expansion BETWEEN 0 AND 2));"
                  "CREATE INDEX spiral_mapper__steps_by_case ON spiral_mapper__steps(case_id, date, id);"
                  "CREATE INDEX spiral_mapper__steps_by_session ON spiral_mapper__steps(session_id);"
                  "CREATE TABLE spiral_mapper__core ("
                  " case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,"
                  " trust TEXT NOT NULL DEFAULT '',"
                  " openness TEXT NOT NULL DEFAULT '',"
                  " honesty TEXT NOT NULL DEFAULT '');"),
};

constexpr const char* kColumns =
    "id, case_id, session_id, date, kind, description, theme, help, challenge, possibility, expansion";

// A row the checks above would refuse can only come from outside this
// plugin; such values read as the nearest neutral choice, never a crash.
Step read_step(const wb::Statement& st) {
    Step s;
    s.id = st.int64(0);
    s.case_id = st.int64(1);
    if (!st.is_null(2)) s.session_id = st.int64(2);
    s.date = st.text(3);
    s.kind = kind_from_int(st.int64(4)).value_or(Kind::Acceptance);
    s.description = st.text(5);
    s.theme = st.text(6);
    for (int g = 0; g < kIngredientCount; ++g)
        s.effects[static_cast<std::size_t>(g)] = effect_from_int(st.int64(7 + g)).value_or(Effect::Unchanged);
    s.expansion = expansion_from_int(st.int64(10)).value_or(Expansion::None);
    return s;
}

// Binds the step's fields to ?1..?10 (case, session, date, kind, ...).
void bind_step(wb::Statement& st, const Step& s) {
    st.bind(1, s.case_id);
    if (s.session_id) st.bind(2, *s.session_id);
    else st.bind_null(2);
    st.bind(3, s.date);
    st.bind(4, static_cast<int>(s.kind));
    st.bind(5, trimmed(s.description));
    st.bind(6, trimmed(s.theme));
    for (int g = 0; g < kIngredientCount; ++g) st.bind(7 + g, static_cast<int>(s.effects[static_cast<std::size_t>(g)]));
    st.bind(10, static_cast<int>(s.expansion));
}

} // namespace

std::span<const wb_migration> SpiralModel::migrations() { return kMigrations; }

std::vector<Step> SpiralModel::load(int64_t case_id) const {
    std::vector<Step> steps;
    if (case_id == 0) return steps;
    wb::Statement st = host_.prepare(
        (std::string("SELECT ") + kColumns + " FROM spiral_mapper__steps WHERE case_id = ? ORDER BY date, id").c_str());
    st.bind(1, case_id);
    while (st.step()) steps.push_back(read_step(st));
    return steps;
}

SafeSpace SpiralModel::load_safe_space(int64_t case_id) const {
    wb::Statement st = host_.prepare("SELECT trust, openness, honesty FROM spiral_mapper__core WHERE case_id = ?");
    st.bind(1, case_id);
    if (!st.step()) return {};
    return SafeSpace{st.text(0), st.text(1), st.text(2)};
}

std::vector<SessionRef> SpiralModel::sessions(int64_t case_id) const {
    std::vector<SessionRef> out;
    wb::Statement st = host_.prepare("SELECT id, date, supervisee FROM sessions WHERE case_id = ? ORDER BY date, id");
    st.bind(1, case_id);
    while (st.step()) out.push_back(SessionRef{st.int64(0), st.text(1), st.text(2)});
    return out;
}

bool SpiralModel::case_exists(int64_t case_id) const {
    wb::Statement st = host_.prepare("SELECT 1 FROM cases WHERE id = ?");
    st.bind(1, case_id);
    return st.step();
}

std::string SpiralModel::check(const Step& step, const std::string& today) const {
    if (auto why = validate(step, today)) return *why;
    if (step.session_id) {
        // The session must be one of this case's: the form only offers
        // those, but a stale choice (deleted meanwhile) is refused here.
        wb::Statement st = host_.prepare("SELECT 1 FROM sessions WHERE id = ? AND case_id = ?");
        st.bind(1, *step.session_id).bind(2, step.case_id);
        if (!st.step()) return "The chosen session is no longer part of this case: pick another or none.";
    }
    return {};
}

void SpiralModel::insert(const Step& step) {
    wb::Statement st = host_.prepare(
        "INSERT INTO spiral_mapper__steps (case_id, session_id, date, kind, description, theme,"
        " help, challenge, possibility, expansion) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bind_step(st, step);
    st.run();
}

Outcome SpiralModel::add(const Step& step, const std::string& today) {
    Outcome out;
    out.error = check(step, today);
    if (!out) return out;
    wb::Edit edit(host_, "Add spiral step");
    insert(step);
    out.id = host_.last_insert_rowid();
    edit.commit();
    return out;
}

Outcome SpiralModel::update(const Step& step, const std::string& today) {
    Outcome out;
    out.id = step.id;
    out.error = check(step, today);
    if (!out) return out;
    {
        wb::Statement st = host_.prepare("SELECT case_id FROM spiral_mapper__steps WHERE id = ?");
        st.bind(1, step.id);
        if (!st.step() || st.int64(0) != step.case_id) {
            out.error = "This step no longer exists (it may have been undone or deleted).";
            return out;
        }
    }
    wb::Edit edit(host_, "Edit spiral step");
    wb::Statement st = host_.prepare(
        "UPDATE spiral_mapper__steps SET case_id = ?1, session_id = ?2, date = ?3, kind = ?4, description = ?5,"
        " theme = ?6, help = ?7, challenge = ?8, possibility = ?9, expansion = ?10 WHERE id = ?11");
    bind_step(st, step);
    st.bind(11, step.id);
    st.run();
    edit.commit();
    return out;
}

Outcome SpiralModel::remove(int64_t step_id) {
    Outcome out;
    out.id = step_id;
    {
        wb::Statement st = host_.prepare("SELECT 1 FROM spiral_mapper__steps WHERE id = ?");
        st.bind(1, step_id);
        if (!st.step()) {
            out.error = "This step no longer exists (it may have been undone or deleted).";
            return out;
        }
    }
    wb::Edit edit(host_, "Delete spiral step");
    host_.prepare("DELETE FROM spiral_mapper__steps WHERE id = ?").bind(1, step_id).run();
    edit.commit();
    return out;
}

bool SpiralModel::save_safe_space(int64_t case_id, const SafeSpace& notes) {
    if (case_id == 0 || load_safe_space(case_id) == notes) return false;
    wb::Edit edit(host_, "Edit safe space notes");
    host_.prepare("INSERT INTO spiral_mapper__core (case_id, trust, openness, honesty) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT(case_id) DO UPDATE SET trust = excluded.trust, openness = excluded.openness,"
                  " honesty = excluded.honesty")
        .bind(1, case_id)
        .bind(2, notes.trust)
        .bind(3, notes.openness)
        .bind(4, notes.honesty)
        .run();
    edit.commit();
    return true;
}

int SpiralModel::seed_demo(int64_t case_id, std::string_view family) {
    {
        wb::Statement st = host_.prepare("SELECT count(*) FROM spiral_mapper__steps WHERE case_id = ?");
        st.bind(1, case_id);
        if (st.step() && st.int64(0) > 0) return 0;
    }
    const std::vector<SessionRef> case_sessions = sessions(case_id);
    const DemoFamily which = demo_family_from_key(family);
    const std::vector<Step> steps = demo_steps(case_id, case_sessions, today_local(), which);
    const SafeSpace space = demo_safe_space(which);
    wb::Edit edit(host_, "Add demo spiral");
    for (const Step& s : steps) insert(s);
    host_.prepare("INSERT OR REPLACE INTO spiral_mapper__core (case_id, trust, openness, honesty) VALUES (?, ?, ?, ?)")
        .bind(1, case_id)
        .bind(2, space.trust)
        .bind(3, space.openness)
        .bind(4, space.honesty)
        .run();
    edit.commit();
    return static_cast<int>(steps.size());
}

} // namespace spiral_mapper
