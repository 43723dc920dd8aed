// core/util/config.cpp - reading and atomically writing the preferences
// file (see config.h for why preferences live outside the case store).
//
// A malformed file never stops the workbench: the defaults are used and
// load_error() says what happened. The bad file is kept (renamed *.bad on
// the next save) so nothing the user wrote is silently lost.
//
// JSON strings must be UTF-8, but a Linux path is any bytes ("caf\xe9.db"
// from a Latin-1 system). Such a recent-store path is written as
// {"path_hex": "..."} so it round-trips exactly; any other invalid text
// (which the host refuses before it gets here) is written with U+FFFD in
// place of the bad bytes rather than failing the whole save.
#include "util/config.h"
#include "util/rules.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <system_error>
#include <unistd.h>

namespace wb::core {

namespace {

constexpr size_t kMaxRecent = 8;
constexpr float kMinScale = 0.75f;
constexpr float kMaxScale = 2.5f;

// A path as JSON: a string when it is UTF-8, else its bytes in hex.
nlohmann::json path_to_json(const std::string& path) {
    if (is_valid_utf8(path)) return path;
    static const char* const kHex = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : path) {
        hex += kHex[c >> 4];
        hex += kHex[c & 15];
    }
    return nlohmann::json{{"path_hex", hex}};
}

// The other way; nothing if `j` is neither form (or the hex is broken).
std::optional<std::string> path_from_json(const nlohmann::json& j) {
    if (j.is_string()) return j.get<std::string>();
    if (!j.is_object()) return std::nullopt;
    const auto it = j.find("path_hex");
    if (it == j.end() || !it->is_string()) return std::nullopt;
    const std::string hex = it->get<std::string>();
    if (hex.size() % 2 != 0) return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    for (size_t i = 0; i < hex.size(); i += 2) {
        const int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
    }
    return out;
}

float clamp_scale(float s) {
    if (!(s == s)) return 1.0f; // NaN
    return std::clamp(s, kMinScale, kMaxScale);
}

// $VAR if set to an absolute path (the XDG rule), else $HOME/fallback.
std::filesystem::path xdg_dir(const char* var, const char* fallback) {
    if (const char* v = std::getenv(var); v && *v == '/') return v;
    const char* home = std::getenv("HOME");
    std::filesystem::path base = (home && *home) ? home : "/tmp";
    return base / fallback;
}

} // namespace

Config::Config() = default;

