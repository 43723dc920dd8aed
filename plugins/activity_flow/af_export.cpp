// af_export.cpp - the "flow" export (see af_export.h): white paper, a title
// line with the case's stamp, a line naming the recording, then the diagram
// with its key on the left and the figures on the right (two diagrams and
// two columns of figures when comparing).
#include "af_export.h"

#include "af_diagram.h"
#include "af_paint.h"

#include <algorithm>
#include <cstdio>

namespace activity_flow {
namespace {

// Print sizes, in points.
constexpr float kMargin = 36, kTitlePt = 16, kLinePt = 9.5f, kFontPt = 9;

std::string describe(const RecordingData& d) {
    std::string s = d.rec.title + " \xE2\x80\x94 " + format_time(stored_duration(d)) + ", one square per " +
                    std::to_string(d.rec.slice_s) + " s";
    if (!d.rec.session_date.empty()) s += ", session of " + d.rec.session_date;
    if (!d.rec.finished) s += " (not finished)";
    return s;
}

void diagram_at(wb::Canvas& cv, const wb_palette& p, const RecordingData& d, float x, float y, float w, float h) {
    DiagramScene scene;
    DiagramInputs in;
    in.generation = 1;
    in.width = w;
    in.height = h;
    in.font = kFontPt;
    in.scale = 0.6f;
    in.shown_ms = in.layout_ms = stored_duration(d);
    in.slice_ms = static_cast<int64_t>(d.rec.slice_s) * 1000;
    build_diagram(scene, in, d.stretches);
    DiagramPaint m;
    m.scene = &scene;
    m.origin_x = x;
    m.origin_y = y;
    m.font = kFontPt;
    paint_diagram(cv, p, m);
}

std::string pct(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", v * 100.0);
    return buf;
}

void figures_json(std::string& out, const RecordingData& d) {
    const Figures f = figures_of(d.stretches, stored_duration(d));
    out += "{\"title\": \"";
    for (char c : d.rec.title) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
    out += "\", \"session_date\": \"" + d.rec.session_date + "\", \"duration_s\": " +
           std::to_string(f.duration_ms / 1000) + ", \"slice_s\": " + std::to_string(d.rec.slice_s) +
           ", \"switches\": " + std::to_string(f.switches) + ", \"mean_run_s\": " +
           std::to_string(static_cast<int64_t>(f.mean_run_ms / 1000.0 + 0.5)) + ", \"share_percent\": {";
    for (Activity a : kActivities) {
        if (a != Activity::Locating) out += ", ";
        out += std::string("\"") + activity_letter(a) + "\": " + pct(f.share[index_of(a)]);
    }
    out += "}, \"transitions\": [";
    for (int r = 0; r < kActivityCount; ++r) {
        out += r ? ", [" : "[";
        for (int c = 0; c < kActivityCount; ++c) {
            if (c) out += ", ";
            out += std::to_string(f.transitions[r][c]);
        }
        out += "]";
    }
    out += "]}";
}

void figures_markdown(std::string& out, const RecordingData& d) {
    const Figures f = figures_of(d.stretches, stored_duration(d));
    out += "## " + d.rec.title + "\n\n";
    out += "Length " + format_time(f.duration_ms) + ", " + std::to_string(f.switches) + " switches, mean run " +
           format_time(static_cast<int64_t>(f.mean_run_ms)) + ".\n\n";
    out += "| Activity | Share | Time |\n|---|---:|---:|\n";
    for (Activity a : kActivities)
        out += std::string("| ") + activity_letter(a) + " " + activity_label(a) + " | " + pct(f.share[index_of(a)]) +
               "% | " + format_time(f.ms[index_of(a)]) + " |\n";
    out += "\nWhich activity followed which (rows: from, columns: to):\n\n| from \\ to | L | M | J | P |\n"
           "|---|---:|---:|---:|---:|\n";
    for (int r = 0; r < kActivityCount; ++r) {
        out += std::string("| ") + activity_letter(activity_at(r)) + " |";
        for (int c = 0; c < kActivityCount; ++c) out.append(" ").append(std::to_string(f.transitions[r][c])).append(" |");
        out += "\n";
    }
    out += "\n";
}

} // namespace

ExportContent export_content(const ActivityModel& model, int64_t case_id, int64_t item) {
    if (case_id == 0) throw wb::Error(WB_INVALID, "Pick a case to export its activity flow.");
    int64_t a_id = item & 0xFFFFFFFF;
    const int64_t b_id = (item >> 32) & 0xFFFFFFFF;
    if (a_id == 0) {
        const std::vector<Recording> all = model.recordings(case_id);
        if (all.empty()) throw wb::Error(WB_NOT_FOUND, "This case has no activity recordings to export yet.");
        a_id = all.back().id;
    }
    auto a = model.load(a_id);
    if (!a || a->rec.case_id != case_id) throw wb::Error(WB_NOT_FOUND, "That recording no longer exists.");
    ExportContent c{std::move(*a), std::nullopt};
    if (b_id != 0) {
        auto b = model.load(b_id);
        if (b && b->rec.case_id == case_id) c.b = std::move(*b);
    }
    return c;
}

void draw_flow_picture(wb::Canvas& cv, const wb_palette& paper, const ExportContent& c, const wb_export_job& job) {
    const wb_palette& p = paper;
    const float w = job.width, h = job.height;
    float y = wb::picture_header(cv, job, "Activity flow", kMargin, kTitlePt);
    cv.text(kMargin, y, describe(c.a).c_str(), p.text_muted, kLinePt);
    y += kLinePt * 1.5f;
    if (c.b) {
        cv.text(kMargin, y, std::string("Compared with: ").append(describe(*c.b)).c_str(), p.text_muted, kLinePt);
        y += kLinePt * 1.5f;
    }
    y += kLinePt;
    const float left_w = (w - 2 * kMargin) * 0.58f;
    const float right_x = kMargin + left_w + kMargin * 0.6f, right_w = w - kMargin - right_x;
    const float bottom = h - kMargin;
    if (c.b) {
        const float half = (bottom - y) / 2.0f;
        cv.text(kMargin, y, c.a.rec.title.c_str(), p.text, kLinePt, WB_TEXT_BOLD);
        diagram_at(cv, p, c.a, kMargin, y + kLinePt * 1.6f, left_w, half - kLinePt * 2.4f);
        cv.text(kMargin, y + half, c.b->rec.title.c_str(), p.text, kLinePt, WB_TEXT_BOLD);
        diagram_at(cv, p, *c.b, kMargin, y + half + kLinePt * 1.6f, left_w, half - kLinePt * 2.4f);
    } else {
        diagram_at(cv, p, c.a, kMargin, y, left_w, bottom - y);
    }
    const Figures fa = figures_of(c.a.stretches, stored_duration(c.a));
    if (c.b) {
        const Figures fb = figures_of(c.b->stretches, stored_duration(*c.b));
        paint_figures(cv, p, right_x, y, right_w, kFontPt, fa, "First", &fb, "Second");
    } else {
        paint_figures(cv, p, right_x, y, right_w, kFontPt, fa, "This recording");
    }
}

std::string flow_markdown(const ExportContent& c, const char* stamp) {
    std::string out = "# Activity flow";
    if (stamp && *stamp) out += std::string(" \xE2\x80\x94 ") + stamp;
    out += "\n\n";
    figures_markdown(out, c.a);
    if (c.b) figures_markdown(out, *c.b);
    return out;
}

std::string flow_json(const ExportContent& c) {
    std::string out = "{\"recordings\": [";
    figures_json(out, c.a);
    if (c.b) {
        out += ", ";
        figures_json(out, *c.b);
    }
    out += "]}\n";
    return out;
}

wb::ExportSpec flow_export_spec(wb::Host host) {
    wb::ExportSpec spec;
    spec.id = kFlowExportId;
    spec.title = "Activity flow";
    spec.formats = WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG | WB_FORMAT_MARKDOWN | WB_FORMAT_JSON;
    spec.paged = false;
    spec.width = 842; // A4 landscape, in points
    spec.height = 595;
    spec.draw = [host](wb::Canvas& cv, const wb_export_job& job) {
        draw_flow_picture(cv, *job.palette, export_content(ActivityModel(host), job.case_id, job.item_id), job);
    };
    spec.write_text = [host](const wb_export_job& job, wb::TextOut& out) {
        const ExportContent c = export_content(ActivityModel(host), job.case_id, job.item_id);
        out << (job.format == WB_FORMAT_JSON ? flow_json(c) : flow_markdown(c, job.stamp));
    };
    return spec;
}

} // namespace activity_flow
