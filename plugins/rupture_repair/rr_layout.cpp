// rr_layout.cpp - the Ruptures panel's layout rules (see rr_layout.h):
// month names that never collide, the legend's rows, the timeline's
// smallest readable size, the alliance check's columns and the side-by-side
// or stacked panel.
#include "rr_layout.h"

#include <algorithm>
#include <cstring>

namespace rupture_repair {
namespace {

// Used only when the caller did not measure a text: a rough width per
// character for the sans fonts the workbench draws with.
constexpr float kEstimatedCharEm = 0.6f;

// The timeline beside the list needs this many font sizes of width: the
// alliance check's four sliders across, each under its label, and the
// legend in two or three rows.
constexpr float kMinMainEm = 40.0f;

// Legend spacing (paint_timeline draws with the same numbers).
float legend_row_step(const TimelineInputs& in) { return in.font * 1.45f; }
float legend_item_gap(const TimelineInputs& in) { return 20 * in.scale; }

} // namespace

// ---- Text ------------------------------------------------------------------------

const char* month_name(unsigned m) {
    static const char* const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return m >= 1 && m <= 12 ? names[m - 1] : "";
}

LegendEntry timeline_legend_entry(std::size_t k) {
    if (k == 0) return {LegendSwatch::Withdrawal, 0};
    if (k == 1) return {LegendSwatch::Confrontation, 0};
    if (k == 2) return {LegendSwatch::Line, 0};
    return {LegendSwatch::Status, static_cast<int>(k - 3)};
}

const char* timeline_legend_label(std::size_t k) {
    switch (timeline_legend_entry(k).swatch) {
    case LegendSwatch::Withdrawal: return "moving away";
    case LegendSwatch::Confrontation: return "moving against";
    case LegendSwatch::Line: return "alliance total, 0 to 40";
    case LegendSwatch::Status: break;
    }
    const int st = timeline_legend_entry(k).status;
    return st >= 0 && st < kStatusCount ? status_label(static_cast<Status>(st)) : "";
}

float measured_or_estimate(float measured, const char* text, float size) {
    return measured > 0 ? measured : size * kEstimatedCharEm * static_cast<float>(std::strlen(text));
}

// ---- The month axis ---------------------------------------------------------------

void keep_axis_labels(std::span<const AxisLabel> labels, float gap, float limit, std::vector<char>& keep) {
    keep.assign(labels.size(), 0);
    bool any = false;
    float last_right = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const AxisLabel& l = labels[i];
        if (any && l.left < last_right + gap) continue; // would touch the one before
        if (l.left + l.width > limit) continue;         // would run into "Today"
        keep[i] = 1;
        any = true;
        last_right = l.left + l.width;
    }
}

// ---- Legend ---------------------------------------------------------------------------

float legend_swatch_width(const TimelineInputs& in, std::size_t k) {
    const float sw = in.font * 0.42f;
    return timeline_legend_entry(k).swatch == LegendSwatch::Line ? 28 * in.scale : sw * 2 + 8 * in.scale;
}

LegendFlow flow_timeline_legend(const TimelineInputs& in) {
    LegendFlow f;
    // Entries start at the plot's left edge (16 px in, as build_timeline
    // sets plot_x0) and wrap before the region's right edge.
    const float x0 = 16 * in.scale, right = in.width - 4 * in.scale;
    float lx = 0, ly = 0;
    for (std::size_t k = 0; k < kTimelineLegendEntries; ++k) {
        const float w = legend_swatch_width(in, k) +
                        measured_or_estimate(in.legend_text_w[k], timeline_legend_label(k), in.font);
        const bool first_status = k == 3;
        if (lx > 0 && (first_status || x0 + lx + w > right)) {
            lx = 0;
            ly += legend_row_step(in);
            ++f.rows;
        }
        f.at[k] = Pt{lx, ly};
        lx += w + legend_item_gap(in);
    }
    // A margin above, the rows, a margin under the last.
    f.height = in.font * 0.35f + ly + in.font + in.font * 0.6f;
    return f;
}

