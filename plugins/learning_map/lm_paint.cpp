// lm_paint.cpp - the learning map's picture through the SDK canvas (see
// lm_paint.h), for the panel and for files alike.
#include "lm_paint.h"

#include "lm_colours.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace learning_map {
namespace {

constexpr float kPi = 3.14159265358979f;

void star(wb::Canvas& cv, Pt c, float r, uint32_t fill, uint32_t outline, float thickness) {
    float xy[20];
    for (int i = 0; i < 10; ++i) {
        const float a = -kPi / 2 + static_cast<float>(i) * kPi / 5;
        const float rr = i % 2 == 0 ? r : r * 0.45f;
        xy[i * 2] = c.x + rr * std::cos(a);
        xy[i * 2 + 1] = c.y + rr * std::sin(a);
    }
    cv.polygon(xy, fill);
    cv.polyline(xy, outline, thickness, true);
}

void centred_text(wb::Canvas& cv, float x, float y, const char* s, uint32_t col, float size, int style = WB_TEXT_REGULAR) {
    cv.text(x - cv.text_width(s, size, style) * 0.5f, y, s, col, size, style);
}

// A row of kRatingMax dots, `value` of them filled; hollow when unrated.
void rating_dots(wb::Canvas& cv, float x, float y, float r, std::optional<int> value, uint32_t colour,
                 const wb_palette& p, float scale) {
    for (int i = 0; i < kRatingMax; ++i) {
        const float cx = x + r + static_cast<float>(i) * r * 2.7f;
        if (value && i < *value) cv.disc(cx, y, r, colour);
        else cv.circle(cx, y, r * 0.85f, ui::with_alpha(p.text_muted, 0xB0), 1.2f * scale);
    }
}

} // namespace

