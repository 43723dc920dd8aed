// ws_print_layout.cpp - laying a worksheet out on pages (see
// ws_print_layout.h). First the content becomes a list of small blocks
// (a line of text, a row of boxes, a figure), each marked whether it must
// stay on the same page as the block after it; then the blocks are poured
// into pages, and every page gets its header and footer.
#include "ws_print_layout.h"

#include <workbench/abi.h>

#include <algorithm>
#include <cmath>

namespace worksheets {
namespace {

// Type sizes in points, and the line height as a multiple of the size.
constexpr float kTitle = 18, kHeading = 13.5f, kBody = 10.5f, kSmall = 8.5f;
constexpr float kLeading = 1.38f;
constexpr float kHeaderH = 26, kFooterH = 22;
constexpr float kWriteLine = 22; // the gap between ruled lines to write on
constexpr float kTick = 9;       // a tick box's side

float lh(float size) { return std::round(size * kLeading * 10) / 10; }

struct Block {
    std::vector<PrintItem> items; // y relative to the block's top
    float h = 0;
    bool keep_with_next = false;
};

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::size_t utf8_next(std::string_view s, std::size_t i) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    return i;
}

// Collects blocks for one layout.
class Builder {
public:
    Builder(const MeasureFn& measure, float width) : measure_(measure), width_(width) {}

    std::vector<Block> blocks;

    PrintItem text_item(std::string s, float x, float y, float size, int style, Ink ink) const {
        PrintItem it;
        it.kind = PrintItem::Kind::Text;
        it.w = measure_(s, size, style);
        it.text = std::move(s);
        it.x = x;
        it.y = y;
        it.h = lh(size);
        it.size = size;
        it.style = style;
        it.ink = ink;
        return it;
    }

    // One block per wrapped line; `keep` ties each to the next block.
    void text(std::string_view s, float size, int style, Ink ink, bool keep, float indent = 0, float gap_after = 0) {
        const std::vector<std::string> lines = wrap_text(s, width_ - indent, size, style, measure_);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            Block b;
            b.items.push_back(text_item(lines[i], indent, 0, size, style, ink));
            b.h = lh(size) + (i + 1 == lines.size() ? gap_after : 0);
            b.keep_with_next = keep;
            blocks.push_back(std::move(b));
        }
    }

    void space(float h) {
        if (!blocks.empty()) blocks.back().h += h;
    }

    // `count` ruled lines to write on, as one block.
    void write_lines(int count, float indent = 0, float width = -1) {
        Block b;
        const float w = width < 0 ? width_ - indent : width;
        for (int i = 1; i <= count; ++i) {
            PrintItem r;
            r.kind = PrintItem::Kind::Rule;
            r.x = indent;
            r.y = kWriteLine * static_cast<float>(i);
            r.w = w;
            r.ink = Ink::Rule;
            b.items.push_back(r);
        }
        b.h = kWriteLine * static_cast<float>(count) + 4;
        blocks.push_back(std::move(b));
    }

    // A tick box (a ring when `round`: a single choice) with its option
    // beside it (wrapped under itself).
    void tick_row(const std::string& label, bool ticked, bool round) {
        const float indent = kTick + 8;
        const std::vector<std::string> lines = wrap_text(label, width_ - indent, kBody, WB_TEXT_REGULAR, measure_);
        Block b;
        PrintItem box;
        if (round) box.kind = ticked ? PrintItem::Kind::FilledRing : PrintItem::Kind::Ring;
        else box.kind = ticked ? PrintItem::Kind::FilledBox : PrintItem::Kind::Box;
        box.x = 0;
        box.y = (lh(kBody) - kTick) / 2;
        box.w = box.h = kTick;
        box.ink = Ink::Text;
        b.items.push_back(box);
        float y = 0;
        for (const std::string& l : lines) {
            b.items.push_back(text_item(l, indent, y, kBody, WB_TEXT_REGULAR, Ink::Text));
            y += lh(kBody);
        }
        b.h = std::max(y, lh(kBody)) + 3;
        blocks.push_back(std::move(b));
    }

