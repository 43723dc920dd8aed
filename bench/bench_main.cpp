// bench/bench_main.cpp - the workbench benchmark (not a test).
//
// Builds (once) a large synthetic store and prints the figures the
// foundation issue budgets:
//   - start-up to first rendered frame, the workbench vs a bare GLFW+ImGui
//     window measured in the same run, and their ratio;
//   - CPU time per frame (median, p99) with the session notes panel on a
//     40-session case, measured headless: the UI the host builds each frame,
//     without the GPU driver's time;
//   - case-switch latency (select a case and draw the next frame);
//   - single-edit commit latency (p50, p99) on the on-disk store;
//   - peak resident memory of this process and of the started workbench;
//   - the spiral mapper panel on a 1,000-step case (bench_spiral.cpp);
//   - the challenge-zone planner on 300 x 20 placements (bench_challenge.cpp);
//   - the rupture-repair tracker: its caseload over 2,000 cases x 5 ruptures
//     and its per-case panel on a 200-rupture case (bench_rupture.cpp);
//   - the worksheets plugin: a ~10-page PDF export and its two panels
//     with a 60-field template (bench_worksheets.cpp);
//   - the activity flow diagram on a 90-minute, 1,000-switch recording and
//     live key-to-screen (bench_activity.cpp);
//   - the learning map on 30 sessions x 40 notes (bench_learning.cpp).
// Every figure is printed; none is asserted. bench/run drives it.
#include "bench_util.h"
#include "headless_ui.h"
#include "store/store.h"
#include "ui/workbench.h"

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using wb::core::Store;

// bench_spiral.cpp: the spiral mapper panel on a 1,000-step case.
bool bench_spiral(const std::filesystem::path& plugins_dir, int frames);
// bench_challenge.cpp: the challenge-zone planner on 300 challenges x 20 placements.
bool bench_challenge(const std::filesystem::path& plugins_dir, int frames);
// bench_rupture.cpp: the rupture-repair caseload (2,000 cases x 5 ruptures) and per-case panel.
bool bench_rupture(const std::filesystem::path& plugins_dir, int frames);
// bench_worksheets.cpp: a 60-field worksheet's PDF export, filling panel and template editor.
bool bench_worksheets(const std::filesystem::path& plugins_dir, int frames);
// bench_activity.cpp: a 90-minute, 1,000-switch activity recording: diagram frame and key-to-screen.
bool bench_activity(const std::filesystem::path& plugins_dir, int frames);
// bench_learning.cpp: the learning map on 30 sessions x 40 evidence notes.
bool bench_learning(const std::filesystem::path& plugins_dir, int frames);

using wb::bench::now_ms;
using wb::bench::percentile;
using wb::bench::sentence_text;
using wb::bench::thread_cpu_ms;

namespace {

struct Options {
    fs::path store = "bench-store.db";
    fs::path plugins_dir;
    fs::path workbench_bin;
    fs::path bare_bin;
    int cases = 500;
    int sessions = 40;
    int frames = 1000;
    int runs = 5;
    std::string only; // run one group of figures ("worksheets"), "" = all
};




// ---- Synthetic store ------------------------------------------------------

bool exec(sqlite3* db, const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "bench: %s\n", err ? err : "sqlite error");
        sqlite3_free(err);
        return false;
    }
    return true;
}

