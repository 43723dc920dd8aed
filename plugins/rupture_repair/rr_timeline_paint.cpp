// rr_timeline_paint.cpp - the case timeline's picture through the SDK
// canvas (see rr_timeline_paint.h), for the panel and for files alike.
#include "rr_timeline_paint.h"

#include "rr_colours.h"
#include "rr_layout.h"

#include <cmath>
#include <cstdio>
#include <span>
#include <string>
#include <vector>

namespace rupture_repair {
namespace {

// "12 Mar" from YYYY-MM-DD.
std::string short_date(const std::string& d) {
    if (d.size() != 10) return d;
    const unsigned m = static_cast<unsigned>((d[5] - '0') * 10 + (d[6] - '0'));
    const int day = (d[8] - '0') * 10 + (d[9] - '0');
    return std::to_string(day) + " " + month_name(m);
}

} // namespace

void measure_timeline_text(TimelineInputs& in, const std::function<float(const char*, float)>& width) {
    for (std::size_t k = 0; k < kTimelineLegendEntries; ++k) in.legend_text_w[k] = width(timeline_legend_label(k), in.font);
    for (unsigned m = 1; m <= 12; ++m) in.month_text_w[m - 1] = width(month_name(m), in.font);
    in.today_text_w = width("Today", in.font);
    // The threshold's label at its widest (paint_timeline: "flag below N").
    char label[48];
    std::snprintf(label, sizeof label, "flag below %d", kAllianceMax);
    in.flag_text_w = width(label, in.font * 0.85f);
}

void paint_timeline(wb::Canvas& cv, const wb_palette& p, const TimelinePaint& m) {
    const TimelineScene& s = *m.scene;
    const CaseRecord& record = *m.record;
    const float scale = s.inputs.scale, font = s.inputs.font, width = s.inputs.width;
    // Selection, hover and the current session belong to the screen: a
    // file shows the timeline plain.
    const bool live = cv.on_screen();
    const int64_t current_session = live ? m.current_session : 0;
    const int64_t selected_id = live ? m.selected_id : 0, hovered_id = live ? m.hovered_id : 0;
    auto emphasised_id = [&](int64_t id) { return (selected_id != 0 && id == selected_id) || (hovered_id != 0 && id == hovered_id); };
    cv.transform(1, 0, 0, 1, m.origin_x, m.origin_y);

    // ---- Background, months and today -------------------------------------
    cv.rect(0, 0, width, s.strip_bottom + font * 0.3f, ui::mix(p.surface, p.background, 0.35f), 6 * scale);
    for (const MonthTick& t : s.months) {
        cv.line(t.x, s.lane_top - font * 0.2f, t.x, s.strip_bottom, ui::with_alpha(p.text_muted, 0x28), 1);
        // Only the names that clear their neighbours and "Today" (rr_layout.h).
        if (t.labelled) cv.text(t.x + 4 * scale, font * 0.15f, month_name(t.month), p.text_muted, font);
    }
    cv.line(s.today_x, s.lane_top - font * 0.2f, s.today_x, s.strip_bottom, ui::with_alpha(p.accent, 0x90), 1.5f * scale);
    cv.text(s.today_x + 4 * scale, font * 0.15f, "Today", p.accent, font);

    // ---- The session axis: a tick per session, dates where there is room ---
    cv.line(s.plot_x0, s.axis_y, s.plot_x1, s.axis_y, ui::with_alpha(p.text_muted, 0xA0), 1.5f * scale);
    for (std::size_t k = 0; k < s.sessions.size() && k < record.sessions.size(); ++k) {
        const SessionTick& t = s.sessions[k];
        const bool current = current_session != 0 && t.session_id == current_session;
        const float h = (current ? 9.0f : 6.0f) * scale;
        cv.line(t.x, s.axis_y - h, t.x, s.axis_y + h, current ? p.accent : p.text_muted, (current ? 3.0f : 2.0f) * scale);
        if (t.labelled || current) {
            const std::string label = short_date(record.sessions[k].date);
            cv.text(t.x - font * 1.3f, s.axis_y + font * 0.55f, label.c_str(), current ? p.accent : p.text_muted, font);
        }
    }

    // ---- Arcs to the closing repair, dashed tails to today -------------------
    const std::size_t n = record.ruptures.size();
    for (std::size_t i = 0; i < n && i < s.marks.size(); ++i) {
        const Rupture& r = record.ruptures[i];
        const uint32_t colour = ui::status_colour(p, r.status);
        const bool strong = emphasised_id(r.id);
        if (s.arc_begin[i + 1] > s.arc_begin[i])
            cv.polyline(std::span<const float>(&s.arc_xy[s.arc_begin[i] * 2], (s.arc_begin[i + 1] - s.arc_begin[i]) * 2),
                        ui::with_alpha(colour, strong ? 0xFF : 0xC0), (strong ? 3.5f : 2.5f) * scale);
        for (uint32_t k = s.tail_begin[i]; k < s.tail_begin[i + 1]; ++k) {
            const float* l = &s.tail[k * 4];
            cv.line(l[0], l[1], l[2], l[3], ui::with_alpha(colour, strong ? 0xFF : 0xB0), (strong ? 3.0f : 2.2f) * scale);
        }
    }

    // ---- Repair dots: the closing one solid, earlier attempts as rings -------
    for (const RepairDot& d : s.dots) {
        const uint32_t colour = ui::status_colour(p, record.ruptures[d.rupture].status);
        if (d.closing) {
            cv.disc(d.at.x, d.at.y, s.dot_radius * 1.2f, colour);
            cv.circle(d.at.x, d.at.y, s.dot_radius * 1.2f, p.surface, 1.5f * scale);
        } else {
            cv.disc(d.at.x, d.at.y, s.dot_radius, p.surface);
            cv.circle(d.at.x, d.at.y, s.dot_radius, colour, 2.0f * scale);
        }
    }

    // ---- Rupture markers --------------------------------------------------------
    for (std::size_t i = 0; i < n && i < s.marks.size(); ++i) {
        const Rupture& r = record.ruptures[i];
        const RuptureMark& mk = s.marks[i];
        const bool emphasised = emphasised_id(r.id);
        ui::marker_shape(cv, r.kind, mk.at.x, mk.at.y, emphasised ? mk.radius * 1.15f : mk.radius,
                         ui::status_colour(p, r.status), p, 1.5f * scale, emphasised);
    }

    // ---- The alliance strip: the threshold and the totals as a line -------------
    cv.line(s.plot_x0, s.threshold_y, s.plot_x1, s.threshold_y, ui::with_alpha(p.warning, 0x70), 1.2f * scale);
    {
        char label[48];
        std::snprintf(label, sizeof label, "flag below %d", m.low_alliance);
        cv.text(s.plot_x1 + 4 * scale, s.threshold_y - font * 0.5f, label, p.text_muted, font * 0.85f);
    }
    const uint32_t line_colour = ui::alliance_colour(p);
    if (s.alliance.size() >= 2) {
        std::vector<float> xy;
        xy.reserve(s.alliance.size() * 2);
        for (const Pt& pt : s.alliance) xy.insert(xy.end(), {pt.x, pt.y});
        cv.polyline(xy, line_colour, 2.5f * scale);
    }
    for (std::size_t k = 0; k < s.alliance.size(); ++k) {
        const Pt pt = s.alliance[k];
        const bool low = s.alliance_low[k];
        cv.disc(pt.x, pt.y, 4.5f * scale, low ? p.warning : line_colour);
        if (low) cv.circle(pt.x, pt.y, 8.0f * scale, p.warning, 1.8f * scale);
        const std::string total = std::to_string(s.alliance_total[k]);
        cv.text(pt.x + 6 * scale, pt.y - font * 1.05f, total.c_str(), low ? p.warning : p.text_muted, font * 0.85f);
    }
    if (s.alliance.empty())
        cv.text(s.plot_x0 + 8 * scale, (s.strip_top + s.strip_bottom) * 0.5f - font * 0.5f,
                live ? "No alliance checks yet: rate the current session below." : "No alliance checks recorded yet.",
                p.text_muted, font);

    // ---- Legend: the shapes and the line, then the statuses, in the rows
    // flow_timeline_legend() measured (rr_layout.h) ----------------------------
    const float sw = font * 0.42f;
    for (std::size_t k = 0; k < kTimelineLegendEntries; ++k) {
        const float x = s.plot_x0 + s.legend.at[k].x, y = s.legend_y + s.legend.at[k].y;
        const float mid = y + font * 0.5f;
        const LegendEntry e = timeline_legend_entry(k);
        switch (e.swatch) {
        case LegendSwatch::Withdrawal:
            ui::marker_shape(cv, MarkerKind::Withdrawal, x + sw, mid, sw, p.text_muted, p, 1.2f * scale, false);
            break;
        case LegendSwatch::Confrontation:
            ui::marker_shape(cv, MarkerKind::Confrontation, x + sw, mid, sw, p.text_muted, p, 1.2f * scale, false);
            break;
        case LegendSwatch::Line: cv.line(x, mid, x + 22 * scale, mid, line_colour, 2.5f * scale); break;
        case LegendSwatch::Status: cv.disc(x + sw, mid, sw, ui::status_colour(p, static_cast<Status>(e.status))); break;
        }
        cv.text(x + legend_swatch_width(s.inputs, k), y, timeline_legend_label(k), p.text, font);
    }
}

} // namespace rupture_repair
