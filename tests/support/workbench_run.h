// tests/support/workbench_run.h - run the built `workbench` binary as a user
// would and read back the PNG it saved, for end-to-end tests.
//
// The test target defines WB_WORKBENCH_EXE (the binary's path). Every run
// gets a private preferences file in the test's temp folder (WB_CONFIG), so
// tests never read or write the user's own.
#pragma once

#include "temp_dir.h"

#include <stb/stb_image.h>

#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace wb::test {

// Single-quoted for /bin/sh.
inline std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Run {
    int code = -1;
    std::string out, err;
};

// Runs the workbench with `args` (already quoted); `env_prefix` is put in
// front of the command (e.g. "env -u DISPLAY").
inline Run run_workbench(const TempDir& dir, const std::string& args, const std::string& env_prefix = "") {
    const std::filesystem::path out = dir / "stdout.txt", err = dir / "stderr.txt";
    const std::string cmd = env_prefix + " WB_CONFIG=" + quote((dir / "config.json").string()) + " " +
                            quote(WB_WORKBENCH_EXE) + " " + args + " >" + quote(out.string()) + " 2>" +
                            quote(err.string());
    const int status = std::system(cmd.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
}

// An RGB image as read from a PNG (empty when it could not be read).
struct Image {
    int w = 0, h = 0;
    std::vector<unsigned char> rgb;

    const unsigned char* at(int x, int y) const {
        return rgb.data() + (static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)) * 3;
    }
    // How many different colours, and the mean and spread of luminance:
    // a rendered UI has many colours (anti-aliased text) and contrast.
    struct Stats {
        size_t distinct = 0;
        double mean = 0, stddev = 0;
    };
    Stats stats() const {
        Stats s;
        std::set<uint32_t> colours;
        double sum = 0, sum2 = 0;
        const size_t n = static_cast<size_t>(w) * static_cast<size_t>(h);
        for (size_t i = 0; i < n; ++i) {
            const unsigned char* p = rgb.data() + i * 3;
            colours.insert((uint32_t(p[0]) << 16) | (uint32_t(p[1]) << 8) | p[2]);
            const double l = 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
            sum += l;
            sum2 += l * l;
        }
        if (n == 0) return s;
        s.distinct = colours.size();
        s.mean = sum / static_cast<double>(n);
        s.stddev = std::sqrt(std::max(0.0, sum2 / static_cast<double>(n) - s.mean * s.mean));
        return s;
    }
};

inline Image load_png(const std::filesystem::path& file) {
    Image img;
    int channels = 0;
    unsigned char* px = stbi_load(file.c_str(), &img.w, &img.h, &channels, 3);
    if (!px) return Image{};
    img.rgb.assign(px, px + static_cast<size_t>(img.w) * static_cast<size_t>(img.h) * 3);
    stbi_image_free(px);
    return img;
}

// True when pixel `p` (RGB) is within `tolerance` of 0xRRGGBB in every
// channel: screenshots are anti-aliased, so colours are matched loosely.
inline bool near_colour(const unsigned char* p, uint32_t rgb, int tolerance) {
    return std::abs(p[0] - static_cast<int>((rgb >> 16) & 0xFF)) <= tolerance &&
           std::abs(p[1] - static_cast<int>((rgb >> 8) & 0xFF)) <= tolerance &&
           std::abs(p[2] - static_cast<int>(rgb & 0xFF)) <= tolerance;
}

// Renders the demo case with `panel` in front in the real window (under the
// test's xvfb-run) into `shot`, on a fresh store in `dir`.
inline Run screenshot_demo_panel(const TempDir& dir, const std::filesystem::path& shot, const std::string& panel) {
    return run_workbench(dir, "--store " + quote((dir / "cases.db").string()) + " --plugins-dir " +
                                  quote(WB_PLUGIN_DIR) + " --screenshot " + quote(shot.string()) +
                                  " --size 1600x1000 --case DEMO-01 --panel " + panel);
}

// Copies `shot` as `name` into the folder WB_KEEP_SCREENSHOTS names, if
// set, so a person can look at what a test saw.
inline void keep_screenshot(const std::filesystem::path& shot, const char* name) {
    const char* keep = std::getenv("WB_KEEP_SCREENSHOTS");
    if (!keep || !*keep) return;
    std::error_code ec;
    std::filesystem::create_directories(keep, ec);
    std::filesystem::copy_file(shot, std::filesystem::path(keep) / name,
                               std::filesystem::copy_options::overwrite_existing, ec);
}

} // namespace wb::test
