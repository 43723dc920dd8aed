// rr_timeline.cpp - the case timeline's geometry (see rr_timeline.h).
#include "rr_timeline.h"

#include "rr_layout.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <unordered_map>

namespace rupture_repair {

float marker_radius(int salience, float base) {
    const int s = std::clamp(salience, kMinSalience, kMaxSalience);
    return base * (0.75f + 0.3125f * static_cast<float>(s - 1)); // 0.75x .. 2x
}

float timeline_marker_base(const TimelineInputs& in) {
    return std::clamp(in.font * 0.62f, 7.0f * in.scale, 15.0f * in.scale);
}

void build_timeline(TimelineScene& s, const TimelineInputs& in, std::span<const Rupture> ruptures,
                    std::span<const RepairAction> repairs, std::span<const SessionRef> sessions,
                    std::span<const AllianceCheck> alliance) {
    s.inputs = in;
    s.built = true;
    const float scale = in.scale, font = in.font, width = in.width, height = in.height;
    const int today = in.today;
    const std::size_t n = ruptures.size();

    // ---- Vertical bands: months, ruptures, the axis, the alliance strip,
    // the legend. The legend's rows are measured (rr_layout.h) and it always
    // sits under the strip; the ruptures and the strip never get less than
    // timeline_bands() when the region has room, and the panel never hands
    // over less than timeline_min_height(). ---------------------------------
    s.legend = flow_timeline_legend(in);
    const TimelineBands bands = timeline_bands(in);
    const float month_h = bands.month_h;
    const float usable = std::max(height - month_h - s.legend.height, 40.0f * scale);
    s.lane_top = month_h + font * 0.4f;
    s.axis_y = month_h + std::clamp(usable * 0.58f, bands.upper_min, std::max(bands.upper_min, usable - bands.lower_min));
    s.base_y = s.axis_y - font * 1.6f;
    s.strip_top = s.axis_y + font * 2.6f; // room for the session dates
    s.strip_bottom = std::max(month_h + usable - font * 0.3f, s.strip_top + 20 * scale);
    s.legend_y = std::max(height - s.legend.height, s.strip_bottom + font * 0.3f) + font * 0.35f;
    auto strip_y = [&](int total) {
        const float t = static_cast<float>(std::clamp(total, 0, kAllianceMax)) / static_cast<float>(kAllianceMax);
        return s.strip_bottom - (s.strip_bottom - s.strip_top) * t;
    };
    s.threshold_y = strip_y(in.low_alliance);
    // ---- Time: from a week before the first event to a little past today --
    std::unordered_map<int64_t, std::size_t> rupture_index;
    rupture_index.reserve(n);
    int first = today - 30;
    auto widen = [&](const std::string& date) {
        if (const auto d = day_number(date)) first = std::min(first, *d - 7);
    };
    for (std::size_t i = 0; i < n; ++i) {
        rupture_index.emplace(ruptures[i].id, i);
        widen(ruptures[i].date);
    }
    for (const SessionRef& sr : sessions) widen(sr.date);
    const int last = today + 4;
    s.plot_x0 = 16 * scale;
    // Room right of the axis for "Today" and the threshold's label.
    const float flag_w = measured_or_estimate(in.flag_text_w, "flag below 40", font * 0.85f);
    const float today_w = measured_or_estimate(in.today_text_w, "Today", font);
    s.plot_x1 = width - std::max({96 * scale, font * 6.5f, flag_w + 10 * scale, today_w + 10 * scale});
    auto x_of_day = [&](int day) {
        const int d = std::clamp(day, first, last);
        return s.plot_x0 + (s.plot_x1 - s.plot_x0) * static_cast<float>(d - first) / static_cast<float>(last - first);
    };
    auto x_of = [&](const std::string& date) { return x_of_day(day_number(date).value_or(today)); };
    s.today_x = x_of_day(today);

    s.months.clear();
    {
        using namespace std::chrono;
        const year_month_day start{sys_days{days{first}}};
        year_month m = year_month{start.year(), start.month()} + months{1};
        for (int guard = 0; guard < 240; ++guard, m += months{1}) {
            const int d = static_cast<int>(sys_days{m / 1}.time_since_epoch().count());
            if (d > last) break;
            s.months.push_back({x_of_day(d), static_cast<unsigned>(m.month()), true});
        }
        // Month names are drawn just right of their line; keep only those
        // that clear the one before and stop short of "Today".
        std::vector<AxisLabel> labels;
        labels.reserve(s.months.size());
        for (const MonthTick& t : s.months)
            labels.push_back({t.x + 4 * scale, measured_or_estimate(in.month_text_w[t.month - 1], month_name(t.month), font)});
        std::vector<char> keep;
        keep_axis_labels(labels, font * 0.6f, s.today_x + 4 * scale - font * 0.6f, keep);
        for (std::size_t k = 0; k < s.months.size(); ++k) s.months[k].labelled = keep[k] != 0;
    }

    // ---- Sessions: ticks on the axis; labels only where there is room -----
    s.sessions.clear();
    float last_label = -1e9f;
    const float label_w = font * 3.6f; // "12 Mar" and a gap
    for (const SessionRef& sr : sessions) {
        SessionTick t{x_of(sr.date), sr.id, true};
        t.labelled = t.x - last_label >= label_w;
        if (t.labelled) last_label = t.x;
        s.sessions.push_back(t);
    }

    // ---- Rupture markers: size by salience, stacked when close -------------
    const float base = timeline_marker_base(in);
    const float biggest = marker_radius(kMaxSalience, base);
    const float lane_h = biggest * 2.3f;
    const int lanes = std::max(1, static_cast<int>((s.base_y - s.lane_top - biggest) / lane_h) + 1);
    std::vector<float> lane_end(static_cast<std::size_t>(lanes), -1e9f);
    s.marks.assign(n, RuptureMark{});
    for (std::size_t i = 0; i < n; ++i) {
        RuptureMark& m = s.marks[i];
        m.radius = marker_radius(ruptures[i].salience, base);
        const float x = x_of(ruptures[i].date);
        int lane = 0;
        while (lane + 1 < lanes && lane_end[static_cast<std::size_t>(lane)] > x - biggest * 2.2f) ++lane;
        lane_end[static_cast<std::size_t>(lane)] = x;
        m.lane = lane;
        m.at = Pt{x, s.base_y - static_cast<float>(lane) * lane_h};
    }

    // ---- Repairs: dots at their date, right of the marker when the same day
    s.dot_radius = std::max(4.0f * scale, base * 0.45f);
    s.dots.clear();
    std::vector<int> closing(n, -1); // per rupture: its closing repair (index into repairs)
    for (std::size_t k = 0; k < repairs.size(); ++k) {
        const auto it = rupture_index.find(repairs[k].rupture_id);
        if (it == rupture_index.end()) continue;
        const std::size_t i = it->second;
        if (ruptures[i].status == Status::Repaired) {
            const int c = closing[i];
            const RepairAction& a = repairs[k];
            if (c < 0 || a.date > repairs[static_cast<std::size_t>(c)].date ||
                (a.date == repairs[static_cast<std::size_t>(c)].date && a.id > repairs[static_cast<std::size_t>(c)].id))
                closing[i] = static_cast<int>(k);
        }
    }
    std::vector<int> closing_dot(n, -1); // per rupture: index into s.dots
    for (std::size_t k = 0; k < repairs.size(); ++k) {
        const auto it = rupture_index.find(repairs[k].rupture_id);
        if (it == rupture_index.end()) continue;
        const std::size_t i = it->second;
        const RuptureMark& m = s.marks[i];
        const float x = std::max(x_of(repairs[k].date), m.at.x + m.radius + s.dot_radius + 3 * scale);
        const bool closes = closing[i] == static_cast<int>(k);
        if (closes) closing_dot[i] = static_cast<int>(s.dots.size());
        s.dots.push_back(RepairDot{Pt{x, m.at.y}, i, k, closes});
    }

    // ---- Arcs (repaired) and dashed tails to today (open, repairing) --------
    s.arc_xy.clear();
    s.tail.clear();
    s.arc_begin.assign(n + 1, 0);
    s.tail_begin.assign(n + 1, 0);
    const float dash = 9 * scale, gap = 6 * scale;
    for (std::size_t i = 0; i < n; ++i) {
        s.arc_begin[i] = static_cast<uint32_t>(s.arc_xy.size() / 2);
        s.tail_begin[i] = static_cast<uint32_t>(s.tail.size() / 4);
        const RuptureMark& m = s.marks[i];
        if (closing_dot[i] >= 0) {
            // A half ellipse rising above the marker to the closing repair.
            const RepairDot* end = &s.dots[static_cast<std::size_t>(closing_dot[i])];
            const float x0 = m.at.x, x1 = end->at.x, y = m.at.y;
            const float rise = std::clamp((x1 - x0) * 0.35f, m.radius * 1.4f, std::max(y - s.lane_top, m.radius * 1.4f));
            constexpr int kSteps = 24;
            for (int k = 0; k <= kSteps; ++k) {
                const float t = static_cast<float>(k) / kSteps;
                const float a = 3.14159265f * t;
                s.arc_xy.push_back(x0 + (x1 - x0) * (1 - std::cos(a)) * 0.5f);
                s.arc_xy.push_back(y - rise * std::sin(a));
            }
        } else if (is_open(ruptures[i].status)) {
            // The last dash always reaches today, so the tail ends there.
            for (float x = m.at.x + m.radius + 2 * scale; x < s.today_x; x += dash + gap) {
                const float x1 = x + dash + gap >= s.today_x ? s.today_x : x + dash;
                s.tail.insert(s.tail.end(), {x, m.at.y, x1, m.at.y});
            }
        }
    }
    s.arc_begin[n] = static_cast<uint32_t>(s.arc_xy.size() / 2);
    s.tail_begin[n] = static_cast<uint32_t>(s.tail.size() / 4);

    // ---- The alliance line: one point per checked session, in time order ---
    s.alliance.clear();
    s.alliance_low.clear();
    s.alliance_total.clear();
    for (const SessionRef& sr : sessions) { // sessions are oldest first
        for (const AllianceCheck& c : alliance) {
            if (c.session_id != sr.id) continue;
            s.alliance.push_back(Pt{x_of(sr.date), strip_y(c.total())});
            s.alliance_low.push_back(alliance_low(c, in.low_alliance) ? 1 : 0);
            s.alliance_total.push_back(c.total());
        }
    }
}

std::ptrdiff_t rupture_at(const TimelineScene& s, float x, float y, float slack) {
    std::ptrdiff_t best = -1;
    float best_d = 0;
    for (std::size_t i = 0; i < s.marks.size(); ++i) {
        const RuptureMark& m = s.marks[i];
        const float d = std::hypot(x - m.at.x, y - m.at.y);
        if (d <= m.radius * 1.25f + slack && (best < 0 || d < best_d)) {
            best = static_cast<std::ptrdiff_t>(i);
            best_d = d;
        }
    }
    return best;
}

} // namespace rupture_repair
