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

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <string>

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
    wb::bench::PanelStore store("spiral", plugins_dir, "BENCH-SPIRAL", "Synthetic spiral (1,000 steps)");
    if (!store.ok) return false;
    if (!add_synthetic_steps(store.file, store.big, 1000)) {
        std::fprintf(stderr, "bench spiral: could not write the synthetic steps (is spiral_mapper.so built?)\n");
        return false;
    }
    wb::bench::PanelBench bench(store.file, plugins_dir);
    // Whole frames with the spiral in front (all 1,000 steps), against the
    // same shell on the small case; then switching to the big case, where
    // the panel reloads the steps and lays out the spiral.
    bench.print_frame_figures("spiral panel, 1000-step case", "spiral_mapper.map", store.big, store.small,
                              ImVec2(900, 500), frames);
    bench.print_load_figures("spiral panel, load the 1000-step case", store.big, store.small, 50,
                             " (budget < 10 ms)");
    return true;
}
