// tests/sdk/test_symbols.cpp - one ImGui and one SQLite per process: no
// plugin may carry ImGui or SQLite code of its own (it must use the host's
// libwb_imgui.so and reach the store only through the SDK).
//
// Three views of every plugin we build and of the C++ fixtures:
//  - `readelf -d` NEEDED: libwb_imgui.so.1, and no libsqlite3 / libglfw /
//    libimgui of its own;
//  - `nm -D --defined-only`: no exported ImGui:: or sqlite3_ definitions;
//  - `nm --defined-only` (the full symbol table, when not stripped): no
//    hidden ImGui:: or sqlite3_ definitions either - a statically linked
//    copy of Debian's libimgui.a with hidden visibility shows only here.
// Each check is first run on libraries that must fail it (libwb_imgui.so
// and the static_copies fixture), so none of them can pass by parsing
// nothing.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::vector<std::string> command_lines(const std::string& cmd) {
    std::vector<std::string> lines;
    FILE* p = popen((cmd + " 2>&1").c_str(), "r");
    REQUIRE(p != nullptr);
    std::array<char, 4096> buf{};
    while (fgets(buf.data(), static_cast<int>(buf.size()), p)) lines.emplace_back(buf.data());
    CHECK_MESSAGE(pclose(p) == 0, cmd);
    return lines;
}

std::vector<std::string> nm_lines(const fs::path& file, const char* flags) {
    return command_lines(std::string("nm ") + flags + " -C '" + file.string() + "'");
}

bool is_forbidden_symbol(const std::string& line) {
    return line.find("ImGui::") != std::string::npos || line.find(" sqlite3_") != std::string::npos;
}

// Defined dynamic (exported) symbols of `file` that belong to ImGui or SQLite.
std::vector<std::string> forbidden_exports(const fs::path& file) {
    std::vector<std::string> bad;
    for (const std::string& line : nm_lines(file, "-D --defined-only"))
        if (is_forbidden_symbol(line)) bad.push_back(line);
    return bad;
}

bool has_full_symtab(const fs::path& file) {
    for (const std::string& line : command_lines("readelf -S -W '" + file.string() + "'"))
        if (line.find(" .symtab ") != std::string::npos) return true;
    return false;
}

// The same over the full symbol table, local and hidden symbols included.
std::vector<std::string> forbidden_definitions(const fs::path& file) {
    std::vector<std::string> bad;
    for (const std::string& line : nm_lines(file, "--defined-only"))
        if (is_forbidden_symbol(line)) bad.push_back(line);
    return bad;
}

// The libraries `file` asks the loader for (readelf -d NEEDED entries).
std::vector<std::string> needed(const fs::path& file) {
    std::vector<std::string> libs;
    for (const std::string& line : command_lines("readelf -d -W '" + file.string() + "'")) {
        if (line.find("(NEEDED)") == std::string::npos) continue;
        auto open = line.find('['), close = line.rfind(']');
        if (open != std::string::npos && close != std::string::npos && close > open)
            libs.push_back(line.substr(open + 1, close - open - 1));
    }
    return libs;
}

// NEEDED entries a plugin must not have: its own SQLite, GLFW or ImGui.
std::vector<std::string> forbidden_needed(const fs::path& file) {
    std::vector<std::string> bad;
    for (const std::string& lib : needed(file)) {
        bool shared_imgui = lib.starts_with("libwb_imgui.so");
        if (lib.starts_with("libsqlite3") || lib.starts_with("libglfw") ||
            (lib.find("imgui") != std::string::npos && !shared_imgui))
            bad.push_back(lib);
    }
    return bad;
}

bool needs_shared_imgui(const fs::path& file) {
    for (const std::string& lib : needed(file))
        if (lib == "libwb_imgui.so.1") return true;
    return false;
}

std::vector<fs::path> plugin_files() {
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_directory(WB_PLUGIN_DIR, ec))
        for (const auto& e : fs::directory_iterator(WB_PLUGIN_DIR))
            if (e.path().extension() == ".so") files.push_back(e.path());
    files.push_back(fs::path(WB_FIXTURE_DIR) / "good.so");
    files.push_back(fs::path(WB_FIXTURE_DIR) / "throws_in_draw.so");
    files.push_back(fs::path(WB_FIXTURE_DIR) / "over_pops.so");
    return files;
}

