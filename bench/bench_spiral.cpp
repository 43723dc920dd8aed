// bench/bench_spiral.cpp - figures for the spiral mapper panel (not a test).
//
// bench_spiral() builds a store with one case of 1,000 spiral steps (and a
// small case to switch from), opens it in the real Workbench with the built
// plugins, puts the "Partnership spiral" panel in front and prints:
//   - CPU time per frame with the panel showing all 1,000 steps (median,
//     p99; budget p99 < 1 ms for the panel), measured headless;
//   - the time to load the case: select it and draw the frame that shows
//     it (the panel reloads the steps and lays out the spiral there;
//     budget < 10 ms).
// Every figure is printed; none is asserted. bench_main.cpp calls it.
#include "bench_util.h"
#include "headless_ui.h"
#include "store/store.h"
#include "ui/workbench.h"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Inserts `count` invented steps for `case_id` with a plain connection.
bool add_synthetic_steps(const fs::path& store, int64_t case_id, int count) {
    sqlite3* db = nullptr;
    if (sqlite3_open(store.c_str(), &db) != SQLITE_OK) return false;
    bool ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_stmt* st = nullptr;
    ok = ok && sqlite3_prepare_v2(db,
                                  "INSERT INTO spiral_mapper__steps(case_id, date, kind, description, theme, help,"
                                  " challenge, possibility, expansion) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                  -1, &st, nullptr) == SQLITE_OK;
    const char* themes[] = {"", "sleep", "feeding", "money", "housing", "play", "", "self-care"};
    for (int i = 0; ok && i < count; ++i) {
        char date[16];
        // Spread over about three years, oldest first, all in the past.
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2020 + i / 360, 1 + (i / 30) % 12, 1 + i % 28);
        const std::string text = "Synthetic benchmark step " + std::to_string(i) + ": a small thing that mattered.";
        sqlite3_bind_int64(st, 1, case_id);
        sqlite3_bind_text(st, 2, date, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 3, i % 5);
        sqlite3_bind_text(st, 4, text.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 5, themes[i % 8], -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 6, (i % 3) - 1);
        sqlite3_bind_int(st, 7, (i % 4 == 0) ? 1 : 0);
        sqlite3_bind_int(st, 8, (i % 7 == 0) ? -1 : (i % 2));
        sqlite3_bind_int(st, 9, i % 3);
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

// Prints the spiral panel's figures. `plugins_dir` holds the built
// spiral_mapper.so (empty: the default search path); `frames` frames are
// timed. Returns false (with a message on stderr) if it could not run.
bool bench_spiral(const fs::path& plugins_dir, int frames) {
    const fs::path dir = fs::temp_directory_path() / ("wb-bench-spiral-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path store = dir / "spiral.db";
    int64_t big = 0, small = 0;
    {
        // First open: creates the store and runs the plugin's migrations.
        wb::core::Workbench wb(wb::bench::workbench_options(store, plugins_dir));
        if (!wb.store()) {
            std::fprintf(stderr, "bench spiral: %s\n", wb.store_error().c_str());
            return false;
        }
        auto b = wb.create_case("BENCH-SPIRAL", "Synthetic spiral (1,000 steps)");
        auto s = wb.create_case("BENCH-SMALL", "Synthetic small case");
        if (!b || !s) return false;
        big = b.value();
        small = s.value();
    }
    if (!add_synthetic_steps(store, big, 1000)) {
        std::fprintf(stderr, "bench spiral: could not write the synthetic steps (is spiral_mapper.so built?)\n");
        return false;
    }

    wb::test::HeadlessUi ui(1600, 1000);
    // The real renderer (OpenGL 3) draws lists past 64k vertices; say the
    // same here, as 1,000 steps make such a list.
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    wb::core::Workbench wb(wb::bench::workbench_options(store, plugins_dir));
    auto frame = [&] {
        wb.prepare_frame();
        ImGui::NewFrame();
        wb.draw_frame();
        ImGui::Render();
    };
    wb.select_case(big);
    wb.show_panel("spiral_mapper.map");
    ImGui::GetIO().MousePos = ImVec2(900, 500); // over the map: hover runs too
    for (int i = 0; i < 30; ++i) frame();
    bool drawn = false;
    for (const auto& k : wb.last_frame().panels_drawn) drawn |= (k == "spiral_mapper.map");

    // Whole frames with the spiral in front, and the same with no case
    // selected (the shell alone), so the panel's share can be read off.
    std::vector<double> with_panel, shell_only;
    for (int i = 0; i < frames; ++i) {
        const double t0 = wb::bench::thread_cpu_ms();
        frame();
        with_panel.push_back(wb::bench::thread_cpu_ms() - t0);
    }
    wb.select_case(small);
    for (int i = 0; i < 10; ++i) frame();
    for (int i = 0; i < frames; ++i) {
        const double t0 = wb::bench::thread_cpu_ms();
        frame();
        shell_only.push_back(wb::bench::thread_cpu_ms() - t0);
    }
    std::printf("spiral panel, 1000-step case%s (%d frames): whole frame CPU median %.3f ms, p99 %.3f ms; "
                "same shell on a small case median %.3f ms, p99 %.3f ms; panel share ~ median %.3f ms, "
                "p99 %.3f ms (budget p99 < 1 ms)\n",
                drawn ? "" : " (NOT drawn!)", frames, wb::bench::percentile(with_panel, 0.5),
                wb::bench::percentile(with_panel, 0.99), wb::bench::percentile(shell_only, 0.5),
                wb::bench::percentile(shell_only, 0.99),
                wb::bench::percentile(with_panel, 0.5) - wb::bench::percentile(shell_only, 0.5),
                wb::bench::percentile(with_panel, 0.99) - wb::bench::percentile(shell_only, 0.99));

    // Case load: switch to the big case and draw the frame that shows it.
    std::vector<double> load;
    for (int i = 0; i < 50; ++i) {
        wb.select_case(small);
        frame();
        const double t0 = wb::bench::now_ms();
        wb.select_case(big);
        frame();
        load.push_back(wb::bench::now_ms() - t0);
    }
    std::printf("spiral panel, load the 1000-step case incl. its first frame (50 loads): median %.3f ms, "
                "p99 %.3f ms (budget < 10 ms)\n",
                wb::bench::percentile(load, 0.5), wb::bench::percentile(load, 0.99));
    std::error_code ec;
    fs::remove_all(dir, ec);
    return true;
}