    // The eleven boxes of a 0-10 scale, the chosen one filled, with the
    // words for both ends under them.
    void scale_row(const Field& f, int chosen) {
        Block b;
        const float gap = 4;
        const float side = std::min(26.0f, (width_ - gap * 10) / 11);
        for (int i = 0; i <= 10; ++i) {
            PrintItem box;
            box.kind = i == chosen ? PrintItem::Kind::FilledBox : PrintItem::Kind::Box;
            box.x = static_cast<float>(i) * (side + gap);
            box.y = 0;
            box.w = box.h = side;
            b.items.push_back(box);
            const std::string n = std::to_string(i);
            const float tw = measure_(n, kSmall, WB_TEXT_REGULAR);
            b.items.push_back(text_item(n, box.x + (side - tw) / 2, (side - lh(kSmall)) / 2, kSmall, WB_TEXT_REGULAR,
                                        i == chosen ? Ink::Paper : Ink::Muted));
        }
        b.h = side + 4;
        if (!f.low_label.empty() || !f.high_label.empty()) {
            const float row_w = 11 * side + 10 * gap;
            b.items.push_back(text_item(f.low_label, 0, side + 3, kSmall, WB_TEXT_ITALIC, Ink::Muted));
            const float hw = measure_(f.high_label, kSmall, WB_TEXT_ITALIC);
            b.items.push_back(text_item(f.high_label, std::max(0.0f, row_w - hw), side + 3, kSmall, WB_TEXT_ITALIC,
                                        Ink::Muted));
            b.h += lh(kSmall) + 2;
        }
        blocks.push_back(std::move(b));
    }

    void figure(Figure fig, float content_h) {
        Block b;
        PrintItem it;
        it.kind = PrintItem::Kind::Figure;
        it.figure = fig;
        it.h = std::min({220.0f, width_ * 0.5f, content_h * 0.5f});
        it.w = std::min(width_, it.h * 1.6f);
        it.x = (width_ - it.w) / 2;
        it.y = 4;
        b.items.push_back(it);
        b.h = it.h + 12;
        blocks.push_back(std::move(b));
    }

    float width() const { return width_; }

private:
    const MeasureFn& measure_;
    float width_;
};

bool answered(const Field& f, const Answer* a) { return a && is_answered(f, *a); }

void field_blocks(Builder& b, const Field& f, const Answer* a, bool blank, float content_h) {
    const bool has = !blank && answered(f, a);
    std::string label = f.label;
    if (f.required) label += " *";
    b.text(label, kBody, WB_TEXT_BOLD, Ink::Text, true);
    if (!f.help.empty()) b.text(f.help, kSmall, WB_TEXT_ITALIC, Ink::Muted, true);
    b.space(3);

    switch (f.type) {
    case FieldType::Line:
    case FieldType::Text:
    case FieldType::Date:
        if (has) b.text(std::get<std::string>(a->value), kBody, WB_TEXT_REGULAR, Ink::Text, false, 10);
        else if (f.type == FieldType::Date) b.write_lines(1, 0, std::min(160.0f, b.width()));
        else b.write_lines(f.type == FieldType::Line ? 1 : 4);
        break;
    case FieldType::Choice:
    case FieldType::Multi:
    case FieldType::Checklist: {
        const auto& list = f.type == FieldType::Checklist ? f.items : f.options;
        for (std::size_t i = 0; i < list.size(); ++i) {
            bool ticked = false;
            if (has) {
                if (const int* c = std::get_if<int>(&a->value)) ticked = *c == static_cast<int>(i);
                if (const auto* s = std::get_if<std::set<int>>(&a->value)) ticked = s->count(static_cast<int>(i)) > 0;
            }
            b.tick_row(list[i], ticked, f.type == FieldType::Choice);
        }
        break;
    }
    case FieldType::Scale: b.scale_row(f, has ? std::get<int>(a->value) : -1); break;
    case FieldType::Figure: {
        b.figure(f.figure, content_h);
        const NoteTexts* notes = has ? std::get_if<NoteTexts>(&a->value) : nullptr;
        for (const FigureNote& n : f.notes) {
            b.text(n.label, kBody, WB_TEXT_BOLD, Ink::Muted, true, 10);
            std::string text;
            if (notes)
                if (auto it = notes->find(n.id); it != notes->end()) text = it->second;
            if (!text.empty() && !is_blank(text)) b.text(text, kBody, WB_TEXT_REGULAR, Ink::Text, false, 20);
            else b.write_lines(2, 10);
        }
        break;
    }
    }
    b.space(10);
}

} // namespace