std::string first(const std::vector<std::string>& v) { return v.empty() ? "" : v.front(); }

} // namespace

TEST_CASE("the checks themselves find what they look for") {
    const fs::path imgui = fs::path(WB_BUILD_DIR) / "lib" / "libwb_imgui.so";
    REQUIRE(fs::exists(imgui));
    CHECK_FALSE(forbidden_exports(imgui).empty());

    // Links SQLite and GLFW itself, and hides ImGui::/sqlite3_ definitions
    // that only the full symbol table shows.
    const fs::path copies = fs::path(WB_FIXTURE_DIR) / "static_copies.so";
    REQUIRE(fs::exists(copies));
    REQUIRE(has_full_symtab(copies));
    CHECK(forbidden_exports(copies).empty()); // what the dynamic table alone would miss...
    const std::vector<std::string> hidden = forbidden_definitions(copies);
    bool hidden_imgui = false, hidden_sqlite = false;
    for (const std::string& line : hidden) {
        hidden_imgui = hidden_imgui || line.find("ImGui::CopiedInByMistake") != std::string::npos;
        hidden_sqlite = hidden_sqlite || line.find("sqlite3_copied_in_by_mistake") != std::string::npos;
    }
    CHECK(hidden_imgui); // ...the full one finds
    CHECK(hidden_sqlite);
    const std::vector<std::string> links = forbidden_needed(copies);
    bool links_sqlite = false, links_glfw = false;
    for (const std::string& lib : links) {
        links_sqlite = links_sqlite || lib.starts_with("libsqlite3");
        links_glfw = links_glfw || lib.starts_with("libglfw");
    }
    CHECK(links_sqlite);
    CHECK(links_glfw);
    CHECK_FALSE(needs_shared_imgui(copies));
}

TEST_CASE("every plugin needs the shared ImGui and not SQLite, GLFW or another ImGui") {
    for (const fs::path& file : plugin_files()) {
        CAPTURE(file);
        REQUIRE(fs::exists(file));
        CHECK(needs_shared_imgui(file));
        std::vector<std::string> bad = forbidden_needed(file);
        CHECK_MESSAGE(bad.empty(), file.string() << " needs " << first(bad));
    }
}

TEST_CASE("no plugin exports ImGui or SQLite symbols") {
    for (const fs::path& file : plugin_files()) {
        CAPTURE(file);
        REQUIRE(fs::exists(file));
        std::vector<std::string> bad = forbidden_exports(file);
        CHECK_MESSAGE(bad.empty(), file.string() << " exports " << bad.size() << " ImGui/SQLite symbols, e.g. " << first(bad));
    }
}

TEST_CASE("no plugin carries a hidden copy of ImGui or SQLite (full symbol table)") {
    for (const fs::path& file : plugin_files()) {
        CAPTURE(file);
        REQUIRE(fs::exists(file));
        if (!has_full_symtab(file)) {
            MESSAGE(file.string() << " is stripped: only its dynamic symbols could be checked");
            continue;
        }
        std::vector<std::string> bad = forbidden_definitions(file);
        CHECK_MESSAGE(bad.empty(), file.string() << " defines " << bad.size() << " ImGui/SQLite symbols, e.g. " << first(bad));
    }
}

TEST_CASE("a C++ plugin uses the shared ImGui (undefined references, resolved at load)") {
    fs::path good = fs::path(WB_FIXTURE_DIR) / "good.so";
    bool uses_imgui = false;
    for (const std::string& line : nm_lines(good, "-D --undefined-only"))
        if (line.find("ImGui::") != std::string::npos) uses_imgui = true;
    CHECK(uses_imgui);
}

TEST_CASE("a plugin exports the entry symbol") {
    for (const fs::path& file : plugin_files()) {
        CAPTURE(file);
        bool entry = false;
        for (const std::string& line : nm_lines(file, "-D --defined-only"))
            if (line.find(" wb_plugin_entry") != std::string::npos) entry = true;
        CHECK(entry);
    }
}
