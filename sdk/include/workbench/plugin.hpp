// workbench/plugin.hpp - the header-only C++ layer plugin authors use.
//
// Everything here is inline and compiles into the plugin, so it can use the
// C++ standard library freely: only the C structs of abi.h cross into the
// host. Exceptions thrown by plugin code are caught at the boundary and
// turned into an error status with a message, which the host shows.
//
// A minimal plugin:
//
//   class Hello : public wb::Plugin {
//   public:
//     explicit Hello(wb::Host host) : Plugin(host) {
//       add_panel("hello", "Hello", [this] { ImGui::TextUnformatted("Hi"); });
//     }
//   };
//   WB_PLUGIN(Hello, "hello", "Hello", "1.0.0", "Says hello.")
//
#pragma once

#include <workbench/abi.h>

#include <boost/dll/alias.hpp>
#include <imgui.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wb {

// Thrown by the helpers below when the host reports an error. Plugin code may
// catch it; if it escapes, the boundary turns it into an error status.
class Error : public std::runtime_error {
public:
    Error(wb_status status, const std::string& message)
        : std::runtime_error(message), status_(status) {}
    wb_status status() const { return status_; }

private:
    wb_status status_;
};

// A migration as authors write it: wb::migration(1, "CREATE TABLE ...").
constexpr wb_migration migration(int32_t version, const char* sql) {
    return wb_migration{sizeof(wb_migration), version, sql};
}

class Statement;

// A request another plugin made of one of your actions (see add_action),
// as the handler reads it. Valid only during the handler's call.
class ActionRequest {
public:
    explicit ActionRequest(const wb_action_request& r) : r_(r) {}
    std::string_view action() const { return r_.action; }
    int version() const { return r_.version; }
    int64_t case_id() const { return r_.case_id; }
    int64_t session_id() const { return r_.session_id; }
    std::string_view requester() const { return r_.requester ? r_.requester : ""; }
    // The value of `key`, or nothing when the requester did not send it.
    std::optional<std::string_view> field(std::string_view key) const {
        for (int32_t i = 0; i < r_.field_count; ++i)
            if (key == r_.fields[i].key) return std::string_view(r_.fields[i].value);
        return std::nullopt;
    }
    std::string field_or(std::string_view key, std::string_view fallback) const {
        return std::string(field(key).value_or(fallback));
    }

private:
    const wb_action_request& r_;
};

// The fields of a request, in order: {"date", "2024-03-01"}, ...
using ActionFields = std::vector<std::pair<std::string, std::string>>;

// The host as one plugin sees it: a copyable pair of the service table and
// the plugin's own handle.
class Host {
public:
    Host(const wb_host_api* api, wb_host* handle) : api_(api), h_(handle) {}

    const wb_host_api* api() const { return api_; }
    wb_host* handle() const { return h_; }

    int64_t current_case() const { return api_->current_case(h_); }
    int64_t current_session() const { return api_->current_session(h_); }
    bool read_only() const { return api_->read_only(h_) != 0; }
    float ui_scale() const { return api_->ui_scale(h_); }
    const wb_palette& palette() const { return *api_->palette(h_); }
    const wb_canvas_api& canvas() const { return *api_->canvas; }
    std::string last_error() const { return api_->last_error(h_); }
    void select_session(int64_t id) const { check(api_->select_session(h_, id)); }

    // ---- Actions other plugins offer (SDK 1.1; absent in a 1.0 host) ----
    bool has_actions() const { return WB_HAS_FIELD(api_, wb_host_api, request_action); }
    // The version at which a running plugin offers `name`, or 0: use it to
    // decide whether to show a feature that needs the other plugin.
    int action_version(const char* name) const {
        return has_actions() ? api_->action_version(h_, name) : 0;
    }
    // Ask for `name` at `version` with `fields`. Returns what the provider
    // created (or 0); throws wb::Error with a message ready to show when
    // nobody offers it or the provider refused.
    int64_t request_action(const char* name, int version, int64_t case_id, int64_t session_id,
                           const ActionFields& fields) const;

