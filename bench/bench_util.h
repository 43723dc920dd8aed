// bench/bench_util.h - clocks, percentiles and invented text shared by the
// benchmark files, and what every panel benchmark does: a fresh store with a
// big and a small case, the real Workbench drawn headless, whole-frame CPU
// time with the panel in front against the same shell on the small case, and
// the time to load the big case.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iterator>
#include <random>
#include <string>
#include <system_error>
#include <vector>

#include <unistd.h>

#include "headless_ui.h"
#include "ui/workbench.h"

namespace wb::bench {

inline double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// CPU time of the calling thread: what a frame costs, not what the
// scheduler adds while the machine is busy.
inline double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

inline double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

// Plain, invented practice vocabulary: realistic lengths, no real content.
inline constexpr const char* kWords[] = {
    "visit", "parent", "child", "morning", "routine", "sleep", "feeding", "worry", "plan",
    "talked", "noticed", "together", "calm", "tired", "appointment", "clinic", "support",
    "family", "week", "small", "step", "tried", "again", "listened", "asked", "shared",
    "progress", "relationship", "trust", "open", "honest", "next", "time", "play", "bath",
    "bedtime", "grandmother", "partner", "nursery", "transport", "letter", "housing", "call",
    "felt", "hopeful", "unsure", "pleased", "frustrated", "agreed", "practice", "read", "story"};

// `words` invented words, a full stop every twelve: text of a realistic
// length for notes and descriptions.
inline std::string sentence_text(std::mt19937& rng, int words) {
    std::string s;
    std::uniform_int_distribution<size_t> pick(0, std::size(kWords) - 1);
    for (int i = 0; i < words; ++i) {
        if (i) s += (i % 12 == 0) ? ". " : " ";
        s += kWords[pick(rng)];
    }
    s += ".";
    return s;
}

// The workbench as a benchmark opens it: this store, the built plugins, no
// demo case.
inline wb::core::WorkbenchOptions workbench_options(const std::filesystem::path& store,
                                                    const std::filesystem::path& plugins_dir) {
    wb::core::WorkbenchOptions wo;
    wo.store_path = store;
    wo.seed_demo_if_new = false;
    if (!plugins_dir.empty()) wo.plugin_dirs = {plugins_dir};
    return wo;
}

// ---- Panel benchmarks ------------------------------------------------------------

// A fresh store for one panel benchmark in its own temp folder (removed
// again when this goes). Opened once through the Workbench so the plugins'
// migrations make their tables; `big` is an empty case for the caller to
// fill with synthetic data, `small` one to compare with. `ok` is false
// (with a message on stderr) when the store could not be made.
struct PanelStore {
    std::filesystem::path dir, file;
    int64_t big = 0, small = 0;
    bool ok = false;

    // `name` names the folder, the file and the messages ("spiral").
    PanelStore(const std::string& name, const std::filesystem::path& plugins_dir, const char* big_code,
               const char* big_title)
        : dir(std::filesystem::temp_directory_path() / ("wb-bench-" + name + "-" + std::to_string(::getpid()))),
          file(dir / (name + ".db")) {
        std::filesystem::create_directories(dir);
        wb::core::Workbench wb(workbench_options(file, plugins_dir));
        if (!wb.store()) {
            std::fprintf(stderr, "bench %s: %s\n", name.c_str(), wb.store_error().c_str());
            return;
        }
        auto b = wb.create_case(big_code, big_title);
        auto s = wb.create_case("BENCH-SMALL", "Synthetic small case");
        if (!b || !s) {
            std::fprintf(stderr, "bench %s: could not create the benchmark cases\n", name.c_str());
            return;
        }
        big = b.value();
        small = s.value();
        ok = true;
    }
    ~PanelStore() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    PanelStore(const PanelStore&) = delete;
    PanelStore& operator=(const PanelStore&) = delete;
};

// The headless ImGui context a panel benchmark draws into. The real
// renderer (OpenGL 3) draws lists past 64k vertices; say the same here, as
// big cases make such lists.
struct BenchUi : wb::test::HeadlessUi {
    BenchUi() : HeadlessUi(1600, 1000) { ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset; }
};

// The real Workbench over a store with the built plugins, drawn headless a
// whole frame at a time, and the two figures every panel benchmark prints.
class PanelBench {
public:
    PanelBench(const std::filesystem::path& store, const std::filesystem::path& plugins_dir)
        : wb_(workbench_options(store, plugins_dir)) {}