void paint_learning_map(wb::Canvas& cv, const wb_palette& p, const MapPaint& m) {
    const MapScene& s = *m.scene;
    const MapState& st = *m.state;
    const float scale = s.inputs.scale;
    const bool live = cv.on_screen();
    const int selected = live ? m.selected : -1, hovered = live ? m.hovered : -1;
    cv.transform(1, 0, 0, 1, m.origin_x, m.origin_y);

    // ---- Spokes: every domain rests on the conditions ----------------------
    for (const Pt& n : s.node) cv.line(s.centre.x, s.centre.y, n.x, n.y, ui::with_alpha(p.text_muted, 0x45), 1.5f * scale);

    // ---- The three conditions, overlapping --------------------------------
    for (const Pt& c : s.cond) cv.disc(c.x, c.y, s.cond_r, ui::with_alpha(ui::mix(p.surface, p.accent, 0.5f), 0x40));
    for (const Pt& c : s.cond) cv.circle(c.x, c.y, s.cond_r, ui::with_alpha(p.accent, 0xA0), 1.5f * scale);
    // Each condition: its name, then a row of dots for the parent and one
    // for the helper, centred in the part of its circle no other covers.
    const float sf = s.cond_small_font;
    const float dot_r = std::max(sf * 0.32f, 2.5f);
    const float row = sf * 1.35f;
    for (int k = 0; k < kConditionCount; ++k) {
        const Condition c = static_cast<Condition>(k);
        const Pt t = s.cond_text[static_cast<std::size_t>(k)];
        const float block = s.cond_font * 1.2f + row * 2;
        const float top = t.y - block * 0.5f;
        centred_text(cv, t.x, top, condition_label(c), p.text, s.cond_font, WB_TEXT_BOLD);
        const float dots_w = dot_r * 2 + dot_r * 2.7f * (kRatingMax - 1);
        for (int who = 0; who < kRaterCount; ++who) {
            const Rater r = static_cast<Rater>(who);
            const char* tag = m.family ? (r == Rater::Parent ? "You" : "Helper") : (r == Rater::Parent ? "P" : "H");
            const float tag_w = cv.text_width(tag, sf);
            const float row_w = tag_w + 5 * scale + dots_w;
            const float y = top + s.cond_font * 1.2f + row * static_cast<float>(who);
            const float x = t.x - row_w * 0.5f;
            cv.text(x, y, tag, p.text_muted, sf);
            const std::optional<int> v = st.ratings ? st.ratings->at(r, c) : std::nullopt;
            rating_dots(cv, x + tag_w + 5 * scale, y + sf * 0.55f, dot_r, v,
                        r == Rater::Parent ? ui::parent_colour(p) : ui::helper_colour(p), p, scale);
        }
    }

    // Ratings carried over from an earlier session say so, under the circles.
    if (st.ratings && !st.ratings_current) {
        centred_text(cv, s.cond_note.x, s.cond_note.y, m.family ? "from our visit on" : "as rated on", p.text_muted,
                     s.small_font);
        centred_text(cv, s.cond_note.x, s.cond_note.y + s.small_font * 1.2f, st.ratings->date.c_str(), p.text_muted,
                     s.small_font);
    }

    // ---- The seven domains ------------------------------------------------
    for (int k = 0; k < kDomainCount; ++k) {
        const Domain d = static_cast<Domain>(k);
        const DomainState& ds = st.at(d);
        const Pt n = s.node[static_cast<std::size_t>(k)];
        const float fill = fill_strength(ds.count);
        const Recency rec = recency_of(ds);
        // Recency: a ring just outside the node, strong when seen this
        // session and fading with time.
        if (rec != Recency::None) {
            const uint8_t alpha = static_cast<uint8_t>(40 + 215 * recency_strength(rec));
            cv.circle(n.x, n.y, s.node_r + s.ring_offset, ui::with_alpha(ui::recency_colour(p), alpha), s.ring_width);
        }
        cv.disc(n.x, n.y, s.node_r, ui::domain_fill(p, fill));
        const bool emphasised = k == selected || k == hovered;
        cv.circle(n.x, n.y, s.node_r, emphasised ? p.text : ui::with_alpha(p.text_muted, 0xC0),
                  (k == selected ? 3.0f : emphasised ? 2.2f : 1.2f) * scale);

        // The count, and under it what it counts.
        const uint32_t on_fill = ui::text_on_fill(p, fill);
        const std::string count = std::to_string(ds.count);
        centred_text(cv, n.x, n.y - s.count_font * 0.75f, count.c_str(), on_fill, s.count_font, WB_TEXT_BOLD);
        char under[32];
        if (!m.family && ds.in_session > 0) std::snprintf(under, sizeof under, "+%d new", ds.in_session);
        else std::snprintf(under, sizeof under, "%s", m.family ? (ds.count == 1 ? "time" : "times") : (ds.count == 1 ? "sign" : "signs"));
        centred_text(cv, n.x, n.y + s.count_font * 0.45f, under, on_fill, s.small_font);

        // The name outside the node, in the box the scene gave it: centred
        // above or below, away from the node beside it.
        const int style = ds.priority ? WB_TEXT_BOLD : WB_TEXT_REGULAR;
        const Rect& box = s.label_box[static_cast<std::size_t>(k)];
        const std::vector<std::string>& lines = s.label_lines[static_cast<std::size_t>(k)];
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const char* text = lines[i].c_str();
            const float y = box.y0 + static_cast<float>(i) * s.label_line;
            switch (s.label_at[static_cast<std::size_t>(k)]) {
            case MapScene::LabelAt::Above:
            case MapScene::LabelAt::Below: centred_text(cv, n.x, y, text, p.text, s.label_font, style); break;
            case MapScene::LabelAt::Right: cv.text(box.x0, y, text, p.text, s.label_font, style); break;
            case MapScene::LabelAt::Left:
                cv.text(box.x1 - cv.text_width(text, s.label_font, style), y, text, p.text, s.label_font, style);
                break;
            }
        }

        if (ds.priority) {
            const float o = s.node_r * 0.78f;
            star(cv, Pt{n.x + o, n.y - o}, s.node_r * 0.36f, ui::priority_colour(p), p.text, 1.2f * scale);
        }
    }

    // ---- Legend: entries where the scene flowed them --------------------------
    const float lf = s.legend_font;
    const float sw = s.legend_swatch;
    const float cy_off = lf * 0.6f;
    for (const LegendEntry& e : s.legend) {
        const float x = e.x, cy = e.y + cy_off;
        switch (e.what) {
        case LegendEntry::Fill:
            for (int i = 0; i < 3; ++i) {
                const int c = i == 0 ? 1 : i == 1 ? 3 : kFullCount;
                const float cx = x + sw + static_cast<float>(i) * sw * 2.3f;
                cv.disc(cx, cy, sw, ui::domain_fill(p, fill_strength(c)));
                cv.circle(cx, cy, sw, ui::with_alpha(p.text_muted, 0xC0), 1);
            }
            break;
        case LegendEntry::Ring: {
            int i = 0;
            for (Recency r : {Recency::ThisSession, Recency::AWhileAgo, Recency::LongAgo}) {
                const uint8_t alpha = static_cast<uint8_t>(40 + 215 * recency_strength(r));
                cv.circle(x + sw + static_cast<float>(i++) * sw * 2.3f, cy, sw * 0.8f, ui::with_alpha(ui::recency_colour(p), alpha),
                          3 * scale);
            }
            break;
        }
        case LegendEntry::Star: star(cv, Pt{x + sw, cy}, sw * 1.1f, ui::priority_colour(p), p.text, 1); break;
        case LegendEntry::Centre:
            cv.disc(x + sw * 0.7f, cy, sw * 0.6f, ui::parent_colour(p));
            cv.disc(x + sw * 2.2f, cy, sw * 0.6f, ui::helper_colour(p));
            break;
        }
        for (std::size_t i = 0; i < e.lines.size(); ++i)
            cv.text(e.text_x, e.y + static_cast<float>(i) * lf * 1.3f, e.lines[i].c_str(), p.text, lf);
    }
}

} // namespace learning_map
