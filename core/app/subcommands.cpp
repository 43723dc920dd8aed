// core/app/subcommands.cpp - `workbench plugins`, `validate-plugin` and
// `check-store`.
#include "subcommands.h"

#include "plugins/plugin_host.h"
#include "store/store.h"
#include "util/config.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace wb::app {

using namespace wb::core;

std::filesystem::path config_path() {
    if (const char* env = std::getenv("WB_CONFIG"); env && *env) return env;
    return Config::default_path();
}

int run_plugins_list(const Options& options) {
    // Load against a private in-memory store: listing must never touch the
    // user's cases.
    Config config(config_path());
    auto store = Store::open_in_memory();
    HostContext context;
    context.host_version = WB_HOST_VERSION;
    PluginHost host(*store, config, context);
    const auto dirs = options.plugin_dirs.empty() ? PluginHost::default_dirs() : options.plugin_dirs;
    host.load_all(dirs, false);
    const auto& infos = host.plugins();
    if (infos.empty()) {
        std::printf("No plugins found in:\n");
        for (const auto& d : dirs) std::printf("  %s\n", d.string().c_str());
        return kExitOk;
    }
    size_t id_w = 2, ver_w = 7;
    for (const auto& i : infos) {
        id_w = std::max(id_w, i.id.empty() ? 1 : i.id.size());
        ver_w = std::max(ver_w, i.version.empty() ? 1 : i.version.size());
    }
    std::printf("%-*s  %-*s  %-9s  %s\n", static_cast<int>(id_w), "ID", static_cast<int>(ver_w), "VERSION",
                "STATUS", "REASON / FILE");
    for (const auto& i : infos) {
        // The reason often names the file already; only add it when not.
        std::string detail = i.reason.empty() ? i.path.string() : i.reason;
        if (!i.reason.empty() && i.reason.find(i.path.string()) == std::string::npos)
            detail += " (" + i.path.string() + ")";
        std::printf("%-*s  %-*s  %-9s  %s\n", static_cast<int>(id_w), i.id.empty() ? "-" : i.id.c_str(),
                    static_cast<int>(ver_w), i.version.empty() ? "-" : i.version.c_str(), to_string(i.state),
                    detail.c_str());
    }
    return kExitOk;
}

int run_validate_plugin(const Options& options) {
    const Validation v = PluginHost::validate(options.target);
    if (v.loadable) {
        std::printf("OK: %s \"%s\" version %s (SDK ABI %d.%d) can be loaded by this host.\n", v.info.id.c_str(),
                    v.info.name.c_str(), v.info.version.c_str(), v.info.abi_major, v.info.abi_minor);
        return kExitOk;
    }
    std::printf("Not loadable: %s\n  file: %s\n", v.info.reason.empty() ? "unknown reason" : v.info.reason.c_str(),
                options.target.string().c_str());
    return kExitPluginNotLoadable;
}

int run_check_store(const Options& options) {
    const IntegrityReport r = Store::check(options.target);
    for (const auto& line : r.lines) std::printf("  %s\n", line.c_str());
    std::printf("%s\n", r.ok ? "Result: OK" : "Result: problems found (the file was not changed)");
    return r.ok ? kExitOk : kExitStoreProblem;
}

} // namespace wb::app
