// af_diagram.cpp - the sequence diagram's layout (see af_diagram.h).
#include "af_diagram.h"

#include <algorithm>
#include <cmath>

namespace activity_flow {

void build_diagram(DiagramScene& s, const DiagramInputs& in, std::span<const Stretch> stretches) {
    s.inputs = in;
    s.built = true;
    s.runs = runs_of(stretches, in.shown_ms);
    squares_of(s.runs, in.shown_ms, in.slice_ms, s.squares);

    const float scale = std::max(in.scale, 0.25f);
    s.gap = std::max(1.0f, std::round(2.0f * scale));
    s.label_w = in.font * 3.2f;
    const float avail_w = std::max(in.width - s.label_w, 20.0f);
    // Room for the key under the grid: it wraps into more rows in a narrow
    // region (its four entries take about 66 font sizes in one row).
    const int key_rows = std::clamp(static_cast<int>(std::ceil(66.0f * in.font / avail_w)), 1, 4);
    const float key_h = in.font * (0.8f + 1.75f * static_cast<float>(key_rows));
    const float avail_h = std::max(in.height - key_h, 20.0f);
    const int n = static_cast<int>(s.squares.size());
    const int64_t slice = std::max<int64_t>(in.slice_ms, 1);
    const int n_layout = std::max(n, square_count(std::max(in.layout_ms, in.shown_ms), slice));
    // Rows of ten minutes read like a clock; with long slices at least five
    // squares a row, with short ones no more than sixty.
    s.cols = static_cast<int>(std::clamp<int64_t>(600000 / slice, 5, 60));
    const float max_cell = 56.0f * scale;
    auto cell_for = [&](int cols) {
        const int rows = std::max(1, (std::max(n_layout, 1) + cols - 1) / cols);
        const float by_w = avail_w / static_cast<float>(cols) - s.gap;
        const float by_h = avail_h / static_cast<float>(rows) - s.gap;
        return std::min({by_w, by_h, max_cell});
    };
    s.cell = cell_for(s.cols);
    // Rows of five minutes when that makes the squares clearly larger (a
    // short recording in a tall region, a projector).
    const int half = static_cast<int>(std::clamp<int64_t>(300000 / slice, 5, 60));
    if (half < s.cols && cell_for(half) > s.cell * 1.3f) {
        s.cols = half;
        s.cell = cell_for(half);
    }
    // Too small even so (a long recording in a small region): the row
    // length that gives the largest squares; the labels still say where
    // each row starts.
    if (s.cell < 10.0f * scale) {
        for (int cols = 1; cols <= std::min(std::max(n_layout, 1), 240); ++cols) {
            const float c = cell_for(cols);
            if (c > s.cell) {
                s.cell = c;
                s.cols = cols;
            }
        }
    }
    s.cell = std::max(std::floor(s.cell), 3.0f);
    s.rows = (n + s.cols - 1) / s.cols;
    s.row_ms = slice * s.cols;
    s.x0 = s.label_w;
    s.y0 = 0;
    s.letters = s.cell >= in.font * 1.05f;
    // The key sits under the whole layout, so it stays put while a story grows.
    const int layout_rows = std::max(1, (std::max(n_layout, 1) + s.cols - 1) / s.cols);
    s.grid_bottom = s.y0 + static_cast<float>(layout_rows) * (s.cell + s.gap);
    s.key_y = s.grid_bottom + in.font * 0.6f;
}

int square_at(const DiagramScene& s, float x, float y) {
    if (!s.built || s.cell <= 0 || x < s.x0 || y < s.y0) return -1;
    const int col = static_cast<int>((x - s.x0) / (s.cell + s.gap));
    const int row = static_cast<int>((y - s.y0) / (s.cell + s.gap));
    if (col >= s.cols) return -1;
    // In the gap between squares: nothing.
    if (x - square_x(s, col) > s.cell || y - (s.y0 + static_cast<float>(row) * (s.cell + s.gap)) > s.cell) return -1;
    const int i = row * s.cols + col;
    return i < static_cast<int>(s.squares.size()) ? i : -1;
}

float Strip::x_of(int64_t ms) const {
    const double t = static_cast<double>(ms) / static_cast<double>(std::max<int64_t>(duration_ms, 1));
    return x0 + static_cast<float>(std::clamp(t, 0.0, 1.0)) * (x1 - x0);
}

int64_t Strip::ms_at(float x) const {
    const float w = std::max(x1 - x0, 1.0f);
    const double t = std::clamp(static_cast<double>((x - x0) / w), 0.0, 1.0);
    return static_cast<int64_t>(std::llround(t * static_cast<double>(duration_ms)));
}

} // namespace activity_flow
