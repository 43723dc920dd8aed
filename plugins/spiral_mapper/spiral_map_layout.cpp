// spiral_map_layout.cpp - legend placement and the core's label sizes (see
// spiral_map_layout.h).
//
// The legend tries a bottom strip and a column on the right (one, two or
// three columns of entries) and keeps the one under which the spiral is
// drawn largest. The strip wins near-ties so a roughly square panel keeps
// the familiar layout; the column wins where the strip would eat the
// height the spiral needs (a wide, short region with large text).
#include "spiral_map_layout.h"

#include "spiral_scene.h" // kRecentWithLines

#include <algorithm>
#include <cmath>

namespace spiral_mapper {
namespace {

// A column must beat the strip by this much to be chosen: a legend that
// jumps between places for a few pixels' gain would only distract.
constexpr float kBesideAdvantage = 1.04f;

std::vector<LegendItem> legend_entries() {
    std::vector<LegendItem> items;
    for (int k = 0; k < kKindCount; ++k)
        items.push_back({LegendItem::KindMarker, k, kind_short_label(static_cast<Kind>(k))});
    for (int g = 0; g < kIngredientCount; ++g) items.push_back({LegendItem::IngredientLine, g, ingredient_label(g)});
    items.push_back({LegendItem::Strained, 0, "dashed: strained"});
    items.push_back({LegendItem::ThemeLoop, 0, "same theme again"});
    return items;
}

// Splits `text` into lines no wider than `width` (a word longer than that
// gets a line of its own).
std::vector<std::string> wrap_words(const std::string& text, float width, float px, const MeasureText& measure) {
    std::vector<std::string> lines;
    std::string line, word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ' ') {
            word += text[i];
            continue;
        }
        if (word.empty()) continue;
        const std::string wider = line.empty() ? word : line + " " + word;
        if (!line.empty() && measure(wider.c_str(), px) > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = wider;
        }
        word.clear();
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

struct Metrics {
    float pad, spacing;
};

Legend base_legend(const LegendSpace& s) {
    Legend l;
    l.font_px = s.font_px;
    l.row = s.font_px * 1.5f;
    l.swatch = 24 * s.ui_scale;
    l.gap = 6 * s.ui_scale;
    return l;
}

// The strip along the bottom: entries left to right, wrapping into rows;
// the kinds first, then what the lines mean, then the note on its own row.
Legend strip_legend(const LegendSpace& s, const Metrics& mt, const MeasureText& measure) {
    Legend l = base_legend(s);
    l.items = legend_entries();
    if (!s.note.empty()) l.items.push_back({LegendItem::Note, 0, s.note});
    float x = mt.pad, y = mt.pad * 0.6f;
    for (std::size_t i = 0; i < l.items.size(); ++i) {
        LegendItem& item = l.items[i];
        const bool new_group = i > 0 && ((item.what != LegendItem::KindMarker && l.items[i - 1].what == LegendItem::KindMarker) ||
                                         item.what == LegendItem::Note);
        const float swatch = item.what == LegendItem::Note ? 0 : l.swatch + l.gap;
        const float w = swatch + measure(item.label.c_str(), s.font_px);
        if (x > mt.pad && (x + w > s.width - mt.pad || new_group)) {
            x = mt.pad;
            y += l.row;
        }
        item.x = x;
        item.y = y;
        x += w + mt.spacing;
    }
    const float height = y + l.row + mt.pad * 0.6f;
    const float top = s.height - height;
    for (LegendItem& item : l.items) item.y += top;
    l.beside = false;
    l.box = Box{0, top, s.width, s.height};
    l.map_w = s.width;
    // A legend taller than half the region is drawn over the spiral's lower
    // part rather than squeezing it to nothing.
    l.map_h = std::max(s.height - height, s.height * 0.5f);
    return l;
}

// A column (or a few) on the right, top-aligned. The note goes under the
// entries when it fits there, else along the bottom of the map area.
// Returns false when the entries do not fit the region's height.
bool column_legend(const LegendSpace& s, const Metrics& mt, int columns, const MeasureText& measure, Legend& l) {
    l = base_legend(s);
    l.items = legend_entries();
    float col_w = 0;
    for (const LegendItem& item : l.items) col_w = std::max(col_w, l.swatch + l.gap + measure(item.label.c_str(), s.font_px));
    const int n = static_cast<int>(l.items.size());
    const int per_col = (n + columns - 1) / columns;
    const float inner_w = static_cast<float>(columns) * col_w + static_cast<float>(columns - 1) * mt.spacing;
    const float box_w = inner_w + 2 * mt.pad;
    const float map_w = s.width - box_w - mt.pad;
    float box_h = mt.pad * 0.6f + static_cast<float>(per_col) * l.row + mt.pad * 0.6f;
    if (map_w < s.width * 0.3f || box_h > s.height) return false;
    const float x0 = s.width - box_w;
    for (int i = 0; i < n; ++i) {
        LegendItem& item = l.items[static_cast<std::size_t>(i)];
        item.x = x0 + mt.pad + static_cast<float>(i / per_col) * (col_w + mt.spacing);
        item.y = mt.pad * 0.6f + static_cast<float>(i % per_col) * l.row;
    }
    l.beside = true;
    l.map_w = map_w;
    l.map_h = s.height;
    if (!s.note.empty()) {
        const std::vector<std::string> in_column = wrap_words(s.note, inner_w, s.font_px, measure);
        const float with_note = box_h + static_cast<float>(in_column.size()) * l.row;
        if (with_note <= s.height) {
            for (std::size_t k = 0; k < in_column.size(); ++k)
                l.items.push_back({LegendItem::Note, 0, in_column[k], x0 + mt.pad, box_h - mt.pad * 0.6f + static_cast<float>(k) * l.row});
            box_h = with_note;
        } else {
            // Under the map: the note's lines take the bottom of its area.
            const std::vector<std::string> under = wrap_words(s.note, map_w - 2 * mt.pad, s.font_px, measure);
            const float note_h = static_cast<float>(under.size()) * l.row + mt.pad * 0.6f;
            for (std::size_t k = 0; k < under.size(); ++k)
                l.items.push_back({LegendItem::Note, 0, under[k], mt.pad, s.height - note_h + static_cast<float>(k) * l.row});
            l.map_h = std::max(s.height - note_h, s.height * 0.5f);
        }
    }
    l.box = Box{x0, 0, s.width, box_h};
    return true;
}

// One row of swatches along the bottom, names left to the tooltip; wraps
// only if even that row is too wide.
Legend compact_legend(const LegendSpace& s, const Metrics& mt) {
    Legend l = base_legend(s);
    l.items = legend_entries();
    l.compact = true;
    const float step = l.swatch + mt.spacing * 0.5f;
    float x = mt.pad, y = mt.pad * 0.4f, right = 0;
    for (LegendItem& item : l.items) {
        if (x > mt.pad && x + l.swatch > s.width - mt.pad) {
            x = mt.pad;
            y += l.row;
        }
        item.x = x;
        item.y = y;
        right = std::max(right, x + l.swatch);
        x += step;
    }
    const float height = y + l.row + mt.pad * 0.4f;
    const float top = s.height - height;
    for (LegendItem& item : l.items) item.y += top;
    if (!s.note.empty()) l.items.push_back({LegendItem::Note, 0, s.note, 0, top}); // for the tooltip only
    // The box spans the row's swatches only, so the rest of the strip is map.
    l.box = Box{0, top, std::min(s.width, right + mt.pad), s.height};
    l.map_w = s.width;
    l.map_h = std::max(s.height - height, s.height * 0.5f);
    return l;
}

} // namespace

bool boxes_intersect(const Box& a, const Box& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

float legend_fit_scale(const Legend& legend, float bounds_w, float bounds_h) {
    return std::min(legend.map_w / std::max(bounds_w, 1e-3f), legend.map_h / std::max(bounds_h, 1e-3f));
}

Legend layout_legend(const LegendSpace& s, const MeasureText& measure) {
    const Metrics mt{10 * s.ui_scale, 22 * s.ui_scale};
    Legend best = strip_legend(s, mt, measure);
    // Compare the spiral's size under each candidate for bounds of the
    // content's shape (the height is 1; only the ratio matters).
    const float aspect = std::max(s.content_aspect, 0.05f);
    const float strip_scale = legend_fit_scale(best, aspect, 1);
    float best_scale = strip_scale * kBesideAdvantage;
    for (int columns = 1; columns <= 3; ++columns) {
        Legend l;
        if (!column_legend(s, mt, columns, measure, l)) continue;
        const float scale = legend_fit_scale(l, aspect, 1);
        if (scale > best_scale) {
            best = std::move(l);
            best_scale = scale;
        }
    }
    // Still cramped (a strip drawn over the spiral, or the spiral under half
    // the region's height): one row.
    const bool covers = !best.beside && best.box.y0 < best.map_h;
    if (s.allow_compact && (covers || legend_fit_scale(best, aspect, 1) < 0.5f * s.height)) {
        Legend l = compact_legend(s, mt);
        if (legend_fit_scale(l, aspect, 1) > legend_fit_scale(best, aspect, 1)) best = std::move(l);
    }
    return best;
}

std::string busy_map_note(float width, float font_px, const MeasureText& measure, bool on_screen) {
    const std::string n = std::to_string(kRecentWithLines);
    std::string note = "Busy map: lines shown only for the latest " + n + " steps" +
                       (on_screen ? " and the one selected or pointed at" : "");
    if (measure(note.c_str(), font_px) > width) note = "Lines for the latest " + n + " steps only";
    return note;
}

float map_text_units(float wanted_px, float zoom, float font_px, float scale) {
    return std::clamp(wanted_px * std::sqrt(std::max(zoom, 0.01f)), font_px * 0.8f, font_px * 1.35f) / scale;
}

float min_label_px(float font_px) { return std::max(font_px * 0.55f, 7.0f); }

CoreLabelSpace core_label_space(float scale, float zoom, float font_px) {
    CoreLabelSpace s;
    s.scale = scale;
    s.core_wanted_px = std::clamp(font_px * std::sqrt(std::max(zoom, 0.01f)), font_px * 0.8f, font_px * 1.2f);
    s.ingredient_wanted_px = map_text_units(font_px, zoom, font_px, scale) * scale;
    s.min_px = min_label_px(font_px);
    return s;
}

CoreLabels layout_core_labels(const LayoutParams& params, const CoreLabelSpace& space, const MeasureText& measure) {
    CoreLabels out;
    const float scale = std::max(space.scale, 1e-4f);
    const float core_px = params.core_radius * scale; // the core's radius on screen

    // ---- "Safe space / for learning": inside the core, corners and all ----
    // Line i spans [(i - 1) * 1.15, (i - 1) * 1.15 + 1] text sizes round the
    // centre. Widths grow in proportion to the size, so one measurement per
    // line gives the largest size at which every corner of every line is
    // within 95% of the core's radius.
    float fit_px = space.core_wanted_px;
    for (int i = 0; i < CoreLabels::kCoreLines; ++i) {
        const float top = (static_cast<float>(i) - 1.0f) * 1.15f, bottom = top + 1.0f;
        const float reach = std::hypot(measure(CoreLabels::kCoreText[i], 1.0f) / 2, std::max(std::fabs(top), std::fabs(bottom)));
        fit_px = std::min(fit_px, 0.95f * core_px / reach);
    }
    out.core_px = fit_px;
    out.core_shown = out.core_px >= space.min_px;
    if (out.core_shown) {
        const float u = out.core_px / scale;
        for (int i = 0; i < CoreLabels::kCoreLines; ++i) {
            const float w = measure(CoreLabels::kCoreText[i], out.core_px) / scale;
            const Point at{-w / 2, (static_cast<float>(i) - 1.0f) * u * 1.15f};
            out.core_line_at[static_cast<std::size_t>(i)] = at;
            out.core_line_box[static_cast<std::size_t>(i)] = Box{at.x, at.y, at.x + w, at.y + u};
        }
        const Box& a = out.core_line_box[0];
        const Box& b = out.core_line_box[1];
        out.core_box = Box{std::min(a.x0, b.x0), a.y0, std::max(a.x1, b.x1), b.y1};
    }

    // ---- Help, Challenge, Possibility: outside the rim at their anchors ----
    // No name wider than the core or taller than half its radius: the
    // labels belong to the core and must not outgrow it.
    float widest_name = 0;
    for (int g = 0; g < kIngredientCount; ++g) widest_name = std::max(widest_name, measure(ingredient_label(g), 1.0f));
    float px = std::min({space.ingredient_wanted_px, 2 * core_px / std::max(widest_name, 1e-3f), 0.5f * core_px / 1.1f});
    // Placed as on the worksheet; should a name still meet another (it
    // cannot with the rules above, but the check is cheap) it shrinks.
    for (; px >= space.min_px; px *= 0.9f) {
        const float u = px / scale, pad_x = 0.2f * u, pad_y = 0.05f * u;
        for (int g = 0; g < kIngredientCount; ++g) {
            const Point a = ingredient_anchor(g, params);
            const float w = measure(ingredient_label(g), px) / scale;
            const float len = std::max(std::hypot(a.x, a.y), 1.0f);
            const Point dir{a.x / len, a.y / len};
            // Left of a left-hand anchor, right of a right-hand one, centred
            // under one at the bottom; side names sit just above their anchor.
            const float lx = a.x + dir.x * 16 - (dir.x < -0.3f ? w : (dir.x > 0.3f ? 0 : w / 2));
            const float ly = a.y + dir.y * 16 - (dir.y < 0 ? u : 0) - u * 0.5f * (std::fabs(dir.y) < 0.6f ? 1.f : 0.f);
            out.ingredient_at[static_cast<std::size_t>(g)] = Point{lx, ly};
            out.ingredient_box[static_cast<std::size_t>(g)] = Box{lx - pad_x, ly - pad_y, lx + w + pad_x, ly + u * 1.1f};
        }
        bool clear = true;
        for (int g = 0; g < kIngredientCount && clear; ++g) {
            const Box& b = out.ingredient_box[static_cast<std::size_t>(g)];
            if (out.core_shown && boxes_intersect(b, out.core_box)) clear = false;
            for (int h = g + 1; h < kIngredientCount && clear; ++h)
                if (boxes_intersect(b, out.ingredient_box[static_cast<std::size_t>(h)])) clear = false;
        }
        if (clear) {
            out.ingredients_shown = true;
            out.ingredient_px = px;
            break;
        }
    }
    return out;
}

std::size_t fitted_step_count(std::size_t visible, std::size_t total, bool presenting, const LayoutParams& params) {
    if (!presenting) return total;
    const std::size_t first_turn = static_cast<std::size_t>(std::max(params.first_turn_steps, 1));
    return std::min(total, std::max(visible, first_turn));
}

} // namespace spiral_mapper
