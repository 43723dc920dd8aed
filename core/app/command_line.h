// core/app/command_line.h - what `workbench` was asked to do, parsed from
// argv, plus the exit codes every mode shares (printed by --help).
#pragma once

#include "util/status.h"

#include <workbench/abi.h>

#include <filesystem>
#include <string>
#include <vector>

namespace wb::app {

// Exit codes (documented in --help and the README).
enum ExitCode : int {
    kExitOk = 0,
    kExitRuntime = 1,        // e.g. no display, the window could not be opened
    kExitUsage = 2,          // bad command line (or a --case/--panel that does not exist)
    kExitPluginNotLoadable = 3,
    kExitStoreProblem = 4,
    kExitExportFailed = 5, // the export ran but no file was written (the plugin's reason is printed)
};

enum class Mode { Gui, Plugins, ValidatePlugin, CheckStore, Export, Help, Version };

struct Options {
    Mode mode = Mode::Gui;
    std::filesystem::path store;                    // --store (empty: default store)
    std::vector<std::filesystem::path> plugin_dirs; // --plugins-dir (repeatable; replaces defaults)
    bool safe_mode = false;
    std::filesystem::path screenshot; // --screenshot OUT.png
    int frames = 5;
    int width = 0, height = 0; // --size WxH (0: default)
    std::string case_code;     // --case CODE
    std::string panel;         // --panel <plugin_id>.<panel_id>
    std::string demo;          // --demo KEY: create or reset that demo family and open it
    bool present = false;      // --present: start in presentation mode
    int story_steps = 0;       // --story N: step the front panel's story N times (presenting)
    std::filesystem::path target; // validate-plugin / check-store argument
    // export: what (<plugin id>.<export id>; --worksheet ID means
    // worksheets.sheet of item ID), how and where.
    std::string export_ref;
    int64_t item_id = 0;
    wb_format format = WB_FORMAT_PDF;
    std::filesystem::path out;
    bool a3 = false; // --page a3 (default A4)
    bool blank = false;
};

// Parses argv. A failure's message says what was wrong, for stderr.
wb::core::Result<Options> parse_command_line(int argc, char** argv);

// The full --help text.
std::string usage_text(const std::string& program);

} // namespace wb::app
