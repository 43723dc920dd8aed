// bench/bench_util.h - clocks and percentiles shared by the benchmark files.
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <vector>

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

} // namespace wb::bench