    // ---- Export and import through the host (SDK 1.2; absent before) ----
    bool has_files() const { return WB_HAS_FIELD(api_, wb_host_api, request_import); }
    // Opens the host's export dialog for one of your exports (add_export)
    // for `item` (e.g. a worksheet id; 0 for the whole view).
    void request_export(const char* export_id, int64_t item = 0) const {
        if (!has_files()) throw Error(WB_NOT_FOUND, "this workbench is too old to export (it needs SDK ABI 1.2)");
        check(api_->request_export(h_, export_id, item));
    }
    // Opens the host's file dialog for one of your imports (add_import).
    void request_import(const char* import_id) const {
        if (!has_files()) throw Error(WB_NOT_FOUND, "this workbench is too old to import (it needs SDK ABI 1.2)");
        check(api_->request_import(h_, import_id));
    }

    // ---- Presentation (SDK 1.3; absent before, when nothing is masked) ----
    bool has_presentation() const { return WB_HAS_FIELD(api_, wb_host_api, identifying); }
    // True while a facilitator presents (full screen, large, high contrast).
    bool presenting() const { return has_presentation() && (api_->presentation(h_) & WB_PRESENTING) != 0; }
    // True while text that could identify a family must not be shown.
    bool masks_identifying() const {
        return has_presentation() && (api_->presentation(h_) & WB_MASK_IDENTIFYING) != 0;
    }
    // Pass free text about a family (notes, descriptions) through this
    // before drawing it: returns `text`, or the host's mask while presenting
    // a real case. See also <workbench/privacy.hpp>.
    const char* identifying(const char* text) const {
        return has_presentation() ? api_->identifying(h_, text) : text;
    }
    const char* identifying(const std::string& text) const { return identifying(text.c_str()); }

    void log(wb_log_level level, const char* message) const {
        api_->log(h_, level, message);
    }

    std::string setting(const char* key, const char* fallback = "") const {
        return api_->setting_get(h_, key, fallback);
    }
    void set_setting(const char* key, const std::string& value) const {
        check(api_->setting_set(h_, key, value.c_str()));
    }

    // Prepare a statement; throws wb::Error on failure (including WB_DENIED).
    Statement prepare(const char* sql) const;

    // Run a statement that returns no rows.
    void exec(const char* sql) const;

    int64_t last_insert_rowid() const { return api_->last_insert_rowid(h_); }

    void check(wb_status s) const {
        if (s != WB_OK && s != WB_ROW && s != WB_DONE) throw Error(s, last_error());
    }

private:
    const wb_host_api* api_;
    wb_host* h_;
};

// What a plugin's model call tells its view: the row it wrote (when it adds
// one) or, when it refused the input, why, in words for the user. Checked
// like a bool: true when it went through.
struct [[nodiscard]] Outcome {
    int64_t id = 0;
    std::string error;
    explicit operator bool() const { return error.empty(); }
};

// Runs a model call that returns an Outcome, and turns a store failure
// (wb::Error) into one too, its message starting with `what`: a view then
// shows every failure the same way, beside the form that caused it.
template <class Call>
Outcome guarded(Call&& call, const char* what = "Could not save") {
    try {
        return call();
    } catch (const Error& e) {
        Outcome out;
        out.error = std::string(what) + ": " + e.what();
        return out;
    }
}

// The fictional family a WB_EVENT_DEMO_CASE_CREATED event is about
// ("rivers", "harbour", ...), or "" from an older host or for none.
inline std::string_view demo_family(const wb_event& e) {
    if (!WB_HAS_FIELD(&e, wb_event, demo_family) || !e.demo_family) return {};
    return e.demo_family;
}

// Adds a plugin's share of a new demo case (on WB_EVENT_DEMO_CASE_CREATED).
// `seed` writes it and returns how many `things` it added ("demo
// worksheets"); the count goes to the log. A read-only store is left
// alone, and a failure is logged as a warning rather than thrown: demo
// data is a nicety and must never stop the host making the demo case.
template <class Seed>
void add_demo_data(const Host& host, const char* things, Seed&& seed) {
    if (host.read_only()) return;
    try {
        const int added = seed();
        host.log(WB_LOG_INFO, ("Added " + std::to_string(added) + " " + things + ".").c_str());
    } catch (const Error& e) {
        host.log(WB_LOG_WARNING, (std::string("Could not add the ") + things + ": " + e.what()).c_str());
    }
}

// Where a panel's presentation story stands (SDK 1.3): step 0..count-1,
// count 0 when there is no story for this case, and a caption for the
// audience. See Plugin::add_panel.
struct Story {
    int step = 0;
    int count = 0;
    std::string caption{};
};

