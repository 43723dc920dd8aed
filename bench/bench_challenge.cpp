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
#include "headless_ui.h"
#include "store/store.h"
#include "ui/workbench.h"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

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
    const fs::path dir = fs::temp_directory_path() / ("wb-bench-challenge-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path store = dir / "challenge.db";
    int64_t big = 0, small = 0;
    {
        wb::core::Workbench wb(wb::bench::workbench_options(store, plugins_dir));
        if (!wb.store()) {
            std::fprintf(stderr, "bench challenge: %s\n", wb.store_error().c_str());
            return false;
        }
        auto b = wb.create_case("BENCH-ZONES", "Synthetic plan (300 challenges x 20 placements)");
        auto s = wb.create_case("BENCH-SMALL", "Synthetic small case");
        if (!b || !s) return false;
        big = b.value();
        small = s.value();
    }
    if (!add_synthetic_plan(store, big, 300, 20)) {
        std::fprintf(stderr, "bench challenge: could not write the synthetic plan (is challenge_zones.so built?)\n");
        return false;
    }

    wb::test::HeadlessUi ui(1600, 1000);
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    wb::core::Workbench wb(wb::bench::workbench_options(store, plugins_dir));
    auto frame = [&] {
        wb.prepare_frame();
        ImGui::NewFrame();
        wb.draw_frame();
        ImGui::Render();
    };
    wb.select_case(big);
    wb.show_panel("challenge_zones.planner");
    ImGui::GetIO().MousePos = ImVec2(700, 500); // over the map: hit tests run too
    for (int i = 0; i < 30; ++i) frame();
    bool drawn = false;
    for (const auto& k : wb.last_frame().panels_drawn) drawn |= (k == "challenge_zones.planner");

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
    std::printf("challenge zones panel, 300 challenges x 20 placements%s (%d frames): whole frame CPU median %.3f ms, "
                "p99 %.3f ms; same shell on a small case median %.3f ms, p99 %.3f ms; panel share ~ median %.3f ms, "
                "p99 %.3f ms (budget p99 < 1 ms)\n",
                drawn ? "" : " (NOT drawn!)", frames, wb::bench::percentile(with_panel, 0.5),
                wb::bench::percentile(with_panel, 0.99), wb::bench::percentile(shell_only, 0.5),
                wb::bench::percentile(shell_only, 0.99),
                wb::bench::percentile(with_panel, 0.5) - wb::bench::percentile(shell_only, 0.5),
                wb::bench::percentile(with_panel, 0.99) - wb::bench::percentile(shell_only, 0.99));

    std::vector<double> load;
    for (int i = 0; i < 30; ++i) {
        wb.select_case(small);
        frame();
        const double t0 = wb::bench::now_ms();
        wb.select_case(big);
        frame();
        load.push_back(wb::bench::now_ms() - t0);
    }
    std::printf("challenge zones panel, load the 300-challenge case incl. its first frame (30 loads): median %.3f ms, "
                "p99 %.3f ms\n",
                wb::bench::percentile(load, 0.5), wb::bench::percentile(load, 0.99));
    std::error_code ec;
    fs::remove_all(dir, ec);
    return true;
}
