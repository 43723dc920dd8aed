// af_paint.cpp - the sequence diagram, its key and the figures through the
// canvas (see af_paint.h).
#include "af_paint.h"

#include "af_colours.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace activity_flow {

void paint_square(wb::Canvas& cv, const wb_palette& p, float x, float y, float size, Activity a, bool letter,
                  float font) {
    const uint32_t fill = colours::activity(p, a);
    cv.rect(x, y, x + size, y + size, fill, std::min(size * 0.12f, 3.0f));
    const uint32_t ink = colours::ink_on(fill);
    if (letter) {
        const char* l = activity_letter(a);
        const float fs = std::min(font, size * 0.8f);
        const float tw = cv.text_width(l, fs, WB_TEXT_BOLD);
        cv.text(x + (size - tw) * 0.5f, y + (size - fs) * 0.5f, l, ink, fs, WB_TEXT_BOLD);
        return;
    }
    // Too small for a letter: a pattern per activity (locating plain,
    // new meaning a diagonal, joint action a dot, planning a bar).
    const float t = std::max(size * 0.12f, 1.0f);
    const uint32_t mark = colours::with_alpha(ink, 0xC0);
    switch (a) {
    case Activity::Locating: break;
    case Activity::Meaning: cv.line(x + size * 0.2f, y + size * 0.8f, x + size * 0.8f, y + size * 0.2f, mark, t); break;
    case Activity::JointAction: cv.disc(x + size * 0.5f, y + size * 0.5f, size * 0.16f, mark); break;
    case Activity::Planning: cv.line(x + size * 0.2f, y + size * 0.5f, x + size * 0.8f, y + size * 0.5f, mark, t); break;
    }
}

void paint_diagram(wb::Canvas& cv, const wb_palette& p, const DiagramPaint& m) {
    const DiagramScene& s = *m.scene;
    const float ox = m.origin_x, oy = m.origin_y;
    // Row labels: where each row starts in the recording's time.
    for (int r = 0; r < s.rows; ++r) {
        const std::string t = format_time(s.row_ms * r);
        const float fs = m.font * 0.85f;
        const float tw = cv.text_width(t.c_str(), fs);
        const float y = oy + s.y0 + static_cast<float>(r) * (s.cell + s.gap) + (s.cell - fs) * 0.5f;
        cv.text(ox + s.x0 - tw - m.font * 0.4f, y, t.c_str(), p.text_muted, fs);
    }
    for (std::size_t i = 0; i < s.squares.size(); ++i) {
        const int k = static_cast<int>(i);
        paint_square(cv, p, ox + square_x(s, k), oy + square_y(s, k), s.cell, s.squares[i].activity, s.letters,
                     m.font);
    }
    if (m.hovered >= 0 && m.hovered < static_cast<int>(s.squares.size())) {
        const float x = ox + square_x(s, m.hovered), y = oy + square_y(s, m.hovered), o = 2;
        const float box[8] = {x - o, y - o, x + s.cell + o, y - o, x + s.cell + o, y + s.cell + o, x - o, y + s.cell + o};
        cv.polyline(box, p.text, 2.0f, true);
    }
    if (m.key) paint_key(cv, p, ox + s.x0, oy + s.key_y, std::max(s.inputs.width - s.x0, 100.0f), m.font);
}

float paint_key(wb::Canvas& cv, const wb_palette& p, float x, float y, float width, float font) {
    const float sw = font * 1.25f, gap = font * 1.1f;
    float cx = x, cy = y;
    for (Activity a : kActivities) {
        const float tw = cv.text_width(activity_label(a), font) + sw + font * 0.5f;
        if (cx > x && cx + tw > x + width) {
            cx = x;
            cy += sw + font * 0.5f;
        }
        paint_square(cv, p, cx, cy, sw, a, true, font * 0.85f);
        cv.text(cx + sw + font * 0.4f, cy + (sw - font) * 0.5f, activity_label(a), p.text, font);
        cx += tw + gap;
    }
    return cy + sw + font * 0.5f;
}

namespace {

std::string percent(double share) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", share * 100.0);
    return buf;
}

} // namespace

float paint_figures(wb::Canvas& cv, const wb_palette& p, float x, float y, float width, float font,
                    const Figures& a, const char* a_title, const Figures* other, const char* b_title) {
    const float line = font * 1.5f;
    const float label_w = std::min(width * 0.45f, font * 16.0f);
    const float col_w = other ? (width - label_w) / 2.0f : width - label_w;
    auto row = [&](const char* label, const std::string& va, const std::string& vb, bool bold = false) {
        const int style = bold ? WB_TEXT_BOLD : WB_TEXT_REGULAR;
        cv.text(x, y, label, p.text, font, style);
        cv.text(x + label_w, y, va.c_str(), p.text, font, style);
        if (other) cv.text(x + label_w + col_w, y, vb.c_str(), p.text, font, style);
        y += line;
    };
    row("", a_title, b_title ? b_title : "", true);
    row("Length", format_time(a.duration_ms), other ? format_time(other->duration_ms) : "");
    for (Activity act : kActivities) {
        const int k = index_of(act);
        const std::string label = std::string(activity_letter(act)) + "  " + activity_label(act);
        row(label.c_str(), percent(a.share[k]) + "  (" + format_time(a.ms[k]) + ")",
            other ? percent(other->share[k]) + "  (" + format_time(other->ms[k]) + ")" : "");
    }
    row("Switches", std::to_string(a.switches), other ? std::to_string(other->switches) : "");
    row("Mean run", format_time(static_cast<int64_t>(a.mean_run_ms)),
        other ? format_time(static_cast<int64_t>(other->mean_run_ms)) : "");
    y += line * 0.4f;
    // The transition table(s): rows "from", columns "to".
    auto table = [&](const Figures& f, float tx, const char* title) {
        float ty = y;
        const float cw = font * 2.4f;
        cv.text(tx, ty, title, p.text_muted, font * 0.9f);
        ty += line;
        cv.text(tx, ty, "from \xE2\x86\x92 to", p.text_muted, font * 0.8f);
        for (int c = 0; c < kActivityCount; ++c)
            cv.text(tx + cw * static_cast<float>(c + 2), ty, activity_letter(activity_at(c)), p.text, font, WB_TEXT_BOLD);
        ty += line;
        for (int r = 0; r < kActivityCount; ++r) {
            cv.text(tx + cw, ty, activity_letter(activity_at(r)), p.text, font, WB_TEXT_BOLD);
            for (int c = 0; c < kActivityCount; ++c) {
                const std::string v = r == c ? "\xC2\xB7" : std::to_string(f.transitions[r][c]);
                cv.text(tx + cw * static_cast<float>(c + 2), ty, v.c_str(), r == c ? p.text_muted : p.text, font);
            }
            ty += line;
        }
        return ty;
    };
    float end = table(a, x, "Which activity followed which");
    if (other) end = std::max(end, table(*other, x + label_w + col_w, b_title ? b_title : ""));
    return end;
}

} // namespace activity_flow