// Which case a per-case panel shows, and when to read its data again. A
// view feeds it every host event and asks at the top of each frame:
//
//   void on_event(const wb_event& e) { case_.on_event(e); }
//   void draw() {
//       if (case_.switched(host_)) { /* another family: reset per-case state */ }
//       if (case_.take_stale()) reload();   // reads case_.id()
//       ...
//   }
//
// After its own edit a view calls mark_stale() to read the store back.
class CaseFollower {
public:
    void on_event(const wb_event& e) {
        switch (e.type) {
        case WB_EVENT_STORE_OPENED: // another file: nothing shown belongs to it
            known_ = false;
            stale_ = true;
            break;
        case WB_EVENT_CASE_SELECTED:
        case WB_EVENT_SESSION_SELECTED:
        case WB_EVENT_DATA_CHANGED:
        case WB_EVENT_UNDO_APPLIED:
        case WB_EVENT_REDO_APPLIED:
            stale_ = true;
            break;
        default: break;
        }
    }
    // True (once) when the host's case is not the one shown, or after a
    // store change; the data is then stale too.
    bool switched(const Host& host) {
        const int64_t wanted = host.current_case();
        if (known_ && wanted == id_) return false;
        id_ = wanted;
        known_ = true;
        stale_ = true;
        return true;
    }
    // True (once) when the data must be read again.
    bool take_stale() { return std::exchange(stale_, false); }
    void mark_stale() { stale_ = true; }
    int64_t id() const { return id_; } // 0: no case

private:
    int64_t id_ = 0;
    bool known_ = false;
    bool stale_ = true;
};

// RAII prepared statement. Bind with 1-based indexes, step() until false.
class Statement {
public:
    Statement(Host host, wb_stmt* s) : host_(host), s_(s) {}
    Statement(Statement&& o) noexcept : host_(o.host_), s_(std::exchange(o.s_, nullptr)) {}
    Statement& operator=(Statement&& o) noexcept {
        if (this != &o) {
            reset_handle();
            host_ = o.host_;
            s_ = std::exchange(o.s_, nullptr);
        }
        return *this;
    }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() { reset_handle(); }

    Statement& bind(int i, int64_t v) { host_.check(api().bind_int64(s_, i, v)); return *this; }
    Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
    Statement& bind(int i, double v) { host_.check(api().bind_double(s_, i, v)); return *this; }
    Statement& bind(int i, std::string_view v) {
        host_.check(api().bind_text(s_, i, v.data(), static_cast<int32_t>(v.size())));
        return *this;
    }
    Statement& bind(int i, const char* v) { return v ? bind(i, std::string_view(v)) : bind_null(i); }
    Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
    Statement& bind_null(int i) { host_.check(api().bind_null(s_, i)); return *this; }

    // True while a row is available.
    bool step() {
        wb_status st = api().step(s_);
        if (st == WB_ROW) return true;
        if (st == WB_DONE) return false;
        throw Error(st, host_.last_error());
    }
    void run() { while (step()) {} }
    void reset() { host_.check(api().reset(s_)); }

    int64_t int64(int col) const { return api().column_int64(s_, col); }
    int integer(int col) const { return static_cast<int>(int64(col)); }
    double real(int col) const { return api().column_double(s_, col); }
    std::string text(int col) const {
        const char* t = api().column_text(s_, col);
        return t ? std::string(t) : std::string();
    }
    bool is_null(int col) const { return api().column_type(s_, col) == WB_TYPE_NULL; }

private:
    const wb_host_api& api() const { return *host_.api(); }
    void reset_handle() {
        if (s_) api().finalize(s_);
        s_ = nullptr;
    }
    Host host_;
    wb_stmt* s_;
};

inline Statement Host::prepare(const char* sql) const {
    wb_stmt* s = nullptr;
    check(api_->prepare(h_, sql, &s));
    return Statement(*this, s);
}

inline void Host::exec(const char* sql) const { prepare(sql).run(); }

