// tests/store/config_test.cpp - the preferences file: round trip, defaults,
// malformed files, clamping, recent stores, XDG paths.
#include "store_test_util.h"

#include "util/config.h"

#include <sys/stat.h>

#include <cstdlib>
#include <algorithm>
#include <optional>

using namespace wb::core;
using namespace wb::test;

namespace {
// Sets (or unsets) an environment variable for one scope.
class EnvVar {
public:
    EnvVar(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~EnvVar() {
        if (old_)
            ::setenv(name_, old_->c_str(), 1);
        else
            ::unsetenv(name_);
    }

private:
    const char* name_;
    std::optional<std::string> old_;
};
} // namespace

TEST_CASE("config round trip through the file") {
    TempDir dir;
    auto file = dir / "nested" / "config.json";
    {
        Config c(file);
        CHECK(c.load_error().empty());
        CHECK(c.theme == "light");
        CHECK(c.ui_scale == doctest::Approx(1.0));
        c.theme = "dark";
        c.ui_scale = 1.5f;
        c.add_recent_store("/data/a.db");
        c.add_recent_store("/data/b.db");
        c.set_plugin_disabled("session_notes", true);
        c.plugin_settings["session_notes"]["sort"] = "newest";
        REQUIRE(c.save().is_ok());
    }
    CHECK(file_exists(file));
    CHECK_FALSE(file_exists(sidecar(file, ".tmp")));
    Config c(file);
    CHECK(c.load_error().empty());
    CHECK(c.theme == "dark");
    CHECK(c.ui_scale == doctest::Approx(1.5));
    REQUIRE(c.recent_stores.size() == 2);
    CHECK(c.recent_stores[0] == "/data/b.db");
    CHECK(c.recent_stores[1] == "/data/a.db");
    CHECK(c.plugin_disabled("session_notes"));
    CHECK_FALSE(c.plugin_disabled("other"));
    CHECK(c.plugin_settings["session_notes"]["sort"] == "newest");
    c.set_plugin_disabled("session_notes", false);
    CHECK_FALSE(c.plugin_disabled("session_notes"));
}

TEST_CASE("saving preferences that did not change leaves the file alone; a change rewrites it") {
    TempDir dir;
    const auto file = dir / "config.json";
    Config c(file);
    c.theme = "dark";
    REQUIRE(c.save().is_ok());
    // Every real write goes through a new file renamed over the old one, so
    // the file's inode tells whether it was written again.
    auto inode = [&] {
        struct stat st {};
        REQUIRE(::stat(file.c_str(), &st) == 0);
        return st.st_ino;
    };
    const auto first = inode();
    REQUIRE(c.save().is_ok());
    CHECK(inode() == first);
    REQUIRE(Config(file).save().is_ok()); // loaded and saved as it was
    CHECK(inode() == first);

    c.theme = "light";
    REQUIRE(c.save().is_ok());
    CHECK(inode() != first);
    CHECK(Config(file).theme == "light");
}

TEST_CASE("a malformed config gives defaults and a message, and is kept as .bad") {
    TempDir dir;
    auto file = dir / "config.json";
    write_bytes(file, "{ \"theme\": \"dark\", ");
    Config c(file);
    CHECK_FALSE(c.load_error().empty());
    CHECK(c.theme == "light");
    CHECK(c.recent_stores.empty());
    REQUIRE(c.save().is_ok());
    CHECK(read_bytes(sidecar(file, ".bad")) == "{ \"theme\": \"dark\", ");
    Config again(file);
    CHECK(again.load_error().empty());

    // A valid JSON file of the wrong shape is malformed too.
    write_bytes(file, "[1, 2, 3]");
    CHECK_FALSE(Config(file).load_error().empty());
    // Wrong types for single fields fall back for that field only.
    write_bytes(file, R"({"theme": 7, "ui_scale": "big", "recent_stores": ["/x.db", 3]})");
    Config partial(file);
    CHECK(partial.load_error().empty());
    CHECK(partial.theme == "light");
    CHECK(partial.ui_scale == doctest::Approx(1.0));
    CHECK(partial.recent_stores == std::vector<std::string>{"/x.db"});
}

TEST_CASE("ui scale is clamped, recent stores deduplicated and capped") {
    TempDir dir;
    auto file = dir / "config.json";
    write_bytes(file, R"({"ui_scale": 10})");
    CHECK(Config(file).ui_scale == doctest::Approx(2.5));
    write_bytes(file, R"({"ui_scale": 0.1})");
    CHECK(Config(file).ui_scale == doctest::Approx(0.75));

    Config c;
    for (int i = 0; i < 12; ++i) c.add_recent_store("/stores/s" + std::to_string(i) + ".db");
    CHECK(c.recent_stores.size() == 8);
    CHECK(c.recent_stores.front() == "/stores/s11.db");
    c.add_recent_store("/stores/s7.db");
    CHECK(c.recent_stores.size() == 8);
    CHECK(c.recent_stores.front() == "/stores/s7.db");
    CHECK(std::count(c.recent_stores.begin(), c.recent_stores.end(), "/stores/s7.db") == 1);
    c.add_recent_store("/stores/./s7.db"); // the same file spelled differently
    CHECK(std::count(c.recent_stores.begin(), c.recent_stores.end(), "/stores/s7.db") == 1);
    CHECK(c.save().is_ok()); // in-memory: nothing to write
}

TEST_CASE("default paths follow XDG, with home fallbacks") {
    {
        EnvVar config("XDG_CONFIG_HOME", "/xdg/config");
        EnvVar data("XDG_DATA_HOME", "/xdg/data");
        CHECK(Config::default_path() == fs::path("/xdg/config/partnership-workbench/config.json"));
        CHECK(default_data_dir() == fs::path("/xdg/data/partnership-workbench"));
        CHECK(default_store_path() == fs::path("/xdg/data/partnership-workbench/cases.db"));
    }
    {
        EnvVar home("HOME", "/home/someone");
        EnvVar config("XDG_CONFIG_HOME", nullptr);
        EnvVar data("XDG_DATA_HOME", "relative/is/ignored");
        CHECK(Config::default_path() == fs::path("/home/someone/.config/partnership-workbench/config.json"));
        CHECK(default_data_dir() == fs::path("/home/someone/.local/share/partnership-workbench"));
    }
}

TEST_CASE("a path or setting that is not UTF-8 is saved without failing, and the path round-trips") {
    TempDir dir;
    auto file = dir / "config.json";
    // A Latin-1 file name: on Linux a path is bytes, not text.
    const std::string latin1 = (dir / "caf\xe9.db").string();
    {
        Config c(file);
        c.add_recent_store("/data/plain.db");
        c.add_recent_store(latin1);
        c.plugin_settings["session_notes"]["sort"] = "newest";
        c.plugin_settings["session_notes"]["bad"] = "x\xff\xfey";
        Status saved = Status::ok();
        CHECK_NOTHROW(saved = c.save());
        CHECK(saved.is_ok());
    }
    Config c(file);
    CHECK(c.load_error().empty());
    REQUIRE(c.recent_stores.size() == 2);
    CHECK(c.recent_stores[0] == latin1); // the exact bytes
    CHECK(c.recent_stores[1] == "/data/plain.db");
    CHECK(c.plugin_settings["session_notes"]["sort"] == "newest");
    CHECK(c.plugin_settings["session_notes"].count("bad") == 1); // kept, bad bytes replaced
    // And the new form is read back only when it is well formed.
    write_bytes(file, R"({"recent_stores": [{"path_hex": "2f612e6462"}, {"path_hex": "zz"}, {"other": 1}]})");
    CHECK(Config(file).recent_stores == std::vector<std::string>{"/a.db"});
}
