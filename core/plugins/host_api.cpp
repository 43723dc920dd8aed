// core/plugins/host_api.cpp - the service table (wb_host_api) every plugin
// gets, implemented over the Store, Config and HostContext.
//
// Rules kept here, whatever the plugin does:
//  - Every store call runs with the calling plugin as the store's actor, so
//    the store's authorizer (not convention) keeps it inside its tables.
//  - Writes only inside the plugin's own begin_edit/commit_edit, so every
//    change is one committed, undoable step; transactions stay the host's.
//  - Nothing throws out of these functions and every failure leaves a
//    message in last_error().
#include "plugins/canvas_backend.h"
#include "plugins/descriptor_check.h"
#include "plugins/host_handle.h"
#include "util/rules.h"

#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace wb::core {

namespace {

Store& store_of(wb_host* h) { return h->services->owner->store(); }

wb_status fail(wb_host* h, wb_status status, std::string message) {
    if (h) h->last_error = std::move(message);
    return status;
}

const char* level_name(int level) {
    switch (level) {
    case WB_LOG_DEBUG: return "debug";
    case WB_LOG_INFO: return "info";
    case WB_LOG_WARNING: return "warning";
    default: return "error";
    }
}

// Index of the first character after blanks, ';' and SQL comments.
size_t skip_blanks(std::string_view s, size_t i) {
    for (;;) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == ';')) ++i;
        if (s.substr(i, 2) == "--") {
            i = s.find('\n', i);
            if (i == std::string_view::npos) return s.size();
        } else if (s.substr(i, 2) == "/*") {
            i = s.find("*/", i + 2);
            if (i == std::string_view::npos) return s.size();
            i += 2;
        } else {
            return i;
        }
    }
}

// The first keyword of a statement, upper-cased.
std::string first_keyword(const char* sql) {
    std::string_view s(sql);
    std::string word;
    for (size_t i = skip_blanks(s, 0); i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') break;
        word += c;
    }
    return word;
}

bool only_blanks(const char* tail) {
    if (!tail) return true;
    std::string_view s(tail);
    return skip_blanks(s, 0) == s.size();
}

std::string table_rule(const std::string& id) {
    return "plugin '" + id + "' may read the core tables cases and sessions, and read and write only its own tables named '" +
           id + "__*'";
}

// Turns a failed sqlite3 call into a status and a message for last_error.
wb_status fail_sqlite(wb_host* h, int rc, const char* what) {
    // The store explains an authorizer refusal (which rule, which table).
    const std::string detail = store_of(h).last_sqlite_error();
    wb_status status = status_from_sqlite(rc);
    std::string msg = std::string(what) + ": ";
    if (status == WB_DENIED)
        msg += "denied: " + table_rule(h->plugin_id) + " (" + detail + ")";
    else if (status == WB_READONLY)
        msg += "the store is open read-only, so nothing can be changed (" + detail + ")";
    else
        msg += detail;
    return fail(h, status, msg);
}

// ---- Context -------------------------------------------------------------

int64_t current_case(wb_host* h) { return h ? h->services->context->current_case : 0; }
int64_t current_session(wb_host* h) { return h ? h->services->context->current_session : 0; }

wb_status register_panel(wb_host* h, const wb_panel* p) {
    if (!h) return WB_INVALID;
    if (!h->in_create) return fail(h, WB_INVALID, "register_panel: panels can only be registered during create");
    // A plugin built against an older (or newer) 1.x SDK passes its own
    // wb_panel size: read what it has, never past its struct_size.
    std::optional<wb_panel> panel;
    if (p) panel = read_sized<wb_panel>(p, p->struct_size, kPanelSize_1_0);
    if (!panel || !panel->id || !*panel->id || !panel->title || !panel->draw)
        return fail(h, WB_INVALID, "register_panel: the panel needs struct_size (at least the " +
                                       std::to_string(kPanelSize_1_0) +
                                       " bytes of an SDK 1.0 wb_panel), an id, a title and a draw function");
    for (const auto& existing : h->panels)
        if (existing.id == panel->id)
            return fail(h, WB_INVALID, std::string("register_panel: a panel with id '") + panel->id + "' is already registered");
    h->panels.push_back(wb_host::Panel{panel->id, panel->title, panel->draw, panel->user, panel->story});
    return WB_OK;
}

