// core/app/main.cpp - the `workbench` executable: parse the command line,
// then run the window or one of the window-less tools.
#include "command_line.h"
#include "subcommands.h"
#include "window.h"

#include <sqlite3.h>
#include <workbench/abi.h>
#include <imgui.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    using namespace wb::app;
    const std::string program = argc > 0 ? argv[0] : "workbench";
    auto parsed = parse_command_line(argc, argv);
    if (!parsed) {
        std::fprintf(stderr, "workbench: %s\nRun \"%s --help\" for the options.\n", parsed.message().c_str(),
                     program.c_str());
        return kExitUsage;
    }
    const Options& o = parsed.value();
    switch (o.mode) {
    case Mode::Help:
        std::fputs(usage_text(program).c_str(), stdout);
        return kExitOk;
    case Mode::Version:
        std::printf("Partnership Workbench %s (plugin SDK ABI %d.%d, Dear ImGui %s, SQLite %s)\n", WB_HOST_VERSION,
                    WB_ABI_MAJOR, WB_ABI_MINOR, IMGUI_VERSION, sqlite3_libversion());
        return kExitOk;
    case Mode::Plugins:
        return run_plugins_list(o);
    case Mode::ValidatePlugin:
        return run_validate_plugin(o);
    case Mode::CheckStore:
        return run_check_store(o);
    case Mode::Export:
        return run_export_command(o);
    case Mode::Gui:
        break;
    }
    return run_window(o, program);
}
