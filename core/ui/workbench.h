// core/ui/workbench.h - the application: preferences, the open store, the
// plugins, and the shell that draws them.
//
// Workbench owns everything the window shows, but not the window: the real
// GLFW loop (core/app) and the headless tests both call prepare_frame()
// before ImGui::NewFrame() and draw_frame() inside the frame. The model
// methods (open_store, select_case, undo, ...) are plain C++ and can be
// called without drawing anything.
//
// The shell's drawing is split by job into shell_*.cpp files, each a
// member function group of this class that reads top to bottom.
#pragma once

#include "plugins/plugin_host.h"
#include "store/store.h"
#include "ui/theme.h"
#include "util/config.h"
#include "util/status.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace wb::core {

struct WorkbenchOptions {
    std::filesystem::path config_file; // empty: preferences kept in memory only
    std::filesystem::path store_path;  // empty: default_store_path()
    bool in_memory_store = false;      // tests: a private store in memory
    bool read_only = false;            // open the store read-only (viewing)
    // Stores larger than this are integrity-checked in the background.
    uintmax_t foreground_check_bytes = Store::kForegroundCheckBytes;
    // A store created by this start gets the fictional demo case (first run).
    bool seed_demo_if_new = true;
    std::vector<std::filesystem::path> plugin_dirs; // empty: PluginHost::default_dirs()
    bool safe_mode = false;
    bool load_plugins = true;
};

// What the last draw_frame() showed; tests and --screenshot read it.
struct FrameReport {
    bool no_store_message = false;
    bool read_only_banner = false;
    bool no_cases_hint = false;
    bool no_case_selected_hint = false;
    bool no_sessions_hint = false;
    bool no_plugins_hint = false;
    std::string session_form_error; // the session form's message, if any
    std::string file_dialog_error;  // the export/import dialog's error, if open with one
    std::string file_dialog_done;   // the export dialog's "Saved to ..." message
    bool presenting = false;       // drawn in presentation mode
    std::string story_caption;     // presentation: the front panel's story line
    std::vector<std::string> panels_drawn;  // keys drawn without error
    std::vector<std::string> panels_failed; // keys shown with their reason
};

class Workbench {
public:
    // Names of the shell's windows (tests find them by these).
    static constexpr const char* kHostWindow = "Workbench";
    static constexpr const char* kSidebar = "Sidebar";
    static constexpr const char* kMain = "Main";
    static constexpr const char* kStatusBar = "StatusBar";

    explicit Workbench(WorkbenchOptions options);
    ~Workbench();
    Workbench(const Workbench&) = delete;
    Workbench& operator=(const Workbench&) = delete;

    // ---- Stores ---------------------------------------------------------
    // Opens an existing store (MustExist) or creates one (CreateIfMissing,
    // refused if a file is already there), then reloads the plugins against
    // it, adds it to the recent list and sends STORE_OPENED. On failure the
    // current store stays open and the reason is returned.
    Status open_store(const std::filesystem::path& path);
    Status create_store(const std::filesystem::path& path, bool with_demo_case);
    // Copies the open store to Store::default_backup_path(); returns it.
    Result<std::filesystem::path> backup_store();

    // ---- Context --------------------------------------------------------
    // Selects a case (0: none) and its newest session; sends CASE_SELECTED
    // and SESSION_SELECTED.
    void select_case(int64_t case_id);
    // Selects a session (and its case, if different).
    void select_session(int64_t session_id);
    // Selects a case by its code; false if there is none.
    bool select_case_by_code(const std::string& code);

    // ---- Edits (each one committed at once, one undo step) ---------------
    Result<int64_t> create_case(const std::string& code, const std::string& label);
    Status rename_case(int64_t id, const std::string& code, const std::string& label);
    Status set_archived(int64_t id, bool archived);
    Result<int64_t> add_session(int64_t case_id, const std::string& date,
                                const std::string& supervisee, const std::string& notes);
    Status update_session(const Session& session);
    Status undo(); // sends UNDO_APPLIED + DATA_CHANGED
    Status redo(); // sends REDO_APPLIED + DATA_CHANGED

    // ---- Look -----------------------------------------------------------
    void set_theme(bool dark); // persists
    void set_scale(float scale); // clamped; persists; fonts rebuilt next frame
    bool dark() const { return dark_; }
    float scale() const { return scale_; }

    // ---- Presentation (a facilitator on a projector) ----------------------
    // Full screen, large (presentation scale, 2x by default), high
    // contrast, no sidebar or menus; identifying text is masked unless the
    // case is a demo case. Sends PRESENTATION_CHANGED.
    void set_presenting(bool on);
    bool presenting() const { return presenting_; }
    // The window loop makes the window fill the monitor while this is true.
    bool wants_fullscreen() const { return presenting_; }
    // Walks the front panel's story (Page Down +1, Page Up -1, 0: ask).
    void step_story(int delta);
    const std::optional<StoryState>& story() const { return story_; }
    float presentation_scale() const { return presentation_scale_; }
    void set_presentation_scale(float scale); // clamped; persists (default 2x)