// ---- Statements ----------------------------------------------------------

// Every live statement of every plugin, by handle (see StatementRecord).
// Handles are counted up from 1 and never reused, so a stale handle can
// never name a newer statement.
struct StatementTable {
    uintptr_t last = 0;
    std::unordered_map<uintptr_t, StatementRecord> live;
};
StatementTable& statement_table() {
    static StatementTable table;
    return table;
}
uintptr_t token(wb_stmt* handle) { return reinterpret_cast<uintptr_t>(handle); }

wb_stmt* add_statement(wb_host* h, sqlite3_stmt* stmt) {
    StatementTable& t = statement_table();
    const uintptr_t id = ++t.last;
    t.live.emplace(id, StatementRecord{h, stmt});
    wb_stmt* handle = reinterpret_cast<wb_stmt*>(id);
    h->statements.insert(handle);
    return handle;
}

wb_status prepare(wb_host* h, const char* sql, wb_stmt** out) {
    if (!h) return WB_INVALID;
    if (out) *out = nullptr;
    if (!sql || !out) return fail(h, WB_INVALID, "prepare: sql and out must not be NULL");
    // Transactions belong to the host (begin_edit/commit_edit); connection
    // settings and other databases are not a plugin's business.
    static const char* const refused[] = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE",
                                          "ATTACH", "DETACH", "VACUUM", "PRAGMA", "REINDEX", "ANALYZE"};
    std::string keyword = first_keyword(sql);
    for (const char* r : refused)
        if (keyword == r)
            return fail(h, WB_DENIED, "prepare: denied: " + keyword +
                                          " is reserved to the host (use begin_edit/commit_edit for changes); " +
                                          table_rule(h->plugin_id));
    Store& st = store_of(h);
    Store::ActorScope actor(st, h->plugin_id);
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(st.db(), sql, -1, &stmt, &tail);
    if (rc != SQLITE_OK) return fail_sqlite(h, rc, "prepare");
    if (!stmt) return fail(h, WB_INVALID, "prepare: the SQL holds no statement");
    if (!only_blanks(tail)) {
        sqlite3_finalize(stmt);
        return fail(h, WB_INVALID, "prepare: one statement at a time (there is more SQL after the first statement)");
    }
    *out = add_statement(h, stmt);
    return WB_OK;
}

wb_status bind_result(StatementRecord* s, int rc, const char* what) {
    return rc == SQLITE_OK ? WB_OK : fail_sqlite(s->owner, rc, what);
}

wb_status bind_int64(wb_stmt* handle, int32_t i, int64_t v) {
    StatementRecord* s = find_statement(handle);
    if (!s) return WB_INVALID;
    return bind_result(s, sqlite3_bind_int64(s->stmt, i, v), "bind_int64");
}
wb_status bind_double(wb_stmt* handle, int32_t i, double v) {
    StatementRecord* s = find_statement(handle);
    if (!s) return WB_INVALID;
    return bind_result(s, sqlite3_bind_double(s->stmt, i, v), "bind_double");
}
wb_status bind_text(wb_stmt* handle, int32_t i, const char* utf8, int32_t bytes) {
    StatementRecord* s = find_statement(handle);
    if (!s) return WB_INVALID;
    if (!utf8) return bind_result(s, sqlite3_bind_null(s->stmt, i), "bind_text");
    return bind_result(s, sqlite3_bind_text(s->stmt, i, utf8, bytes, SQLITE_TRANSIENT), "bind_text");
}
wb_status bind_null(wb_stmt* handle, int32_t i) {
    StatementRecord* s = find_statement(handle);
    if (!s) return WB_INVALID;
    return bind_result(s, sqlite3_bind_null(s->stmt, i), "bind_null");
}

