// ws_store.h - worksheets and user templates in the store: the plugin's two
// tables, the templates on offer (built-in + the latest version of each
// user template), and every change to a case's worksheets or to a user
// template, each as one undoable edit.
//
// Plain C++ over wb::Host (no ImGui), tested without a window. Bad input
// (an empty title, an invalid template, a worksheet that is gone) is
// refused with a message and nothing is written; store failures surface as
// wb::Error from the SDK. Nothing here logs case content.
//
// Versions: a user template is never changed in place. Every save is a new
// row (slug, version + 1) and older rows stay, so a worksheet filled
// against version 2 still opens after version 3 exists: it is shown
// against the newest version with migrate() (answers whose question is
// gone are set aside, read-only, never dropped).
#pragma once

#include "ws_answers.h"
#include "ws_template.h"

#include <workbench/plugin.hpp>
#include <workbench/util.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace worksheets {

// Where a worksheet's template comes from: compiled in, or made by the team.
enum class Source { Builtin, User };
std::string_view source_key(Source s); // "builtin" / "user" as stored

enum class SheetStatus { Draft, Complete };
std::string_view status_key(SheetStatus s); // "draft" / "complete"
std::string_view status_label(SheetStatus s); // "Draft" / "Complete"

// A template as the pickers and the editor list it. `ref` names it in the
// exports: a user template's row id (> 0), or -(index + 1) for a built-in.
struct TemplateEntry {
    Template tpl;
    Source source = Source::Builtin;
    int64_t ref = 0;
    std::string updated; // user templates: the date of this version
};

// One worksheet row.
struct Sheet {
    int64_t id = 0;
    int64_t case_id = 0;
    std::optional<int64_t> session_id;
    std::string template_slug;
    int template_version = 0;
    Source source = Source::Builtin;
    std::string title;
    SheetStatus status = SheetStatus::Draft;
    std::string created, updated; // YYYY-MM-DD
    bool operator==(const Sheet&) const = default;
};

// A worksheet ready to fill: its row, the template it is shown against
// (the newest version) and its answers moved to that version.
struct OpenSheet {
    Sheet sheet;
    Template tpl;
    Answers answers;
    // The worksheet was filled against another version of the template.
    bool version_changed = false;
    int stored_version = 0;
};

// The result of a change: `error` says why nothing was written.
struct [[nodiscard]] Outcome {
    int64_t id = 0; // the new or changed row
    std::string error;
    explicit operator bool() const { return error.empty(); }
};

// The built-in templates, parsed once (a broken one is left out; the tests
// make sure none is).
const std::vector<Template>& builtin_list();

class WorksheetStore {
public:
    explicit WorksheetStore(wb::Host host) : host_(host) {}

    // 1: worksheets__templates and worksheets__sheets.
    static std::span<const wb_migration> migrations();

    // ---- Templates ------------------------------------------------------
    // Built-in ones first (in file order), then the newest version of each
    // user template by title.
    std::vector<TemplateEntry> templates() const;
    // The template a worksheet names. Built-ins have one version (the
    // compiled-in one); a user template's exact version, or nullopt.
    std::optional<TemplateEntry> find_template(std::string_view slug, int version, Source source) const;
    std::optional<TemplateEntry> latest(std::string_view slug, Source source) const;
    std::optional<TemplateEntry> by_ref(int64_t ref) const;
    std::vector<int> versions(std::string_view slug) const; // of a user template, oldest first

    // Stores `t` as the next version of its slug (version 1 for a new one)
    // after validate(). A built-in template's id is refused: a copy needs
    // its own. Returns the new row's id; `saved_version` gets the version.
    Outcome save_template(Template t, int* saved_version = nullptr,
                          const std::string& today = wb::util::today_local());
    // Parses a shared file (parse_template) and stores it like
    // save_template, in one edit; the error names the problem and where.
    Outcome import_template(std::string_view json, const std::string& today = wb::util::today_local());

    // ---- Worksheets -----------------------------------------------------
    std::vector<Sheet> sheets(int64_t case_id) const; // newest change first
    std::optional<Sheet> sheet(int64_t sheet_id) const;
    // The worksheet with its template and answers; nullopt when gone.
    // `problem` (if given) says why an existing one could not be opened.
    std::optional<OpenSheet> open(int64_t sheet_id, std::string* problem = nullptr) const;

    // Starts a worksheet for `case_id` (and optionally one of its sessions)
    // from the newest version of a template.
    Outcome start(int64_t case_id, std::optional<int64_t> session_id, std::string_view slug, Source source,
                  const std::string& today = wb::util::today_local());
    // Saves a worksheet's answers (written against `answers.template_version`).
    Outcome save_answers(int64_t sheet_id, const Answers& answers,
                         const std::string& today = wb::util::today_local());
    Outcome set_status(int64_t sheet_id, SheetStatus status, const std::string& today = wb::util::today_local());
    Outcome rename(int64_t sheet_id, const std::string& title, const std::string& today = wb::util::today_local());
    Outcome remove(int64_t sheet_id);
    // The next review from this one: the same template (newest version),
    // the answers carried over, new dates, a draft. `session_id` is the
    // session the copy belongs to (none: no session).
    Outcome duplicate(int64_t sheet_id, std::optional<int64_t> session_id,
                      const std::string& today = wb::util::today_local());

    // Adds a fictional demo family's worksheets to `case_id` in one edit,
    // unless the case already has worksheets. `family` is the host's key
    // ("rivers", "harbour", "meadow"; anything else is "rivers"). Returns
    // how many were added.
    int seed_demo(int64_t case_id, const std::string& today = wb::util::today_local(),
                  std::string_view family = {});

private:
    int64_t insert_sheet(const Sheet& s, const Answers& a);
    std::optional<std::string> check_session(int64_t case_id, std::optional<int64_t> session_id) const;
    int latest_version(std::string_view slug) const; // 0: none

    wb::Host host_;
};

// A title for a worksheet: the problem with it, or nullopt when fine.
std::optional<std::string> check_title(const std::string& title);

} // namespace worksheets
