// bench/bench_rupture.cpp - figures for the rupture-repair tracker (not a
// test).
//
// bench_rupture() builds two stores and prints:
//   - the caseload across 2,000 cases with 5 ruptures each (10,000
//     ruptures; a mix of statuses, 0-3 repair actions each, sessions and
//     a few alliance checks per case): how long load_caseload() takes, and
//     the panel's whole rebuild (the data-changed event and the frame that
//     reloads and draws it), median and p99 (budget < 20 ms); then the CPU
//     time per frame with the "Caseload" panel in front (budget p99 < 1 ms);
//   - the "Ruptures" panel on one case of 200 ruptures over 40 sessions,
//     with repairs and alliance checks: CPU time per frame, the model's
//     load of the case, and the time to load it and draw its first frame.
// Frames are measured headless, as for the other panels. Every figure is
// printed; none is asserted. bench_main.cpp calls it.
#include "bench_util.h"

#include "rr_caseload.h"
#include "rr_model.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace rr = rupture_repair;
using wb::bench::now_ms;
using wb::bench::percentile;

// Writes invented cases, sessions, ruptures, repairs and alliance checks
// into the plugin's own tables with a plain connection, all in one
// transaction (as the other benchmarks' generators do). Every date lies in
// the past relative to `today`, ruptures are dated by their session, and
// the statuses keep the plugin's rules (repairing and repaired ruptures
// have repair actions, open ones none; repairs never precede the rupture).
class Generator {
public:
    std::array<int, rr::kStatusCount> status_counts{};
    int sessions = 0, repairs = 0, checks = 0;

    explicit Generator(const fs::path& store) : today_(rr::today_local()) {
        ok_ = sqlite3_open(store.c_str(), &db_) == SQLITE_OK &&
              sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
        ok_ = ok_ && prepare(case_, "INSERT INTO cases(code, label, archived, demo, created_at) VALUES(?, ?, 0, 0, ?)");
        ok_ = ok_ && prepare(session_, "INSERT INTO sessions(case_id, date, supervisee, notes) VALUES(?, ?, ?, ?)");
        ok_ = ok_ && prepare(rupture_, "INSERT INTO rupture_repair__ruptures(case_id, session_id, date, origin, kind,"
                                       " sub_markers, who, salience, strained, description, status, resolution)"
                                       " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ok_ = ok_ && prepare(repair_, "INSERT INTO rupture_repair__repairs(rupture_id, date, led_by, strategy, note)"
                                      " VALUES(?, ?, ?, ?, ?)");
        ok_ = ok_ && prepare(check_, "INSERT INTO rupture_repair__alliance(case_id, session_id, get_on, work_on,"
                                     " how_work, overall, note) VALUES(?, ?, ?, ?, ?, ?, ?)");
    }
    ~Generator() {
        for (sqlite3_stmt* st : {case_, session_, rupture_, repair_, check_}) sqlite3_finalize(st);
        sqlite3_close(db_);
    }
    Generator(const Generator&) = delete;
    Generator& operator=(const Generator&) = delete;

