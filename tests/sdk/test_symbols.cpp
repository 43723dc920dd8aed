// tests/sdk/test_symbols.cpp - one ImGui and one SQLite per process: no
// plugin may define ImGui or SQLite symbols of its own (it must use the
// host's libwb_imgui.so and reach the store only through the SDK).
//
// Runs `nm -D --defined-only -C` on every plugin we build and on the C++
// fixtures, and cross-checks the parsing on libwb_imgui.so, which must
// define them.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::vector<std::string> nm_lines(const fs::path& file, const char* flags) {
    std::vector<std::string> lines;
    std::string cmd = std::string("nm -D ") + flags + " -C '" + file.string() + "' 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    std::array<char, 4096> buf{};
    while (fgets(buf.data(), static_cast<int>(buf.size()), p)) lines.emplace_back(buf.data());
    CHECK(pclose(p) == 0);
    return lines;
}

// Defined dynamic symbols of `file` that belong to ImGui or SQLite.
std::vector<std::string> forbidden_definitions(const fs::path& file) {
    std::vector<std::string> bad;
    for (const std::string& line : nm_lines(file, "--defined-only"))
        if (line.find("ImGui::") != std::string::npos || line.find(" sqlite3_") != std::string::npos)
            bad.push_back(line);
    return bad;
}

std::vector<fs::path> plugin_files() {
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_directory(WB_PLUGIN_DIR, ec))
        for (const auto& e : fs::directory_iterator(WB_PLUGIN_DIR))
            if (e.path().extension() == ".so") files.push_back(e.path());
    files.push_back(fs::path(WB_FIXTURE_DIR) / "good.so");
    files.push_back(fs::path(WB_FIXTURE_DIR) / "throws_in_draw.so");
    return files;
}

} // namespace

TEST_CASE("the check itself finds ImGui definitions where they are") {
    fs::path imgui = fs::path(WB_BUILD_DIR) / "lib" / "libwb_imgui.so";
    REQUIRE(fs::exists(imgui));
    CHECK_FALSE(forbidden_definitions(imgui).empty());
}

TEST_CASE("no plugin defines ImGui or SQLite symbols") {
    for (const fs::path& file : plugin_files()) {
        CAPTURE(file);
        REQUIRE(fs::exists(file));
        std::vector<std::string> bad = forbidden_definitions(file);
        std::string first = bad.empty() ? "" : bad.front();
        CHECK_MESSAGE(bad.empty(), file.string() << " defines " << bad.size() << " ImGui/SQLite symbols, e.g. " << first);
    }
}

TEST_CASE("a C++ plugin uses the shared ImGui (undefined references, resolved at load)") {
    fs::path good = fs::path(WB_FIXTURE_DIR) / "good.so";
    bool uses_imgui = false;
    for (const std::string& line : nm_lines(good, "--undefined-only"))
        if (line.find("ImGui::") != std::string::npos) uses_imgui = true;
    CHECK(uses_imgui);
}

TEST_CASE("a plugin exports the entry symbol and little else") {
    for (const fs::path& file : plugin_files()) {
        CAPTURE(file);
        bool entry = false;
        for (const std::string& line : nm_lines(file, "--defined-only"))
            if (line.find(" wb_plugin_entry") != std::string::npos) entry = true;
        CHECK(entry);
    }
}
