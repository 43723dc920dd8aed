// lm_scene.cpp - the map's geometry and hit tests (see lm_scene.h).
//
// The ring's radius is found by bisection: everything drawn for the
// domains grows with the radius (names too, up to the UI's size), so "does
// it fit at radius r" is monotonic. A few arrangements of the names are
// tried and the one giving the largest map is kept.
#include "lm_scene.h"

#include <algorithm>
#include <cmath>

namespace learning_map {
namespace {

constexpr float kPi = 3.14159265358979f;
// A domain's name is this share of the ring's radius (before the floor and
// the cap). Up to about 0.23 of it the names provably keep clear of each
// other and of the neighbouring nodes (see the tests); this leaves room.
constexpr float kNameShare = 0.19f;
constexpr float kNameLine = 1.2f;    // line height of a name, in its font size
constexpr float kPreferEarlier = 1.03f; // a later arrangement must win by 3%
constexpr float kLeastName = 6.0f;      // names never step down below this

struct Arrangement {
    bool wrap_sides;     // long side names on two lines
    bool bottoms_beside; // the bottom two names beside their nodes, not under
};
constexpr Arrangement kArrangements[] = {{false, false}, {true, false}, {false, true}, {true, true}};

// Splits `name` at the space that makes its longer line shortest.
std::vector<std::string> split_name(const std::string& name, float px, const MeasureText& measure) {
    std::vector<std::string> best{name};
    float best_w = measure(name.c_str(), px, true);
    for (std::size_t at = name.find(' '); at != std::string::npos; at = name.find(' ', at + 1)) {
        std::vector<std::string> two{name.substr(0, at), name.substr(at + 1)};
        const float w = std::max(measure(two[0].c_str(), px, true), measure(two[1].c_str(), px, true));
        if (w < best_w) {
            best = std::move(two);
            best_w = w;
        }
    }
    return best;
}

const char* name_of(int k, bool family) {
    return family ? domain_family_label(static_cast<Domain>(k)) : domain_label(static_cast<Domain>(k));
}

// The name size at ring radius r: a share of r, between a readable floor
// and the UI's own size (larger in the family view).
float name_font(const SceneInputs& in, float r) {
    const float grow = in.family ? 1.3f : 1.0f;
    const float cap = in.font * 1.05f * grow;
    const float floor = std::min(cap, std::max(in.font * 0.75f, 7.0f));
    return std::clamp(kNameShare * r, floor, cap);
}

// Each name's lines and box round its node, at s.label_font.
void place_names(MapScene& s, const Arrangement& a, const MeasureText& measure) {
    const SceneInputs& in = s.inputs;
    s.label_line = s.label_font * kNameLine;
    const float clear = s.node_r + s.ring_offset + s.ring_width * 0.5f + 3 * in.scale;
    for (int k = 0; k < kDomainCount; ++k) {
        const std::size_t i = static_cast<std::size_t>(k);
        const Pt n = s.node[i];
        using L = MapScene::LabelAt;
        const bool bottom = k == 3 || k == 4;
        const L at = k == 0 ? L::Above : (bottom && !a.bottoms_beside) ? L::Below : n.x > s.centre.x ? L::Right : L::Left;
        s.label_at[i] = at;
        const std::string name = name_of(k, in.family);
        const bool side = at == L::Left || at == L::Right;
        // Only a long name is worth two lines (about eleven letters or more).
        s.label_lines[i] = side && a.wrap_sides && measure(name.c_str(), s.label_font, true) > 6.0f * s.label_font
                               ? split_name(name, s.label_font, measure)
                               : std::vector<std::string>{name};
        float w = 0;
        for (const std::string& line : s.label_lines[i]) w = std::max(w, measure(line.c_str(), s.label_font, true));
        const float h = static_cast<float>(s.label_lines[i].size()) * s.label_line;
        Rect& b = s.label_box[i];
        switch (at) {
        case L::Above: b = Rect{n.x - w / 2, n.y - clear - h, n.x + w / 2, n.y - clear}; break;
        case L::Below: b = Rect{n.x - w / 2, n.y + clear, n.x + w / 2, n.y + clear + h}; break;
        case L::Right: b = Rect{n.x + clear, n.y - h / 2, n.x + clear + w, n.y + h / 2}; break;
        case L::Left: b = Rect{n.x - clear - w, n.y - h / 2, n.x - clear, n.y + h / 2}; break;
        }
    }
}

// True when a name's box meets another name or any node.
bool names_meet(const MapScene& s) {
    for (int k = 0; k < kDomainCount; ++k) {
        const Rect& a = s.label_box[static_cast<std::size_t>(k)];
        for (int j = 0; j < kDomainCount; ++j) {
            if (rects_intersect(a, node_box(s, j))) return true;
            if (j > k && rects_intersect(a, s.label_box[static_cast<std::size_t>(j)])) return true;
        }
    }
    return false;
}

// Nodes and names round a centre at (0, 0) for ring radius r.
void place_ring(MapScene& s, float r, const Arrangement& a, const MeasureText& measure) {
    const SceneInputs& in = s.inputs;
    s.centre = Pt{0, 0};
    s.ring_r = r;
    s.node_r = r * 0.28f;
    // The recency ring grows with its node, so it never runs into a
    // neighbour at a large UI scale.
    s.ring_offset = s.node_r * 0.11f + 1;
    s.ring_width = s.node_r * 0.09f + 1;
    for (int k = 0; k < kDomainCount; ++k) {
        const float angle = -kPi / 2 + 2 * kPi * static_cast<float>(k) / kDomainCount;
        s.node[static_cast<std::size_t>(k)] = Pt{r * std::cos(angle), r * std::sin(angle)};
    }
    // Names at their size for this radius; where the floor makes them too
    // large for a small map and two would meet, they step down until clear.
    for (s.label_font = name_font(in, r);; s.label_font *= 0.92f) {
        place_names(s, a, measure);
        if (!names_meet(s) || s.label_font * 0.92f < kLeastName) break;
    }
}

void translate(MapScene& s, Pt by) {
    s.centre = Pt{s.centre.x + by.x, s.centre.y + by.y};
    for (Pt& n : s.node) n = Pt{n.x + by.x, n.y + by.y};
    for (Rect& b : s.label_box) b = Rect{b.x0 + by.x, b.y0 + by.y, b.x1 + by.x, b.y1 + by.y};
}

// The largest ring radius at which the map fits avail_w x avail_h, for
// one arrangement of the names (never below `floor`).
float fit_radius(MapScene& s, const Arrangement& a, float avail_w, float avail_h, float floor, const MeasureText& measure) {
    auto fits = [&](float r) {
        place_ring(s, r, a, measure);
        const Rect b = map_box(s);
        return b.width() <= avail_w && b.height() <= avail_h;
    };
    float lo = floor, hi = std::max({avail_w, avail_h, floor});
    if (!fits(lo)) return lo;
    for (int i = 0; i < 40; ++i) {
        const float mid = (lo + hi) / 2;
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}

// The legend's entries flowed from (x0, y0) up to `right`, wrapping a
// text under its own start when the line is full. In a column each entry
// has lines of its own. Returns where the last line ends.
float flow_legend(MapScene& s, float x0, float y0, float right, const MeasureText& measure) {
    const SceneInputs& in = s.inputs;
    const float lf = s.legend_font, sw = s.legend_swatch;
    const float line_h = lf * 1.55f, gap = 22 * in.scale;
    float x = x0, y = y0;
    s.legend.clear();
    auto need = [&](float w) {
        if (x > x0 && x + w > right) {
            x = x0;
            y += line_h;
        }
    };
    auto entry = [&](LegendEntry::What what, const char* text, float swatches_w, float need_swatches) {
        need(need_swatches + measure(text, lf, false));
        LegendEntry e;
        e.what = what;
        e.x = x;
        e.y = y;
        e.text_x = x + swatches_w;
        std::string line, word;
        for (const char* c = text;; ++c) {
            if (*c != ' ' && *c != '\0') {
                word += *c;
                continue;
            }
            const std::string wider = line.empty() ? word : line + " " + word;
            if (!line.empty() && e.text_x + measure(wider.c_str(), lf, false) > right) {
                e.lines.push_back(line);
                y += lf * 1.3f;
                line = word;
            } else {
                line = wider;
            }
            word.clear();
            if (*c == '\0') break;
        }
        e.lines.push_back(line);
        x = e.text_x + measure(line.c_str(), lf, false) + gap;
        if (s.legend_side) {
            // One entry a line in the column.
            x = x0;
            y += line_h * 1.2f;
        }
        s.legend.push_back(std::move(e));
    };
    const bool fam = in.family;
    entry(LegendEntry::Fill, fam ? "More colour: more learning seen" : "Fill: how many signs (1, 3, 6 or more)",
          sw * 6.9f + 4 * in.scale, sw * 7);
    entry(LegendEntry::Ring, fam ? "Bright ring: seen lately" : "Ring: how recent (strong: this session, faint: months ago)",
          sw * 6.9f + 4 * in.scale, sw * 7);
    // The conditions' items on a line of their own.
    if (x > x0) {
        x = x0;
        y += line_h;
    }
    entry(LegendEntry::Star, fam ? "Star: what you want to work on" : "Star: a priority the family chose", sw * 2.6f, sw * 3);
    entry(LegendEntry::Centre,
          fam ? "Dots in the middle: how much trust, acceptance and openness, out of 4"
              : "Centre: P parent, H helper; 0 (not there yet) to 4 (strong and steady)",
          sw * 3.6f, sw * 5);
    return s.legend_side ? y : y + lf * 1.3f;
}

// The conditions at the centre: circles clear of the nodes' inner edge,
// and their words as large as the circles leave room for.
void place_conditions(MapScene& s, const MeasureText& measure) {
    const SceneInputs& in = s.inputs;
    const float grow = in.family ? 1.3f : 1.0f;
    const float inner = s.ring_r - s.node_r;
    s.cond_r = inner * 0.52f;
    const float offset = inner * 0.30f;
    // Each circle's words sit in the part no other circle covers, d from
    // the centre; the lower two side by side, 1.73 d apart.
    const float d = offset + s.cond_r * 0.42f;
    for (int k = 0; k < kConditionCount; ++k) {
        const float a = -kPi / 2 + 2 * kPi * static_cast<float>(k) / kConditionCount;
        const Pt dir{std::cos(a), std::sin(a)};
        s.cond[static_cast<std::size_t>(k)] = Pt{s.centre.x + offset * dir.x, s.centre.y + offset * dir.y};
        s.cond_text[static_cast<std::size_t>(k)] = Pt{s.centre.x + d * dir.x, s.centre.y + d * dir.y};
    }
    // Names: the two lower ones must not meet, and none is much wider than
    // its circle.
    float widest = 0;
    for (int k = 0; k < kConditionCount; ++k)
        widest = std::max(widest, measure(condition_label(static_cast<Condition>(k)), 1, true));
    const float side_by_side =
        (measure(condition_label(Condition::Acceptance), 1, true) + measure(condition_label(Condition::Openness), 1, true)) / 2;
    // Between the lower two words' centres, less a clear gap between them.
    const float room = 0.85f * 1.732f * d;
    s.cond_font = std::min({s.label_font, room / std::max(side_by_side, 1e-3f), 1.6f * s.cond_r / std::max(widest, 1e-3f)});
    // The rating rows: a tag and four dots (about 3.3 sizes wide with gaps).
    const char* tags[] = {in.family ? "You" : "P", in.family ? "Helper" : "H"};
    const float tag_w = std::max(measure(tags[0], 1, false), measure(tags[1], 1, false));
    // No larger than the names above them: the names lead.
    s.cond_small_font = std::min({in.font * 0.9f * grow, (room - 5 * in.scale) / (tag_w + 3.3f), s.cond_font});
    // The three blocks (a name, two rows) must not meet vertically either:
    // the top one's centre is 1.5 d above the lower two's.
    const float block = s.cond_font * 1.2f + s.cond_small_font * 2.7f;
    const float tall = 0.9f * 1.5f * d;
    if (block > tall) {
        s.cond_font *= tall / block;
        s.cond_small_font *= tall / block;
    }
    s.cond_font = std::max(s.cond_font, 6.0f);
    s.cond_small_font = std::max(s.cond_small_font, 6.0f);
    s.cond_note = Pt{s.centre.x, s.centre.y + offset * 0.5f + s.cond_r + 3 * in.scale};
}

} // namespace

bool rects_intersect(const Rect& a, const Rect& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

Rect node_box(const MapScene& s, int domain) {
    const Pt n = s.node[static_cast<std::size_t>(domain)];
    // The ring's outer edge; a priority star reaches about as far.
    const float e = std::max(s.node_r + s.ring_offset + s.ring_width * 0.5f, s.node_r * 1.14f);
    return Rect{n.x - e, n.y - e, n.x + e, n.y + e};
}

Rect map_box(const MapScene& s) {
    Rect b = node_box(s, 0);
    auto add = [&b](const Rect& r) {
        b = Rect{std::min(b.x0, r.x0), std::min(b.y0, r.y0), std::max(b.x1, r.x1), std::max(b.y1, r.y1)};
    };
    for (int k = 0; k < kDomainCount; ++k) {
        add(node_box(s, k));
        add(s.label_box[static_cast<std::size_t>(k)]);
    }
    return b;
}

void build_scene(MapScene& s, const SceneInputs& in, const MeasureText& measure) {
    s.inputs = in;
    s.built = true;
    // The family view is read from across a room: everything larger.
    const float grow = in.family ? 1.3f : 1.0f;
    s.legend_font = in.font * 0.92f * grow;
    s.legend_swatch = s.legend_font * 0.55f;

    // ---- The legend first: the map gets the room it leaves -----------------
    // A wide, short region keeps its height for the map: the legend goes in
    // a column on the right. Otherwise a strip along the bottom, as tall as
    // its entries need (but never more than 45% of the region).
    s.legend_side = in.width > in.height * 1.9f;
    float map_w = in.width;
    float map_bottom = in.height;
    const float legend_pad = 4 * in.scale;
    // Long entries wrap; should the legend still not fit (a column on a
    // short region, a strip taller than 45% of it) its text steps down, to
    // no less than 70% of its size.
    const float legend_floor = s.legend_font * 0.7f;
    if (s.legend_side) {
        map_w = in.width * 0.66f;
        s.legend_x0 = map_w + 8 * in.scale;
        s.legend_top = in.font * 1.05f * grow * 1.5f + 11 * in.scale;
        for (;; s.legend_font *= 0.93f) {
            s.legend_swatch = s.legend_font * 0.55f;
            s.legend_bottom = flow_legend(s, s.legend_x0, s.legend_top, in.width - 8 * in.scale, measure);
            if (s.legend_bottom <= in.height - legend_pad || s.legend_font * 0.93f < legend_floor) break;
        }
    } else {
        s.legend_x0 = 8 * in.scale;
        float needed = 0, pad = 0;
        for (;; s.legend_font *= 0.93f) {
            s.legend_swatch = s.legend_font * 0.55f;
            pad = s.legend_font * 0.4f;
            needed = flow_legend(s, s.legend_x0, 0, in.width - 8 * in.scale, measure) + pad * 2;
            if (needed <= in.height * 0.45f || s.legend_font * 0.93f < legend_floor) break;
        }
        s.legend_top = std::max(in.height - needed, in.height * 0.55f);
        for (LegendEntry& e : s.legend) e.y += s.legend_top + pad;
        s.legend_bottom = s.legend_top + needed - pad;
        map_bottom = s.legend_top;
    }

    // ---- The ring: as large as the room allows, for the best arrangement --
    const float pad = 4 * in.scale;
    const float avail_w = std::max(map_w - 2 * pad, 1.0f), avail_h = std::max(map_bottom - 2 * pad, 1.0f);
    const float floor = 20.0f * in.scale;
    const Arrangement* best = &kArrangements[0];
    float best_r = fit_radius(s, *best, avail_w, avail_h, floor, measure);
    for (const Arrangement& a : kArrangements) {
        if (&a == best) continue;
        const float r = fit_radius(s, a, avail_w, avail_h, floor, measure);
        if (r > best_r * kPreferEarlier) {
            best = &a;
            best_r = r;
        }
    }
    place_ring(s, best_r, *best, measure);
    // Centre what was drawn in the room it has.
    const Rect b = map_box(s);
    translate(s, Pt{pad + (avail_w - b.width()) / 2 - b.x0, pad + (avail_h - b.height()) / 2 - b.y0});

    // ---- Text inside the nodes and at the centre ------------------------------
    s.count_font = std::min(in.font * 1.5f * grow, std::max(s.node_r * 0.72f, 8.0f));
    s.small_font = std::min(in.font * 0.85f * grow, std::max(s.node_r * 0.34f, 7.0f));
    place_conditions(s, measure);
}

int domain_at(const MapScene& s, Pt p) {
    if (!s.built) return -1;
    for (int k = 0; k < kDomainCount; ++k) {
        const Pt n = s.node[static_cast<std::size_t>(k)];
        if (std::hypot(p.x - n.x, p.y - n.y) <= s.node_r * 1.08f) return k;
    }
    return -1;
}

int condition_at(const MapScene& s, Pt p) {
    if (!s.built) return -1;
    int best = -1;
    float best_d = 0;
    for (int k = 0; k < kConditionCount; ++k) {
        const Pt c = s.cond[static_cast<std::size_t>(k)];
        const float d = std::hypot(p.x - c.x, p.y - c.y);
        if (d <= s.cond_r && (best < 0 || d < best_d)) {
            best = k;
            best_d = d;
        }
    }
    return best;
}

} // namespace learning_map