std::vector<std::string> wrap_text(std::string_view text, float width, float size, int style, const MeasureFn& measure) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view para = text.substr(start, end - start);
        if (!para.empty() && para.back() == '\r') para.remove_suffix(1);
        std::string line;
        std::size_t i = 0;
        bool any = false;
        while (i < para.size()) {
            // The next word and the spaces before it.
            std::size_t ws = i;
            while (ws < para.size() && (para[ws] == ' ' || para[ws] == '\t')) ++ws;
            std::size_t we = ws;
            while (we < para.size() && para[we] != ' ' && para[we] != '\t') ++we;
            if (ws == we) break;
            const std::string_view word = para.substr(ws, we - ws);
            std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
            if (measure(candidate, size, style) <= width) {
                line = std::move(candidate);
            } else if (!line.empty() && measure(word, size, style) <= width) {
                out.push_back(line);
                any = true;
                line = std::string(word);
            } else {
                // A word too wide for a line alone: break it by characters.
                if (!line.empty()) {
                    out.push_back(line);
                    any = true;
                    line.clear();
                }
                std::size_t c = 0;
                while (c < word.size()) {
                    const std::size_t n = utf8_next(word, c);
                    std::string next = line + std::string(word.substr(c, n - c));
                    if (!line.empty() && measure(next, size, style) > width) {
                        out.push_back(line);
                        any = true;
                        line = std::string(word.substr(c, n - c));
                    } else {
                        line = std::move(next);
                    }
                    c = n;
                }
            }
            i = we;
        }
        if (!line.empty() || !any) out.push_back(line);
        if (end == text.size()) break;
        start = end + 1;
    }
    return out;
}

std::string answer_words(const Field* field, const Answer& a) {
    auto option = [&](int i) -> std::string {
        const std::vector<std::string>* list =
            field ? (field->type == FieldType::Checklist ? &field->items : &field->options) : nullptr;
        if (list && i >= 0 && static_cast<std::size_t>(i) < list->size()) return (*list)[static_cast<std::size_t>(i)];
        return "option " + std::to_string(i + 1);
    };
    if (const auto* s = std::get_if<std::string>(&a.value)) return *s;
    if (const int* i = std::get_if<int>(&a.value)) {
        if (a.type == FieldType::Scale) return std::to_string(*i) + " of 10";
        return option(*i);
    }
    if (const auto* set = std::get_if<std::set<int>>(&a.value)) {
        std::string out;
        for (int i : *set) out += (out.empty() ? "" : "; ") + option(i);
        return out;
    }
    if (const auto* notes = std::get_if<NoteTexts>(&a.value)) {
        std::string out;
        for (const auto& [id, text] : *notes) {
            std::string label = id;
            if (field)
                for (const FigureNote& n : field->notes)
                    if (n.id == id) label = n.label;
            out += (out.empty() ? "" : "\n") + label + ": " + text;
        }
        return out;
    }
    return "";
}