wb_status step(wb_stmt* handle) {
    StatementRecord* s = find_statement(handle);
    if (!s) return WB_INVALID;
    wb_host* h = s->owner;
    Store& st = store_of(h);
    if (!sqlite3_stmt_readonly(s->stmt)) {
        if (st.read_only())
            return fail(h, WB_READONLY, "step: the store is open read-only, so nothing can be changed");
        if (!h->edit_open)
            return fail(h, WB_INVALID, "step: changes must be made inside begin_edit/commit_edit (wb::Edit)");
    }
    // The actor is set for step too: SQLite may re-prepare (and so
    // re-authorize) a statement here after a schema change.
    Store::ActorScope actor(st, h->plugin_id);
    int rc = sqlite3_step(s->stmt);
    if (rc == SQLITE_ROW) return WB_ROW;
    if (rc == SQLITE_DONE) return WB_DONE;
    return fail_sqlite(h, rc, "step");
}

wb_status reset(wb_stmt* handle) {
    StatementRecord* s = find_statement(handle);
    if (!s) return WB_INVALID;
    // Bindings are kept (as in SQLite); sqlite3_reset only repeats the last
    // step's error, which the plugin has already been given.
    sqlite3_reset(s->stmt);
    return WB_OK;
}

// The statement behind `handle` if `col` is one of its columns.
sqlite3_stmt* column_of(wb_stmt* handle, int32_t col) {
    StatementRecord* s = find_statement(handle);
    if (!s || col < 0 || col >= sqlite3_column_count(s->stmt)) return nullptr;
    return s->stmt;
}

int32_t column_count(wb_stmt* handle) {
    StatementRecord* s = find_statement(handle);
    return s ? sqlite3_column_count(s->stmt) : 0;
}
int32_t column_type(wb_stmt* handle, int32_t col) {
    sqlite3_stmt* stmt = column_of(handle, col);
    if (!stmt) return WB_TYPE_NULL;
    switch (sqlite3_column_type(stmt, col)) {
    case SQLITE_INTEGER: return WB_TYPE_INTEGER;
    case SQLITE_FLOAT: return WB_TYPE_FLOAT;
    case SQLITE_TEXT: return WB_TYPE_TEXT;
    case SQLITE_BLOB: return WB_TYPE_BLOB;
    default: return WB_TYPE_NULL;
    }
}
int64_t column_int64(wb_stmt* handle, int32_t col) {
    sqlite3_stmt* stmt = column_of(handle, col);
    return stmt ? sqlite3_column_int64(stmt, col) : 0;
}
double column_double(wb_stmt* handle, int32_t col) {
    sqlite3_stmt* stmt = column_of(handle, col);
    return stmt ? sqlite3_column_double(stmt, col) : 0.0;
}
const char* column_text(wb_stmt* handle, int32_t col) {
    sqlite3_stmt* stmt = column_of(handle, col);
    return stmt ? reinterpret_cast<const char*>(sqlite3_column_text(stmt, col)) : nullptr;
}

// Finalizing an unknown or already finalized handle does nothing (like
// free(NULL)): the handle is looked up, never dereferenced.
void finalize(wb_stmt* handle) {
    StatementTable& t = statement_table();
    auto it = t.live.find(token(handle));
    if (it == t.live.end()) return;
    it->second.owner->statements.erase(handle);
    sqlite3_finalize(it->second.stmt);
    t.live.erase(it);
}

int64_t last_insert_rowid(wb_host* h) { return h ? sqlite3_last_insert_rowid(store_of(h).db()) : 0; }
const char* last_error(wb_host* h) { return h ? h->last_error.c_str() : ""; }

// ---- Edits ---------------------------------------------------------------

wb_status begin_edit(wb_host* h, const char* label) {
    if (!h) return WB_INVALID;
    Store& st = store_of(h);
    if (h->edit_open) return fail(h, WB_INVALID, "begin_edit: this plugin already has an edit open");
    if (st.read_only()) return fail(h, WB_READONLY, "begin_edit: the store is open read-only, so nothing can be changed");
    if (st.in_edit()) return fail(h, WB_CONFLICT, "begin_edit: another edit is in progress");
    Store::ActorScope actor(st, h->plugin_id);
    Status s = st.begin_edit(label && *label ? label : "Plugin edit");
    if (!s) return fail(h, WB_ERROR, "begin_edit: " + s.message());
    h->edit_open = true;
    return WB_OK;
}

