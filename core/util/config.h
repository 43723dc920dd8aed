// core/util/config.h - the user's preferences, kept outside the case store.
//
// Preferences (theme, UI scale, recent stores, disabled plugins, plugin
// settings) belong to the person at the machine, not to a store full of
// cases, and must never be undone by Ctrl+Z. They live in one JSON file,
// $XDG_CONFIG_HOME/partnership-workbench/config.json (fallback
// ~/.config/...), written atomically (temp file + rename) on every change.
#pragma once

#include "util/status.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace wb::core {

class Config {
public:
    // Loads `file` if it exists; a missing file gives the defaults, and an
    // unreadable/malformed one gives defaults plus a load_error() message
    // (the bad file is left in place, renamed with a ".bad" suffix on save).
    explicit Config(std::filesystem::path file);
    // In-memory only (tests): save() does nothing.
    Config();

    static std::filesystem::path default_path();

    const std::string& load_error() const { return load_error_; }
    Status save() const;

    std::string theme = "light"; // "light" | "dark"
    float ui_scale = 1.0f;       // 0.75 .. 2.5
    std::vector<std::string> recent_stores; // most recent first, at most 8
    std::vector<std::string> disabled_plugins;
    std::map<std::string, std::map<std::string, std::string>> plugin_settings;

    void add_recent_store(const std::string& path);
    bool plugin_disabled(const std::string& id) const;
    void set_plugin_disabled(const std::string& id, bool disabled);

private:
    std::filesystem::path file_;
    std::string load_error_;
};

// $XDG_DATA_HOME/partnership-workbench (fallback ~/.local/share/...).
std::filesystem::path default_data_dir();
// default_data_dir()/cases.db
std::filesystem::path default_store_path();

} // namespace wb::core
