// ws_export.cpp - the worksheet and template exports and the template
// import (see ws_export.h).
#include "ws_export.h"

#include "ws_figure.h"
#include "ws_template_json.h"

namespace worksheets {
namespace {

// Print inks: near-black text on white paper, soft greys for guides.
constexpr uint32_t kInkText = 0xFF262626, kInkMuted = 0xFF6A6A6A, kInkRule = 0xFFBDBDBD, kInkPaper = 0xFFFFFFFF;

uint32_t ink_colour(Ink ink) {
    switch (ink) {
    case Ink::Text: return kInkText;
    case Ink::Muted: return kInkMuted;
    case Ink::Rule: return kInkRule;
    case Ink::Paper: return kInkPaper;
    }
    return kInkText;
}

std::string md_escape_line(std::string_view s) {
    // Keep Markdown from reading an answer as markup at the start of a line.
    std::string out;
    bool line_start = true;
    for (char c : s) {
        if (line_start && (c == '#' || c == '-' || c == '*' || c == '>' || c == '+' || c == '|')) out += '\\';
        out += c;
        line_start = c == '\n';
    }
    return out;
}

std::string quoted_block(std::string_view s) {
    std::string out = "> ";
    for (char c : md_escape_line(s)) {
        out += c;
        if (c == '\n') out += "> ";
    }
    return out;
}

} // namespace

SheetDocument sheet_document(const WorksheetStore& store, const wb_export_job& job) {
    std::string problem;
    auto o = store.open(job.item_id, &problem);
    if (!o) throw wb::Error(WB_NOT_FOUND, problem.empty() ? "Choose a worksheet to export." : problem);
    if (job.case_id != 0 && o->sheet.case_id != job.case_id)
        throw wb::Error(WB_INVALID, "This worksheet belongs to another case.");
    SheetDocument doc{std::move(o->tpl), std::move(o->answers), o->sheet.title};
    if (job.blank) doc.answers = Answers{doc.tpl.id, doc.tpl.version, {}, {}};
    return doc;
}

void draw_layout(wb::Canvas& c, const PrintLayout& layout) {
    const float w = layout.page_w, h = layout.page_h;
    const FigureInk ink{0xFF4A4A4A, 0xFFF1F1F1, 0xFFD6D6D6, kInkText};
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
        if (p > 0) c.new_page();
        c.rect(0, 0, w, h, kInkPaper); // white paper, also in a PNG
        for (const PrintItem& it : layout.pages[p].items) {
            switch (it.kind) {
            case PrintItem::Kind::Text: c.text(it.x, it.y, it.text.c_str(), ink_colour(it.ink), it.size, it.style); break;
            case PrintItem::Kind::Rule: c.line(it.x, it.y, it.x + it.w, it.y, ink_colour(it.ink), 0.6f); break;
            case PrintItem::Kind::Box: {
                const float xy[8] = {it.x, it.y, it.x + it.w, it.y, it.x + it.w, it.y + it.h, it.x, it.y + it.h};
                c.polyline(xy, kInkMuted, 0.8f, true);
                break;
            }
            case PrintItem::Kind::FilledBox: c.rect(it.x, it.y, it.x + it.w, it.y + it.h, kInkText); break;
            case PrintItem::Kind::Ring:
            case PrintItem::Kind::FilledRing: {
                const float cx = it.x + it.w / 2, cy = it.y + it.h / 2, r = it.w / 2;
                c.circle(cx, cy, r, kInkMuted, 0.8f);
                // The chosen one: a dot inside the ring, as a pen would mark it.
                if (it.kind == PrintItem::Kind::FilledRing) c.disc(cx, cy, r * 0.55f, kInkText);
                break;
            }
            case PrintItem::Kind::Figure: draw_figure(c, it.figure, it.x, it.y, it.w, it.h, ink, 9.5f); break;
            }
        }
    }
}

void draw_sheet(wb::Canvas& c, const wb_export_job& job, const SheetDocument& doc) {
    PrintOptions o;
    o.page_w = job.width;
    o.page_h = job.height;
    o.stamp = job.stamp ? job.stamp : "";
    o.title = doc.title;
    o.blank = job.blank != 0;
    const MeasureFn measure = [&c](std::string_view s, float size, int style) {
        return c.text_width(std::string(s).c_str(), size, style);
    };
    draw_layout(c, layout_print(doc.tpl, doc.answers, o, measure));
}

