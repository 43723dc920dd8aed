// ws_store.cpp - the worksheets tables and their reads and writes through
// the SDK's store API (see ws_store.h).
#include "ws_store.h"

#include "ws_builtin.h"
#include "ws_demo.h"
#include "ws_template_json.h"

#include <algorithm>

namespace worksheets {
namespace {

// Every table has a primary key (undo records row changes by key). A
// worksheet belongs to a case and goes with it; it keeps its answers when
// its session is deleted and only loses the link. Templates are never
// updated in place: (slug, version) is unique and each save adds a row.
const wb_migration kMigrations[] = {
    wb::migration(1,
                  "CREATE TABLE worksheets__templates ("
                  " id INTEGER PRIMARY KEY,"
                  " slug TEXT NOT NULL,"
                  " version INTEGER NOT NULL CHECK (version >= 1),"
                  " json TEXT NOT NULL,"
                  " created TEXT NOT NULL,"
                  " updated TEXT NOT NULL,"
                  " UNIQUE (slug, version));"
                  "CREATE TABLE worksheets__sheets ("
                  " id INTEGER PRIMARY KEY,"
                  " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                  " session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,"
                  " template_slug TEXT NOT NULL,"
                  " template_version INTEGER NOT NULL,"
                  " source TEXT NOT NULL CHECK (source IN ('builtin', 'user')),"
                  " title TEXT NOT NULL,"
                  " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),"
                  " answers TEXT NOT NULL,"
                  " created TEXT NOT NULL,"
                  " updated TEXT NOT NULL);"
                  "CREATE INDEX worksheets__sheets_by_case ON worksheets__sheets(case_id, updated);"),
};

constexpr const char* kSheetColumns =
    "id, case_id, session_id, template_slug, template_version, source, title, status, created, updated";
constexpr const char* kGone = "This worksheet no longer exists (it may have been undone or deleted).";

Sheet read_sheet(const wb::Statement& st) {
    Sheet s;
    s.id = st.int64(0);
    s.case_id = st.int64(1);
    if (!st.is_null(2)) s.session_id = st.int64(2);
    s.template_slug = st.text(3);
    s.template_version = st.integer(4);
    s.source = st.text(5) == "user" ? Source::User : Source::Builtin;
    s.title = st.text(6);
    s.status = st.text(7) == "complete" ? SheetStatus::Complete : SheetStatus::Draft;
    s.created = st.text(8);
    s.updated = st.text(9);
    return s;
}

// A stored template row; a row that no longer parses (made by a newer
// workbench, damaged) is left out rather than shown half-read.
std::optional<TemplateEntry> read_template_row(const wb::Statement& st) {
    ParseResult r = parse_template(st.text(1));
    if (!r.ok()) return std::nullopt;
    TemplateEntry e;
    e.tpl = std::move(*r.value);
    e.tpl.version = st.integer(2); // the row's version is the truth
    e.source = Source::User;
    e.ref = st.int64(0);
    e.updated = st.text(3);
    return e;
}

bool is_builtin_slug(std::string_view slug) {
    for (const Template& t : builtin_list())
        if (t.id == slug) return true;
    return false;
}

} // namespace

std::string_view source_key(Source s) { return s == Source::User ? "user" : "builtin"; }
std::string_view status_key(SheetStatus s) { return s == SheetStatus::Complete ? "complete" : "draft"; }
std::string_view status_label(SheetStatus s) { return s == SheetStatus::Complete ? "Complete" : "Draft"; }

const std::vector<Template>& builtin_list() {
    static const std::vector<Template> list = [] {
        std::vector<Template> out;
        for (const BuiltinTemplate& b : builtin_templates()) {
            ParseResult r = parse_template(b.json);
            if (r.ok()) out.push_back(std::move(*r.value));
        }
        return out;
    }();
    return list;
}

std::optional<std::string> check_title(const std::string& title) {
    const std::string t = wb::util::trimmed(title);
    if (t.empty()) return "Give the worksheet a title.";
    if (char_count(t) > static_cast<std::size_t>(limits::kTitleChars))
        return "The title is too long (at most " + std::to_string(limits::kTitleChars) + " characters).";
    for (unsigned char c : t)
        if (c < 0x20 || c == 0x7F) return "The title must be one line.";
    return std::nullopt;
}

std::span<const wb_migration> WorksheetStore::migrations() { return kMigrations; }

// ---- Templates ---------------------------------------------------------------

std::vector<TemplateEntry> WorksheetStore::templates() const {
    std::vector<TemplateEntry> out;
    const std::vector<Template>& built = builtin_list();
    for (std::size_t i = 0; i < built.size(); ++i)
        out.push_back(TemplateEntry{built[i], Source::Builtin, -static_cast<int64_t>(i + 1), ""});
    std::vector<TemplateEntry> user;
    wb::Statement st = host_.prepare(
        "SELECT t.id, t.json, t.version, t.updated FROM worksheets__templates t"
        " WHERE t.version = (SELECT max(version) FROM worksheets__templates u WHERE u.slug = t.slug)");
    while (st.step())
        if (auto e = read_template_row(st)) user.push_back(std::move(*e));
    std::sort(user.begin(), user.end(), [](const TemplateEntry& a, const TemplateEntry& b) {
        return a.tpl.title != b.tpl.title ? a.tpl.title < b.tpl.title : a.tpl.id < b.tpl.id;
    });
    out.insert(out.end(), user.begin(), user.end());
    return out;
}

std::optional<TemplateEntry> WorksheetStore::find_template(std::string_view slug, int version, Source source) const {
    if (source == Source::Builtin) return latest(slug, source);
    wb::Statement st =
        host_.prepare("SELECT id, json, version, updated FROM worksheets__templates WHERE slug = ? AND version = ?");
    st.bind(1, slug).bind(2, version);
    if (!st.step()) return std::nullopt;
    return read_template_row(st);
}

std::optional<TemplateEntry> WorksheetStore::latest(std::string_view slug, Source source) const {
    if (source == Source::Builtin) {
        const std::vector<Template>& built = builtin_list();
        for (std::size_t i = 0; i < built.size(); ++i)
            if (built[i].id == slug) return TemplateEntry{built[i], Source::Builtin, -static_cast<int64_t>(i + 1), ""};
        return std::nullopt;
    }
    wb::Statement st = host_.prepare("SELECT id, json, version, updated FROM worksheets__templates WHERE slug = ?"
                                     " ORDER BY version DESC LIMIT 1");
    st.bind(1, slug);
    if (!st.step()) return std::nullopt;
    return read_template_row(st);
}

std::optional<TemplateEntry> WorksheetStore::by_ref(int64_t ref) const {
    if (ref < 0) {
        const std::vector<Template>& built = builtin_list();
        const auto i = static_cast<std::size_t>(-(ref + 1));
        if (i >= built.size()) return std::nullopt;
        return TemplateEntry{built[i], Source::Builtin, ref, ""};
    }
    wb::Statement st = host_.prepare("SELECT id, json, version, updated FROM worksheets__templates WHERE id = ?");
    st.bind(1, ref);
    if (!st.step()) return std::nullopt;
    return read_template_row(st);
}

std::vector<int> WorksheetStore::versions(std::string_view slug) const {
    std::vector<int> out;
    wb::Statement st = host_.prepare("SELECT version FROM worksheets__templates WHERE slug = ? ORDER BY version");
    st.bind(1, slug);
    while (st.step()) out.push_back(st.integer(0));
    return out;
}

int WorksheetStore::latest_version(std::string_view slug) const {
    wb::Statement st = host_.prepare("SELECT max(version) FROM worksheets__templates WHERE slug = ?");
    st.bind(1, slug);
    return st.step() && !st.is_null(0) ? st.integer(0) : 0;
}

Outcome WorksheetStore::save_template(Template t, int* saved_version, const std::string& today) {
    Outcome out;
    if (auto e = validate(t)) {
        out.error = e->message();
        return out;
    }
    if (is_builtin_slug(t.id)) {
        out.error = "id: '" + t.id + "' is the id of a built-in template; give your own template its own id";
        return out;
    }
    // The next version, or the file's own when it is higher (an imported
    // template keeps its numbering).
    const int next = latest_version(t.id) + 1;
    t.version = std::max(next, t.version);
    if (t.version > limits::kVersion) {
        out.error = "version: this template has reached the highest version number";
        return out;
    }
    wb::Edit edit(host_, next == 1 ? "Create template" : "Save template");
    host_.prepare("INSERT INTO worksheets__templates (slug, version, json, created, updated) VALUES (?, ?, ?, ?, ?)")
        .bind(1, t.id)
        .bind(2, t.version)
        .bind(3, to_json(t))
        .bind(4, today)
        .bind(5, today)
        .run();
    out.id = host_.last_insert_rowid();
    edit.commit();
    if (saved_version) *saved_version = t.version;
    return out;
}

Outcome WorksheetStore::import_template(std::string_view json, const std::string& today) {
    ParseResult r = parse_template(json);
    if (!r.ok()) return Outcome{0, r.error.message()};
    return save_template(std::move(*r.value), nullptr, today);
}

// ---- Worksheets --------------------------------------------------------------

std::vector<Sheet> WorksheetStore::sheets(int64_t case_id) const {
    std::vector<Sheet> out;
    if (case_id == 0) return out;
    wb::Statement st = host_.prepare((std::string("SELECT ") + kSheetColumns +
                                      " FROM worksheets__sheets WHERE case_id = ? ORDER BY updated DESC, id DESC")
                                         .c_str());
    st.bind(1, case_id);
    while (st.step()) out.push_back(read_sheet(st));
    return out;
}

std::optional<Sheet> WorksheetStore::sheet(int64_t sheet_id) const {
    wb::Statement st =
        host_.prepare((std::string("SELECT ") + kSheetColumns + " FROM worksheets__sheets WHERE id = ?").c_str());
    st.bind(1, sheet_id);
    if (!st.step()) return std::nullopt;
    return read_sheet(st);
}

std::optional<OpenSheet> WorksheetStore::open(int64_t sheet_id, std::string* problem) const {
    auto fail = [&](std::string why) -> std::optional<OpenSheet> {
        if (problem) *problem = std::move(why);
        return std::nullopt;
    };
    OpenSheet o;
    std::string answers_json;
    {
        wb::Statement st = host_.prepare(
            (std::string("SELECT ") + kSheetColumns + ", answers FROM worksheets__sheets WHERE id = ?").c_str());
        st.bind(1, sheet_id);
        if (!st.step()) return fail(kGone);
        o.sheet = read_sheet(st);
        answers_json = st.text(10);
    }
    // Shown against the newest version; answers follow it with migrate().
    auto tpl = latest(o.sheet.template_slug, o.sheet.source);
    if (!tpl) return fail("The template this worksheet was filled from (" + o.sheet.template_slug +
                          ") is not available in this workbench.");
    AnswersResult a = answers_from_json(answers_json);
    if (!a.ok()) return fail("The answers of this worksheet could not be read: " + a.error);
    o.tpl = std::move(tpl->tpl);
    o.stored_version = a.value->template_version;
    o.version_changed = o.stored_version != o.tpl.version;
    o.answers = migrate(o.tpl, std::move(*a.value));
    o.answers.template_id = o.tpl.id;
    return o;
}

std::optional<std::string> WorksheetStore::check_session(int64_t case_id, std::optional<int64_t> session_id) const {
    if (!session_id) return std::nullopt;
    wb::Statement st = host_.prepare("SELECT 1 FROM sessions WHERE id = ? AND case_id = ?");
    st.bind(1, *session_id).bind(2, case_id);
    if (!st.step()) return "The chosen session is not part of this case.";
    return std::nullopt;
}

int64_t WorksheetStore::insert_sheet(const Sheet& s, const Answers& a) {
    wb::Statement st = host_.prepare(
        "INSERT INTO worksheets__sheets (case_id, session_id, template_slug, template_version, source, title,"
        " status, answers, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, s.case_id);
    if (s.session_id) st.bind(2, *s.session_id);
    else st.bind_null(2);
    st.bind(3, s.template_slug).bind(4, s.template_version).bind(5, source_key(s.source));
    st.bind(6, wb::util::trimmed(s.title)).bind(7, status_key(s.status)).bind(8, to_json(a));
    st.bind(9, s.created).bind(10, s.updated);
    st.run();
    return host_.last_insert_rowid();
}

Outcome WorksheetStore::start(int64_t case_id, std::optional<int64_t> session_id, std::string_view slug, Source source,
                              const std::string& today) {
    Outcome out;
    if (case_id == 0) return Outcome{0, "Pick a case first."};
    if (auto bad = check_session(case_id, session_id)) return Outcome{0, *bad};
    auto tpl = latest(slug, source);
    if (!tpl) return Outcome{0, "This template is no longer available."};
    Sheet s;
    s.case_id = case_id;
    s.session_id = session_id;
    s.template_slug = tpl->tpl.id;
    s.template_version = tpl->tpl.version;
    s.source = source;
    s.title = tpl->tpl.title;
    s.created = s.updated = today;
    Answers a;
    a.template_id = tpl->tpl.id;
    a.template_version = tpl->tpl.version;
    wb::Edit edit(host_, "Start worksheet");
    out.id = insert_sheet(s, a);
    edit.commit();
    return out;
}

Outcome WorksheetStore::save_answers(int64_t sheet_id, const Answers& answers, const std::string& today) {
    if (!sheet(sheet_id)) return Outcome{sheet_id, kGone};
    wb::Edit edit(host_, "Edit worksheet");
    host_.prepare("UPDATE worksheets__sheets SET answers = ?, template_version = ?, updated = ? WHERE id = ?")
        .bind(1, to_json(answers))
        .bind(2, answers.template_version)
        .bind(3, today)
        .bind(4, sheet_id)
        .run();
    edit.commit();
    return Outcome{sheet_id, ""};
}

Outcome WorksheetStore::set_status(int64_t sheet_id, SheetStatus status, const std::string& today) {
    const auto s = sheet(sheet_id);
    if (!s) return Outcome{sheet_id, kGone};
    if (s->status == status) return Outcome{sheet_id, ""}; // nothing to record
    wb::Edit edit(host_, status == SheetStatus::Complete ? "Mark worksheet complete" : "Mark worksheet draft");
    host_.prepare("UPDATE worksheets__sheets SET status = ?, updated = ? WHERE id = ?")
        .bind(1, status_key(status))
        .bind(2, today)
        .bind(3, sheet_id)
        .run();
    edit.commit();
    return Outcome{sheet_id, ""};
}

Outcome WorksheetStore::rename(int64_t sheet_id, const std::string& title, const std::string& today) {
    const auto s = sheet(sheet_id);
    if (!s) return Outcome{sheet_id, kGone};
    if (auto bad = check_title(title)) return Outcome{sheet_id, *bad};
    if (s->title == wb::util::trimmed(title)) return Outcome{sheet_id, ""};
    wb::Edit edit(host_, "Rename worksheet");
    host_.prepare("UPDATE worksheets__sheets SET title = ?, updated = ? WHERE id = ?")
        .bind(1, wb::util::trimmed(title))
        .bind(2, today)
        .bind(3, sheet_id)
        .run();
    edit.commit();
    return Outcome{sheet_id, ""};
}

Outcome WorksheetStore::remove(int64_t sheet_id) {
    if (!sheet(sheet_id)) return Outcome{sheet_id, kGone};
    wb::Edit edit(host_, "Delete worksheet");
    host_.prepare("DELETE FROM worksheets__sheets WHERE id = ?").bind(1, sheet_id).run();
    edit.commit();
    return Outcome{sheet_id, ""};
}

Outcome WorksheetStore::duplicate(int64_t sheet_id, std::optional<int64_t> session_id, const std::string& today) {
    std::string problem;
    auto o = open(sheet_id, &problem);
    if (!o) return Outcome{sheet_id, problem};
    if (auto bad = check_session(o->sheet.case_id, session_id)) return Outcome{0, *bad};
    Sheet s = o->sheet;
    s.session_id = session_id;
    s.template_version = o->tpl.version;
    s.status = SheetStatus::Draft;
    s.created = s.updated = today;
    wb::Edit edit(host_, "Duplicate worksheet");
    const int64_t id = insert_sheet(s, o->answers);
    edit.commit();
    return Outcome{id, ""};
}

int WorksheetStore::seed_demo(int64_t case_id, const std::string& today, std::string_view family) {
    if (!sheets(case_id).empty()) return 0;
    // The case's sessions by date: a family's worksheets belong to them.
    std::vector<int64_t> session_ids;
    std::vector<std::string> session_dates;
    {
        wb::Statement st = host_.prepare("SELECT id, date FROM sessions WHERE case_id = ? ORDER BY date, id");
        st.bind(1, case_id);
        while (st.step()) {
            session_ids.push_back(st.int64(0));
            session_dates.push_back(st.text(1));
        }
    }
    const std::vector<DemoSheet> demo = demo_sheets(today, demo_family_from_key(family), session_dates);
    wb::Edit edit(host_, "Add demo worksheets");
    int added = 0;
    for (const DemoSheet& d : demo) {
        auto tpl = latest(d.slug, Source::Builtin);
        if (!tpl) continue;
        Sheet s;
        s.case_id = case_id;
        s.template_slug = tpl->tpl.id;
        s.template_version = tpl->tpl.version;
        s.title = d.title;
        s.status = d.status;
        s.created = d.created;
        s.updated = d.updated;
        if (d.session && *d.session < session_ids.size()) s.session_id = session_ids[*d.session];
        insert_sheet(s, demo_answers(tpl->tpl, d));
        ++added;
    }
    edit.commit();
    return added;
}

} // namespace worksheets