wb_status commit_edit(wb_host* h) {
    if (!h) return WB_INVALID;
    if (!h->edit_open) return fail(h, WB_INVALID, "commit_edit: no edit is open (call begin_edit first)");
    Store& st = store_of(h);
    Store::ActorScope actor(st, h->plugin_id);
    Status s = st.commit_edit();
    h->edit_open = st.in_edit();
    if (!s) return fail(h, st.read_only() ? WB_READONLY : WB_ERROR, "commit_edit: " + s.message());
    h->services->data_changed_pending = true;
    return WB_OK;
}

void cancel_edit(wb_host* h) {
    if (!h || !h->edit_open) return;
    Store& st = store_of(h);
    Store::ActorScope actor(st, h->plugin_id);
    st.cancel_edit();
    h->edit_open = false;
}

int32_t read_only(wb_host* h) { return h && store_of(h).read_only() ? 1 : 0; }

// ---- Settings and log ------------------------------------------------------

const char* setting_get(wb_host* h, const char* key, const char* fallback) {
    if (!fallback) fallback = "";
    if (!h || !key) return fallback;
    const auto& all = h->services->config->plugin_settings;
    auto mine = all.find(h->plugin_id);
    if (mine == all.end()) return fallback;
    auto it = mine->second.find(key);
    if (it == mine->second.end()) return fallback;
    h->setting_value = it->second;
    return h->setting_value.c_str();
}

wb_status setting_set(wb_host* h, const char* key, const char* value) {
    if (!h) return WB_INVALID;
    if (!key || !*key) return fail(h, WB_INVALID, "setting_set: the key must not be empty");
    // The preferences file is JSON, which holds only UTF-8 text. Refused
    // here, before anything changes, rather than garbled or lost when the
    // file is written. (Neither is quoted back: a value may be anything.)
    if (!is_valid_utf8(key))
        return fail(h, WB_INVALID, "setting_set: the key is not valid UTF-8 text; nothing was changed");
    if (value && !is_valid_utf8(value))
        return fail(h, WB_INVALID, "setting_set: the value is not valid UTF-8 text; nothing was changed");
    Config& config = *h->services->config;
    try {
        if (value)
            config.plugin_settings[h->plugin_id][key] = value;
        else
            config.plugin_settings[h->plugin_id].erase(key);
        Status s = config.save();
        if (!s)
            return fail(h, WB_ERROR, "setting_set: the setting is kept for this run but could not be saved: " + s.message());
    } catch (const std::exception& e) { // nothing may cross into plugin code
        return fail(h, WB_ERROR, std::string("setting_set: the setting could not be stored: ") + e.what());
    }
    return WB_OK;
}

void log(wb_host* h, int32_t level, const char* message) {
    if (!h) return;
    if (level < WB_LOG_DEBUG) level = WB_LOG_DEBUG;
    if (level > WB_LOG_ERROR) level = WB_LOG_ERROR;
    append_plugin_log(*h->services, level, h->plugin_id, message ? message : "");
}

// ---- Look and feel, navigation ---------------------------------------------

float ui_scale(wb_host* h) { return h ? h->services->context->ui_scale : 1.0f; }

const wb_palette* palette(wb_host* h) {
    if (!h) return nullptr;
    // A per-plugin copy with struct_size set: stays valid for the plugin.
    h->palette = h->services->context->palette;
    h->palette.struct_size = sizeof(wb_palette);
    return &h->palette;
}

// ---- Presentation (since 1.3) ---------------------------------------------

int32_t presentation(wb_host* h) {
    if (!h) return 0;
    const HostContext& c = *h->services->context;
    if (!c.presenting) return 0;
    return WB_PRESENTING | (c.current_case_is_demo ? 0 : WB_MASK_IDENTIFYING);
}

const char* identifying(wb_host* h, const char* text) {
    if (!text) text = "";
    if ((presentation(h) & WB_MASK_IDENTIFYING) == 0) return text;
    return kIdentifyingMask;
}