inline int64_t Host::request_action(const char* name, int version, int64_t case_id, int64_t session_id,
                                    const ActionFields& fields) const {
    if (!has_actions()) throw Error(WB_NOT_FOUND, "this workbench is too old for actions (it needs SDK ABI 1.1)");
    std::vector<wb_field> raw;
    raw.reserve(fields.size());
    for (const auto& [key, value] : fields) raw.push_back(wb_field{key.c_str(), value.c_str()});
    wb_action_request r{};
    r.struct_size = sizeof r;
    r.action = name;
    r.version = version;
    r.case_id = case_id;
    r.session_id = session_id;
    r.fields = raw.data();
    r.field_count = static_cast<int32_t>(raw.size());
    int64_t id = 0;
    check(api_->request_action(h_, &r, &id));
    return id;
}

// What tells one case apart from a later one that reuses its id (SQLite
// may give a deleted case's id to the next new case, and resetting a demo
// case re-creates it under the same id): its creation time. "" for no case
// or when it cannot be read, which matches no kept state (wb::DraftsByCase).
inline std::string case_stamp(const Host& host, int64_t case_id) {
    if (case_id == 0) return {};
    try {
        Statement st = host.prepare("SELECT created_at FROM cases WHERE id = ?");
        st.bind(1, case_id);
        return st.step() ? st.text(0) : std::string();
    } catch (const Error&) {
        return {};
    }
}

// One undoable edit. Changes made while it lives are committed together by
// commit(); if it is destroyed uncommitted (an exception, an early return)
// everything is rolled back and nothing reaches the store.
class Edit {
public:
    Edit(Host host, const char* label) : host_(host) {
        host_.check(host_.api()->begin_edit(host_.handle(), label));
        open_ = true;
    }
    Edit(const Edit&) = delete;
    Edit& operator=(const Edit&) = delete;
    ~Edit() {
        if (open_) host_.api()->cancel_edit(host_.handle());
    }
    void commit() {
        open_ = false;
        host_.check(host_.api()->commit_edit(host_.handle()));
    }

private:
    Host host_;
    bool open_ = false;
};

// A canvas. Canvas(host, w, h) begins one in the current panel and ends it
// on destruction; Canvas::wrap() is the canvas an export draws on (the host
// owns it). The same drawing code serves both.
class Canvas {
public:
    Canvas(Host host, float w = 0, float h = 0)
        : api_(&host.canvas()), c_(api_->begin(host.handle(), w, h)), owned_(true) {}
    static Canvas wrap(const wb_canvas_api& api, wb_canvas* c) { return Canvas(&api, c); }
    Canvas(Canvas&& o) noexcept : api_(o.api_), c_(std::exchange(o.c_, nullptr)), owned_(o.owned_) {}
    ~Canvas() {
        if (c_ && owned_) api_->end(c_);
    }
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    explicit operator bool() const { return c_ != nullptr; }
    const wb_canvas_api& api() const { return *api_; }
    wb_canvas* get() const { return c_; }

    void transform(double a, double b, double c, double d, double e, double f) { api_->set_transform(c_, a, b, c, d, e, f); }
    void line(float x0, float y0, float x1, float y1, uint32_t col, float t = 1) { api_->line(c_, x0, y0, x1, y1, col, t); }
    void polyline(std::span<const float> xy, uint32_t col, float t = 1, bool closed = false) {
        api_->polyline(c_, xy.data(), static_cast<int32_t>(xy.size() / 2), col, t, closed ? 1 : 0);
    }
    void polygon(std::span<const float> xy, uint32_t col) {
        api_->polygon_filled(c_, xy.data(), static_cast<int32_t>(xy.size() / 2), col);
    }
    void circle(float x, float y, float r, uint32_t col, float t = 1) { api_->circle(c_, x, y, r, col, t); }
    void disc(float x, float y, float r, uint32_t col) { api_->circle_filled(c_, x, y, r, col); }
    void arc(float x, float y, float r, float a0, float a1, uint32_t col, float t = 1) { api_->arc(c_, x, y, r, a0, a1, col, t); }
    void rect(float x0, float y0, float x1, float y1, uint32_t col, float rounding = 0) {
        api_->rect_filled(c_, x0, y0, x1, y1, col, rounding);
    }
    void text(float x, float y, const char* s, uint32_t col, float size = 0) { api_->text(c_, x, y, s, col, size); }