// ---- Smallest readable size -------------------------------------------------------------

TimelineBands timeline_bands(const TimelineInputs& in) {
    TimelineBands b;
    const float font = in.font;
    const float biggest = marker_radius(kMaxSalience, timeline_marker_base(in));
    b.month_h = font * 1.5f;
    // 0.4 font under the months, two radii of the largest marker (an arc
    // rises at least 1.4 radii above it), the base line 1.6 font above the axis.
    b.upper_min = font * 0.4f + biggest * 2 + font * 1.6f;
    // The dates (2.6 font), a strip of 3 font for the totals, a margin.
    b.lower_min = font * 2.6f + font * 3.0f + font * 0.3f;
    return b;
}

float timeline_min_height(const TimelineInputs& in) {
    const TimelineBands b = timeline_bands(in);
    return b.month_h + b.upper_min + b.lower_min + flow_timeline_legend(in).height;
}

float timeline_min_width(const TimelineInputs& in) { return kMinMainEm * in.font; }

// ---- The alliance check --------------------------------------------------------------------

int alliance_columns(float width, const AllianceFormInputs& in) {
    const float need = std::max(in.widest_label_w, in.min_slider_w);
    for (int cols : {kAllianceItems, 2}) {
        const float col_w = (width - in.spacing_x * static_cast<float>(cols - 1)) / static_cast<float>(cols);
        if (col_w >= need) return cols;
    }
    return 1;
}

float alliance_height(int columns, const AllianceFormInputs& in) {
    const int cols = std::max(columns, 1);
    const int rows = (kAllianceItems + cols - 1) / cols;
    const float s = in.spacing_y;
    return s                                                          // the space above
           + in.frame_h + s                                           // the heading
           + static_cast<float>(rows) * (in.line_h + s + in.frame_h + s) // a label and a slider per row
           + in.frame_h + s                                           // the total and its button
           + in.line_h + s;                                           // an error message
}

// ---- The panel --------------------------------------------------------------------------------

PanelLayout panel_layout(const PanelLayoutInputs& in) {
    const float scale = in.timeline.scale;
    PanelLayout out;

    // Side by side: the list takes 38% (within bounds, and never less than
    // it needs), the timeline and the check the rest.
    float side_w = std::clamp(in.avail_w * 0.38f, std::min(420.0f * scale, in.avail_w * 0.5f), 720.0f * scale);
    side_w = std::max(side_w, in.side_min_w);
    TimelineInputs beside = in.timeline;
    beside.width = in.avail_w - side_w - in.gap_x;
    if (beside.width >= timeline_min_width(beside)) {
        out.main_w = beside.width;
        out.alliance_columns = alliance_columns(out.main_w, in.alliance);
        out.alliance_h = alliance_height(out.alliance_columns, in.alliance);
        out.timeline_h = std::max(in.avail_h - out.alliance_h, timeline_min_height(beside));
        out.side_w = side_w;
        out.side_h = out.timeline_h + out.alliance_h;
        return out;
    }

    // Stacked: the timeline and the check across the whole width, the list
    // (or form) under them.
    out.stacked = true;
    TimelineInputs across = in.timeline;
    across.width = in.avail_w;
    out.main_w = in.avail_w;
    out.alliance_columns = alliance_columns(out.main_w, in.alliance);
    out.alliance_h = alliance_height(out.alliance_columns, in.alliance);
    const float wanted = in.presenting ? in.avail_h : in.avail_h - out.alliance_h - in.gap_y - in.list_peek_h;
    out.timeline_h = std::max(timeline_min_height(across), wanted);
    out.side_w = in.avail_w;
    const float visible = std::max(in.avail_h, in.list_peek_h);
    out.side_h = in.form_open ? visible : std::clamp(in.list_full_h, in.list_peek_h, visible);
    return out;
}

} // namespace rupture_repair
