// core/app/export_command.cpp - `workbench export`: one plugin export of
// one case written to a file, without a window (no GLFW, no ImGui frame;
// the cairo canvas needs neither). The plugins are loaded and told about
// the store and the case as the window would tell them, so an export draws
// exactly what the Export dialog would write.
#include "subcommands.h"

#include "plugins/plugin_host.h"
#include "store/store.h"
#include "ui/theme.h"
#include "util/config.h"

#include <cstdio>
#include <string>
#include <system_error>

namespace wb::app {

using namespace wb::core;

namespace {

void send(PluginHost& host, int32_t type, int64_t case_id, int64_t session_id) {
    host.broadcast(wb_event{sizeof(wb_event), type, case_id, session_id, nullptr});
}

int fail(int code, const std::string& message) {
    std::fprintf(stderr, "workbench export: %s\n", message.c_str());
    return code;
}

} // namespace

int run_export_command(const Options& o) {
    // An export never creates a store: a typo in --store must not make one.
    const std::filesystem::path path = o.store.empty() ? default_store_path() : o.store;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return fail(kExitStoreProblem, "there is no store at " + path.string() +
                                           " (give the right one with --store PATH)");
    auto store = Store::open(path, OpenMode::MustExist);
    if (!store) return fail(kExitStoreProblem, store.message());

    Config config(config_path());
    HostContext context;
    context.host_version = WB_HOST_VERSION;
    context.palette = make_palette(false); // files are printed on white
    context.print_palette = make_print_palette();
    PluginHost host(*store.value(), config, context);
    const auto dirs = o.plugin_dirs.empty() ? PluginHost::default_dirs() : o.plugin_dirs;
    host.load_all(dirs, false);

    const auto c = store.value()->find_case_by_code(o.case_code);
    if (!c) return fail(kExitUsage, "there is no case with the code \"" + o.case_code + "\" in " + path.string());
    const auto sessions = store.value()->sessions(c->id); // newest first
    context.current_case = c->id;
    context.current_session = sessions.empty() ? 0 : sessions.front().id;
    send(host, WB_EVENT_STORE_OPENED, 0, 0);
    send(host, WB_EVENT_CASE_SELECTED, c->id, context.current_session);
    send(host, WB_EVENT_SESSION_SELECTED, c->id, context.current_session);

    const auto dot = o.export_ref.find('.');
    const std::string plugin_id = o.export_ref.substr(0, dot), export_id = o.export_ref.substr(dot + 1);
    const PluginInfo* info = nullptr;
    for (const PluginInfo& i : host.plugins())
        if (i.id == plugin_id && (!info || i.state == PluginState::Loaded)) info = &i;
    if (!info) {
        std::string where;
        for (const auto& d : dirs) where += "\n  " + d.string();
        return fail(kExitPluginNotLoadable, "no plugin \"" + plugin_id + "\" was found in:" + where);
    }
    if (info->state != PluginState::Loaded)
        return fail(kExitPluginNotLoadable, "the plugin \"" + plugin_id + "\" is " + to_string(info->state) + ": " +
                                                info->reason);

    const auto exports = host.exports_of(plugin_id);
    const ExportInfo* found = nullptr;
    std::string offered;
    for (const ExportInfo& e : exports) {
        if (e.id == export_id) found = &e;
        offered += "\n  " + plugin_id + "." + e.id + "  " + e.title + " (" + format_list(e.formats) + ")";
    }
    if (!found)
        return fail(kExitUsage, "the plugin \"" + plugin_id + "\" has no export \"" + export_id + "\"; it offers:" +
                                    (offered.empty() ? std::string("\n  (nothing)") : offered));

    ExportOptions options;
    options.format = o.format;
    options.case_id = c->id;
    options.item_id = o.item_id;
    options.page = o.a3 ? PageSize::A3 : PageSize::A4;
    options.blank = o.blank;
    int pages = 0;
    if (Status s = host.run_export(plugin_id, export_id, options, o.out, &pages); !s)
        return fail(kExitExportFailed, s.message());
    std::printf("Exported %s of case %s as %s", found->title.c_str(), c->code.c_str(), format_name(o.format));
    if (o.format == WB_FORMAT_PDF && found->paged)
        std::printf(" (%d page%s, %s)", pages, pages == 1 ? "" : "s", o.a3 ? "A3" : "A4");
    else if (o.format == WB_FORMAT_PDF || o.format == WB_FORMAT_SVG || o.format == WB_FORMAT_PNG)
        std::printf(" (a picture of %.0f x %.0f points)", found->width, found->height); // its own size, not a page
    std::printf(" to %s\n", o.out.string().c_str());
    return kExitOk;
}

} // namespace wb::app