    // ---- Demo library ----------------------------------------------------
    // Creates the fictional family `key` (see store/demo_families.h), or
    // resets it to the original if its demo case exists; every plugin adds
    // its own data, and the case is selected. Refused, changing nothing,
    // when a real case holds the family's code.
    Result<int64_t> put_demo_family(const std::string& key);
    void request_demo_library() { demo_library_.open_request = true; }

    // ---- Frames ---------------------------------------------------------
    // Call before ImGui::NewFrame(): applies a pending theme/scale change.
    // Returns true when the font atlas was rebuilt (re-upload the texture).
    bool prepare_frame();
    // Draws the whole UI for one frame (inside NewFrame/Render).
    void draw_frame();
    const FrameReport& last_frame() const { return report_; }
    // Every panel key drawn without error since start (for --screenshot).
    // Brings a panel's tab to the front on the next frame ("plugin.panel").
    void show_panel(const std::string& key) { panel_to_show_ = key; }
    void set_panel_hidden(const std::string& key, bool hidden); // persists
    // Persists the tab in front, so the next start opens on it.
    void remember_panel(const std::string& key);
    bool panel_hidden(const std::string& key) const;
    bool quit_requested() const { return quit_requested_; }
    // The frame loop asks this before each frame, passing whether the
    // window was asked to close (its close button); Ctrl+Q and File > Quit
    // count too. The first time the answer would be yes it is no: the next
    // draw_frame() starts by ending the text edit in progress, so every
    // field's "left after an edit" handler (the core form's and plugins')
    // commits what was typed. After that frame it says yes.
    bool ready_to_close(bool window_close_requested);
    std::string window_title() const;

    // ---- Access ---------------------------------------------------------
    Config& config() { return config_; }
    Store* store() { return store_.get(); }
    PluginHost& plugins() { return *plugins_; }
    HostContext& context() { return context_; }
    const std::string& store_error() const { return store_error_; }
    const std::string& last_error() const { return last_error_; }
    void report_error(std::string message) { last_error_ = std::move(message); }
    bool show_archived() const { return show_archived_; }
    void set_show_archived(bool show) { show_archived_ = show; }
    bool editable() const { return store_ && !store_->read_only(); }

    // Dialog requests (what the menu items and buttons do).
    void request_new_case();
    void request_rename_case();
    void request_add_session();
    void request_open_store();
    void request_new_store();
    void request_plugin_manager() { plugin_manager_request_ = true; }
    void request_about() { about_request_ = true; }

private:
    // Lifecycle (workbench.cpp)
    void attach_store(std::unique_ptr<Store> store, bool fresh, bool seed_demo);
    void load_plugins();
    // Closes the store (plugins first) and shows `reason` in its place.
    void close_store(std::string reason);
    // Before the store or the plugins go away: saves the session form's
    // uncommitted typing and lets go of ImGui's active text field (so it
    // cannot write old text into what comes next). Plugins save their own
    // drafts when they are destroyed, which follows.
    void commit_pending_edits();
    // Saves the session form's fields. `partial`: when the whole form is
    // refused (e.g. a half-typed date), keep the fields that can be kept.
    void save_session_form(bool partial);
    void send(int32_t type, int64_t case_id = 0, int64_t session_id = 0, const char* demo_family = nullptr);
    // Sets the case in view in the plugins' context (and whether it is a
    // demo case, which decides what presentation mode masks).
    void set_context_case(int64_t case_id, int64_t session_id);
    // The palette and scale for the current theme and mode.
    void apply_look();
    void keep_selection_valid();
    void save_config();

    // Shell (shell_*.cpp): each draws one part of the window.
    void handle_shortcuts();           // shell.cpp
    void after_frame_requests();       // shell.cpp: what plugins asked for during the frame
    void draw_read_only_banner();      // shell.cpp
    void draw_no_store(float height);   // shell.cpp
    void draw_splitter(float height);  // shell.cpp
    void draw_status_bar();            // shell.cpp
    void draw_menu_bar();              // shell_menus.cpp
    void draw_sidebar(float height);   // shell_sidebar.cpp
    void draw_case_list();             // shell_sidebar.cpp
    void draw_session_list();          // shell_sidebar.cpp
    void draw_session_form();          // shell_sidebar.cpp
    void draw_main_area(float height); // shell_panels.cpp
    void draw_context_header();        // shell_panels.cpp
    void draw_panel_tabs();            // shell_panels.cpp
    void draw_dialogs();               // shell_dialogs.cpp
    void draw_case_dialog();           // shell_dialogs.cpp
    void draw_session_dialog();        // shell_dialogs.cpp
    void draw_store_dialog();          // shell_dialogs.cpp
    void draw_plugin_manager();        // shell_plugin_manager.cpp
    void open_file_dialog(const FileRequest& request); // shell_files.cpp
    void draw_export_dialog();         // shell_files.cpp
    void draw_import_dialog();         // shell_files.cpp
    void draw_about();                 // shell_about.cpp
    void draw_presentation(float height);  // shell_presentation.cpp
    void draw_presentation_bar();          // shell_presentation.cpp
    void handle_presentation_keys();       // shell_presentation.cpp
    void draw_demo_library();              // shell_demo_library.cpp

