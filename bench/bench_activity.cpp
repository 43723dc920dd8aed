// bench/bench_activity.cpp - figures for the activity flow panel (not a
// test).
//
// bench_activity() prints:
//   - live mode, recorded through the panel itself with key presses: a
//     90-minute recording with 1,000 switches (one key every 5.4 s of a
//     clock the benchmark moves). For every key, how many frames until the
//     band shows the new activity (budget: the frame the key is pressed
//     in, i.e. 1) and that frame's wall time (the switch is stored and
//     drawn in it); then the panel's CPU time per frame while that
//     recording runs (the diagram is rebuilt every frame, as the clock
//     moves) and once it is finished (budget p99 < 1 ms);
//   - the panel in the real Workbench, drawn headless, on a stored
//     90-minute recording with 1,000 switches: whole-frame CPU against the
//     same shell on a small case, and the time to load that case.
// Every figure is printed; none is asserted. bench_main.cpp calls it.
#include "bench_util.h"

#include "af_flow.h"
#include "af_view.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace af = activity_flow;
using wb::bench::now_ms;
using wb::bench::percentile;
using wb::bench::thread_cpu_ms;

constexpr int kSwitches = 1000;
constexpr int64_t kLengthMs = 90LL * 60 * 1000;
constexpr int64_t kStepMs = kLengthMs / (kSwitches + 1); // ~5.4 s between keys

// The activity after `a`: a different one, at random.
af::Activity next_activity(std::mt19937& rng, af::Activity a) {
    const int k = std::uniform_int_distribution<int>(1, af::kActivityCount - 1)(rng);
    return af::activity_at((af::index_of(a) + k) % af::kActivityCount);
}

// A finished 90-minute recording with 1,000 switches, written straight into
// the plugin's tables in one transaction (the tables exist: PanelStore
// opened the store with the plugins).
bool add_synthetic_recording(const fs::path& store, int64_t case_id) {
    sqlite3* db = nullptr;
    if (sqlite3_open(store.c_str(), &db) != SQLITE_OK) return false;
    bool ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    char sql[256];
    std::snprintf(sql, sizeof sql,
                  "INSERT INTO activity_flow__recordings(case_id, title, slice_s, active_ms, finished, created)"
                  " VALUES(%lld, 'Synthetic 90-minute visit', 30, %lld, 1, '2024-01-01')",
                  static_cast<long long>(case_id), static_cast<long long>(kLengthMs));
    ok = ok && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    const int64_t rec = sqlite3_last_insert_rowid(db);
    sqlite3_stmt* st = nullptr;
    ok = ok && sqlite3_prepare_v2(db, "INSERT INTO activity_flow__stretches(recording_id, start_ms, activity) VALUES(?, ?, ?)",
                                  -1, &st, nullptr) == SQLITE_OK;
    std::mt19937 rng(7);
    af::Activity a = af::Activity::Locating;
    for (int i = 0; ok && i <= kSwitches; ++i) {
        // Uneven spacing: runs from a second or two to a minute.
        const int64_t at = i == 0 ? 0 : i * kStepMs + std::uniform_int_distribution<int64_t>(-2000, 2000)(rng);
        if (i > 0) a = next_activity(rng, a);
        sqlite3_bind_int64(st, 1, rec);
        sqlite3_bind_int64(st, 2, at);
        sqlite3_bind_int(st, 3, static_cast<int>(a));
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// The panel alone in a fixed window, one whole ImGui frame.
void view_frame(af::FlowView& view) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1500, 900));
    ImGui::Begin("Panel", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove);
    view.draw();
    ImGui::End();
    ImGui::Render();
}

std::vector<double> view_frames(af::FlowView& view, int frames, int64_t* clock, int64_t step_ms) {
    std::vector<double> cpu;
    for (int i = 0; i < frames; ++i) {
        *clock += step_ms;
        const double t0 = thread_cpu_ms();
        view_frame(view);
        cpu.push_back(thread_cpu_ms() - t0);
    }
    return cpu;
}