std::string sheet_markdown(const SheetDocument& doc, std::string_view stamp, bool blank) {
    std::string md = "# " + doc.title + "\n\n";
    if (!stamp.empty()) md += "_" + std::string(stamp) + "_\n\n";
    if (doc.title != doc.tpl.title) md += "Template: " + doc.tpl.title + "\n\n";
    md += doc.tpl.purpose + "\n";
    for (const Section& s : doc.tpl.sections) {
        md += "\n## " + s.title + "\n\n";
        if (!s.intro.empty()) md += "_" + s.intro + "_\n\n";
        for (const Field& f : s.fields) {
            md += "**" + f.label + "**" + (f.required ? " (required)" : "") + "\n\n";
            const Answer* a = blank ? nullptr : doc.answers.find(f.id);
            const bool has = a && is_answered(f, *a);
            switch (f.type) {
            case FieldType::Choice:
            case FieldType::Multi:
            case FieldType::Checklist: {
                const auto& list = f.type == FieldType::Checklist ? f.items : f.options;
                for (std::size_t i = 0; i < list.size(); ++i) {
                    bool ticked = false;
                    if (has) {
                        if (const int* c = std::get_if<int>(&a->value)) ticked = *c == static_cast<int>(i);
                        if (const auto* set = std::get_if<std::set<int>>(&a->value))
                            ticked = set->count(static_cast<int>(i)) > 0;
                    }
                    md += std::string("- [") + (ticked ? "x" : " ") + "] " + list[i] + "\n";
                }
                md += "\n";
                break;
            }
            case FieldType::Scale:
                md += (has ? std::to_string(std::get<int>(a->value)) : std::string("___")) + " of 10";
                if (!f.low_label.empty() || !f.high_label.empty())
                    md += " (0: " + f.low_label + "; 10: " + f.high_label + ")";
                md += "\n\n";
                break;
            case FieldType::Figure: {
                md += "_Figure: " + std::string(figure_title(f.figure)) + "_\n\n";
                const NoteTexts* notes = has ? std::get_if<NoteTexts>(&a->value) : nullptr;
                for (const FigureNote& n : f.notes) {
                    std::string text;
                    if (notes)
                        if (auto it = notes->find(n.id); it != notes->end()) text = it->second;
                    md += "- " + n.label + ": " + (wb::util::trimmed(text).empty() ? "_____" : md_escape_line(text)) + "\n";
                }
                md += "\n";
                break;
            }
            case FieldType::Line:
            case FieldType::Text:
            case FieldType::Date:
                md += has ? quoted_block(std::get<std::string>(a->value)) + "\n\n" : std::string("_____\n\n");
                break;
            }
        }
    }
    if (!blank && !doc.answers.set_aside.empty()) {
        md += "\n## Answers set aside\n\n_Written against an earlier version of this template; kept as they were._\n\n";
        for (const SetAside& s : doc.answers.set_aside)
            md += "**" + (s.answer.label.empty() ? s.field_id : s.answer.label) + "** (" + s.reason + ")\n\n" +
                  quoted_block(answer_words(nullptr, s.answer)) + "\n\n";
    }
    return md;
}

std::string template_json(const WorksheetStore& store, int64_t ref) {
    auto e = store.by_ref(ref);
    if (!e) throw wb::Error(WB_NOT_FOUND, "This template no longer exists.");
    return to_json(e->tpl);
}

void receive_template(WorksheetStore& store, std::string_view bytes) {
    const Outcome out = store.import_template(bytes);
    if (!out) throw wb::Error(WB_INVALID, out.error);
}

wb::ExportSpec sheet_export_spec(wb::Host host) {
    wb::ExportSpec spec;
    spec.id = "sheet";
    spec.title = "Worksheet";
    spec.formats = WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG | WB_FORMAT_MARKDOWN;
    spec.paged = true;
    spec.can_blank = true;
    spec.draw = [host](wb::Canvas& c, const wb_export_job& job) {
        draw_sheet(c, job, sheet_document(WorksheetStore(host), job));
    };
    spec.write_text = [host](const wb_export_job& job, wb::TextOut& out) {
        out << sheet_markdown(sheet_document(WorksheetStore(host), job), job.stamp ? job.stamp : "", job.blank != 0);
    };
    return spec;
}

wb::ExportSpec template_export_spec(wb::Host host) {
    wb::ExportSpec spec;
    spec.id = "template";
    spec.title = "Worksheet template";
    spec.formats = WB_FORMAT_JSON;
    spec.write_text = [host](const wb_export_job& job, wb::TextOut& out) {
        out << template_json(WorksheetStore(host), job.item_id);
    };
    return spec;
}

wb::ImportSpec template_import_spec(wb::Host host) {
    wb::ImportSpec spec;
    spec.id = "template";
    spec.title = "Worksheet template";
    spec.extension = ".json";
    spec.max_bytes = static_cast<int64_t>(limits::kFileBytes);
    spec.receive = [host](std::string_view bytes) {
        WorksheetStore store(host);
        receive_template(store, bytes);
    };
    return spec;
}

} // namespace worksheets
