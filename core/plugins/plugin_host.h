// core/plugins/plugin_host.h - finds, checks, loads and runs plugins.
//
// A plugin is a shared library exporting one C entry symbol (abi.h). The
// host loads it with Boost.DLL, checks the descriptor against its own ABI
// and ImGui versions, runs the plugin's migrations, then creates it and
// hands it a per-plugin wb_host handle and the service table. Every failure
// is recorded in PluginInfo::reason; the host keeps running.
//
// The library stays loaded for as long as the plugin's instance, panels or
// descriptor may be used: LoadedPlugin owns the boost::dll::shared_library
// and is destroyed only after the instance.
#pragma once

#include "plugins/file_exchange.h"
#include "store/store.h"
#include "util/config.h"
#include "util/status.h"

#include <workbench/abi.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wb::core {

enum class PluginState {
    Loaded,   // running
    Disabled, // turned off by the user (persists in Config)
    Failed,   // refused or crashed; reason says why
    SafeMode  // not loaded because of --safe-mode
};
const char* to_string(PluginState s);

struct PluginInfo {
    std::string id;   // empty when the descriptor could not be read
    std::string name;
    std::string version;
    std::string description;
    std::filesystem::path path;
    int abi_major = 0;
    int abi_minor = 0;
    PluginState state = PluginState::Failed;
    std::string reason; // why Failed/Disabled; empty when Loaded
};

// What the host shares with every plugin, owned by the application.
struct HostContext {
    int64_t current_case = 0;
    int64_t current_session = 0;
    float ui_scale = 1.0f;
    wb_palette palette{};
    std::string host_version;
    // What exports draw with (wb_export_job::palette): the light theme's
    // colours on white paper. The application fills it like `palette`;
    // left empty (struct_size 0), exports get `palette`.
    wb_palette print_palette{};
    // Presentation mode (since 1.3): while on and the current case is not a
    // demo case, plugins are told to mask identifying text.
    bool presenting = false;
    bool current_case_is_demo = false;
};

// What identifying text is replaced with while it must be hidden.
inline constexpr const char* kIdentifyingMask = "(hidden while presenting)";

// Where a panel's story stands (wb_story_state, since 1.3).
struct StoryState {
    int step = 0;
    int count = 0; // 0: no story for this case
    std::string caption;
};

struct PanelRef {
    std::string plugin_id;
    std::string panel_id; // unique within the plugin
    std::string title;
    std::string key() const { return plugin_id + "." + panel_id; } // e.g. "session_notes.notes"
};

// An export or import dialog a plugin asked for (request_export /
// request_import, since 1.2); the application takes it after the frame.
struct FileRequest {
    std::string plugin_id, id; // the plugin and its export or import id
    bool is_import = false;
    int64_t item_id = 0; // what the export is of (e.g. a worksheet); 0: the view
    int64_t case_id = 0; // the case selected when it asked
};

// What a running plugin offers to export / import (abi.h wb_export).
struct ExportInfo {
    std::string plugin_id, id, title;
    uint32_t formats = 0; // wb_format bits
    bool paged = false;   // pages at A4/A3; otherwise a picture of width x height points
    bool can_blank = false;
    float width = 0, height = 0;
};
struct ImportInfo {
    std::string plugin_id, id, title, extension;
    int64_t max_bytes = 0;
};

// How run_export() writes. The header stamp is made by the host from the
// case's pseudonymous code and the date, never from its label.
struct ExportOptions {
    wb_format format = WB_FORMAT_PDF;
    int64_t case_id = 0;
    int64_t item_id = 0;
    PageSize page = PageSize::A4; // paged exports; a picture keeps its own size
    bool blank = false;           // an empty form (exports that can_blank)
    std::string date;             // YYYY-MM-DD for the stamp; empty: today
};

// The outcome of checking a plugin file without running it for real.
struct Validation {
    bool loadable = false;
    PluginInfo info; // filled as far as it could be read
};

class PluginHost {
public:
    PluginHost(Store& store, Config& config, HostContext& context);
    ~PluginHost(); // destroys instances, then unloads libraries
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    // Default search path: <dir of the executable>/plugins (a build tree),
    // <prefix>/<libdir>/partnership-workbench/plugins (an installed one),
    // then default_data_dir()/plugins (the user's own).
    static std::vector<std::filesystem::path> default_dirs();

    // Loads every *.so in `dirs` (sorted by file name, first id wins; a later
    // duplicate id is Failed). In safe mode nothing is loaded and each is
    // listed as SafeMode.
    void load_all(const std::vector<std::filesystem::path>& dirs, bool safe_mode);
    // Loads one file (also used by tests). Returns its info.
    const PluginInfo& load(const std::filesystem::path& file);

