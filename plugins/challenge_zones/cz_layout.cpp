// cz_layout.cpp - the planner's layout rules (see cz_layout.h): axis
// labels that never collide, the band label column, the legend's rows, the
// map's smallest readable size and the side-by-side or stacked panel.
#include "cz_layout.h"

#include <algorithm>
#include <cstring>

namespace challenge_zones {
namespace {

// Used only when the caller did not measure a text: a rough width per
// character for the sans fonts the workbench draws with.
constexpr float kEstimatedCharEm = 0.6f;

// Room for this many font sizes of time axis keeps several month names.
constexpr float kMinTimeAxisEm = 16.0f;

float marker_radius_for(const SceneInputs& in) { return std::clamp(in.font * 0.55f, 6.0f, 14.0f * in.scale); }

// The legend's rows are this far apart; its strip keeps this much under
// the last row (see build_scene's legend_top).
float legend_row_step(const SceneInputs& in) { return in.font * 1.5f; }

} // namespace

float band_weight(Zone z) { return z == Zone::Optimal ? 1.6f : 1.0f; }

// ---- Text ------------------------------------------------------------------------

const char* month_name(unsigned m) {
    static const char* const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return m >= 1 && m <= 12 ? names[m - 1] : "";
}

const char* band_label_line(Zone z, int line) {
    if (z == Zone::Optimal) {
        if (line == 0) return "Optimal challenge";
        if (line == 1) return "(the target)";
        return "";
    }
    return line == 0 ? zone_label(z) : "";
}

int band_label_line_count(Zone z) {
    int n = 0;
    while (n < kBandLabelLines && *band_label_line(z, n)) ++n;
    return n;
}

// ---- The time axis -------------------------------------------------------------------

void keep_axis_labels(std::span<const AxisLabel> labels, float gap, float limit, std::vector<char>& keep) {
    keep.assign(labels.size(), 0);
    bool any = false;
    float last_right = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const AxisLabel& l = labels[i];
        if (any && l.left < last_right + gap) continue; // would touch the one before
        if (l.left + l.width > limit) continue;         // would run into "Now"
        keep[i] = 1;
        any = true;
        last_right = l.left + l.width;
    }
}

float month_label_width(const SceneInputs& in, unsigned month) {
    const float measured = month >= 1 && month <= 12 ? in.month_text_w[month - 1] : 0.0f;
    return measured > 0 ? measured : in.font * kEstimatedCharEm * static_cast<float>(std::strlen(month_name(month)));
}

// ---- Columns ---------------------------------------------------------------------------

float band_label_column(const SceneInputs& in) {
    float widest = in.band_label_w;
    if (widest <= 0) {
        for (Zone z : kBandOrder)
            for (int line = 0; line < band_label_line_count(z); ++line)
                widest = std::max(widest, in.font * kBandLabelFont * kEstimatedCharEm *
                                              static_cast<float>(std::strlen(band_label_line(z, line))));
    }
    // The label's inset, the label, then a marker's width of air before the
    // first trajectory point can sit.
    return 10 * in.scale + widest + marker_radius_for(in) + 6 * in.scale;
}

// ---- Legend ------------------------------------------------------------------------------

LegendFlow flow_legend(const SceneInputs& in, int extra_lines) {
    LegendFlow f;
    const float swatch = in.font * 0.45f, item_gap = 16 * in.scale;
    // Entries are drawn 8 px in (paint_zone_map); one that would pass the
    // region's right edge starts a new row.
    float lx = 0, ly = 0;
    for (std::size_t k = 0; k < kLegendEntries; ++k) {
        const float w = swatch * 2 + 6 * in.scale + in.legend_text_w[k];
        if (lx > 0 && 8 * in.scale + lx + w > in.width) {
            lx = 0;
            ly += legend_row_step(in);
            ++f.rows;
        }
        f.at[k] = Pt{lx, ly};
        lx += w + item_gap;
    }
    f.height = ly + in.font * 1.8f + static_cast<float>(std::max(extra_lines, 0)) * legend_row_step(in);
    return f;
}

// ---- Smallest readable size -------------------------------------------------------------

float band_min_height(const SceneInputs& in, Zone z) {
    // The label's lines (drawn 5 px below the band's top, 3 px clear of its
    // bottom), and never less than one marker with a little air.
    const float label_font = in.font * kBandLabelFont;
    const float lines = static_cast<float>(band_label_line_count(z));
    const float label = 8 * in.scale + label_font + (lines - 1) * label_font * 1.2f;
    return std::max(label, 2 * marker_radius_for(in) + 8 * in.scale);
}

std::array<float, kZoneCount> band_heights(const SceneInputs& in, float plot_h) {
    std::array<float, kZoneCount> h{};
    float need = 0, total_weight = 0;
    for (Zone z : kBandOrder) {
        need += band_min_height(in, z);
        total_weight += band_weight(z);
    }
    const float extra = plot_h - need;
    for (Zone z : kBandOrder) {
        const std::size_t zi = static_cast<std::size_t>(z);
        // Each band its minimum, then what is left by weight; a plot too
        // short for the minimums shrinks them all alike.
        h[zi] = extra >= 0 ? band_min_height(in, z) + extra * band_weight(z) / total_weight
                           : band_min_height(in, z) * plot_h / std::max(need, 1.0f);
    }
    return h;
}

float map_min_height(const SceneInputs& in, int extra_legend_lines) {
    const float axis_h = in.font * 1.6f;
    float bands = 0;
    for (Zone z : kBandOrder) bands += band_min_height(in, z);
    return axis_h + bands + 4 * in.scale + flow_legend(in, extra_legend_lines).height;
}

float map_min_width(const SceneInputs& in) {
    // build_scene: the "now" column is max(110 px, 16% of the width), and
    // 20 px go to margins; what is left after the label column is time.
    const float k = band_label_column(in) + 20 * in.scale + kMinTimeAxisEm * in.font;
    return std::max(k + 110 * in.scale, k / 0.84f);
}

// ---- The panel ----------------------------------------------------------------------------

PlannerLayout planner_layout(const PlannerLayoutInputs& in) {
    const float scale = in.scene.scale;
    PlannerLayout out;

    // Side by side: the table takes 60% (within bounds, and never less
    // than it needs), the map the rest.
    float side_w = std::clamp(in.avail_w * 0.60f, std::min(420.0f * scale, in.avail_w * 0.5f), 820.0f * scale);
    side_w = std::max(side_w, in.table_min_w);
    SceneInputs beside = in.scene;
    beside.width = in.avail_w - side_w - in.gap_x;
    if (beside.width >= map_min_width(beside)) {
        out.map_w = beside.width;
        out.map_h = std::max(in.avail_h, map_min_height(beside, in.legend_extra_lines));
        out.side_w = side_w;
        out.side_h = out.map_h;
        return out;
    }

    // Stacked: the map across the whole width, the table (or form) under it.
    out.stacked = true;
    SceneInputs across = in.scene;
    across.width = in.avail_w;
    out.map_w = in.avail_w;
    const float wanted = in.presenting ? in.avail_h : in.avail_h - in.gap_y - in.table_peek_h;
    out.map_h = std::max(map_min_height(across, in.legend_extra_lines), wanted);
    out.side_w = in.avail_w;
    const float visible = std::max(in.avail_h, in.table_peek_h);
    out.side_h = in.form_open ? visible : std::clamp(in.table_full_h, in.table_peek_h, visible);
    return out;
}

} // namespace challenge_zones
