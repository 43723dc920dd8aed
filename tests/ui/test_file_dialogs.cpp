// tests/ui/test_file_dialogs.cpp - the Export and Import dialogs, drawn
// headless with the exporter fixture (tests/fixtures/exporter.cpp) as the
// only plugin: its panel's buttons ask for the dialogs, the dialogs write
// and read real files under a temporary $HOME, and a refusal shows in the
// dialog that stays open.
#include "headless_ui.h"
#include "temp_dir.h"

#include "../plugins/export_tools.h"
#include "ui/workbench.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace fs = std::filesystem;
using namespace wb::core;
using wb::test::HeadlessUi;
using wb::test::TempDir;

namespace {

// $HOME pointed at a temporary folder for one test.
struct TempHome {
    TempDir dir;
    std::string saved;
    bool had = false;
    TempHome() {
        if (const char* h = std::getenv("HOME")) had = true, saved = h;
        ::setenv("HOME", dir.path.c_str(), 1);
    }
    ~TempHome() {
        if (had) ::setenv("HOME", saved.c_str(), 1);
        else ::unsetenv("HOME");
    }
    fs::path documents() const { return dir.path / "Documents" / "partnership-workbench"; }
};

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// The demo store in memory with only the exporter fixture loaded, its
// panel in front.
struct FilesShell {
    TempHome home;
    TempDir dir;
    HeadlessUi ui{1280, 800};
    std::unique_ptr<Workbench> wb;

    FilesShell() {
        fs::create_directories(dir / "plugins");
        fs::copy_file(fs::path(WB_FIXTURE_DIR) / "exporter.so", dir / "plugins" / "exporter.so");
        WorkbenchOptions o;
        o.config_file = dir / "config.json";
        o.plugin_dirs = {dir / "plugins"};
        o.in_memory_store = true;
        o.seed_demo_if_new = true;
        wb = std::make_unique<Workbench>(o);
        wb->show_panel("fixture_export.files");
        run(3);
    }
    void run(int n) {
        for (int i = 0; i < n; ++i) {
            wb->prepare_frame();
            ui.frame([this] { wb->draw_frame(); });
        }
    }
    bool open(const char* id) {
        ImGuiWindow* w = HeadlessUi::window(id);
        return w && w->Active;
    }
    // Clicks a widget in the open dialog by its label.
    bool click_in(const char* dialog, const char* label) {
        ImGuiWindow* w = HeadlessUi::window(dialog);
        if (!w || !w->Active) return false;
        const bool clicked = ui.click(w->Name, {label});
        run(2);
        return clicked;
    }
    bool press_panel_button(const char* label) {
        const bool clicked = ui.click_anywhere(label);
        run(3);
        return clicked;
    }
    int64_t received() {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(wb->store()->db(), "SELECT COUNT(*) FROM fixture_export__received", -1, &s, nullptr);
        int64_t n = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
        sqlite3_finalize(s);
        return n;
    }
};

constexpr const char* kExport = "###export_dialog";
constexpr const char* kImport = "###import_dialog";

} // namespace

TEST_CASE("a plugin's export request opens the dialog, and Export writes the file it proposes") {
    FilesShell shell;
    CHECK_FALSE(shell.open(kExport));
    REQUIRE(shell.press_panel_button("Export document"));
    REQUIRE(shell.open(kExport));

    // The default: the Documents folder, case code, export id and date.
    const fs::path pdf = shell.home.documents() / ("DEMO-01-doc-" + today() + ".pdf");
    REQUIRE(shell.click_in(kExport, "Export"));
    INFO(shell.wb->last_frame().file_dialog_error);
    REQUIRE(fs::exists(pdf));
    CHECK(wb::test::pdf_pages(pdf) == 3); // A4
    CHECK(shell.wb->last_frame().file_dialog_done == "Saved to " + pdf.string());
    CHECK(shell.open(kExport)); // stays open to show where it went

    // A3, then Markdown: the file name follows the format.
    REQUIRE(shell.click_in(kExport, "A3"));
    REQUIRE(shell.click_in(kExport, "Export"));
    CHECK(wb::test::pdf_pages(pdf) == 2);
    REQUIRE(shell.click_in(kExport, "Markdown"));
    REQUIRE(shell.click_in(kExport, "Export"));
    const fs::path md = shell.home.documents() / ("DEMO-01-doc-" + today() + ".md");
    REQUIRE(fs::exists(md));
    CHECK(wb::test::slurp(md).rfind("# Fixture document", 0) == 0);

    REQUIRE(shell.click_in(kExport, "Close"));
    CHECK_FALSE(shell.open(kExport));
}

TEST_CASE("the import dialog lists matching files; a click and Import hand the bytes to the plugin") {
    FilesShell shell;
    fs::create_directories(shell.home.documents());
    std::ofstream(shell.home.documents() / "note.txt") << "fictional note";
    std::ofstream(shell.home.documents() / "other.json") << "{}";
    REQUIRE(shell.press_panel_button("Import notes"));
    REQUIRE(shell.open(kImport));

    ImGuiWindow* dialog = HeadlessUi::window(kImport);
    CHECK_FALSE(shell.ui.click_anywhere("other.json")); // only .txt files are listed
    REQUIRE(shell.ui.click_anywhere("note.txt"));
    shell.run(2);
    REQUIRE(shell.click_in(kImport, "Import"));
    CHECK(shell.received() == 1);
    CHECK_FALSE(dialog->Active); // closed on success
}

TEST_CASE("a refused or too large file keeps the dialog open with the reason") {
    FilesShell shell;
    fs::create_directories(shell.home.documents());
    std::ofstream(shell.home.documents() / "refuse.txt") << "please refuse this";
    std::ofstream(shell.home.documents() / "large.txt") << std::string(100, 'x');
    REQUIRE(shell.press_panel_button("Import notes"));

    REQUIRE(shell.ui.click_anywhere("refuse.txt"));
    shell.run(2);
    REQUIRE(shell.click_in(kImport, "Import"));
    const std::string refused = shell.wb->last_frame().file_dialog_error;
    CHECK(refused.find("refuse.txt was not imported: line 1: the word 'refuse' is not accepted") !=
          std::string::npos);
    CHECK(refused.find("Nothing was imported") != std::string::npos);
    CHECK(shell.open(kImport));

    REQUIRE(shell.ui.click_anywhere("large.txt"));
    shell.run(2);
    REQUIRE(shell.click_in(kImport, "Import"));
    CHECK(shell.wb->last_frame().file_dialog_error.find("larger than the 64 bytes") != std::string::npos);
    CHECK(shell.received() == 0);

    REQUIRE(shell.click_in(kImport, "Cancel"));
    CHECK_FALSE(shell.open(kImport));
}
