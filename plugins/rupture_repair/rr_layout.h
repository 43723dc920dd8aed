// rr_layout.h - the Ruptures panel's layout rules: which month names the
// timeline keeps, how its legend flows into rows and how tall it is, the
// timeline's smallest readable size, how many columns the alliance check's
// sliders take, and whether the list sits beside the timeline or under it.
//
// Why these are rules of their own: presentation mode draws everything
// twice as large, so a panel 1840 px wide holds only as much text as a
// 920 px one. With a fixed share of the height, the timeline's legend was
// drawn over its axis and alliance line, and the sliders under it ran off
// the panel. Everything here is worked out from pixels, the font size and
// measured text, so the same rules hold at any scale.
//
// Plain C++ (no ImGui): tested in tests/rupture_repair/layout_tests.cpp;
// build_timeline() (rr_timeline.cpp) and the panel (rr_view.cpp) use them.
#pragma once

#include "rr_timeline.h"

#include <array>
#include <span>
#include <vector>

namespace rupture_repair {

// ---- Text the geometry has to measure --------------------------------------

const char* month_name(unsigned month); // "Jan" for 1 ... "Dec" for 12; "" otherwise

// The legend's entries: the two marker shapes, the alliance line, then
// one per status (these always start a row of their own).
enum class LegendSwatch { Withdrawal, Confrontation, Line, Status };
struct LegendEntry {
    LegendSwatch swatch = LegendSwatch::Status;
    int status = 0; // for LegendSwatch::Status
};
LegendEntry timeline_legend_entry(std::size_t k);
const char* timeline_legend_label(std::size_t k);

// ---- The month axis ----------------------------------------------------------------

struct AxisLabel {
    float left = 0, width = 0;
};

// Which labels to draw, left to right: a label is kept when it starts at
// least `gap` after the last kept label ends and ends by `limit` (where
// "Today" starts). So no two kept labels overlap. Writes one flag per
// label into `keep`.
void keep_axis_labels(std::span<const AxisLabel> labels, float gap, float limit, std::vector<char>& keep);

// Width of a text the caller measured, or an estimate from the font when
// it did not (left at 0).
float measured_or_estimate(float measured, const char* text, float size);

// ---- Legend --------------------------------------------------------------------------

// The legend's entries flowed left to right from the plot's left edge,
// wrapping before the region's right edge; the statuses start a new row.
LegendFlow flow_timeline_legend(const TimelineInputs& in);
// The legend's swatch (shape or line) width before its text.
float legend_swatch_width(const TimelineInputs& in, std::size_t k);

// ---- The timeline's smallest readable size --------------------------------------------

// The least room of the timeline's rows, top to bottom: the month names;
// from there to the axis, a lane of the largest marker with an arc rising
// above it; from the axis down, the session dates and an alliance strip
// tall enough for its totals. build_timeline() never gives them less when
// the region allows it.
struct TimelineBands {
    float month_h = 0;
    float upper_min = 0; // lane top to the axis
    float lower_min = 0; // the axis to the strip's bottom
};
TimelineBands timeline_bands(const TimelineInputs& in);

// Tall enough for the month row, a lane of the largest marker with room
// for an arc above it, the session dates, an alliance strip that shows its
// totals, and the whole legend at `in.width`.
float timeline_min_height(const TimelineInputs& in);
// Wide enough for the legend in a few rows and the alliance sliders four
// across.
float timeline_min_width(const TimelineInputs& in);

// ---- The alliance check under the timeline ----------------------------------------------

struct AllianceFormInputs {
    float widest_label_w = 0; // the widest item label ("What we work on")
    float min_slider_w = 0;   // a slider that still shows its value
    float line_h = 0;         // a line of text
    float frame_h = 0;        // a slider or button
    float spacing_x = 8, spacing_y = 4;
};

// Four across when each column holds its label and a slider, else two,
// else one.
int alliance_columns(float width, const AllianceFormInputs& in);
// The height of the check at that many columns: a heading, a label and a
// slider per row, the total with its button, and a line for an error.
float alliance_height(int columns, const AllianceFormInputs& in);

// ---- The panel: timeline and list side by side, or stacked -------------------------------

struct PanelLayoutInputs {
    float avail_w = 0, avail_h = 0; // the panel's room under the toolbar
    float gap_x = 8, gap_y = 4;     // item spacing
    float side_min_w = 0;           // the list's short columns and a readable description
    float list_peek_h = 0;          // filters, headers, a couple of rows and the note under them
    float list_full_h = 0;          // the same with every row
    bool presenting = false;
    bool form_open = false;
    TimelineInputs timeline; // font, scale and measured text; width and height are ignored
    AllianceFormInputs alliance;
};

struct PanelLayout {
    bool stacked = false; // the list (or form) under the timeline rather than beside it
    float main_w = 0;     // the timeline and the alliance check under it
    float timeline_h = 0, alliance_h = 0;
    int alliance_columns = 4;
    float side_w = 0, side_h = 0;
};

// Side by side when the timeline keeps at least timeline_min_width() and
// the list its minimum; otherwise stacked, the timeline across the whole
// width. Stacked while presenting, the timeline fills the visible height
// (it is what the story is about) and the check and the list follow below,
// reached by scrolling; otherwise it leaves room for them. The timeline is
// never shorter than timeline_min_height(): the panel scrolls instead.
PanelLayout panel_layout(const PanelLayoutInputs& in);

} // namespace rupture_repair
