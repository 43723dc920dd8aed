// cz_scene.cpp - the plan's index, the dense-map rule and the zone map's
// geometry, worked out once and kept (see cz_scene.h for when they are
// rebuilt).
#include "cz_scene.h"

#include "cz_layout.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>

namespace challenge_zones {

// ---- Index -----------------------------------------------------------------------

void build_index(PlanIndex& ix, std::span<const Challenge> challenges, std::span<const Placement> placements) {
    const std::size_t n = challenges.size();
    ix.by_id.clear();
    ix.by_id.reserve(n);
    for (std::size_t i = 0; i < n; ++i) ix.by_id.emplace(challenges[i].id, i);

    ix.day.resize(placements.size());
    for (std::size_t k = 0; k < placements.size(); ++k) ix.day[k] = day_number(placements[k].date).value_or(INT_MIN);

    // Bucket the placements by challenge (counting sort), then put each
    // bucket in time order; the store already hands them over in that
    // order, so the sorts have little to do.
    ix.path_begin.assign(n + 1, 0);
    std::vector<std::size_t> owner(placements.size(), n);
    for (std::size_t k = 0; k < placements.size(); ++k) {
        const auto it = ix.by_id.find(placements[k].challenge_id);
        if (it == ix.by_id.end() || !placements[k].zone) continue;
        owner[k] = it->second;
        ++ix.path_begin[it->second + 1];
    }
    for (std::size_t i = 0; i < n; ++i) ix.path_begin[i + 1] += ix.path_begin[i];
    ix.path.resize(ix.path_begin[n]);
    {
        std::vector<uint32_t> fill(ix.path_begin.begin(), ix.path_begin.end() - 1);
        for (std::size_t k = 0; k < placements.size(); ++k)
            if (owner[k] < n) ix.path[fill[owner[k]]++] = static_cast<uint32_t>(k);
    }
    for (std::size_t i = 0; i < n; ++i)
        std::stable_sort(ix.path.begin() + ix.path_begin[i], ix.path.begin() + ix.path_begin[i + 1],
                         [&](uint32_t a, uint32_t b) { return earlier(placements[a], placements[b]); });

    ix.zone_now.assign(n, -1);
    ix.recency_rank.assign(n, -1);
    ix.with_placements = 0;
    std::vector<std::size_t> placed;
    for (std::size_t i = 0; i < n; ++i) {
        if (ix.path_begin[i] == ix.path_begin[i + 1]) continue;
        ix.zone_now[i] = static_cast<int>(*placements[ix.path[ix.path_begin[i + 1] - 1]].zone);
        placed.push_back(i);
    }
    ix.with_placements = placed.size();
    // Most recently placed first: by the latest placement's time order.
    auto latest = [&](std::size_t i) -> const Placement& { return placements[ix.path[ix.path_begin[i + 1] - 1]]; };
    std::stable_sort(placed.begin(), placed.end(),
                     [&](std::size_t a, std::size_t b) { return earlier(latest(b), latest(a)); });
    for (std::size_t r = 0; r < placed.size(); ++r) ix.recency_rank[placed[r]] = static_cast<int>(r);
}

// ---- Rules --------------------------------------------------------------------------

bool dense_trails(TrailMode mode, std::size_t with_placements) {
    return mode == TrailMode::All && with_placements > kDenseTrails;
}

void trails_before_hover(TrailMode mode, std::span<const int> recency_rank, std::ptrdiff_t selected,
                         std::vector<char>& out) {
    out.assign(recency_rank.size(), 0);
    std::size_t placed = 0;
    for (int r : recency_rank) placed += r >= 0 ? 1 : 0;
    const bool dense = dense_trails(mode, placed);
    for (std::size_t i = 0; i < recency_rank.size(); ++i) {
        const int rank = recency_rank[i];
        if (rank < 0) continue; // nothing to draw
        const bool is_selected = static_cast<std::ptrdiff_t>(i) == selected;
        switch (mode) {
        case TrailMode::None: break;
        case TrailMode::Selected: out[i] = is_selected; break;
        case TrailMode::All: out[i] = !dense || is_selected || static_cast<std::size_t>(rank) < kRecentTrails; break;
        }
    }
}

// ---- Geometry ------------------------------------------------------------------------

void ring_offsets(float r, std::vector<float>& out) {
    out.clear();
    constexpr double kTwoPi = 6.283185307179586;
    const int n = std::clamp(static_cast<int>(std::ceil(kTwoPi * std::sqrt(std::max(1.0, static_cast<double>(r))) * 1.5)), 3, 512);
    for (int i = 0; i < n; ++i) {
        const double t = kTwoPi * i / n;
        out.push_back(static_cast<float>(r * std::cos(t)));
        out.push_back(static_cast<float>(r * std::sin(t)));
    }
}

void build_scene(MapScene& s, const SceneInputs& in, const PlanIndex& ix, std::span<const Challenge> challenges,
                 std::span<const Placement> placements) {
    s.inputs = in;
    s.built = true;
    const float scale = in.scale, font = in.font, width = in.width, height = in.height;
    const std::size_t n = challenges.size();

    // ---- Legend (bottom strip): aspects in use, then the shapes, then a
    // line saying which trajectories a dense map leaves out. Its rows and
    // height come from flow_legend() (cz_layout.h), the same rule that
    // tells the panel how tall the map must be, so the legend fits. --------
    s.dense = dense_trails(in.mode, ix.with_placements);
    const LegendFlow legend = flow_legend(in, s.dense ? 1 : 0);
    s.legend_at = legend.at;
    s.legend_h = legend.height;
    s.dense_note.clear();
    if (s.dense) {
        char note[160];
        std::snprintf(note, sizeof note, "Trajectories: the selected, the hovered and the %zu latest of %zu challenges",
                      kRecentTrails, ix.with_placements);
        s.dense_note = note;
        s.dense_note_y = static_cast<float>(legend.rows) * font * 1.5f;
    }

    // ---- Bands and the time axis ------------------------------------------
    const float axis_h = font * 1.6f;
    const float now_w = std::max(110.0f * scale, width * 0.16f);
    s.plot_x0 = 4 * scale;
    s.plot_x1 = width - now_w - 4 * scale;
    s.right = width - 4 * scale;
    s.top = axis_h;
    // The bands take what the legend leaves; the legend always sits under
    // them. The panel never hands over less than map_min_height(), so the
    // floor only keeps a too-small region from turning the bands inside out.
    s.bottom = std::max(height - s.legend_h - 4 * scale, s.top + font * 2);
    s.legend_top = s.bottom + 4 * scale + font * 0.3f;
    {
        const std::array<float, kZoneCount> heights = band_heights(in, s.bottom - s.top);
        float y = s.top;
        for (Zone z : kBandOrder) {
            const float h = heights[static_cast<std::size_t>(z)];
            s.y0[static_cast<std::size_t>(z)] = y;
            s.y1[static_cast<std::size_t>(z)] = y + h;
            y += h;
        }
    }
    const int lanes = static_cast<int>(std::clamp<std::size_t>(n, 1, 9));
    s.marker_radius = std::clamp(font * 0.55f, 6.0f, 14.0f * scale);
    const float r = s.marker_radius;
    // The band names have a column of their own left of the time axis, so
    // the lanes may use the band's whole height, less a marker's radius.
    const float lane_pad = r + 3 * scale;
    auto lane_y = [&](int zone, std::size_t index) {
        const float a = s.y0[static_cast<std::size_t>(zone)] + lane_pad, b = s.y1[static_cast<std::size_t>(zone)] - lane_pad;
        const float f = (static_cast<float>(static_cast<int>(index) % lanes) + 0.5f) / static_cast<float>(lanes);
        return a + (b - a) * f;
    };
    const int today = in.today;
    int first = today - 30;
    for (int d : ix.day)
        if (d != INT_MIN) first = std::min(first, d - 7);
    s.time_x0 = s.plot_x0 + band_label_column(in);
    const float tx0 = s.time_x0, tx1 = std::max(s.plot_x1 - 12 * scale, tx0 + 1);
    auto x_of_day = [&](int day) {
        const int d = std::clamp(day == INT_MIN ? today : day, first, today);
        return tx0 + (tx1 - tx0) * static_cast<float>(d - first) / static_cast<float>(std::max(today - first, 1));
    };
    s.now_x = s.plot_x1 + now_w * 0.5f;
    s.dot_radius = 4 * scale;
    ring_offsets(r, s.ring_marker);
    ring_offsets(s.dot_radius, s.ring_dot);

    s.ticks.clear();
    {
        using namespace std::chrono;
        const year_month_day start{sys_days{days{first}}};
        year_month m = year_month{start.year(), start.month()} + months{1};
        for (int guard = 0; guard < 240; ++guard, m += months{1}) {
            const int d = static_cast<int>(sys_days{m / 1}.time_since_epoch().count());
            if (d > today) break;
            s.ticks.push_back({x_of_day(d), static_cast<unsigned>(m.month()), true});
        }
        // Month names are drawn just right of their line; keep only those
        // that clear the one before and stop short of "Now".
        std::vector<AxisLabel> labels;
        labels.reserve(s.ticks.size());
        for (const MonthTick& t : s.ticks) labels.push_back({t.x + 3 * scale, month_label_width(in, t.month)});
        std::vector<char> keep;
        keep_axis_labels(labels, font * 0.6f, s.now_x - in.now_text_w * 0.5f - font * 0.6f, keep);
        for (std::size_t k = 0; k < s.ticks.size(); ++k) s.ticks[k].labelled = keep[k] != 0;
    }

    // ---- Markers: active, placed challenges in the "now" column. Each sits
    // on its lane, under "Now"; where lanes are closer than a marker (a
    // short band, or more challenges than lanes), a marker steps into a
    // column left or right of its neighbour so the two stay apart. ----------
    s.has_marker.assign(n, 0);
    s.marker.assign(n, Pt{});
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < n; ++i) {
        if (challenges[i].status != Status::Active || ix.zone_now[i] < 0) continue;
        s.has_marker[i] = 1;
        s.marker[i] = Pt{s.now_x, lane_y(ix.zone_now[i], i)};
        order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return ix.zone_now[a] != ix.zone_now[b] ? ix.zone_now[a] < ix.zone_now[b] : s.marker[a].y < s.marker[b].y;
    });
    {
        // Columns a marker apart, centre first, then alternately left and
        // right, as many as the "now" column holds.
        const float apart = r * 2.2f;
        const int per_side = std::max(0, static_cast<int>((now_w * 0.5f - r - 2 * scale) / apart));
        std::vector<float> column_x{s.now_x};
        for (int k = 1; k <= per_side; ++k) {
            column_x.push_back(s.now_x - apart * static_cast<float>(k));
            column_x.push_back(s.now_x + apart * static_cast<float>(k));
        }
        std::vector<float> last_y(column_x.size());
        int zone = -1;
        for (std::size_t i : order) {
            if (ix.zone_now[i] != zone) {
                zone = ix.zone_now[i];
                std::fill(last_y.begin(), last_y.end(), -1e30f);
            }
            const float y = s.marker[i].y;
            // The first column with room, else the one whose last marker is furthest up.
            std::size_t c = 0;
            while (c < column_x.size() && y - last_y[c] < apart) ++c;
            if (c == column_x.size())
                c = static_cast<std::size_t>(std::min_element(last_y.begin(), last_y.end()) - last_y.begin());
            s.marker[i].x = column_x[c];
            last_y[c] = y;
        }
    }

    // ---- Trajectories: arrows through past placements in time order ---------
    s.lines.clear();
    s.heads.clear();
    s.dots.clear();
    s.seg_begin.assign(n + 1, 0);
    s.dot_begin.assign(n + 1, 0);
    const float head = 9 * scale;
    std::vector<Pt> pts;
    for (std::size_t i = 0; i < n; ++i) {
        s.seg_begin[i] = static_cast<uint32_t>(s.lines.size() / 4);
        s.dot_begin[i] = static_cast<uint32_t>(s.dots.size() / 2);
        pts.clear();
        for (uint32_t k = ix.path_begin[i]; k < ix.path_begin[i + 1]; ++k) {
            const uint32_t pi = ix.path[k];
            pts.push_back(Pt{x_of_day(ix.day[pi]), lane_y(static_cast<int>(*placements[pi].zone), i)});
        }
        for (const Pt& p : pts) {
            s.dots.push_back(p.x);
            s.dots.push_back(p.y);
        }
        if (s.has_marker[i]) pts.push_back(s.marker[i]);
        for (std::size_t k = 1; k < pts.size(); ++k) {
            const Pt a = pts[k - 1], b = pts[k];
            const float len = std::hypot(b.x - a.x, b.y - a.y);
            if (len < 1) continue;
            // Stop short of the next point so the arrowhead stays visible.
            const float stop = (k + 1 == pts.size() && s.has_marker[i]) ? r + 2 : 5 * scale;
            const Pt end{b.x - (b.x - a.x) / len * stop, b.y - (b.y - a.y) / len * stop};
            s.lines.insert(s.lines.end(), {a.x, a.y, end.x, end.y});
            // The arrowhead at `end`, pointing away from `a` (a point when
            // the segment is too short to have a direction).
            const float dx = end.x - a.x, dy = end.y - a.y, hl = std::hypot(dx, dy);
            if (hl < 1e-3f) {
                s.heads.insert(s.heads.end(), {end.x, end.y, end.x, end.y, end.x, end.y});
                continue;
            }
            const float ux = dx / hl, uy = dy / hl;
            s.heads.insert(s.heads.end(), {end.x, end.y, end.x - ux * head - uy * head * 0.55f,
                                           end.y - uy * head + ux * head * 0.55f, end.x - ux * head + uy * head * 0.55f,
                                           end.y - uy * head - ux * head * 0.55f});
        }
    }
    s.seg_begin[n] = static_cast<uint32_t>(s.lines.size() / 4);
    s.dot_begin[n] = static_cast<uint32_t>(s.dots.size() / 2);
}

} // namespace challenge_zones