    void frame() {
        wb_.prepare_frame();
        ImGui::NewFrame();
        wb_.draw_frame();
        ImGui::Render();
    }

    // Puts `panel` in front on case `big` with the mouse at `mouse` (over
    // the panel's map, so hovering runs too) and settles for 30 frames.
    // Then times `frames` whole frames (thread CPU) and as many of the same
    // shell on case `small`, so the panel's share can be read off, and
    // prints one line starting with `title`. A panel that shows the same
    // on every case (one across all cases) would cost as much on the small
    // case: `shell_panel` then names the panel put in front there instead.
    void print_frame_figures(const char* title, const char* panel, int64_t big, int64_t small, ImVec2 mouse,
                             int frames, const char* shell_panel = nullptr) {
        wb_.select_case(big);
        wb_.show_panel(panel);
        ImGui::GetIO().MousePos = mouse;
        for (int i = 0; i < 30; ++i) frame();
        bool drawn = false;
        for (const auto& k : wb_.last_frame().panels_drawn) drawn |= (k == panel);

        const std::vector<double> with_panel = time_frames(frames);
        wb_.select_case(small);
        if (shell_panel) wb_.show_panel(shell_panel);
        for (int i = 0; i < 10; ++i) frame();
        const std::vector<double> shell_only = time_frames(frames);
        const std::string shell_with = shell_panel ? std::string(" with ") + shell_panel + " in front" : "";
        std::printf("%s%s (%d frames): whole frame CPU median %.3f ms, p99 %.3f ms; same shell on a small case%s "
                    "median %.3f ms, p99 %.3f ms; panel share ~ median %.3f ms, p99 %.3f ms (budget p99 < 1 ms)\n",
                    title, drawn ? "" : " (NOT drawn!)", frames, percentile(with_panel, 0.5),
                    percentile(with_panel, 0.99), shell_with.c_str(), percentile(shell_only, 0.5),
                    percentile(shell_only, 0.99), percentile(with_panel, 0.5) - percentile(shell_only, 0.5),
                    percentile(with_panel, 0.99) - percentile(shell_only, 0.99));
    }

    // Times `loads` switches from case `small` to case `big`, each with the
    // frame that shows it (wall clock: the panel reloads there), and prints
    // one line starting with `title` and ending with `budget`.
    void print_load_figures(const char* title, int64_t big, int64_t small, int loads, const char* budget = "") {
        std::vector<double> load;
        for (int i = 0; i < loads; ++i) {
            wb_.select_case(small);
            frame();
            const double t0 = now_ms();
            wb_.select_case(big);
            frame();
            load.push_back(now_ms() - t0);
        }
        std::printf("%s incl. its first frame (%d loads): median %.3f ms, p99 %.3f ms%s\n", title, loads,
                    percentile(load, 0.5), percentile(load, 0.99), budget);
    }

    // The Workbench itself, for figures a panel benchmark takes on its own
    // (a plugin's host handle, events).
    wb::core::Workbench& workbench() { return wb_; }

private:
    std::vector<double> time_frames(int frames) {
        std::vector<double> cpu;
        for (int i = 0; i < frames; ++i) {
            const double t0 = thread_cpu_ms();
            frame();
            cpu.push_back(thread_cpu_ms() - t0);
        }
        return cpu;
    }

    BenchUi ui_;
    wb::core::Workbench wb_;
};

} // namespace wb::bench
