// tests/ui/shell_fixture.h - a Workbench drawn headless, for tests that
// drive the whole shell: find its windows, click into the session form and
// the session notes panel, and read what reached the store file.
#pragma once

#include "headless_ui.h"
#include "temp_dir.h"

#include "store/store.h"
#include "ui/workbench.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace wb::test {

// A child window of `parent` created with BeginChild(id).
inline ImGuiWindow* child_window(ImGuiWindow* parent, const char* id) {
    if (!parent) return nullptr;
    const std::string prefix = std::string(parent->Name) + "/" + id + "_";
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string(w->Name).rfind(prefix, 0) == 0) return w;
    return nullptr;
}

// A workbench drawn headless at 1280x800. The UI context is made first and
// destroyed last, so plugins are gone before ImGui is.
struct ShellFixture {
    TempDir dir;
    HeadlessUi ui{1280, 800};
    std::unique_ptr<core::Workbench> wb;

    // A store file in the temp dir with one case and one session (or the
    // in-memory demo store when `file` is empty).
    explicit ShellFixture(core::WorkbenchOptions o = {}) {
        if (o.config_file.empty()) o.config_file = dir / "config.json";
        if (o.plugin_dirs.empty()) o.plugin_dirs = {WB_PLUGIN_DIR};
        wb = std::make_unique<core::Workbench>(o);
        // Several plugins contribute tabs; these tests look at session notes.
        wb->show_panel("session_notes.notes");
        run(3);
    }
    void run(int n) {
        for (int i = 0; i < n; ++i) {
            wb->prepare_frame();
            ui.frame([this] { wb->draw_frame(); });
        }
    }
    ImGuiWindow* host() { return HeadlessUi::window(core::Workbench::kHostWindow); }
    ImGuiWindow* sidebar() { return child_window(host(), core::Workbench::kSidebar); }

    // Click the session form's "Short notes" box: it turns into an input
    // that takes the keyboard focus over the next frames.
    bool edit_session_notes() {
        ImGuiWindow* box = child_window(sidebar(), "NotesView");
        if (!box) return false;
        ui.click_at(ImVec2(box->Pos.x + box->Size.x * 0.5f, box->Pos.y + box->Size.y * 0.5f));
        run(2);
        return ImGui::GetActiveID() != 0;
    }

    // Click a prompt of the session notes plugin's panel ("##happened"...).
    bool edit_notes_prompt(const char* label) {
        for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
            if (!w->Active || std::string(w->Name).find("panel:session_notes.notes") == std::string::npos)
                continue;
            if (ui.click(w->Name, {label})) {
                run(2);
                return ImGui::GetActiveID() != 0;
            }
        }
        return false;
    }

    // Draws frames the way the window loop does until the workbench may close.
    int close_like_the_window(bool close_button) {
        int frames = 0;
        while (!wb->ready_to_close(close_button) && frames < 10) {
            run(1);
            ++frames;
        }
        return frames;
    }
};

// A store file with one case ("FAM-100") and one session; returns its ids.
struct SeededStore {
    int64_t case_id = 0;
    int64_t session_id = 0;
};
inline SeededStore seed_store(const std::filesystem::path& file) {
    SeededStore ids;
    auto st = core::Store::open(file, core::OpenMode::CreateIfMissing);
    REQUIRE(st.is_ok());
    auto c = st.value()->create_case("FAM-100", "Typing test family");
    REQUIRE(c.is_ok());
    auto s = st.value()->add_session(c.value(), "2024-03-01", "Practitioner T", "");
    REQUIRE(s.is_ok());
    ids.case_id = c.value();
    ids.session_id = s.value();
    return ids;
}

// One text value read from a store file with plain SQLite (as the core:
// no authorizer), or nullopt when there is no such row.
inline std::optional<std::string> read_text(const std::filesystem::path& file, const std::string& sql,
                                            int64_t arg) {
    sqlite3* db = nullptr;
    std::optional<std::string> out;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
            sqlite3_bind_int64(st, 1, arg);
            if (sqlite3_step(st) == SQLITE_ROW) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
                out = text ? text : "";
            }
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

inline std::optional<std::string> stored_session_notes(const std::filesystem::path& file, int64_t session) {
    return read_text(file, "SELECT notes FROM sessions WHERE id = ?", session);
}
inline std::optional<std::string> stored_plugin_note(const std::filesystem::path& file, int64_t session) {
    return read_text(file, "SELECT happened FROM session_notes__notes WHERE session_id = ?", session);
}

} // namespace wb::test
