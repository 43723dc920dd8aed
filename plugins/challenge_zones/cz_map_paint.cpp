// cz_map_paint.cpp - the zone map's picture through the SDK canvas (see
// cz_map_paint.h), for the panel and for files alike.
#include "cz_map_paint.h"

#include "cz_colours.h"
#include "cz_layout.h"

#include <algorithm>
#include <span>

namespace challenge_zones {
namespace {

void marker_shape(wb::Canvas& cv, Direction d, Pt c, float r, uint32_t fill, uint32_t outline, float thickness) {
    if (d == Direction::HelperToParent) {
        cv.disc(c.x, c.y, r, fill);
        cv.circle(c.x, c.y, r, outline, thickness);
    } else {
        // A diamond for challenges from the parent to the helper, so the
        // direction never rests on colour alone.
        const float k = r * 1.25f;
        const float xy[8] = {c.x, c.y - k, c.x + k, c.y, c.x, c.y + k, c.x - k, c.y};
        cv.polygon(xy, fill);
        cv.polyline(xy, outline, thickness, true);
    }
}

// A ring of offsets (cz_scene.h) around `c`, into `out`.
std::span<const float> ring_at(const std::vector<float>& ring, Pt c, std::vector<float>& out) {
    out.resize(ring.size());
    for (std::size_t k = 0; k + 1 < ring.size(); k += 2) {
        out[k] = c.x + ring[k];
        out[k + 1] = c.y + ring[k + 1];
    }
    return out;
}

} // namespace

const char* legend_label(std::size_t k) {
    return k < static_cast<std::size_t>(kAspectCount) ? aspect_short_label(static_cast<Aspect>(k))
                                                      : "challenge from the parent";
}

void measure_map_text(SceneInputs& in, const std::function<float(const char*, float)>& width) {
    in.now_text_w = width("Now", in.font);
    for (std::size_t k = 0; k < kLegendEntries; ++k) in.legend_text_w[k] = width(legend_label(k), in.font);
    for (unsigned m = 1; m <= 12; ++m) in.month_text_w[m - 1] = width(month_name(m), in.font);
    in.band_label_w = 0;
    for (Zone z : kBandOrder)
        for (int line = 0; line < band_label_line_count(z); ++line)
            in.band_label_w = std::max(in.band_label_w, width(band_label_line(z, line), in.font * kBandLabelFont));
}

void paint_zone_map(wb::Canvas& cv, const wb_palette& p, const ZoneMapPaint& m, std::vector<float>& ring_scratch) {
    const MapScene& s = *m.scene;
    const std::vector<Challenge>& challenges = *m.challenges;
    const float scale = s.inputs.scale, font = s.inputs.font, width = s.inputs.width;
    const float r = s.marker_radius;
    const std::size_t n = challenges.size();
    // Selection, hover and dragging belong to the screen: a file shows the
    // map plain.
    const bool live = cv.on_screen();
    const bool dragging = live && m.dragging;
    const std::ptrdiff_t selected = live ? m.selected : -1;
    const int64_t selected_id = live ? m.selected_id : 0, hovered_id = live ? m.hovered_id : 0;
    cv.transform(1, 0, 0, 1, m.origin_x, m.origin_y);

    // ---- Bands ------------------------------------------------------------
    for (Zone z : kBandOrder) {
        const std::size_t zi = static_cast<std::size_t>(z);
        uint32_t fill = ui::zone_fill(p, z);
        if (live && m.drop_zone == z) fill = ui::mix(fill, p.accent, 0.18f);
        cv.rect(s.plot_x0, s.y0[zi], s.right, s.y1[zi] - 1, fill, 4 * scale);
        const bool target = z == Zone::Optimal;
        if (target) {
            const float xy[8] = {s.plot_x0 + 1, s.y0[zi] + 1, width - 5 * scale, s.y0[zi] + 1,
                                 width - 5 * scale, s.y1[zi] - 2, s.plot_x0 + 1, s.y1[zi] - 2};
            cv.polyline(xy, ui::with_alpha(p.success, 0xD0), 2.5f * scale, true);
        }
        const uint32_t label_colour = target ? (p.dark ? p.success : ui::mix(p.success, p.text, 0.25f)) : p.text;
        // In the column left of the time axis (cz_layout.h), line by line.
        const float label_font = font * kBandLabelFont;
        for (int line = 0; line < band_label_line_count(z); ++line)
            cv.text(s.plot_x0 + 10 * scale, s.y0[zi] + 5 * scale + static_cast<float>(line) * label_font * 1.2f,
                    band_label_line(z, line), label_colour, label_font);
    }

    // ---- Time axis: a faint line at each month start, with its name where
    // it does not collide with the one before or with "Now" -----------------
    for (const MonthTick& t : s.ticks) {
        cv.line(t.x, s.top, t.x, s.bottom, ui::with_alpha(p.text_muted, 0x30), 1);
        if (t.labelled) cv.text(t.x + 3 * scale, s.top - font * 1.3f, month_name(t.month), p.text_muted, font);
    }
    cv.line(s.plot_x1, s.top, s.plot_x1, s.bottom, ui::with_alpha(p.text_muted, 0x70), 1.5f * scale);
    cv.text(s.now_x - s.inputs.now_text_w * 0.5f, s.top - font * 1.3f, "Now", p.text, font);

    // ---- Trajectories: arrows through past placements in time order -------
    // Which ones: the caller's trail_shown (the rule in cz_scene.h).
    const std::vector<char>& trail_shown = *m.trail_shown;
    for (std::size_t i = 0; i < n && i < trail_shown.size(); ++i) {
        if (!trail_shown[i]) continue;
        const Challenge& c = challenges[i];
        const bool is_selected = static_cast<std::ptrdiff_t>(i) == selected;
        const uint32_t colour = ui::with_alpha(ui::aspect_colour(p, c.aspect),
                                               is_selected || m.trails == TrailMode::Selected ? 0xF0 : 0x90);
        const float thick = (is_selected ? 3.0f : 2.0f) * scale;
        for (uint32_t k = s.seg_begin[i]; k < s.seg_begin[i + 1]; ++k) {
            const float* l = &s.lines[k * 4];
            cv.line(l[0], l[1], l[2], l[3], colour, thick);
            const float* h = &s.heads[k * 6];
            if (h[0] != h[2] || h[1] != h[3]) cv.polygon(std::span<const float>(h, 6), colour);
        }
        for (uint32_t k = s.dot_begin[i]; k < s.dot_begin[i + 1]; ++k)
            cv.polygon(ring_at(s.ring_dot, Pt{s.dots[k * 2], s.dots[k * 2 + 1]}, ring_scratch), colour);
    }

    // ---- Markers in the "now" column ------------------------------------------
    for (std::size_t i = 0; i < n; ++i) {
        if (!s.has_marker[i]) continue;
        const Challenge& c = challenges[i];
        Pt at = s.marker[i];
        const bool lifted = dragging && c.id == m.drag_id;
        if (lifted) {
            // The marker follows the mouse; a ghost stays where it was.
            marker_shape(cv, c.direction, at, r, ui::with_alpha(ui::aspect_colour(p, c.aspect), 0x50), ui::with_alpha(p.text, 0x50), 1);
            at = m.mouse;
        }
        const bool emphasised = (selected_id != 0 && c.id == selected_id) || (hovered_id != 0 && c.id == hovered_id) || lifted;
        if (!emphasised && c.direction == Direction::HelperToParent) {
            // The common case, from the cached ring (as marker_shape draws it).
            const auto ring = ring_at(s.ring_marker, at, ring_scratch);
            cv.polygon(ring, ui::aspect_colour(p, c.aspect));
            cv.polyline(ring, ui::with_alpha(p.text, 0xA0), 1.2f * scale, true);
            continue;
        }
        marker_shape(cv, c.direction, at, emphasised ? r * 1.2f : r, ui::aspect_colour(p, c.aspect),
                     emphasised ? p.text : ui::with_alpha(p.text, 0xA0), (emphasised ? 2.5f : 1.2f) * scale);
    }

    // ---- Legend -----------------------------------------------------------------
    const float swatch = font * 0.45f;
    for (std::size_t k = 0; k < kLegendEntries; ++k) {
        const Pt at{8 * scale + s.legend_at[k].x, s.legend_top + s.legend_at[k].y};
        const bool aspect = k < static_cast<std::size_t>(kAspectCount);
        marker_shape(cv, aspect ? Direction::HelperToParent : Direction::ParentToHelper,
                     Pt{at.x + swatch, at.y + font * 0.5f}, swatch,
                     aspect ? ui::aspect_colour(p, static_cast<Aspect>(k)) : p.text_muted, ui::with_alpha(p.text, 0xA0), 1);
        cv.text(at.x + swatch * 2 + 6 * scale, at.y, legend_label(k), p.text, font);
    }
    if (s.dense) cv.text(8 * scale, s.legend_top + s.dense_note_y, s.dense_note.c_str(), p.text_muted, font);
}

} // namespace challenge_zones
