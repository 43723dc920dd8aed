// cz_layout.h - the planner's layout rules: which month names the zone
// map's time axis keeps, what the band labels say and how wide their
// column is, how the legend flows into rows and how tall it is, the map's
// smallest readable size, and whether the panel puts the plan table beside
// the map or under it.
//
// Why these are rules of their own: presentation mode draws everything
// twice as large, so a panel 1840 px wide holds only as much text as a
// 920 px one. Squeezed beside the table there, the map ran its month names
// together, its band labels under the trajectories and its legend off the
// bottom. Everything here is worked out from the region's pixels, the font
// size and measured text widths, so the same rules hold at any scale.
//
// Plain C++ (no ImGui): tested in tests/challenge_zones/layout_tests.cpp;
// build_scene() (cz_scene.cpp) and the panel (cz_view.cpp) both use them.
#pragma once

#include "cz_scene.h"

#include <array>
#include <span>
#include <vector>

namespace challenge_zones {

// ---- Text the geometry has to measure --------------------------------------

const char* month_name(unsigned month); // "Jan" for 1 ... "Dec" for 12; "" otherwise

// A band's label, line by line (the optimal zone's takes two lines so its
// column stays narrow); "" past the last line.
inline constexpr int kBandLabelLines = 2;
const char* band_label_line(Zone zone, int line);
int band_label_line_count(Zone zone);
// A band's share of the map's height (the optimal zone, the target, gets most).
float band_weight(Zone zone);
// Band labels are drawn this much larger than the map's font.
inline constexpr float kBandLabelFont = 1.1f;

// ---- The time axis -----------------------------------------------------------

struct AxisLabel {
    float left = 0, width = 0;
};

// Which labels to draw, left to right: a label is kept when it starts at
// least `gap` after the last kept label ends and ends by `limit` (where
// the "Now" label starts). So no two kept labels overlap, and the first
// label that fits is always kept. Writes one flag per label into `keep`.
void keep_axis_labels(std::span<const AxisLabel> labels, float gap, float limit, std::vector<char>& keep);

// Width of month `m`'s name: measured when the caller measured it, an
// estimate from the font otherwise.
float month_label_width(const SceneInputs& in, unsigned month);

// ---- Columns -----------------------------------------------------------------

// The band labels' column at the map's left: the time axis starts after it,
// so no trajectory point is ever drawn over a label, however short the
// bands are.
float band_label_column(const SceneInputs& in);

// ---- Legend ------------------------------------------------------------------

struct LegendFlow {
    std::array<Pt, kLegendEntries> at{}; // each entry's top-left within the legend strip
    int rows = 1;
    float height = 0; // the strip's height, every row and a margin under the last
};

// The legend's entries flowed left to right, wrapping to a new row when the
// next one would pass the region's width; `extra_lines` adds rows of text
// under them (the dense map's note).
LegendFlow flow_legend(const SceneInputs& in, int extra_lines);

// ---- Bands ---------------------------------------------------------------------------

// The least height band `zone` needs: its label's lines, or one marker.
float band_min_height(const SceneInputs& in, Zone zone);
// The bands' heights for a plot `plot_h` tall: each its minimum, and what
// is left shared by band_weight(), so the target gets most of the room.
std::array<float, kZoneCount> band_heights(const SceneInputs& in, float plot_h);

// ---- The map's smallest readable size --------------------------------------------

// Tall enough for the month row, the four bands at band_min_height(), and
// the whole legend at `in.width` (so the legend is never cut).
float map_min_height(const SceneInputs& in, int extra_legend_lines = 0);
// Wide enough for the band labels, the "now" column and a time axis with
// room for several month names.
float map_min_width(const SceneInputs& in);

// ---- The panel: map and table side by side, or stacked ---------------------------

struct PlannerLayoutInputs {
    float avail_w = 0, avail_h = 0; // the panel's room under the toolbar and prompts
    float gap_x = 8, gap_y = 4;     // item spacing
    float table_min_w = 0;          // the table's short columns and a readable challenge column
    float table_peek_h = 0;         // filters, headers and a few rows
    float table_full_h = 0;         // filters, headers and every row
    int legend_extra_lines = 0;     // the dense map's note under the legend
    bool presenting = false;
    bool form_open = false;
    SceneInputs scene; // font, scale and measured text; width and height are ignored
};

struct PlannerLayout {
    bool stacked = false; // the table (or form) under the map rather than beside it
    float map_w = 0, map_h = 0;
    float side_w = 0, side_h = 0;
};

// Side by side when the map keeps at least map_min_width() and the table
// its minimum; otherwise stacked, the map across the whole width. Stacked
// while presenting, the map fills the visible height (it is what the story
// is about) and the table follows below, reached by scrolling; otherwise
// the map leaves room for a peek at the table. The map is never shorter
// than map_min_height(): the panel scrolls instead of cutting it.
PlannerLayout planner_layout(const PlannerLayoutInputs& in);

} // namespace challenge_zones
