// core/plugins/host_handle.h - private to core/plugins: what a plugin's
// opaque wb_host and wb_stmt handles really are, and the host state the
// service table (host_api.cpp) reaches through them.
//
// A plugin only ever holds pointers to these; it cannot see or reach past
// them. One wb_host exists per loaded plugin and carries that plugin's id,
// which is the actor every store call runs under.
#pragma once

#include "plugins/plugin_host.h"

#include <workbench/abi.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

struct sqlite3_stmt;

namespace wb::core {

struct PluginHost::Services {
    PluginHost* owner = nullptr;
    Config* config = nullptr;
    HostContext* context = nullptr;
    std::vector<LogLine>* log = nullptr;
    int64_t requested_session = 0;
    // An export or import dialog a plugin asked for (since 1.2); the
    // application takes it after the frame (take_requested_file()).
    using FileRequest = wb::core::FileRequest;
    std::optional<FileRequest> requested_file;
    // A plugin committed an edit: DATA_CHANGED goes out once the current
    // call into plugin code has returned (never re-entering it).
    bool data_changed_pending = false;
    int call_depth = 0; // > 0 while plugin code is running
    // > 0 while an action's handler runs: actions do not nest, so one
    // request is one provider edit and one undo step.
    int action_depth = 0;
    // load_in_process() descriptors by origin, so set_enabled() can load
    // them again.
    std::map<std::string, const wb_plugin_descriptor*> in_process;
};

// The most log lines kept in memory (oldest dropped first).
inline constexpr size_t kMaxLogLines = 500;

// Appends to the host's plugin log and echoes "[id] level: text" to stderr.
void append_plugin_log(PluginHost::Services& services, int level, const std::string& plugin_id,
                       const std::string& text);

// sqlite3 result code -> wb_status (SQLITE_AUTH -> WB_DENIED, ...).
wb_status status_from_sqlite(int rc);

// A prepared statement a plugin holds. The wb_stmt* the plugin gets is a
// token - a number that is never reused - not this record's address, and
// every call looks it up first: a finalized, doubly finalized or made-up
// handle is recognised and refused instead of touching freed memory or
// another plugin's statement.
struct StatementRecord {
    wb_host* owner = nullptr;
    sqlite3_stmt* stmt = nullptr;
};
// The live record behind a handle, or nullptr.
StatementRecord* find_statement(wb_stmt* handle);


} // namespace wb::core

struct wb_host {
    wb::core::PluginHost::Services* services = nullptr;
    std::string plugin_id;
    std::string last_error;
    std::string setting_value; // what setting_get last returned
    wb_palette palette{};      // what palette() last returned
    bool in_create = false;    // register_panel is only allowed then
    bool edit_open = false;    // this plugin began an edit not yet ended

    struct Panel {
        std::string id, title;
        wb_status (*draw)(wb_instance*, void*, char*, uint32_t) = nullptr;
        void* user = nullptr;
        // Since 1.3, may be null: the panel's presentation story.
        wb_status (*story)(wb_instance*, void*, int32_t, wb_story_state*) = nullptr;
    };
    std::vector<Panel> panels;

    struct Action {
        std::string name, title;
        int32_t version = 0;
        wb_status (*run)(wb_instance*, void*, const wb_action_request*, int64_t*, char*, uint32_t) = nullptr;
        void* user = nullptr;
    };
    std::vector<Action> actions; // offered to other plugins (since 1.1)

    // Exports and imports the plugin registered (since 1.2); the structs
    // as this host reads them, with the strings copied.
    struct Export {
        std::string id, title;
        wb_export spec{}; // id/title set to null: use the strings above
    };
    struct Import {
        std::string id, title, extension;
        wb_import spec{}; // id/title/extension set to null: use the strings
    };
    std::vector<Export> exports;
    std::vector<Import> imports;
    std::unordered_set<wb_stmt*> statements; // handles not yet finalized

    // Ends what a plugin left behind: finalizes its statements and cancels
    // an edit it left open. Returns a note for the log, or "" if clean.
    std::string release_resources();
};