wb_status select_session(wb_host* h, int64_t session_id) {
    if (!h) return WB_INVALID;
    if (session_id <= 0) return fail(h, WB_INVALID, "select_session: the session id must be positive");
    Store& st = store_of(h);
    Store::ActorScope core(st, ""); // a lookup on the plugin's behalf
    if (!st.find_session(session_id))
        return fail(h, WB_NOT_FOUND, "select_session: there is no session " + std::to_string(session_id));
    h->services->requested_session = session_id;
    return WB_OK;
}

// ---- Actions (since 1.1) ---------------------------------------------------

wb_status register_action(wb_host* h, const wb_action* a) {
    if (!h) return WB_INVALID;
    if (!h->in_create) return fail(h, WB_INVALID, "register_action: actions can only be registered during create");
    std::optional<wb_action> action;
    if (a) action = read_sized<wb_action>(a, a->struct_size, kActionSize_1_1);
    if (!action || !action->name || !action->title || !*action->title || !action->run || action->version < 1)
        return fail(h, WB_INVALID, "register_action: the action needs struct_size (at least the " +
                                       std::to_string(kActionSize_1_1) +
                                       " bytes of an SDK 1.1 wb_action), a name, a title, a run function "
                                       "and a version of 1 or more");
    // The plugin's id as prefix: names cannot collide between plugins, and
    // a reader of a request knows who answers it.
    const std::string name = action->name;
    const std::string prefix = h->plugin_id + ".";
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0)
        return fail(h, WB_INVALID, "register_action: the name '" + name + "' must start with '" + prefix + "'");
    for (const auto& existing : h->actions)
        if (existing.name == name)
            return fail(h, WB_INVALID, "register_action: '" + name + "' is already registered");
    h->actions.push_back(wb_host::Action{name, action->title, action->version, action->run, action->user});
    return WB_OK;
}

int32_t action_version(wb_host* h, const char* name) {
    if (!h || !name) return 0;
    return h->services->owner->action_version(name);
}

wb_status request_action(wb_host* h, const wb_action_request* r, int64_t* out_id) {
    if (out_id) *out_id = 0;
    if (!h) return WB_INVALID;
    std::optional<wb_action_request> request;
    if (r) request = read_sized<wb_action_request>(r, r->struct_size, kActionRequestSize_1_1);
    if (!request || !request->action || request->version < 1 || request->field_count < 0 ||
        (request->field_count > 0 && !request->fields))
        return fail(h, WB_INVALID, "request_action: the request needs struct_size (at least the " +
                                       std::to_string(kActionRequestSize_1_1) +
                                       " bytes of an SDK 1.1 wb_action_request), an action name, a version "
                                       "of 1 or more and its fields");
    for (int32_t i = 0; i < request->field_count; ++i)
        if (!request->fields[i].key || !request->fields[i].value)
            return fail(h, WB_INVALID, "request_action: field #" + std::to_string(i + 1) + " has no key or value");
    if (h->in_create) return fail(h, WB_INVALID, "request_action: not during create (other plugins may not be loaded yet)");
    if (h->services->action_depth > 0)
        return fail(h, WB_INVALID, "request_action: actions cannot be requested from inside an action");
    if (h->edit_open)
        return fail(h, WB_CONFLICT, "request_action: commit or cancel your own edit first (each plugin's change is its own undo step)");
    if (store_of(h).read_only())
        return fail(h, WB_READONLY, "request_action: the store is open read-only, so nothing can be changed");
    return h->services->owner->run_action(*h, *request, out_id);
}

// ---- Export and import (since 1.2) -------------------------------------------

bool valid_item_id(const char* id) { return id && *id && is_valid_plugin_id(id); }

