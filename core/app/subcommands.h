// core/app/subcommands.h - the command-line tools that need no window:
// `plugins`, `validate-plugin`, `check-store` and `export`. Each prints a report to
// stdout and returns an exit code from command_line.h.
#pragma once

#include "command_line.h"

#include <filesystem>

namespace wb::app {

// The preferences file: $WB_CONFIG if set, else Config::default_path().
std::filesystem::path config_path();

int run_plugins_list(const Options& options);
int run_validate_plugin(const Options& options);
int run_check_store(const Options& options);
// `export` (export_command.cpp).
int run_export_command(const Options& options);

} // namespace wb::app