    // ---- SDK 1.2 (older hosts: plain text, an estimated width) ----------
    bool has_styles() const { return WB_HAS_FIELD(api_, wb_canvas_api, output); }
    void text(float x, float y, const char* s, uint32_t col, float size, int style) {
        if (has_styles()) api_->text_styled(c_, x, y, s, col, size, style);
        else api_->text(c_, x, y, s, col, size);
    }
    float text_width(const char* s, float size = 0, int style = WB_TEXT_REGULAR) const {
        if (has_styles()) return api_->text_width(c_, s, size, style);
        return 0.55f * (size > 0 ? size : 16.0f) * static_cast<float>(std::strlen(s));
    }
    void new_page() {
        if (has_styles()) api_->new_page(c_);
    }
    // 0 on screen, else the wb_format being written.
    int output() const { return has_styles() ? api_->output(c_) : 0; }
    bool on_screen() const { return output() == 0; }

private:
    Canvas(const wb_canvas_api* api, wb_canvas* c) : api_(api), c_(c), owned_(false) {}
    const wb_canvas_api* api_;
    wb_canvas* c_;
    bool owned_;
};

// The start of every exported picture: white paper over the whole page and
// a bold title line "<title> — <stamp>" (the case code and date, never the
// family's label) at (margin, margin). Returns the y just below the title.
inline float picture_header(Canvas& cv, const wb_export_job& job, const char* title, float margin, float title_pt) {
    cv.transform(1, 0, 0, 1, 0, 0);
    cv.rect(0, 0, job.width, job.height, job.palette ? job.palette->background : 0xFFFFFFFF);
    std::string line = title;
    if (job.stamp && *job.stamp) line.append(" \xE2\x80\x94 ").append(job.stamp);
    cv.text(margin, margin, line.c_str(), job.palette ? job.palette->text : 0xFF000000, title_pt, WB_TEXT_BOLD);
    return margin + title_pt * 1.45f;
}

// Where an export's text goes (Markdown, JSON).
class TextOut {
public:
    TextOut(wb_text_sink sink, void* ctx) : sink_(sink), ctx_(ctx) {}
    TextOut& operator<<(std::string_view s) {
        sink_(ctx_, s.data(), static_cast<int32_t>(s.size()));
        return *this;
    }

private:
    wb_text_sink sink_;
    void* ctx_;
};

// What add_export() needs. `draw` serves PDF/SVG/PNG, `write_text`
// Markdown/JSON; give the one(s) `formats` names. Throw to fail; the host
// shows the message.
// (Every member has a default, so designated initializers that leave some
// out compile cleanly with -Wextra.)
struct ExportSpec {
    std::string id{}, title{};
    uint32_t formats = WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG;
    bool paged = false;     // a document of pages (A4/A3 portrait)
    bool can_blank = false; // offers "empty form"
    float width = 842, height = 595; // pictures: natural size in points (A4 landscape)
    std::function<void(Canvas&, const wb_export_job&)> draw{};
    std::function<void(const wb_export_job&, TextOut&)> write_text{};
};

// One registered export: the spec, and the host's canvas API its canvases
// are drawn with.
struct ExportEntry {
    ExportSpec spec;
    const wb_canvas_api* canvas = nullptr;
};

// What add_import() needs. `receive` gets the file's bytes; throw
// wb::Error with a message naming the problem and where it is to refuse.
struct ImportSpec {
    std::string id{}, title{}, extension = ".json";
    int64_t max_bytes = 1 << 20;
    std::function<void(std::string_view bytes)> receive{};
};

namespace detail {
// One registered panel; Plugin keeps them in a deque so the address handed
// to the host as `user` never moves.
struct PanelEntry {
    std::string id, title;
    std::function<void()> draw;
    std::function<Story(int delta)> story; // empty: no story
};
} // namespace detail

// Base class for plugins. Derive, take a wb::Host in the constructor, call
// add_panel() there, and override on_event() to react to the host.
class Plugin {
public:
    explicit Plugin(Host host) : host_(host) {}
    virtual ~Plugin() = default;
    Plugin(const Plugin&) = delete;
    Plugin& operator=(const Plugin&) = delete;

    virtual void on_event(const wb_event& /*event*/) {}

    Host& host() { return host_; }

protected:
    // Contribute a panel to the main area. Only valid in the constructor.
    void add_panel(const char* id, const char* title, std::function<void()> draw);
    // The same with a story for presentation mode (SDK 1.3): the host calls
    // `story(+1)` on Page Down, `story(-1)` on Page Up and `story(0)` to ask,
    // only while presenting and only for the panel in front. Move, clamp,
    // and return where you now stand; draw that step while presenting.
    void add_panel(const char* id, const char* title, std::function<void()> draw,
                   std::function<Story(int delta)> story);