Config::Config(std::filesystem::path file) : file_(std::move(file)) {
    std::error_code ec;
    if (!std::filesystem::exists(file_, ec)) return; // first run: defaults
    std::ifstream in(file_, std::ios::binary);
    if (!in) {
        load_error_ = "Could not read the preferences file \"" + file_.string() + "\"; using the defaults.";
        return;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    try {
        const auto j = nlohmann::json::parse(buf.str());
        if (!j.is_object()) throw std::runtime_error("the file does not hold a JSON object");
        // Each field is read on its own: one wrong value keeps the rest.
        if (auto it = j.find("theme"); it != j.end() && it->is_string() && (*it == "light" || *it == "dark"))
            theme = it->get<std::string>();
        if (auto it = j.find("ui_scale"); it != j.end() && it->is_number()) ui_scale = clamp_scale(it->get<float>());
        if (auto it = j.find("recent_stores"); it != j.end() && it->is_array()) {
            // Oldest last, so adding in reverse keeps the order and dedupes.
            for (auto r = it->rbegin(); r != it->rend(); ++r)
                if (auto p = path_from_json(*r)) add_recent_store(*p);
        }
        if (auto it = j.find("disabled_plugins"); it != j.end() && it->is_array()) {
            for (const auto& p : *it)
                if (p.is_string()) set_plugin_disabled(p.get<std::string>(), true);
        }
        if (auto it = j.find("plugin_settings"); it != j.end() && it->is_object()) {
            for (const auto& [plugin, values] : it->items()) {
                if (!values.is_object()) continue;
                for (const auto& [key, value] : values.items())
                    if (value.is_string()) plugin_settings[plugin][key] = value.get<std::string>();
            }
        }
    } catch (const std::exception& e) {
        const auto file = file_;
        *this = Config();
        file_ = file;
        load_error_ = "The preferences file \"" + file_.string() + "\" could not be read (" + e.what() +
                      "); using the defaults. It will be kept as a .bad file when preferences are next saved.";
    }
}

std::filesystem::path Config::default_path() {
    return xdg_dir("XDG_CONFIG_HOME", ".config") / "partnership-workbench" / "config.json";
}

std::filesystem::path default_data_dir() {
    return xdg_dir("XDG_DATA_HOME", ".local/share") / "partnership-workbench";
}

std::filesystem::path default_store_path() { return default_data_dir() / "cases.db"; }

Status Config::save() const {
    if (file_.empty()) return Status::ok(); // in-memory (tests)
    std::error_code ec;
    if (file_.has_parent_path()) std::filesystem::create_directories(file_.parent_path(), ec);
    if (ec)
        return Status::fail("Could not create the folder for preferences (" + file_.parent_path().string() +
                            "): " + ec.message() + ".");

    // Building and dumping the JSON never throws on bad text (see the top
    // of this file), but a failure of any other kind becomes a message, not
    // an exception escaping into the UI loop or a plugin's call.
    std::string text;
    try {
        nlohmann::json j;
        j["theme"] = theme;
        j["ui_scale"] = clamp_scale(ui_scale);
        j["recent_stores"] = nlohmann::json::array();
        for (const auto& r : recent_stores) j["recent_stores"].push_back(path_to_json(r));
        j["disabled_plugins"] = disabled_plugins;
        j["plugin_settings"] = nlohmann::json::object();
        for (const auto& [plugin, values] : plugin_settings) j["plugin_settings"][plugin] = values;
        text = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (const std::exception& e) {
        return Status::fail("Could not save the preferences (" + std::string(e.what()) + ").");
    }

    // Unchanged since the last save (start-up saves after opening the store
    // and again after loading fonts): no write, and no fsync on the way to
    // the first frame.
    if (load_error_.empty()) {
        std::ifstream in(file_, std::ios::binary);
        const std::string on_disk((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in && on_disk == text + '\n') return Status::ok();
    }

    // Keep a malformed file the user may want to recover by hand.
    if (!load_error_.empty() && std::filesystem::exists(file_, ec)) {
        auto bad = file_;
        bad += ".bad";
        if (!std::filesystem::exists(bad, ec)) std::filesystem::rename(file_, bad, ec);
    }

    // Write a temporary file, flush it to disk, then rename over the old
    // one: a crash leaves either the old or the new file, never half.
    auto tmp = file_;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text << '\n';
        out.flush();
        if (!out) return Status::fail("Could not write the preferences file \"" + tmp.string() + "\".");
    }
    if (FILE* f = std::fopen(tmp.c_str(), "rb")) {
        ::fsync(fileno(f));
        std::fclose(f);
    }
    std::filesystem::rename(tmp, file_, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return Status::fail("Could not save the preferences file \"" + file_.string() + "\": " + ec.message() + ".");
    }
    return Status::ok();
}

void Config::add_recent_store(const std::string& path) {
    if (path.empty()) return;
    std::string key = path;
    std::error_code ec;
    if (auto abs = std::filesystem::absolute(path, ec); !ec) key = abs.lexically_normal().string();
    std::erase(recent_stores, key);
    recent_stores.insert(recent_stores.begin(), key);
    if (recent_stores.size() > kMaxRecent) recent_stores.resize(kMaxRecent);
}

bool Config::plugin_disabled(const std::string& id) const {
    return std::find(disabled_plugins.begin(), disabled_plugins.end(), id) != disabled_plugins.end();
}

void Config::set_plugin_disabled(const std::string& id, bool disabled) {
    std::erase(disabled_plugins, id);
    if (disabled) disabled_plugins.push_back(id);
}

} // namespace wb::core
