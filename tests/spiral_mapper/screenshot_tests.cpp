// screenshot_tests.cpp - the spiral panel in the real window: the built
// `workbench` binary renders the demo case (about 25 steps) with the
// partnership spiral in front under xvfb-run, and the PNG it saves is
// checked for what a viewer would see: the right size, not blank, and the
// kinds' colours on the map itself (so the markers really were drawn, not
// just the side column's coloured bullets).
#include <doctest/doctest.h>

#include "temp_dir.h"

#include <stb/stb_image.h>

#include <sys/wait.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using wb::test::TempDir;

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string read_text(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Run {
    int code = -1;
    std::string out, err;
};

// Runs the workbench with `args` (already quoted) and a private config file.
Run workbench(const TempDir& dir, const std::string& args) {
    const fs::path out = dir / "stdout.txt", err = dir / "stderr.txt";
    const std::string cmd = "WB_CONFIG=" + quote((dir / "config.json").string()) + " " + quote(WB_WORKBENCH_EXE) + " " +
                            args + " >" + quote(out.string()) + " 2>" + quote(err.string());
    const int status = std::system(cmd.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_text(out);
    r.err = read_text(err);
    return r;
}

struct Image {
    int w = 0, h = 0;
    std::vector<unsigned char> rgb;
    unsigned char* at(int x, int y) { return rgb.data() + (static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)) * 3; }
};

Image load_png(const fs::path& file) {
    Image img;
    int channels = 0;
    unsigned char* px = stbi_load(file.c_str(), &img.w, &img.h, &channels, 3);
    if (!px) return Image{};
    img.rgb.assign(px, px + static_cast<size_t>(img.w) * static_cast<size_t>(img.h) * 3);
    stbi_image_free(px);
    return img;
}

// The five kinds' colours on the light theme (the host's colour-blind-safe
// set, in the order the plugin gives them to the kinds).
constexpr std::array<uint32_t, 5> kKindColours = {0xE69F00, 0x56B4E9, 0x009E73, 0x0072B2, 0xD55E00};

bool near_colour(const unsigned char* p, uint32_t rgb, int tolerance) {
    return std::abs(p[0] - static_cast<int>((rgb >> 16) & 0xFF)) <= tolerance &&
           std::abs(p[1] - static_cast<int>((rgb >> 8) & 0xFF)) <= tolerance &&
           std::abs(p[2] - static_cast<int>(rgb & 0xFF)) <= tolerance;
}

} // namespace

TEST_CASE("--screenshot renders the demo family's spiral with its markers in the kinds' colours") {
    TempDir dir;
    const fs::path shot = dir / "spiral.png";
    const Run r = workbench(dir, "--store " + quote((dir / "cases.db").string()) + " --plugins-dir " +
                                     quote(WB_PLUGIN_DIR) + " --screenshot " + quote(shot.string()) +
                                     " --size 1600x1000 --case DEMO-01 --panel spiral_mapper.map");
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("rendered panel: spiral_mapper.map") != std::string::npos);

    Image img = load_png(shot);
    REQUIRE(img.w == 1600);
    REQUIRE(img.h == 1000);

    // Not blank: many colours (anti-aliased text and curves) and contrast.
    std::set<uint32_t> colours;
    double sum = 0, sum2 = 0;
    for (int y = 0; y < img.h; ++y)
        for (int x = 0; x < img.w; ++x) {
            const unsigned char* p = img.at(x, y);
            colours.insert((uint32_t(p[0]) << 16) | (uint32_t(p[1]) << 8) | p[2]);
            const double l = 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
            sum += l;
            sum2 += l * l;
        }
    const double n = static_cast<double>(img.w) * img.h, mean = sum / n;
    CHECK(colours.size() > 200);
    CHECK(std::sqrt(std::max(0.0, sum2 / n - mean * mean)) > 10.0);
    CHECK(mean > 150.0); // the light theme by default

    // The map: right of the sidebar, left of the panel's side column (whose
    // summary has a bullet in each kind's colour), above the legend strip
    // (whose swatches have them too). Count the markers' solid fill there.
    const int x0 = img.w * 30 / 100, x1 = img.w * 70 / 100, y0 = img.h * 12 / 100, y1 = img.h * 80 / 100;
    std::array<int, kKindColours.size()> hits{};
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            for (std::size_t k = 0; k < kKindColours.size(); ++k)
                if (near_colour(img.at(x, y), kKindColours[k], 6)) ++hits[k];
    int kinds_seen = 0;
    for (std::size_t k = 0; k < hits.size(); ++k) {
        INFO("kind " << k << ": " << hits[k] << " pixels");
        CHECK(hits[k] >= 40); // at least a marker's worth of each kind
        kinds_seen += hits[k] >= 40 ? 1 : 0;
    }
    CHECK(kinds_seen == 5);

    // Keep a copy to look at when WB_KEEP_SCREENSHOTS names a folder.
    if (const char* keep = std::getenv("WB_KEEP_SCREENSHOTS"); keep && *keep) {
        std::error_code ec;
        fs::create_directories(keep, ec);
        fs::copy_file(shot, fs::path(keep) / "spiral_demo.png", fs::copy_options::overwrite_existing, ec);
    }
}