// Live mode through the panel: a store of its own, the view over the
// plugin's host handle, key presses, and a clock moved by hand.
bool bench_live(const fs::path& plugins_dir, int frames) {
    wb::bench::PanelStore store("activity-live", plugins_dir, "BENCH-LIVE", "Synthetic live recording");
    if (!store.ok) return false;
    wb::bench::PanelBench bench(store.file, plugins_dir);
    wb_host* handle = bench.workbench().plugins().handle_of("activity_flow");
    if (!handle) {
        std::fprintf(stderr, "bench activity: the plugin is not running (is activity_flow.so built?)\n");
        return false;
    }
    bench.workbench().select_case(store.big);
    int64_t clock = 1'000'000;
    af::FlowView view(wb::Host(wb::core::host_api(), handle), [&clock] { return clock; });
    ImGui::GetIO().MousePos = ImVec2(500, 420); // over the diagram: its hover runs too
    for (int i = 0; i < 5; ++i) view_frame(view);

    ImGuiIO& io = ImGui::GetIO();
    std::mt19937 rng(11);
    af::Activity a = af::Activity::Locating;
    std::vector<int> frames_needed;
    std::vector<double> key_wall;
    for (int i = 0; i <= kSwitches; ++i) {
        if (i > 0) {
            clock += kStepMs;
            a = next_activity(rng, a);
        }
        const int key = '0' + static_cast<int>(a);
        io.KeysDown[key] = true;
        int n = 0;
        const double t0 = now_ms();
        do {
            view_frame(view);
            ++n;
            if (n == 1) key_wall.push_back(now_ms() - t0);
            io.KeysDown[key] = false;
        } while (view.band_shown() != a && n < 10);
        frames_needed.push_back(n);
        view_frame(view); // the key is up again
    }
    clock += kStepMs;
    const auto worst = *std::max_element(frames_needed.begin(), frames_needed.end());
    const long within_one = std::count(frames_needed.begin(), frames_needed.end(), 1);
    const std::size_t stored = view.shown() ? view.shown()->stretches.size() : 0;
    std::printf("activity flow live, key to screen over %d key presses (%zu stretches stored): the band showed the "
                "new activity in the key's own frame for %ld, worst %d frame(s) (budget 1); that frame incl. "
                "storing the switch: median %.3f ms, p99 %.3f ms wall\n",
                kSwitches + 1, stored, within_one, worst, percentile(key_wall, 0.5), percentile(key_wall, 0.99));

    const std::vector<double> live = view_frames(view, frames, &clock, 16);
    std::printf("activity flow live, panel frame CPU while the 90-minute, %d-switch recording runs (%zu squares, "
                "rebuilt every frame; %d frames): median %.3f ms, p99 %.3f ms (budget p99 < 1 ms)\n",
                kSwitches, view.scene().squares.size(), frames, percentile(live, 0.5), percentile(live, 0.99));
    return true;
}

} // namespace

// Prints the activity flow panel's figures. `plugins_dir` holds the built
// activity_flow.so (empty: the default search path); `frames` frames are
// timed. Returns false (with a message on stderr) if it could not run.
bool bench_activity(const fs::path& plugins_dir, int frames) {
    if (!bench_live(plugins_dir, frames)) return false;

    wb::bench::PanelStore store("activity", plugins_dir, "BENCH-FLOW", "Synthetic 90-minute recording");
    if (!store.ok) return false;
    if (!add_synthetic_recording(store.file, store.big)) {
        std::fprintf(stderr, "bench activity: could not write the synthetic recording (is activity_flow.so built?)\n");
        return false;
    }
    wb::bench::PanelBench bench(store.file, plugins_dir);
    // The mouse over the diagram, so its hover and tooltip run too.
    bench.print_frame_figures("activity flow panel, a finished 90-minute recording with 1,000 switches",
                              "activity_flow.flow", store.big, store.small, ImVec2(700, 260), frames);
    bench.print_load_figures("activity flow panel, load the 90-minute recording", store.big, store.small, 30);
    return true;
}