bool generate(const Options& o) {
    std::printf("Generating %d cases x %d sessions with session notes into %s ...\n", o.cases,
                o.sessions, o.store.c_str());
    double t0 = now_ms();
    {
        // Let the workbench create the store and run every plugin's
        // migrations, exactly as a user's first start would.
        wb::core::Workbench bench(wb::bench::workbench_options(o.store, o.plugins_dir));
        if (!bench.store()) {
            std::fprintf(stderr, "bench: %s\n", bench.store_error().c_str());
            return false;
        }
    }
    auto opened = Store::open(o.store, wb::core::OpenMode::MustExist);
    if (!opened) {
        std::fprintf(stderr, "bench: %s\n", opened.message().c_str());
        return false;
    }
    sqlite3* db = opened.value()->db();
    std::mt19937 rng(42);
    if (!exec(db, "BEGIN")) return false;
    sqlite3_stmt *c = nullptr, *s = nullptr, *n = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO cases(code,label,archived,demo,created_at) VALUES(?,?,0,0,'2026-01-05')", -1, &c, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO sessions(case_id,date,supervisee,notes) VALUES(?,?,?,?)", -1, &s, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO session_notes__notes(session_id,happened,felt,noticed,next_step,updated_at) VALUES(?,?,?,?,?,'2026-06-01T10:00:00')", -1, &n, nullptr);
    if (!c || !s) return false;
    for (int ci = 0; ci < o.cases; ++ci) {
        char code[32], label[64];
        std::snprintf(code, sizeof code, "SYN-%04d", ci + 1);
        std::snprintf(label, sizeof label, "Synthetic family %d", ci + 1);
        sqlite3_bind_text(c, 1, code, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(c, 2, label, -1, SQLITE_TRANSIENT);
        sqlite3_step(c);
        sqlite3_reset(c);
        int64_t case_id = sqlite3_last_insert_rowid(db);
        for (int si = 0; si < o.sessions; ++si) {
            char date[16];
            std::snprintf(date, sizeof date, "2025-%02d-%02d", 1 + si % 12, 1 + (si * 7) % 28);
            std::string notes = sentence_text(rng, 60);
            sqlite3_bind_int64(s, 1, case_id);
            sqlite3_bind_text(s, 2, date, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(s, 3, si % 2 ? "Practitioner A" : "Practitioner B", -1, SQLITE_STATIC);
            sqlite3_bind_text(s, 4, notes.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_step(s);
            sqlite3_reset(s);
            if (n) {
                sqlite3_bind_int64(n, 1, sqlite3_last_insert_rowid(db));
                for (int f = 2; f <= 5; ++f) {
                    std::string text = sentence_text(rng, 50 + f * 10);
                    sqlite3_bind_text(n, f, text.c_str(), -1, SQLITE_TRANSIENT);
                }
                sqlite3_step(n);
                sqlite3_reset(n);
            }
        }
    }
    sqlite3_finalize(c);
    sqlite3_finalize(s);
    sqlite3_finalize(n);
    if (!exec(db, "COMMIT")) return false;
    std::printf("  generated in %.0f ms (%.1f MB)\n", now_ms() - t0,
                fs::file_size(o.store) / 1048576.0);
    return true;
}

// ---- Start-up -------------------------------------------------------------

// Time from fork to the child's first presented frame (it prints its
// CLOCK_MONOTONIC then), or -1 on failure. Measured to the frame rather
// than to exit, so shutdown work does not count as start-up.
double time_to_first_frame(const std::vector<std::string>& argv) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    timespec t0{};
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid == 0) {
        setenv("WB_EXIT_AFTER_FIRST_FRAME", "1", 1);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        dup2(fds[1], 1);
        close(fds[0]);
        execv(args[0], args.data());
        _exit(127);
    }
    close(fds[1]);
    std::string out;
    char buf[512];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    const auto at = out.find("first-frame-monotonic-ns: ");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || at == std::string::npos) return -1;
    const long long frame_ns = std::atoll(out.c_str() + at + 26);
    return (frame_ns - (t0.tv_sec * 1000000000LL + t0.tv_nsec)) / 1e6;
}

void bench_startup(const Options& o) {
    if (o.workbench_bin.empty() || o.bare_bin.empty()) return;
    std::vector<double> bare, full;
    fs::path cfg = fs::temp_directory_path() / "wb-bench-config.json";
    setenv("WB_CONFIG", cfg.c_str(), 1);
    for (int r = 0; r < o.runs; ++r) {
        bare.push_back(time_to_first_frame({o.bare_bin.string()}));
        full.push_back(time_to_first_frame({o.workbench_bin.string(), "--store", o.store.string(),
                                            "--plugins-dir", o.plugins_dir.string()}));
    }
    if (std::count(bare.begin(), bare.end(), -1.0) || std::count(full.begin(), full.end(), -1.0)) {
        std::printf("start-up: could not start a window (no display?); run under xvfb-run\n");
        return;
    }
    double b = percentile(bare, 0.5), f = percentile(full, 0.5);
    std::printf("start-up to first frame (median of %d): workbench %.1f ms, bare window %.1f ms, "
                "ratio %.2f (budget <= 1.5)\n",
                o.runs, f, b, f / b);
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);
    std::printf("peak RSS of a started workbench (largest child): %.1f MB\n", ru.ru_maxrss / 1024.0);
}

// ---- In-process: frames, case switch, commits ------------------------------