    // Fonts with a fallback while prepare_frame() has not run yet.
    ImFont* bold_font() const;
    ImFont* heading_font() const;

    // Cached store queries, refreshed when the store revision changes.
    const std::vector<Case>& visible_cases();
    const std::vector<Session>& current_sessions();
    void refresh_panel_list();
    // The copy of a plugin that holds its id: the one running, else the one
    // switched off, else the one that ran until it failed, else the first.
    // Two files may carry the same id; the refused one is listed as Failed
    // with its own reason and must never speak for the other.
    const PluginInfo* owner_of(const std::string& plugin_id) const;

    // ---- Owned state (order matters: plugins_ is destroyed first) --------
    WorkbenchOptions options_;
    Config config_;
    HostContext context_;
    std::unique_ptr<Store> placeholder_store_; // when no store could be opened
    std::unique_ptr<Store> store_;
    std::unique_ptr<PluginHost> plugins_;

    std::string store_error_; // why no store is open
    std::string last_error_;  // shown in the status bar until dismissed
    std::string notice_;      // a calm success message (e.g. backup path)
    bool dark_ = false;
    float scale_ = 1.0f;
    bool style_dirty_ = true;
    bool fonts_dirty_ = true;
    Fonts fonts_;
    bool quit_requested_ = false;
    bool finish_typing_ = false;   // the next frame ends the active text edit
    bool typing_finished_ = false; // ...and that frame has been drawn
    bool show_archived_ = false;
    float sidebar_width_ = 360.0f; // at scale 1
    float lower_sidebar_height_ = 0; // sessions + form, measured each frame
    FrameReport report_;
    std::string panel_to_show_;
    std::vector<PanelRef> shown_panels_; // loaded panels plus failed ones
    std::map<std::string, std::filesystem::path> running_from_; // plugin id -> file of the copy that ran

    // Caches
    std::string case_filter_;
    struct {
        const Store* store = nullptr;
        uint64_t revision = ~0ull;
        std::string filter;
        bool archived = false;
        std::vector<Case> rows;
    } case_cache_;
    struct {
        const Store* store = nullptr;
        uint64_t revision = ~0ull;
        int64_t case_id = -1;
        std::vector<Session> rows;
    } session_cache_;

    // Dialog state, each next to the code that draws it.
    struct CaseDialog {
        bool open_request = false;
        bool rename = false;
        int64_t case_id = 0;
        std::string code, label, error;
    } case_dialog_;
    struct SessionDialog {
        bool open_request = false;
        std::string date, supervisee, notes, error;
    } session_dialog_;
    struct SessionForm { // the selected session's details in the sidebar
        int64_t session_id = 0;
        uint64_t revision = ~0ull;
        std::string date, supervisee, notes, error;
        bool pending = false;       // typed since the last save or load
        bool editing_notes = false; // the notes show as wrapped text until clicked
        bool focus_notes = false;
    } session_form_;
    struct StoreDialog {
        bool open_request = false;
        bool create = false;
        bool demo = false;
        std::string path, error;
    } store_dialog_;
    struct ExportDialog { // a plugin's export (request_export)
        bool open_request = false;
        ExportInfo info;
        int64_t case_id = 0, item_id = 0;
        std::string case_code;
        wb_format format = WB_FORMAT_PDF;
        bool a3 = false, blank = false;
        std::string path, error, done;
    } export_dialog_;
    struct ImportDialog { // a plugin's import (request_import)
        bool open_request = false;
        ImportInfo info;
        std::string path, error;
        std::string listed_folder;      // the folder `files` lists
        std::vector<std::string> files; // ...its files with the import's extension
    } import_dialog_;
    bool plugin_manager_request_ = false;
    bool about_request_ = false;

    // Presentation mode (shell_presentation.cpp).
    bool presenting_ = false;
    float presentation_scale_ = 2.0f; // host setting, kept apart from scale_'s
    std::string front_panel_;         // the tab drawn in front last frame
    std::optional<StoryState> story_; // the front panel's story, while presenting
    struct DemoLibrary {
        bool open_request = false;
        std::string error, done;
    } demo_library_;
};

} // namespace wb::core