wb_status register_export(wb_host* h, const wb_export* e) {
    if (!h) return WB_INVALID;
    if (!h->in_create) return fail(h, WB_INVALID, "register_export: exports can only be registered during create");
    std::optional<wb_export> spec;
    if (e) spec = read_sized<wb_export>(e, e->struct_size, kExportSize_1_2);
    constexpr uint32_t kAll = WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG | WB_FORMAT_MARKDOWN | WB_FORMAT_JSON;
    constexpr uint32_t kDrawn = WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG;
    constexpr uint32_t kText = WB_FORMAT_MARKDOWN | WB_FORMAT_JSON;
    if (!spec || !valid_item_id(spec->id) || !spec->title || !*spec->title || spec->formats == 0 ||
        (spec->formats & ~kAll) != 0)
        return fail(h, WB_INVALID, "register_export: the export needs struct_size (at least the " +
                                       std::to_string(kExportSize_1_2) +
                                       " bytes of an SDK 1.2 wb_export), an id of [a-z0-9_], a title and "
                                       "known formats");
    if ((spec->formats & kDrawn) && !spec->draw)
        return fail(h, WB_INVALID, std::string("register_export: '") + spec->id + "' offers PDF/SVG/PNG but has no draw function");
    if ((spec->formats & kText) && !spec->write_text)
        return fail(h, WB_INVALID, std::string("register_export: '") + spec->id + "' offers Markdown/JSON but has no write_text function");
    if (!spec->paged && (spec->formats & kDrawn) && !(spec->width > 0 && spec->height > 0))
        return fail(h, WB_INVALID, std::string("register_export: the picture '") + spec->id + "' needs a width and a height");
    for (const auto& existing : h->exports)
        if (existing.id == spec->id)
            return fail(h, WB_INVALID, std::string("register_export: '") + spec->id + "' is already registered");
    wb_host::Export x{spec->id, spec->title, *spec};
    x.spec.id = x.spec.title = nullptr;
    h->exports.push_back(std::move(x));
    return WB_OK;
}

wb_status register_import(wb_host* h, const wb_import* i) {
    if (!h) return WB_INVALID;
    if (!h->in_create) return fail(h, WB_INVALID, "register_import: imports can only be registered during create");
    std::optional<wb_import> spec;
    if (i) spec = read_sized<wb_import>(i, i->struct_size, kImportSize_1_2);
    if (!spec || !valid_item_id(spec->id) || !spec->title || !*spec->title || !spec->extension ||
        spec->extension[0] != '.' || !spec->receive || spec->max_bytes <= 0)
        return fail(h, WB_INVALID, "register_import: the import needs struct_size (at least the " +
                                       std::to_string(kImportSize_1_2) +
                                       " bytes of an SDK 1.2 wb_import), an id of [a-z0-9_], a title, an extension "
                                       "starting with '.', a receive function and a positive max_bytes");
    for (const auto& existing : h->imports)
        if (existing.id == spec->id)
            return fail(h, WB_INVALID, std::string("register_import: '") + spec->id + "' is already registered");
    wb_host::Import x{spec->id, spec->title, spec->extension, *spec};
    x.spec.id = x.spec.title = x.spec.extension = nullptr;
    h->imports.push_back(std::move(x));
    return WB_OK;
}

wb_status request_export(wb_host* h, const char* export_id, int64_t item_id) {
    if (!h) return WB_INVALID;
    if (h->in_create) return fail(h, WB_INVALID, "request_export: not during create");
    const std::string id = export_id ? export_id : "";
    bool known = false;
    for (const auto& e : h->exports) known |= e.id == id;
    if (!known) return fail(h, WB_NOT_FOUND, "request_export: this plugin registered no export '" + id + "'");
    h->services->requested_file =
        PluginHost::Services::FileRequest{h->plugin_id, id, false, item_id, h->services->context->current_case};
    return WB_OK;
}

wb_status request_import(wb_host* h, const char* import_id) {
    if (!h) return WB_INVALID;
    if (h->in_create) return fail(h, WB_INVALID, "request_import: not during create");
    const std::string id = import_id ? import_id : "";
    bool known = false;
    for (const auto& i : h->imports) known |= i.id == id;
    if (!known) return fail(h, WB_NOT_FOUND, "request_import: this plugin registered no import '" + id + "'");
    if (store_of(h).read_only())
        return fail(h, WB_READONLY, "request_import: the store is open read-only, so nothing can be imported");
    h->services->requested_file =
        PluginHost::Services::FileRequest{h->plugin_id, id, true, 0, h->services->context->current_case};
    return WB_OK;
}

} // namespace