    // Registers a plugin whose code is already linked into this process
    // (tests drive plugin models this way). Same checks, migrations and
    // creation as load(); `origin` is shown in place of a path.
    const PluginInfo& load_in_process(const wb_plugin_descriptor* descriptor, const std::string& origin);
    // The handle a Loaded plugin's calls go through, or nullptr. With
    // host_api() this lets a test build the plugin's model as wb::Host.
    wb_host* handle_of(const std::string& plugin_id) const;

    // Sessions plugins asked to show (select_session); the application
    // takes and clears this after each frame.
    int64_t take_requested_session();

    // The export or import dialog a plugin asked for, if any (the latest
    // request wins); the application takes and clears it after each frame.
    std::optional<FileRequest> take_requested_file();

    // Exports and imports of a running plugin (empty if it is not running).
    std::vector<ExportInfo> exports_of(const std::string& plugin_id) const;
    std::vector<ImportInfo> imports_of(const std::string& plugin_id) const;

    // Writes `out` with the plugin's export: its draw function on a cairo
    // canvas (PDF, SVG, PNG) or its write_text (Markdown, JSON), run as the
    // plugin like a panel. The file is complete or absent (a temporary file
    // is renamed on success). A plugin error is returned as the message and
    // does not disable the plugin. `pages` receives the pages written.
    Status run_export(const std::string& plugin_id, const std::string& export_id, const ExportOptions& options,
                      const std::filesystem::path& out, int* pages = nullptr);
    // Reads `file` (refused before reading when over the import's
    // max_bytes, missing or unreadable) and hands the bytes to the
    // plugin's receive function; its refusal comes back as the message.
    Status run_import(const std::string& plugin_id, const std::string& import_id,
                      const std::filesystem::path& file);

    // Check a file: open it, read and check the descriptor, run its
    // migrations and create/destroy it against a private in-memory store.
    static Validation validate(const std::filesystem::path& file);

    const std::vector<PluginInfo>& plugins() const;
    std::vector<PanelRef> panels() const; // of Loaded plugins, in load order

    // Draws a panel's content (call inside the tab's child window). On a
    // plugin error, or when the panel leaves ImGui's stacks unbalanced
    // either way (left open, or popped/ended too much: see imgui_guard.h),
    // the stacks are put back, the plugin is disabled for this run (state
    // Failed, reason = message), and false is returned.
    bool draw_panel(const PanelRef& panel);

    // Sends an event to every Loaded plugin; an error fails that plugin only.
    void broadcast(const wb_event& event);

    // Moves a panel's presentation story by `delta` (0: only asks) and
    // returns where it stands; nullopt when the panel has no story, its
    // plugin is not running, or the story failed (which does not disable
    // the plugin: a story is an extra, not the panel).
    std::optional<StoryState> story(const PanelRef& panel, int delta);

    // Actions plugins offer each other (abi.h, since 1.1). The version a
    // running plugin provides `name` at, or 0 when none does.
    int32_t action_version(const std::string& name) const;
    // Runs the provider's handler as the provider for `requester` (whose
    // checks host_api.cpp has made). The provider's error message goes to
    // the requester's last_error; an error never disables the provider.
    wb_status run_action(wb_host& requester, const wb_action_request& request, int64_t* out_id);

    // Enable/disable at run time; persists in Config. Enabling loads it.
    Status set_enabled(const std::string& plugin_id, bool enabled);

    // The messages plugins logged (level + text), newest last, capped.
    struct LogLine { int level; std::string plugin_id; std::string text; };
    const std::vector<LogLine>& log() const;

    // The store is fixed for the host's life: to switch stores the
    // application builds a new PluginHost (so every plugin is destroyed
    // with the store it used, and migrates afresh in the new one).
    Store& store() { return store_; }

    struct Loaded;   // opaque: library + descriptor + instance + panels
    struct Services; // opaque: what the service table reaches (host_api.cpp)

private:
    Store& store_;
    Config& config_;
    HostContext& context_;
    std::vector<std::filesystem::path> dirs_;
    bool safe_mode_ = false;
    std::vector<PluginInfo> infos_;
    std::vector<std::unique_ptr<Loaded>> loaded_;
    std::vector<LogLine> log_;
    std::unique_ptr<Services> services_;
};

// The host's service table given to plugins (implemented in host_api.cpp).
const wb_host_api* host_api();

} // namespace wb::core
