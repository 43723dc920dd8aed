// ws_print_layout.h - a worksheet laid out on paper, as plain data: pages
// of positioned text runs, rules, boxes and figures, in points. Export
// draws it through wb::Canvas (ws_print_draw.h); the tests check it with a
// fake text-measuring function and no canvas at all.
//
// Every page has a header (the job's stamp - case code and date, never the
// family's label - and the worksheet's title, under a rule) and a footer
// ("page N of M"). Content stays between them. Page breaks never separate
// a heading from the field after it, nor a field's label from the first
// line of its answer. An unanswered field (or every field, for an empty
// form) gets room to write by hand: ruled lines, boxes to tick, the 0-10
// boxes of a scale.
#pragma once

#include "ws_answers.h"
#include "ws_template.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace worksheets {

// Width of `text` at `size` points in `style` (WB_TEXT_* flags).
using MeasureFn = std::function<float(std::string_view text, float size, int style)>;

// What colour an item is printed in; the drawer maps these to inks.
enum class Ink { Text, Muted, Rule, Paper };

struct PrintItem {
    // Box, FilledBox: a square to tick (multiple choice, checklist, a
    // scale's number). Ring, FilledRing: a round mark for a single choice,
    // so a printed form shows "one only" the way paper forms do.
    enum class Kind { Text, Rule, Box, FilledBox, Ring, FilledRing, Figure };
    Kind kind = Kind::Text;
    // Text: top-left, measured width, line height. Rule: from (x, y) to
    // (x + w, y). Box, FilledBox, Ring, FilledRing, Figure: the rectangle
    // (a ring fills its square).
    float x = 0, y = 0, w = 0, h = 0;
    std::string text;
    float size = 0;
    int style = 0; // WB_TEXT_* flags
    Ink ink = Ink::Text;
    Figure figure = Figure::Ingredients;
};

struct PrintPage {
    std::vector<PrintItem> items;
};

struct PrintOptions {
    float page_w = 595, page_h = 842; // A4 portrait, points
    float margin = 50;
    std::string stamp; // e.g. "DEMO-01 · 2026-03-01"
    std::string title; // the worksheet's title
    bool blank = false; // an empty form: writing space everywhere
};

struct PrintLayout {
    std::vector<PrintPage> pages;
    float content_top = 0, content_bottom = 0; // between header and footer
    float page_w = 0, page_h = 0;
};

// Lays out `t` with `answers` (ignored when options.blank).
PrintLayout layout_print(const Template& t, const Answers& answers, const PrintOptions& options,
                         const MeasureFn& measure);

// `text` broken into lines no wider than `width` (words kept whole unless
// one alone is too wide; explicit line breaks kept; empty lines kept).
std::vector<std::string> wrap_text(std::string_view text, float width, float size, int style,
                                   const MeasureFn& measure);

// An answer in words, for print and Markdown: the text, the chosen
// option(s), "7 of 10". `field` may be null (an answer set aside).
std::string answer_words(const Field* field, const Answer& answer);

} // namespace worksheets