    // Offer an action to other plugins (SDK 1.1). Only valid in the
    // constructor. `name` is "<plugin id>.<verb>"; `version` the newest
    // request version `run` understands. `run` makes its change in its own
    // wb::Edit and returns the id of what it created (or 0); to refuse,
    // throw wb::Error (or any exception) with a message for the requester.
    void add_action(const char* name, int version, const char* title,
                    std::function<int64_t(const ActionRequest&)> run);

    // Offer an export or an import (SDK 1.2). Only valid in the
    // constructor; in an older host they are left out (nothing to call).
    void add_export(ExportSpec spec);
    void add_import(ImportSpec spec);

private:
    friend struct PluginAccess;
    Host host_;
    std::deque<detail::PanelEntry> panels_; // deque: entries never move
    struct ActionEntry {
        std::string name, title;
        std::function<int64_t(const ActionRequest&)> run;
    };
    std::deque<ActionEntry> actions_;
    std::deque<ExportEntry> exports_;
    std::deque<ImportSpec> imports_;
};

namespace detail {

inline void write_error(char* err, uint32_t size, const char* msg) {
    if (err && size) std::snprintf(err, size, "%s", msg);
}

// Run f, turning any exception into an error status and message.
template <class F>
wb_status guarded(char* err, uint32_t size, F&& f) {
    try {
        f();
        return WB_OK;
    } catch (const Error& e) {
        write_error(err, size, e.what());
        return e.status() == WB_OK ? WB_ERROR : e.status();
    } catch (const std::exception& e) {
        write_error(err, size, e.what());
        return WB_ERROR;
    } catch (...) {
        write_error(err, size, "unknown exception");
        return WB_ERROR;
    }
}

inline wb_status draw_panel(wb_instance*, void* user, char* err, uint32_t size) {
    auto* panel = static_cast<PanelEntry*>(user);
    return guarded(err, size, [&] { panel->draw(); });
}

inline wb_status story_panel(wb_instance*, void* user, int32_t delta, wb_story_state* state) {
    auto* panel = static_cast<PanelEntry*>(user);
    if (!panel->story || !state) return WB_NOT_FOUND;
    try {
        const Story s = panel->story(delta);
        state->step = s.step;
        state->count = s.count;
        std::snprintf(state->caption, sizeof state->caption, "%s", s.caption.c_str());
        return WB_OK;
    } catch (...) {
        return WB_ERROR;
    }
}

inline wb_status run_action(wb_instance*, void* user, const wb_action_request* r, int64_t* out_id, char* err,
                            uint32_t size) {
    auto* run = static_cast<std::function<int64_t(const ActionRequest&)>*>(user);
    return guarded(err, size, [&] {
        const int64_t id = (*run)(ActionRequest(*r));
        if (out_id) *out_id = id;
    });
}

inline wb_status receive_import(wb_instance*, void* user, const char* bytes, int64_t n, char* err, uint32_t size) {
    auto* spec = static_cast<ImportSpec*>(user);
    return guarded(err, size, [&] { spec->receive(std::string_view(bytes, static_cast<size_t>(n))); });
}

template <class T>
wb_instance* create(const wb_host_api* api, wb_host* h, char* err, uint32_t size) {
    Plugin* p = nullptr;
    wb_status st = guarded(err, size, [&] { p = new T(Host(api, h)); });
    return st == WB_OK ? reinterpret_cast<wb_instance*>(p) : nullptr;
}

inline void destroy(wb_instance* self) {
    delete reinterpret_cast<Plugin*>(self);
}

inline wb_status on_event(wb_instance* self, const wb_event* e, char* err, uint32_t size) {
    return guarded(err, size, [&] { reinterpret_cast<Plugin*>(self)->on_event(*e); });
}

template <class T>
const wb_plugin_descriptor* describe(const char* id, const char* name, const char* version,
                                     const char* description) {
    static const std::span<const wb_migration> migrations = T::migrations();
    static const wb_plugin_descriptor d = {
        sizeof(wb_plugin_descriptor),
        WB_ABI_MAJOR,
        WB_ABI_MINOR,
        IMGUI_VERSION_NUM,
        id,
        name,
        version,
        description,
        migrations.data(),
        static_cast<int32_t>(migrations.size()),
        &create<T>,
        &destroy,
        &on_event,
    };
    return &d;
}

} // namespace detail

