// bench/bench_challenge.cpp - figures for the challenge-zone planner panel
// (not a test).
//
// bench_challenge() builds a store with one case of 300 challenges, each
// placed 20 times (6,000 placements), and a small case to compare with,
// opens it in the real Workbench with the built plugins, puts the
// "Challenge zones" panel in front with every trajectory drawn, and prints
// the CPU time per frame (median, p99; budget p99 < 1 ms for the panel),
// measured headless, plus the time to load the case and draw its first
// frame. Every figure is printed; none is asserted.
#include "bench_util.h"

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace {

namespace fs = std::filesystem;

// Inserts `count` invented challenges with `places` placements each.
bool add_synthetic_plan(const fs::path& store, int64_t case_id, int count, int places) {
    sqlite3* db = nullptr;
    if (sqlite3_open(store.c_str(), &db) != SQLITE_OK) return false;
    bool ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_stmt* c = nullptr;
    sqlite3_stmt* p = nullptr;
    ok = ok && sqlite3_prepare_v2(db,
                                  "INSERT INTO challenge_zones__challenges(case_id, aspect, direction, description,"
                                  " why_it_matters, support, status, review_date, created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                  -1, &c, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_prepare_v2(db,
                                  "INSERT INTO challenge_zones__placements(challenge_id, date, zone, reason)"
                                  " VALUES(?, ?, ?, ?)",
                                  -1, &p, nullptr) == SQLITE_OK;
    for (int i = 0; ok && i < count; ++i) {
        const std::string text = "Synthetic benchmark challenge " + std::to_string(i);
        sqlite3_bind_int64(c, 1, case_id);
        sqlite3_bind_int(c, 2, i % 7);
        sqlite3_bind_int(c, 3, i % 11 == 0 ? 1 : 0);
        sqlite3_bind_text(c, 4, text.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(c, 5, i % 5 == 0 ? "" : "It matters to the parent", -1, SQLITE_STATIC);
        sqlite3_bind_int(c, 6, i % 16);
        sqlite3_bind_int(c, 7, i % 3 == 0 ? 0 : 1);
        sqlite3_bind_text(c, 8, i % 4 == 0 ? "2021-06-01" : "2031-06-01", -1, SQLITE_STATIC);
        sqlite3_bind_text(c, 9, "2020-01-01", -1, SQLITE_STATIC);
        ok = sqlite3_step(c) == SQLITE_DONE;
        sqlite3_reset(c);
        const int64_t id = sqlite3_last_insert_rowid(db);
        for (int k = 0; ok && k < places; ++k) {
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2020 + k / 12, 1 + k % 12, 1 + (i % 28));
            sqlite3_bind_int64(p, 1, id);
            sqlite3_bind_text(p, 2, date, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(p, 3, (i + k) % 4);
            sqlite3_bind_text(p, 4, "Synthetic reason", -1, SQLITE_STATIC);
            ok = sqlite3_step(p) == SQLITE_DONE;
            sqlite3_reset(p);
        }
    }
    sqlite3_finalize(c);
    sqlite3_finalize(p);
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

// Prints the planner panel's figures. `plugins_dir` holds the built
// challenge_zones.so (empty: the default search path); `frames` frames are
// timed. Returns false (with a message on stderr) if it could not run.
bool bench_challenge(const fs::path& plugins_dir, int frames) {
    wb::bench::PanelStore store("challenge", plugins_dir, "BENCH-ZONES",
                                "Synthetic plan (300 challenges x 20 placements)");
    if (!store.ok) return false;
    if (!add_synthetic_plan(store.file, store.big, 300, 20)) {
        std::fprintf(stderr, "bench challenge: could not write the synthetic plan (is challenge_zones.so built?)\n");
        return false;
    }
    wb::bench::PanelBench bench(store.file, plugins_dir);
    // The mouse over the map, so its hit tests run every frame too.
    bench.print_frame_figures("challenge zones panel, 300 challenges x 20 placements", "challenge_zones.planner",
                              store.big, store.small, ImVec2(700, 500), frames);
    bench.print_load_figures("challenge zones panel, load the 300-challenge case", store.big, store.small, 30);
    return true;
}
