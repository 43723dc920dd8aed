// core/ui/workbench.cpp - the application model: opening stores, loading
// plugins against them, the current case/session, edits and undo, and the
// theme/scale preferences. Nothing here draws.
#include "ui/workbench.h"

#include "store/demo_families.h"

#include "ui/form_checks.h"

#include <imgui.h>
#include <imgui_internal.h> // ClearActiveID: ending a text edit before teardown

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <system_error>

namespace wb::core {

namespace {
// Hidden panel keys live in Config under a name no plugin id can take
// (plugin ids are [a-z0-9_]+, so a '.' can never collide).
constexpr const char* kHostSettings = "workbench.host";
constexpr const char* kHiddenPanels = "hidden_panels";
// The tab the user last looked at, brought back on the next start.
constexpr const char* kLastPanel = "last_panel";
// The UI scale of presentation mode, kept apart from the everyday one.
constexpr const char* kPresentationScale = "presentation_scale";
constexpr float kDefaultPresentationScale = 2.0f;
} // namespace

Workbench::Workbench(WorkbenchOptions options)
    : options_(std::move(options)),
      config_(options_.config_file.empty() ? Config() : Config(options_.config_file)) {
    if (!config_.load_error().empty())
        last_error_ = "Your preferences could not be read, so defaults are used: " + config_.load_error();
    dark_ = config_.theme == "dark";
    scale_ = clamp_ui_scale(config_.ui_scale);
    context_.palette = make_palette(dark_);
    context_.print_palette = make_print_palette();
    context_.ui_scale = scale_;
    context_.host_version = WB_HOST_VERSION;
    if (auto host = config_.plugin_settings.find(kHostSettings); host != config_.plugin_settings.end())
        if (auto last = host->second.find(kLastPanel); last != host->second.end()) panel_to_show_ = last->second;
    presentation_scale_ = kDefaultPresentationScale;
    if (auto host = config_.plugin_settings.find(kHostSettings); host != config_.plugin_settings.end())
        if (auto v = host->second.find(kPresentationScale); v != host->second.end()) {
            try {
                presentation_scale_ = clamp_ui_scale(std::stof(v->second));
            } catch (const std::exception&) {
                // A hand-edited value that is not a number: keep the default.
            }
        }

    // The plugin host always needs a store; until a real one is open it
    // gets a private empty one and loads nothing.
    placeholder_store_ = Store::open_in_memory();
    plugins_ = std::make_unique<PluginHost>(*placeholder_store_, config_, context_);

    if (options_.in_memory_store) {
        attach_store(Store::open_in_memory(), true, options_.seed_demo_if_new);
        return;
    }
    const std::filesystem::path path =
        options_.store_path.empty() ? default_store_path() : options_.store_path;
    std::error_code ec;
    const bool fresh = !std::filesystem::exists(path, ec);
    if (fresh && path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    auto opened = Store::open(path, options_.read_only ? OpenMode::ReadOnly : OpenMode::CreateIfMissing,
                              options_.foreground_check_bytes);
    if (!opened) {
        store_error_ = opened.message();
        return;
    }
    attach_store(std::move(opened.value()), fresh, options_.seed_demo_if_new);
}

Workbench::~Workbench() {
    commit_pending_edits();
    // Plugins next, while the store is open: their destroy() may still save.
    plugins_.reset();
}

void Workbench::save_config() {
    if (Status s = config_.save(); !s) last_error_ = "Preferences were not saved: " + s.message();
}

void Workbench::send(int32_t type, int64_t case_id, int64_t session_id, const char* demo_family) {
    wb_event e{};
    e.struct_size = sizeof(wb_event);
    e.type = type;
    e.case_id = case_id;
    e.session_id = session_id;
    e.demo_family = demo_family;
    plugins_->broadcast(e);
}

void Workbench::set_context_case(int64_t case_id, int64_t session_id) {
    context_.current_case = case_id;
    context_.current_session = session_id;
    const auto c = (case_id != 0 && store_) ? store_->find_case(case_id) : std::nullopt;
    context_.current_case_is_demo = c && c->demo;
}

void Workbench::load_plugins() {
    if (!options_.load_plugins) return;
    const auto dirs = options_.plugin_dirs.empty() ? PluginHost::default_dirs() : options_.plugin_dirs;
    plugins_->load_all(dirs, options_.safe_mode);
}

void Workbench::attach_store(std::unique_ptr<Store> store, bool fresh, bool seed_demo) {
    // Unload the plugins from the old store before it goes away, then load
    // them again against the new one (their migrations run there). Typing
    // in progress is saved to the old store first.
    if (store_) commit_pending_edits();
    set_context_case(0, 0);
    plugins_.reset();
    store_ = std::move(store);
    store_error_.clear();
    plugins_ = std::make_unique<PluginHost>(*store_, config_, context_);
    load_plugins();
    shown_panels_.clear();
    running_from_.clear();
    refresh_panel_list();
    case_cache_ = {};
    session_cache_ = {};
    session_form_ = {};

    if (fresh && seed_demo && !store_->read_only()) {
        auto demo = store_->seed_demo_case();
        if (!demo) {
            last_error_ = "The demo case could not be created: " + demo.message();
        } else if (demo.value() != 0) {
            // Plugins add their own fictional data to the demo case; none of
            // it is an undoable user edit.
            send(WB_EVENT_DEMO_CASE_CREATED, demo.value(), 0, demo_families().front().key);
            store_->clear_history();
        }
    }
    send(WB_EVENT_STORE_OPENED);
    if (!store_->path().empty()) {
        config_.add_recent_store(store_->path().string());
        save_config();
    }
    const auto& cases = visible_cases();
    select_case(cases.empty() ? 0 : cases.front().id);
}

Status Workbench::open_store(const std::filesystem::path& path) {
    auto opened = Store::open(path, OpenMode::MustExist, options_.foreground_check_bytes);
    if (!opened) return opened.status();
    attach_store(std::move(opened.value()), false, false);
    return Status::ok();
}

Status Workbench::create_store(const std::filesystem::path& path, bool with_demo_case) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return Status::fail("A file already exists at " + path.string() +
                            ". Choose another name, or open it instead.");
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    auto opened = Store::open(path, OpenMode::CreateIfMissing);
    if (!opened) return opened.status();
    attach_store(std::move(opened.value()), true, with_demo_case);
    return Status::ok();
}

Result<std::filesystem::path> Workbench::backup_store() {
    if (!store_) return Status::fail("No store is open.");
    if (store_->path().empty()) return Status::fail("This store lives in memory only; there is no file to back up.");
    const auto target = store_->default_backup_path();
    if (Status s = store_->backup_to(target); !s) return s;
    return target;
}

// ---- Context --------------------------------------------------------------

void Workbench::select_case(int64_t case_id) {
    if (!store_) return;
    if (case_id != 0 && !store_->find_case(case_id)) case_id = 0;
    int64_t session = 0;
    if (case_id != 0) {
        const auto sessions = store_->sessions(case_id); // newest first
        if (!sessions.empty()) session = sessions.front().id;
    }
    set_context_case(case_id, session);
    session_form_ = {};
    send(WB_EVENT_CASE_SELECTED, case_id, session);
    send(WB_EVENT_SESSION_SELECTED, case_id, session);
}

void Workbench::select_session(int64_t session_id) {
    if (!store_) return;
    const auto s = store_->find_session(session_id);
    if (!s) return;
    if (s->case_id != context_.current_case) {
        set_context_case(s->case_id, session_id);
        send(WB_EVENT_CASE_SELECTED, s->case_id, session_id);
    }
    set_context_case(s->case_id, session_id);
    session_form_ = {};
    send(WB_EVENT_SESSION_SELECTED, s->case_id, session_id);
}

bool Workbench::select_case_by_code(const std::string& code) {
    if (!store_) return false;
    const auto c = store_->find_case_by_code(code);
    if (!c) return false;
    select_case(c->id);
    return true;
}

// After undo/redo the selected case or session may no longer exist.
void Workbench::keep_selection_valid() {
    if (!store_) return;
    if (context_.current_case != 0 && !store_->find_case(context_.current_case)) {
        select_case(0);
        return;
    }
    if (context_.current_session != 0) {
        const auto s = store_->find_session(context_.current_session);
        if (!s || s->case_id != context_.current_case) select_case(context_.current_case);
    } else if (context_.current_case != 0) {
        const auto sessions = store_->sessions(context_.current_case);
        if (!sessions.empty()) select_session(sessions.front().id);
    }
}

// ---- Edits ----------------------------------------------------------------

Result<int64_t> Workbench::create_case(const std::string& code, const std::string& label) {
    if (!store_) return Status::fail("No store is open.");
    if (auto e = check_case_code(code); !e.empty()) return Status::fail(e);
    if (auto e = check_case_label(label); !e.empty()) return Status::fail(e);
    auto id = store_->create_case(trimmed(code), trimmed(label));
    if (!id) return id;
    send(WB_EVENT_DATA_CHANGED);
    select_case(id.value());
    return id;
}

Result<int64_t> Workbench::put_demo_family(const std::string& key) {
    if (!store_) return Status::fail("No store is open.");
    if (store_->read_only()) return Status::fail("This store is read-only, so demo cases cannot be added to it.");
    const DemoFamily* family = find_demo_family(key);
    if (!family) return Status::fail("There is no demo family called \"" + key + "\".");
    // Typing in the session form belongs to the case it was typed for.
    commit_pending_edits();
    auto id = store_->put_demo_family(*family);
    if (!id) return id;
    // Each plugin adds its own fictional data for the family, as its own
    // undoable edit; then everyone reloads.
    send(WB_EVENT_DEMO_CASE_CREATED, id.value(), 0, family->key);
    send(WB_EVENT_DATA_CHANGED);
    select_case(id.value());
    return id;
}

Status Workbench::rename_case(int64_t id, const std::string& code, const std::string& label) {
    if (!store_) return Status::fail("No store is open.");
    if (auto e = check_case_code(code); !e.empty()) return Status::fail(e);
    if (auto e = check_case_label(label); !e.empty()) return Status::fail(e);
    if (Status s = store_->rename_case(id, trimmed(code), trimmed(label)); !s) return s;
    send(WB_EVENT_DATA_CHANGED);
    return Status::ok();
}

Status Workbench::set_archived(int64_t id, bool archived) {
    if (!store_) return Status::fail("No store is open.");
    if (Status s = store_->set_archived(id, archived); !s) return s;
    send(WB_EVENT_DATA_CHANGED);
    // An archived case leaves the list unless archived cases are shown.
    if (archived && id == context_.current_case && !show_archived_) select_case(0);
    return Status::ok();
}

Result<int64_t> Workbench::add_session(int64_t case_id, const std::string& date,
                                       const std::string& supervisee, const std::string& notes) {
    if (!store_) return Status::fail("No store is open.");
    if (auto e = check_session_date(date, today_iso()); !e.empty()) return Status::fail(e);
    if (auto e = check_supervisee(supervisee); !e.empty()) return Status::fail(e);
    auto id = store_->add_session(case_id, trimmed(date), trimmed(supervisee), notes);
    if (!id) return id;
    send(WB_EVENT_DATA_CHANGED);
    select_session(id.value());
    return id;
}

Status Workbench::update_session(const Session& session) {
    if (!store_) return Status::fail("No store is open.");
    if (auto e = check_session_date(session.date, today_iso()); !e.empty()) return Status::fail(e);
    if (auto e = check_supervisee(session.supervisee); !e.empty()) return Status::fail(e);
    Session clean = session;
    clean.date = trimmed(session.date);
    clean.supervisee = trimmed(session.supervisee);
    if (Status s = store_->update_session(clean); !s) return s;
    send(WB_EVENT_DATA_CHANGED, clean.case_id, clean.id);
    return Status::ok();
}

Status Workbench::undo() {
    if (!store_) return Status::fail("No store is open.");
    if (!store_->can_undo()) return Status::fail("There is nothing to undo.");
    if (Status s = store_->undo(); !s) return s;
    session_form_ = {};
    send(WB_EVENT_UNDO_APPLIED, context_.current_case, context_.current_session);
    send(WB_EVENT_DATA_CHANGED, context_.current_case, context_.current_session);
    keep_selection_valid();
    return Status::ok();
}

Status Workbench::redo() {
    if (!store_) return Status::fail("No store is open.");
    if (!store_->can_redo()) return Status::fail("There is nothing to redo.");
    if (Status s = store_->redo(); !s) return s;
    session_form_ = {};
    send(WB_EVENT_REDO_APPLIED, context_.current_case, context_.current_session);
    send(WB_EVENT_DATA_CHANGED, context_.current_case, context_.current_session);
    keep_selection_valid();
    return Status::ok();
}

// ---- Look -----------------------------------------------------------------

void Workbench::set_theme(bool dark) {
    dark_ = dark;
    config_.theme = dark ? "dark" : "light";
    apply_look();
    save_config();
}

void Workbench::set_scale(float scale) {
    // Round to the step so repeated +/- land on tidy values.
    const float s = std::round(clamp_ui_scale(scale) * 20.0f) / 20.0f;
    // While presenting, Ctrl+= and Ctrl+- size the presentation, which
    // remembers its own scale; the everyday one is left as it was.
    if (presenting_) {
        set_presentation_scale(s);
        return;
    }
    config_.ui_scale = s;
    apply_look();
    save_config();
}

void Workbench::set_presentation_scale(float scale) {
    presentation_scale_ = std::round(clamp_ui_scale(scale) * 20.0f) / 20.0f;
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", presentation_scale_);
    config_.plugin_settings[kHostSettings][kPresentationScale] = text;
    apply_look();
    save_config();
}

void Workbench::apply_look() {
    const float s = presenting_ ? presentation_scale_ : clamp_ui_scale(config_.ui_scale);
    const float rounded = std::round(s * 20.0f) / 20.0f;
    if (rounded != scale_) fonts_dirty_ = true;
    scale_ = rounded;
    context_.ui_scale = scale_;
    context_.palette = presenting_ ? make_presentation_palette() : make_palette(dark_);
    style_dirty_ = true;
}

void Workbench::close_store(std::string reason) {
    // A store that failed its integrity check refuses every write, so this
    // saves nothing there; it still lets go of the field being typed in.
    commit_pending_edits();
    set_context_case(0, 0);
    plugins_.reset();
    store_.reset();
    plugins_ = std::make_unique<PluginHost>(*placeholder_store_, config_, context_);
    shown_panels_.clear();
    running_from_.clear();
    refresh_panel_list();
    case_cache_ = {};
    session_cache_ = {};
    session_form_ = {};
    store_error_ = std::move(reason);
}

void Workbench::commit_pending_edits() {
    if (ImGui::GetCurrentContext()) ImGui::ClearActiveID();
    if (session_form_.pending && editable()) save_session_form(true);
}

void Workbench::save_session_form(bool partial) {
    auto& f = session_form_;
    if (!store_ || f.session_id == 0) return;
    const auto current = store_->find_session(f.session_id);
    if (!current) return;
    Session typed = *current;
    typed.date = f.date;
    typed.supervisee = f.supervisee;
    typed.notes = f.notes;
    if (typed.date == current->date && typed.supervisee == current->supervisee && typed.notes == current->notes) {
        f.pending = false; // nothing new: no empty undo step
        f.error.clear();
        return;
    }
    Status st = update_session(typed);
    if (!st && partial) {
        // The form is going away: keep the notes (and the supervisee, if it
        // is acceptable) rather than losing everything to a half-typed date.
        Session kept = *current;
        kept.notes = f.notes;
        kept.supervisee = f.supervisee;
        Status second = update_session(kept);
        if (!second) {
            kept.supervisee = current->supervisee;
            second = update_session(kept);
        }
        if (second) last_error_ = "The session's notes were saved, but not all of its details: " + st.message();
        else last_error_ = "What was typed in the session details could not be saved: " + second.message();
    }
    if (st) {
        f.pending = false;
        f.error.clear();
    } else {
        f.error = st.message();
    }
}

bool Workbench::ready_to_close(bool window_close_requested) {
    if (!window_close_requested && !quit_requested_) return false;
    if (typing_finished_) return true;
    finish_typing_ = true;
    return false;
}

bool Workbench::prepare_frame() {
    // A large store is integrity-checked in the background after opening;
    // if it fails, close it and show the report (nothing was written).
    if (store_ && store_->integrity() == Store::Integrity::Failed) close_store(store_->integrity_failure());
    bool rebuilt = false;
    if (fonts_dirty_) {
        fonts_ = load_fonts(*ImGui::GetIO().Fonts, font_dir(), scale_);
        ImGui::GetIO().FontDefault = fonts_.regular;
        fonts_dirty_ = false;
        rebuilt = true;
    }
    if (style_dirty_) {
        apply_style(ImGui::GetStyle(), context_.palette, scale_, presenting_);
        style_dirty_ = false;
    }
    return rebuilt;
}

std::string Workbench::window_title() const {
    std::string t = "Partnership Workbench";
    if (store_ && !store_->path().empty()) t += " \xE2\x80\x94 " + store_->path().filename().string();
    if (store_ && store_->read_only()) t += " (read-only)";
    return t;
}

// ---- Panels ---------------------------------------------------------------

bool Workbench::panel_hidden(const std::string& key) const {
    auto it = config_.plugin_settings.find(kHostSettings);
    if (it == config_.plugin_settings.end()) return false;
    auto v = it->second.find(kHiddenPanels);
    if (v == it->second.end()) return false;
    std::stringstream list(v->second);
    for (std::string item; std::getline(list, item, ',');)
        if (item == key) return true;
    return false;
}

void Workbench::remember_panel(const std::string& key) {
    std::string& last = config_.plugin_settings[kHostSettings][kLastPanel];
    if (last == key) return;
    last = key;
    save_config();
}

void Workbench::set_panel_hidden(const std::string& key, bool hidden) {
    std::vector<std::string> keys;
    auto& value = config_.plugin_settings[kHostSettings][kHiddenPanels];
    std::stringstream list(value);
    for (std::string item; std::getline(list, item, ',');)
        if (!item.empty() && item != key) keys.push_back(item);
    if (hidden) keys.push_back(key);
    value.clear();
    for (const auto& k : keys) value += (value.empty() ? "" : ",") + k;
    save_config();
}

// The tabs shown: every loaded panel, plus panels of plugins that failed
// while running (their tab stays and explains why, instead of vanishing).
void Workbench::refresh_panel_list() {
    for (const auto& info : plugins_->plugins())
        if (info.state == PluginState::Loaded) running_from_[info.id] = info.path;
    const auto loaded = plugins_->panels();
    std::vector<PanelRef> next;
    for (const auto& p : shown_panels_) {
        const bool still = std::any_of(loaded.begin(), loaded.end(),
                                       [&](const PanelRef& l) { return l.key() == p.key(); });
        const PluginInfo* owner = owner_of(p.plugin_id);
        const bool failed = owner && owner->state == PluginState::Failed;
        if (still || failed) next.push_back(p);
    }
    for (const auto& l : loaded) {
        const bool known = std::any_of(next.begin(), next.end(),
                                       [&](const PanelRef& p) { return p.key() == l.key(); });
        if (!known) next.push_back(l);
    }
    shown_panels_ = std::move(next);
}

const PluginInfo* Workbench::owner_of(const std::string& plugin_id) const {
    const auto ran = running_from_.find(plugin_id);
    const PluginInfo* disabled = nullptr;
    const PluginInfo* ran_info = nullptr;
    const PluginInfo* first = nullptr;
    for (const auto& info : plugins_->plugins()) {
        if (info.id.empty() || info.id != plugin_id) continue;
        if (info.state == PluginState::Loaded) return &info;
        if (info.state == PluginState::Disabled && !disabled) disabled = &info;
        if (ran != running_from_.end() && info.path == ran->second && !ran_info) ran_info = &info;
        if (!first) first = &info;
    }
    return disabled ? disabled : ran_info ? ran_info : first;
}

// ---- Cached queries -------------------------------------------------------

const std::vector<Case>& Workbench::visible_cases() {
    auto& c = case_cache_;
    if (!store_) {
        c.rows.clear();
        return c.rows;
    }
    if (c.store != store_.get() || c.revision != store_->revision() || c.filter != case_filter_ ||
        c.archived != show_archived_) {
        c.store = store_.get();
        c.revision = store_->revision();
        c.filter = case_filter_;
        c.archived = show_archived_;
        c.rows = store_->cases(show_archived_, trimmed(case_filter_));
    }
    return c.rows;
}

const std::vector<Session>& Workbench::current_sessions() {
    auto& c = session_cache_;
    if (!store_) {
        c.rows.clear();
        return c.rows;
    }
    if (c.store != store_.get() || c.revision != store_->revision() || c.case_id != context_.current_case) {
        c.store = store_.get();
        c.revision = store_->revision();
        c.case_id = context_.current_case;
        c.rows = context_.current_case ? store_->sessions(context_.current_case) : std::vector<Session>{};
    }
    return c.rows;
}

// ---- Dialog requests ------------------------------------------------------

void Workbench::request_new_case() {
    if (!editable()) return;
    case_dialog_ = {};
    case_dialog_.open_request = true;
}

void Workbench::request_rename_case() {
    if (!editable() || context_.current_case == 0) return;
    const auto c = store_->find_case(context_.current_case);
    if (!c) return;
    case_dialog_ = {};
    case_dialog_.open_request = true;
    case_dialog_.rename = true;
    case_dialog_.case_id = c->id;
    case_dialog_.code = c->code;
    case_dialog_.label = c->label;
}

void Workbench::request_add_session() {
    if (!editable() || context_.current_case == 0) return;
    session_dialog_ = {};
    session_dialog_.open_request = true;
    session_dialog_.date = today_iso();
}

void Workbench::request_open_store() {
    store_dialog_ = {};
    store_dialog_.open_request = true;
    store_dialog_.path = (default_data_dir() / "").string();
    if (!config_.recent_stores.empty()) store_dialog_.path = config_.recent_stores.front();
}

void Workbench::request_new_store() {
    store_dialog_ = {};
    store_dialog_.open_request = true;
    store_dialog_.create = true;
    store_dialog_.path = (default_data_dir() / "").string();
}

} // namespace wb::core