inline void Plugin::add_action(const char* name, int version, const char* title,
                               std::function<int64_t(const ActionRequest&)> run) {
    if (!host_.has_actions()) return; // a 1.0 host: nobody could ask anyway
    ActionEntry& e = actions_.emplace_back(ActionEntry{name, title, std::move(run)});
    wb_action a{sizeof(wb_action), e.name.c_str(), version, e.title.c_str(), &detail::run_action, &e.run};
    host_.check(host_.api()->register_action(host_.handle(), &a));
}

namespace detail {

inline wb_status draw_export(wb_instance*, void* user, wb_canvas* c, const wb_export_job* job, char* err,
                             uint32_t size) {
    auto* entry = static_cast<ExportEntry*>(user);
    return guarded(err, size, [&] {
        if (!entry->spec.draw) throw Error(WB_INVALID, "this export draws nothing");
        Canvas canvas = Canvas::wrap(*entry->canvas, c);
        entry->spec.draw(canvas, *job);
    });
}

inline wb_status write_export(wb_instance*, void* user, const wb_export_job* job, wb_text_sink sink, void* ctx,
                              char* err, uint32_t size) {
    auto* entry = static_cast<ExportEntry*>(user);
    return guarded(err, size, [&] {
        if (!entry->spec.write_text) throw Error(WB_INVALID, "this export writes no text formats");
        TextOut out(sink, ctx);
        entry->spec.write_text(*job, out);
    });
}

} // namespace detail

inline void Plugin::add_export(ExportSpec spec) {
    if (!host_.has_files()) return; // an older host: it cannot ask anyway
    ExportEntry& entry = exports_.emplace_back(ExportEntry{std::move(spec), &host_.canvas()});
    ExportSpec& e = entry.spec;
    wb_export x{};
    x.struct_size = sizeof x;
    x.id = e.id.c_str();
    x.title = e.title.c_str();
    x.formats = e.formats;
    x.paged = e.paged ? 1 : 0;
    x.can_blank = e.can_blank ? 1 : 0;
    x.width = e.width;
    x.height = e.height;
    x.draw = e.draw ? &detail::draw_export : nullptr;
    x.write_text = e.write_text ? &detail::write_export : nullptr;
    x.user = &entry;
    host_.check(host_.api()->register_export(host_.handle(), &x));
}

inline void Plugin::add_import(ImportSpec spec) {
    if (!host_.has_files()) return;
    ImportSpec& e = imports_.emplace_back(std::move(spec));
    wb_import x{sizeof(wb_import), e.id.c_str(), e.title.c_str(), e.extension.c_str(), e.max_bytes,
                &detail::receive_import, &e};
    host_.check(host_.api()->register_import(host_.handle(), &x));
}

inline void Plugin::add_panel(const char* id, const char* title, std::function<void()> draw) {
    add_panel(id, title, std::move(draw), {});
}

inline void Plugin::add_panel(const char* id, const char* title, std::function<void()> draw,
                              std::function<Story(int delta)> story) {
    detail::PanelEntry& e = panels_.emplace_back(detail::PanelEntry{id, title, std::move(draw), std::move(story)});
    wb_panel p{sizeof(wb_panel), e.id.c_str(), e.title.c_str(), &detail::draw_panel, &e,
               e.story ? &detail::story_panel : nullptr};
    host_.check(host_.api()->register_panel(host_.handle(), &p));
}

} // namespace wb

// Declare the plugin class T. T must have a constructor taking wb::Host and
// a static function `std::span<const wb_migration> migrations()` (return {}
// when the plugin keeps no data). Use exactly once per plugin library.
#define WB_PLUGIN(T, Id, Name, Version, Description)                             \
    namespace wb_plugin_entry_detail {                                           \
    static const wb_plugin_descriptor* wb_plugin_describe() {                    \
        return ::wb::detail::describe<T>(Id, Name, Version, Description);        \
    }                                                                            \
    }                                                                            \
    BOOST_DLL_ALIAS(wb_plugin_entry_detail::wb_plugin_describe, wb_plugin_entry)
