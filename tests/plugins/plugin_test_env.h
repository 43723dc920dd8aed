// tests/plugins/plugin_test_env.h - a private store, preferences and host
// context with a PluginHost on top, plus small helpers the plugin tests
// share (fixture paths, table checks, log search).
#pragma once

#include "plugins/plugin_host.h"
#include "store/store.h"
#include "util/config.h"

#include <doctest/doctest.h>

#include "temp_dir.h"
#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>

namespace wb::test {

inline std::filesystem::path fixture(const std::string& name) {
    return std::filesystem::path(WB_FIXTURE_DIR) / (name + ".so");
}

inline bool table_exists(core::Store& store, const std::string& name) {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(store.db(), "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", -1, &s, nullptr);
    sqlite3_bind_text(s, 1, name.c_str(), -1, SQLITE_TRANSIENT);
    bool found = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_finalize(s);
    return found;
}

inline int64_t count_rows(core::Store& store, const std::string& table) {
    sqlite3_stmt* s = nullptr;
    std::string sql = "SELECT COUNT(*) FROM " + table;
    REQUIRE(sqlite3_prepare_v2(store.db(), sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    int64_t n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

inline bool logged(const core::PluginHost& host, const std::string& plugin_id, const std::string& text) {
    for (const auto& line : host.log())
        if (line.plugin_id == plugin_id && line.text.find(text) != std::string::npos) return true;
    return false;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

using wb::test::TempDir;

// Members are destroyed in reverse: the host (and its plugins) before the
// store they use.
struct PluginEnv {
    std::unique_ptr<core::Store> store = core::Store::open_in_memory();
    core::Config config;
    core::HostContext context;
    std::unique_ptr<core::PluginHost> host;

    PluginEnv() : PluginEnv(core::Config()) {}
    explicit PluginEnv(core::Config cfg) : config(std::move(cfg)) {
        REQUIRE(store);
        context.palette.struct_size = sizeof(wb_palette);
        context.palette.accent = 0xff0000ff;
        host = std::make_unique<core::PluginHost>(*store, config, context);
    }
    ~PluginEnv() { host.reset(); }

    const core::PluginInfo* info(const std::string& id) const {
        for (const auto& i : host->plugins())
            if (i.id == id) return &i;
        return nullptr;
    }
};

} // namespace wb::test