PrintLayout layout_print(const Template& t, const Answers& answers, const PrintOptions& o, const MeasureFn& measure) {
    PrintLayout out;
    out.page_w = o.page_w;
    out.page_h = o.page_h;
    const float width = o.page_w - 2 * o.margin;
    out.content_top = o.margin + kHeaderH;
    out.content_bottom = o.page_h - o.margin - kFooterH;
    const float content_h = out.content_bottom - out.content_top;

    Builder b(measure, width);
    b.text(o.title.empty() ? t.title : o.title, kTitle, WB_TEXT_BOLD, Ink::Text, false);
    b.space(4);
    if (!o.blank && o.title != t.title && !o.title.empty()) b.text(t.title, kSmall, WB_TEXT_REGULAR, Ink::Muted, false);
    b.text(t.purpose, kBody, WB_TEXT_ITALIC, Ink::Muted, false);
    b.space(10);

    for (const Section& s : t.sections) {
        b.space(8);
        b.text(s.title, kHeading, WB_TEXT_BOLD, Ink::Text, true);
        b.space(2);
        if (!s.intro.empty()) b.text(s.intro, kSmall, WB_TEXT_ITALIC, Ink::Muted, true, 0, 4);
        b.space(4);
        for (const Field& f : s.fields) field_blocks(b, f, answers.find(f.id), o.blank, content_h);
    }

    if (!o.blank && !answers.set_aside.empty()) {
        b.space(8);
        b.text("Answers set aside", kHeading, WB_TEXT_BOLD, Ink::Text, true);
        b.text("Written against an earlier version of this template; kept as they were.", kSmall, WB_TEXT_ITALIC,
               Ink::Muted, true, 0, 4);
        for (const SetAside& s : answers.set_aside) {
            b.text(s.answer.label.empty() ? s.field_id : s.answer.label, kBody, WB_TEXT_BOLD, Ink::Muted, true);
            b.text(answer_words(nullptr, s.answer), kBody, WB_TEXT_REGULAR, Ink::Muted, false, 10, 8);
        }
    }

    // Pour the blocks into pages. A chain of blocks that must stay
    // together starts a new page when it does not fit on this one (unless
    // it could not fit on any page: then it breaks where it must).
    out.pages.emplace_back();
    float y = out.content_top;
    const std::vector<Block>& blocks = b.blocks;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        float group = blocks[i].h;
        for (std::size_t j = i; blocks[j].keep_with_next && j + 1 < blocks.size(); ++j) group += blocks[j + 1].h;
        const bool at_top = y <= out.content_top;
        const float need = group <= content_h ? group : blocks[i].h;
        if (!at_top && y + need > out.content_bottom) {
            out.pages.emplace_back();
            y = out.content_top;
        }
        for (PrintItem it : blocks[i].items) {
            it.x += o.margin;
            it.y += y;
            out.pages.back().items.push_back(std::move(it));
        }
        y += blocks[i].h;
    }

    // Header and footer on every page, now that the count is known.
    const int count = static_cast<int>(out.pages.size());
    Builder hb(measure, width);
    for (int p = 0; p < count; ++p) {
        std::vector<PrintItem>& items = out.pages[static_cast<std::size_t>(p)].items;
        const float stamp_w = measure(o.stamp, kSmall, WB_TEXT_REGULAR);
        items.push_back(hb.text_item(o.stamp, o.margin, o.margin, kSmall, WB_TEXT_REGULAR, Ink::Muted));
        std::string title = o.title.empty() ? t.title : o.title;
        const float room = width - stamp_w - 24;
        while (!title.empty() && measure(title, kSmall, WB_TEXT_REGULAR) > room) {
            // Cut a character at a time (never inside a UTF-8 sequence).
            std::size_t cut = title.size() - 1;
            while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
            title.resize(cut);
            while (!title.empty() && title.back() == ' ') title.pop_back();
            if (measure(title + "\xE2\x80\xA6", kSmall, WB_TEXT_REGULAR) <= room) {
                title += "\xE2\x80\xA6";
                break;
            }
        }
        const float tw = measure(title, kSmall, WB_TEXT_REGULAR);
        items.push_back(hb.text_item(title, o.margin + width - tw, o.margin, kSmall, WB_TEXT_REGULAR, Ink::Muted));
        PrintItem rule;
        rule.kind = PrintItem::Kind::Rule;
        rule.x = o.margin;
        rule.y = o.margin + lh(kSmall) + 4;
        rule.w = width;
        rule.ink = Ink::Rule;
        items.push_back(rule);

        const std::string footer = "page " + std::to_string(p + 1) + " of " + std::to_string(count);
        const float fw = measure(footer, kSmall, WB_TEXT_REGULAR);
        items.push_back(hb.text_item(footer, o.margin + (width - fw) / 2, o.page_h - o.margin - lh(kSmall), kSmall,
                                     WB_TEXT_REGULAR, Ink::Muted));
    }
    return out;
}

} // namespace worksheets