    // Adds an empty case; 0 on failure.
    int64_t add_case(const std::string& code, const std::string& label) {
        if (!ok_) return 0;
        sqlite3_bind_text(case_, 1, code.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(case_, 2, label.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(case_, 3, today_.c_str(), -1, SQLITE_TRANSIENT);
        return run(case_) ? sqlite3_last_insert_rowid(db_) : 0;
    }

    // Gives `case_id` `session_count` sessions spread over up to 18 months,
    // `rupture_count` ruptures (most in a session, some logged without one)
    // with their repair actions, and alliance checks on `check_count` of
    // the sessions.
    bool fill_case(int64_t case_id, int session_count, int rupture_count, int check_count) {
        if (session_count < 1) return false; // ruptures are placed by their sessions
        // Sessions from `first` days ago up to a week or more ago, evenly spaced.
        const int first = std::uniform_int_distribution<int>(session_count * 8, 540)(rng_);
        const int gap = first / session_count;
        std::vector<int64_t> ids;
        std::vector<int> ages;
        for (int k = 0; ok_ && k < session_count; ++k) {
            const int age = first - k * gap;
            const std::string date = rr::days_before(today_, age);
            const std::string notes = wb::bench::sentence_text(rng_, 30);
            sqlite3_bind_int64(session_, 1, case_id);
            sqlite3_bind_text(session_, 2, date.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(session_, 3, k % 2 ? "Practitioner A" : "Practitioner B", -1, SQLITE_STATIC);
            sqlite3_bind_text(session_, 4, notes.c_str(), -1, SQLITE_TRANSIENT);
            ok_ = run(session_);
            ids.push_back(sqlite3_last_insert_rowid(db_));
            ages.push_back(age);
            ++sessions;
        }
        for (int i = 0; ok_ && i < rupture_count; ++i) add_rupture(case_id, ids, ages);
        // Checks on evenly spread sessions (session_id is unique per check).
        for (int k = 0; ok_ && k < check_count && k < session_count; ++k) {
            const std::size_t at = static_cast<std::size_t>(k) * ids.size() / static_cast<std::size_t>(check_count);
            sqlite3_bind_int64(check_, 1, case_id);
            sqlite3_bind_int64(check_, 2, ids[at]);
            for (int item = 0; item < rr::kAllianceItems; ++item)
                sqlite3_bind_int(check_, 3 + item, std::uniform_int_distribution<int>(3, 10)(rng_));
            const std::string note = k % 3 ? "" : wb::bench::sentence_text(rng_, 12);
            sqlite3_bind_text(check_, 7, note.c_str(), -1, SQLITE_TRANSIENT);
            ok_ = run(check_);
            ++checks;
        }
        return ok_;
    }

    bool commit() {
        ok_ = ok_ && sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        return ok_;
    }

private:
    bool prepare(sqlite3_stmt*& st, const char* sql) {
        return sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) == SQLITE_OK;
    }
    static bool run(sqlite3_stmt* st) {
        const bool done = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return done;
    }
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

    void add_rupture(int64_t case_id, const std::vector<int64_t>& session_ids, const std::vector<int>& session_ages) {
        // A realistic mix: most strains end up repaired, some are still
        // open or being worked on, a few are closed unresolved.
        const int roll = pick(0, 99);
        const rr::Status status = roll < 20   ? rr::Status::Open
                                  : roll < 40 ? rr::Status::Repairing
                                  : roll < 85 ? rr::Status::Repaired
                                              : rr::Status::NotResolved;
        rr::Resolution resolution = rr::Resolution::None;
        if (status == rr::Status::Repaired) resolution = pick(0, 2) ? rr::Resolution::Fully : rr::Resolution::Partly;
        if (status == rr::Status::NotResolved && pick(0, 1)) resolution = rr::Resolution::Partly;
        const int repair_count = status == rr::Status::Open          ? 0
                                 : status == rr::Status::NotResolved ? pick(0, 3)
                                                                     : pick(1, 3);

        // Four in five in a session (dated by it), the rest between sessions.
        const std::size_t k = static_cast<std::size_t>(pick(0, static_cast<int>(session_ids.size()) - 1));
        const bool in_session = pick(0, 4) != 0;
        const int age = in_session ? session_ages[k] : std::max(session_ages[k] - pick(0, 6), 0);
        const std::string date = rr::days_before(today_, age);
        const auto kind = pick(0, 2) ? rr::MarkerKind::Withdrawal : rr::MarkerKind::Confrontation;
        const std::string description = wb::bench::sentence_text(rng_, pick(15, 45));
        sqlite3_bind_int64(rupture_, 1, case_id);
        if (in_session) sqlite3_bind_int64(rupture_, 2, session_ids[k]);
        else sqlite3_bind_null(rupture_, 2);
        sqlite3_bind_text(rupture_, 3, date.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(rupture_, 4, pick(0, rr::kOriginCount - 1));
        sqlite3_bind_int(rupture_, 5, static_cast<int>(kind));
        sqlite3_bind_int(rupture_, 6, pick(0, (1 << rr::kMaxSubMarkers) - 1));
        sqlite3_bind_int(rupture_, 7, pick(0, 5) ? static_cast<int>(rr::Person::Parent) : pick(1, 2));
        sqlite3_bind_int(rupture_, 8, pick(rr::kMinSalience, rr::kMaxSalience));
        sqlite3_bind_int(rupture_, 9, pick(1, rr::kStrainAll));
        sqlite3_bind_text(rupture_, 10, description.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(rupture_, 11, static_cast<int>(status));
        sqlite3_bind_int(rupture_, 12, static_cast<int>(resolution));
        ok_ = run(rupture_);
        const int64_t rupture_id = sqlite3_last_insert_rowid(db_);
        ++status_counts[static_cast<std::size_t>(status)];

        // Repairs between the rupture and today, oldest first.
        int repair_age = age;
        for (int r = 0; ok_ && r < repair_count; ++r) {
            repair_age = std::max(repair_age - pick(0, 21), 0);
            const std::string repair_date = rr::days_before(today_, repair_age);
            const std::string note = pick(0, 3) ? wb::bench::sentence_text(rng_, pick(8, 25)) : "";
            sqlite3_bind_int64(repair_, 1, rupture_id);
            sqlite3_bind_text(repair_, 2, repair_date.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(repair_, 3, pick(0, 4) ? static_cast<int>(rr::Person::Helper) : pick(0, 2));
            sqlite3_bind_int(repair_, 4, pick(0, rr::kStrategyCount - 1));
            sqlite3_bind_text(repair_, 5, note.c_str(), -1, SQLITE_TRANSIENT);
            ok_ = run(repair_);
            ++repairs;
        }
    }

    std::string today_;
    std::mt19937 rng_{42};
    sqlite3* db_ = nullptr;
    sqlite3_stmt *case_ = nullptr, *session_ = nullptr, *rupture_ = nullptr, *repair_ = nullptr, *check_ = nullptr;
    bool ok_ = false;
};

// Milliseconds of each of `runs` calls of `fn`, after two untimed warm-up
// calls: wall clock (what the user waits) and this thread's CPU time (the
// same without what other processes on a busy machine add).
struct Timings {
    std::vector<double> wall, cpu;
};
template <class Fn> Timings time_runs(int runs, Fn fn) {
    fn();
    fn();
    Timings t;
    for (int i = 0; i < runs; ++i) {
        const double w0 = now_ms(), c0 = wb::bench::thread_cpu_ms();
        fn();
        t.cpu.push_back(wb::bench::thread_cpu_ms() - c0);
        t.wall.push_back(now_ms() - w0);
    }
    return t;
}

// The plugin's host handle in the running Workbench, as the plugin's own
// code gets it: the benchmark calls the plugin's model with it.
std::optional<wb::Host> plugin_host(wb::bench::PanelBench& bench) {
    wb_host* handle = bench.workbench().plugins().handle_of("rupture_repair");
    if (!handle) return std::nullopt;
    return wb::Host(wb::core::host_api(), handle);
}

constexpr const char* kNotBuilt = "(is rupture_repair.so built?)";

// The caseload across 2,000 cases x 5 ruptures.
bool bench_caseload(const fs::path& plugins_dir, int frames) {
    constexpr int kCases = 2000, kRuptures = 5;
    wb::bench::PanelStore store("caseload", plugins_dir, "SYN-RR-0001", "Synthetic family 1");
    if (!store.ok) return false;
    {
        // The connection is closed again before the Workbench opens the store.
        const double t0 = now_ms();
        Generator gen(store.file);
        bool ok = gen.fill_case(store.big, 6, kRuptures, 2);
        for (int i = 2; ok && i <= kCases; ++i) {
            char code[32];
            std::snprintf(code, sizeof code, "SYN-RR-%04d", i);
            const int64_t id = gen.add_case(code, "Synthetic family " + std::to_string(i));
            // 3 to 8 sessions, 1 to 3 of them with an alliance check.
            ok = id != 0 && gen.fill_case(id, 3 + i % 6, kRuptures, 1 + i % 3);
        }
        if (!ok || !gen.commit()) {
            std::fprintf(stderr, "bench caseload: could not write the synthetic ruptures %s\n", kNotBuilt);
            return false;
        }
        std::printf("rupture repair: generated %d cases x %d ruptures (open %d, repairing %d, repaired %d, not "
                    "resolved %d; %d repair actions, %d sessions, %d alliance checks) in %.0f ms\n",
                    kCases, kRuptures, gen.status_counts[0], gen.status_counts[1], gen.status_counts[2],
                    gen.status_counts[3], gen.repairs, gen.sessions, gen.checks, now_ms() - t0);
    }

    wb::bench::PanelBench bench(store.file, plugins_dir);
    const auto host = plugin_host(bench);
    if (!host) {
        std::fprintf(stderr, "bench caseload: the plugin is not running %s\n", kNotBuilt);
        return false;
    }
    try {
        // The query alone, as the panel calls it.
        rr::CaseloadOptions options;
        options.overdue_days = rr::read_settings(*host).overdue_days;
        std::vector<rr::CaseloadRow> rows;
        const auto load = time_runs(50, [&] { rows = rr::load_caseload(*host, options); });
        int overdue = 0;
        for (const rr::CaseloadRow& r : rows) overdue += r.overdue ? 1 : 0;
        std::printf("rupture repair caseload, load_caseload() over %d ruptures (%zu open rows, %d overdue; 50 "
                    "builds): median %.3f ms, p99 %.3f ms (thread CPU median %.3f ms, p99 %.3f ms) (budget < 20 ms)\n",
                    kCases * kRuptures, rows.size(), overdue, percentile(load.wall, 0.5), percentile(load.wall, 0.99),
                    percentile(load.cpu, 0.5), percentile(load.cpu, 0.99));
    } catch (const wb::Error& e) {
        std::fprintf(stderr, "bench caseload: %s\n", e.what());
        return false;
    }

    // The panel's own rebuild: after a change it marks itself stale and
    // the next frame reads the settings, runs the query and draws. Timed
    // from the event to the end of that frame.
    wb::core::Workbench& workbench = bench.workbench();
    workbench.select_case(store.big);
    workbench.show_panel("rupture_repair.caseload");
    for (int i = 0; i < 10; ++i) bench.frame();
    const auto rebuild = time_runs(50, [&] {
        workbench.plugins().broadcast(wb_event{sizeof(wb_event), WB_EVENT_DATA_CHANGED, 0, 0, nullptr});
        bench.frame();
    });
    std::printf("rupture repair caseload panel rebuild, data-changed event + the frame that reloads and draws it "
                "(50 rebuilds): median %.3f ms, p99 %.3f ms (thread CPU median %.3f ms, p99 %.3f ms) "
                "(budget < 20 ms)\n",
                percentile(rebuild.wall, 0.5), percentile(rebuild.wall, 0.99), percentile(rebuild.cpu, 0.5),
                percentile(rebuild.cpu, 0.99));

    // Frames with the caseload in front, the mouse over its rows (so a
    // tooltip is drawn too). The caseload looks the same on every case, so
    // the shell is measured with the per-case panel (empty) in front.
    bench.print_frame_figures("rupture repair caseload panel, 2000 cases x 5 ruptures", "rupture_repair.caseload",
                              store.big, store.small, ImVec2(1000, 500), frames, "rupture_repair.ruptures");
    return true;
}

// The "Ruptures" panel on one case of 200 ruptures over 40 sessions.
bool bench_case(const fs::path& plugins_dir, int frames) {
    wb::bench::PanelStore store("ruptures", plugins_dir, "BENCH-RUPTURES",
                                "Synthetic partnership (200 ruptures over 40 sessions)");
    if (!store.ok) return false;
    int repairs = 0, checks = 0;
    {
        Generator gen(store.file);
        if (!gen.fill_case(store.big, 40, 200, 30) || !gen.commit()) {
            std::fprintf(stderr, "bench ruptures: could not write the synthetic ruptures %s\n", kNotBuilt);
            return false;
        }
        repairs = gen.repairs;
        checks = gen.checks;
    }
    wb::bench::PanelBench bench(store.file, plugins_dir);
    const auto host = plugin_host(bench);
    if (!host) {
        std::fprintf(stderr, "bench ruptures: the plugin is not running %s\n", kNotBuilt);
        return false;
    }
    // The mouse over the timeline, so its hit tests run every frame too.
    bench.print_frame_figures("rupture repair ruptures panel, 200 ruptures over 40 sessions",
                              "rupture_repair.ruptures", store.big, store.small, ImVec2(700, 400), frames);
    try {
        const rr::RuptureModel model(*host);
        const auto load = time_runs(50, [&] { (void)model.load(store.big); });
        std::printf("rupture repair ruptures panel, RuptureModel::load() of the 200-rupture case (%d repair "
                    "actions, %d alliance checks; 50 loads): median %.3f ms, p99 %.3f ms (thread CPU median %.3f ms, "
                    "p99 %.3f ms)\n",
                    repairs, checks, percentile(load.wall, 0.5), percentile(load.wall, 0.99), percentile(load.cpu, 0.5),
                    percentile(load.cpu, 0.99));
    } catch (const wb::Error& e) {
        std::fprintf(stderr, "bench ruptures: %s\n", e.what());
        return false;
    }
    bench.print_load_figures("rupture repair ruptures panel, load the 200-rupture case", store.big, store.small, 50);
    return true;
}

} // namespace

// Prints the rupture-repair tracker's figures. `plugins_dir` holds the
// built rupture_repair.so (empty: the default search path); `frames` frames
// are timed per panel. Returns false (with a message on stderr) if it could
// not run.
bool bench_rupture(const fs::path& plugins_dir, int frames) {
    return bench_caseload(plugins_dir, frames) && bench_case(plugins_dir, frames);
}
