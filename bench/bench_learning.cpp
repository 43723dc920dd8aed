// bench/bench_learning.cpp - figures for the parents' learning map panel
// (not a test).
//
// bench_learning() builds a store with one case of 30 sessions, each with
// 40 signs of learning across the seven domains (1,200 notes of realistic
// length), a priority change every few sessions and the condition ratings
// of every session, and a small case to compare with. It opens the store in
// the real Workbench with the built plugins, puts the "Learning map" panel
// in front with the mouse over a domain (so the hover tooltip and hit tests
// run too), and prints the CPU time per frame (median, p99; budget p99 <
// 1 ms for the panel), measured headless, plus the time to load the case
// and draw its first frame. Every figure is printed; none is asserted.
#include "bench_util.h"

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>

namespace {

namespace fs = std::filesystem;

// Adds `sessions` sessions to `case_id`, each with `notes` invented signs
// of learning, the ratings of the three conditions for parent and helper,
// and a priority switched on or off every third session.
bool add_synthetic_map(const fs::path& store, int64_t case_id, int sessions, int notes) {
    sqlite3* db = nullptr;
    if (sqlite3_open(store.c_str(), &db) != SQLITE_OK) return false;
    bool ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_stmt *s = nullptr, *e = nullptr, *p = nullptr, *r = nullptr;
    ok = ok && sqlite3_prepare_v2(db, "INSERT INTO sessions(case_id, date, supervisee, notes) VALUES(?, ?, 'Bench', '')",
                                  -1, &s, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_prepare_v2(db,
                                  "INSERT INTO learning_map__evidence(case_id, session_id, domain, note)"
                                  " VALUES(?, ?, ?, ?)",
                                  -1, &e, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_prepare_v2(db,
                                  "INSERT INTO learning_map__priorities(case_id, session_id, domain, on_)"
                                  " VALUES(?, ?, ?, ?)",
                                  -1, &p, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_prepare_v2(db,
                                  "INSERT INTO learning_map__ratings(case_id, session_id, parent_trust,"
                                  " parent_acceptance, parent_openness, helper_trust, helper_acceptance,"
                                  " helper_openness) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                                  -1, &r, nullptr) == SQLITE_OK;
    std::mt19937 rng(7);
    for (int i = 0; ok && i < sessions; ++i) {
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2023 + i / 12, 1 + i % 12, 3 + i % 20);
        sqlite3_bind_int64(s, 1, case_id);
        sqlite3_bind_text(s, 2, date, -1, SQLITE_TRANSIENT);
        ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_reset(s);
        const int64_t session = sqlite3_last_insert_rowid(db);
        for (int k = 0; ok && k < notes; ++k) {
            const std::string text = wb::bench::sentence_text(rng, 18 + k % 20);
            sqlite3_bind_int64(e, 1, case_id);
            sqlite3_bind_int64(e, 2, session);
            sqlite3_bind_int(e, 3, (i + k) % 7);
            sqlite3_bind_text(e, 4, text.c_str(), -1, SQLITE_TRANSIENT);
            ok = sqlite3_step(e) == SQLITE_DONE;
            sqlite3_reset(e);
        }
        if (ok && i % 3 == 0) {
            sqlite3_bind_int64(p, 1, case_id);
            sqlite3_bind_int64(p, 2, session);
            sqlite3_bind_int(p, 3, i % 7);
            sqlite3_bind_int(p, 4, (i / 3) % 2 == 0 ? 1 : 0);
            ok = sqlite3_step(p) == SQLITE_DONE;
            sqlite3_reset(p);
        }
        sqlite3_bind_int64(r, 1, case_id);
        sqlite3_bind_int64(r, 2, session);
        for (int c = 0; c < 6; ++c) sqlite3_bind_int(r, 3 + c, std::min(4, (i + c) / 7));
        ok = ok && sqlite3_step(r) == SQLITE_DONE;
        sqlite3_reset(r);
    }
    for (sqlite3_stmt* st : {s, e, p, r}) sqlite3_finalize(st);
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

// Prints the learning map panel's figures. `plugins_dir` holds the built
// learning_map.so (empty: the default search path); `frames` frames are
// timed. Returns false (with a message on stderr) if it could not run.
bool bench_learning(const fs::path& plugins_dir, int frames) {
    wb::bench::PanelStore store("learning", plugins_dir, "BENCH-LEARNING",
                                "Synthetic learning map (30 sessions x 40 notes)");
    if (!store.ok) return false;
    if (!add_synthetic_map(store.file, store.big, 30, 40)) {
        std::fprintf(stderr, "bench learning: could not write the synthetic map (is learning_map.so built?)\n");
        return false;
    }
    wb::bench::PanelBench bench(store.file, plugins_dir);
    // The mouse over the map's middle band, near a domain's node.
    bench.print_frame_figures("learning map panel, 30 sessions x 40 notes", "learning_map.map", store.big, store.small,
                              ImVec2(560, 520), frames);
    bench.print_load_figures("learning map panel, load the 30-session case", store.big, store.small, 30);
    return true;
}