void bench_in_process(const Options& o) {
    wb::test::HeadlessUi ui(1600, 1000);
    wb::core::Workbench bench(wb::bench::workbench_options(o.store, o.plugins_dir));
    if (!bench.store()) {
        std::fprintf(stderr, "bench: %s\n", bench.store_error().c_str());
        return;
    }
    auto frame = [&] {
        bench.prepare_frame();
        ImGui::NewFrame();
        bench.draw_frame();
        ImGui::Render();
    };

    // Frame CPU time on a 40-session case with the notes panel in front.
    auto cases = bench.store()->cases(false);
    if (cases.empty()) return;
    bench.select_case(cases[cases.size() / 2].id);
    bench.show_panel("session_notes.notes");
    for (int i = 0; i < 30; ++i) frame();
    bool notes_drawn = false;
    for (const auto& k : bench.last_frame().panels_drawn) notes_drawn |= (k == "session_notes.notes");
    std::vector<double> cpu;
    for (int i = 0; i < o.frames; ++i) {
        double t0 = thread_cpu_ms();
        frame();
        cpu.push_back(thread_cpu_ms() - t0);
    }
    std::printf("frame CPU time, notes panel%s on a %zu-session case (%d frames): median %.3f ms, "
                "p99 %.3f ms (budget p99 < 2 ms)\n",
                notes_drawn ? "" : " (NOT drawn!)", bench.store()->sessions(bench.context().current_case).size(),
                o.frames, percentile(cpu, 0.5), percentile(cpu, 0.99));

    // Case switch: select another case and draw the frame that shows it.
    std::mt19937 rng(7);
    std::uniform_int_distribution<size_t> pick(0, cases.size() - 1);
    std::vector<double> sw;
    for (int i = 0; i < 200; ++i) {
        int64_t id = cases[pick(rng)].id;
        double t0 = now_ms();
        bench.select_case(id);
        frame();
        sw.push_back(now_ms() - t0);
    }
    std::printf("case switch incl. next frame (200 switches): median %.3f ms, p99 %.3f ms "
                "(budget < 5 ms)\n",
                percentile(sw, 0.5), percentile(sw, 0.99));

    // Single-edit commit latency on the on-disk store (WAL, synchronous=FULL).
    auto sessions = bench.store()->sessions(bench.context().current_case);
    std::vector<double> commit;
    for (int i = 0; i < 300 && !sessions.empty(); ++i) {
        auto s = sessions[i % sessions.size()];
        s.notes = "Benchmark edit " + std::to_string(i);
        double t0 = now_ms();
        wb::core::Status st = bench.update_session(s);
        commit.push_back(now_ms() - t0);
        if (!st) {
            std::fprintf(stderr, "bench: edit failed: %s\n", st.message().c_str());
            break;
        }
    }
    std::printf("single-edit commit (300 edits): p50 %.3f ms, p99 %.3f ms (budget p99 < 5 ms)\n",
                percentile(commit, 0.5), percentile(commit, 0.99));
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("peak RSS of the benchmark process (store + plugins + UI): %.1f MB\n",
                ru.ru_maxrss / 1024.0);
}

int usage() {
    std::fprintf(stderr,
                 "usage: wb_bench --store PATH --plugins-dir DIR [--workbench BIN --bare BIN]\n"
                 "                [--cases N] [--sessions N] [--frames N] [--runs N]\n"
                 "                [--only startup|notes|spiral|challenge|rupture|worksheets|activity|learning]\n");
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (a == "--store" && (v = next())) o.store = v;
        else if (a == "--plugins-dir" && (v = next())) o.plugins_dir = v;
        else if (a == "--workbench" && (v = next())) o.workbench_bin = v;
        else if (a == "--bare" && (v = next())) o.bare_bin = v;
        else if (a == "--cases" && (v = next())) o.cases = std::atoi(v);
        else if (a == "--sessions" && (v = next())) o.sessions = std::atoi(v);
        else if (a == "--frames" && (v = next())) o.frames = std::atoi(v);
        else if (a == "--runs" && (v = next())) o.runs = std::atoi(v);
        else if (a == "--only" && (v = next())) o.only = v;
        else return usage();
    }
    setenv("WB_CONFIG", (fs::temp_directory_path() / "wb-bench-config.json").c_str(), 1);
    auto run = [&](const char* group) { return o.only.empty() || o.only == group; };
    // The synthetic store serves start-up and the notes figures only.
    if ((run("startup") || run("notes")) && !fs::exists(o.store) && !generate(o)) return 1;
    if (run("startup")) bench_startup(o);
    if (run("notes")) bench_in_process(o);
    if (run("spiral") && !bench_spiral(o.plugins_dir, o.frames)) return 1;
    if (run("challenge") && !bench_challenge(o.plugins_dir, o.frames)) return 1;
    if (run("rupture") && !bench_rupture(o.plugins_dir, o.frames)) return 1;
    if (run("worksheets") && !bench_worksheets(o.plugins_dir, o.frames)) return 1;
    if (run("activity") && !bench_activity(o.plugins_dir, o.frames)) return 1;
    if (run("learning") && !bench_learning(o.plugins_dir, o.frames)) return 1;
    return 0;
}