StatementRecord* find_statement(wb_stmt* handle) {
    if (!handle) return nullptr;
    auto& live = statement_table().live;
    auto it = live.find(token(handle));
    return it == live.end() ? nullptr : &it->second;
}

wb_status status_from_sqlite(int rc) {
    switch (rc & 0xff) {
    case SQLITE_OK: return WB_OK;
    case SQLITE_ROW: return WB_ROW;
    case SQLITE_DONE: return WB_DONE;
    case SQLITE_AUTH: return WB_DENIED;
    case SQLITE_PERM: return WB_DENIED;
    case SQLITE_READONLY: return WB_READONLY;
    case SQLITE_NOTFOUND: return WB_NOT_FOUND;
    case SQLITE_RANGE: return WB_INVALID;
    case SQLITE_MISUSE: return WB_INVALID;
    case SQLITE_MISMATCH: return WB_INVALID;
    case SQLITE_CONSTRAINT: return WB_CONFLICT;
    default: return WB_ERROR;
    }
}

void append_plugin_log(PluginHost::Services& services, int level, const std::string& plugin_id,
                       const std::string& text) {
    std::fprintf(stderr, "[%s] %s: %s\n", plugin_id.c_str(), level_name(level), text.c_str());
    auto& lines = *services.log;
    if (lines.size() >= kMaxLogLines) lines.erase(lines.begin(), lines.begin() + (lines.size() - kMaxLogLines + 1));
    lines.push_back(PluginHost::LogLine{level, plugin_id, text});
}

const wb_host_api* host_api() {
    static const wb_host_api api = [] {
        wb_host_api a{};
        a.struct_size = sizeof(wb_host_api);
        a.abi_major = WB_ABI_MAJOR;
        a.abi_minor = WB_ABI_MINOR;
        a.host_version = WB_HOST_VERSION;
        a.current_case = &current_case;
        a.current_session = &current_session;
        a.register_panel = &register_panel;
        a.prepare = &prepare;
        a.bind_int64 = &bind_int64;
        a.bind_double = &bind_double;
        a.bind_text = &bind_text;
        a.bind_null = &bind_null;
        a.step = &step;
        a.reset = &reset;
        a.column_count = &column_count;
        a.column_type = &column_type;
        a.column_int64 = &column_int64;
        a.column_double = &column_double;
        a.column_text = &column_text;
        a.finalize = &finalize;
        a.last_insert_rowid = &last_insert_rowid;
        a.last_error = &last_error;
        a.begin_edit = &begin_edit;
        a.commit_edit = &commit_edit;
        a.cancel_edit = &cancel_edit;
        a.read_only = &read_only;
        a.setting_get = &setting_get;
        a.setting_set = &setting_set;
        a.log = &log;
        a.ui_scale = &ui_scale;
        a.palette = &palette;
        a.canvas = canvas_api();
        a.select_session = &select_session;
        a.register_action = &register_action;
        a.action_version = &action_version;
        a.request_action = &request_action;
        a.register_export = &register_export;
        a.register_import = &register_import;
        a.request_export = &request_export;
        a.request_import = &request_import;
        a.presentation = &presentation;
        a.identifying = &identifying;
        return a;
    }();
    return &api;
}

} // namespace wb::core

std::string wb_host::release_resources() {
    std::string note;
    if (!statements.empty()) {
        note = std::to_string(statements.size()) + " statement(s) left unfinalized were finalized";
        // A copy: finalize() erases from `statements`.
        const std::unordered_set<wb_stmt*> left = statements;
        for (wb_stmt* s : left) wb::core::host_api()->finalize(s);
        statements.clear();
    }
    if (edit_open) {
        wb::core::Store& st = services->owner->store();
        st.cancel_edit();
        edit_open = false;
        if (!note.empty()) note += "; ";
        note += "an edit left open was cancelled (edits must be committed within one call)";
    }
    return note;
}
