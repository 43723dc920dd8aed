// rr_export.cpp - the "timeline" export (see rr_export.h): white paper, a
// title line with the case's stamp, a line saying what is shown, then the
// timeline and its legend through paint_timeline(), inside the margins,
// with nothing selected or hovered.
#include "rr_export.h"

#include "rr_colours.h"
#include "rr_timeline.h"
#include "rr_timeline_paint.h"

#include <algorithm>

namespace rupture_repair {
namespace {

// Print sizes, in points.
constexpr float kMargin = 36, kTitlePt = 16, kLinePt = 9.5f, kTimelineFontPt = 9, kPrintUiScale = 0.6f;

} // namespace

void draw_timeline_picture(wb::Canvas& cv, const wb_palette& paper, const CaseRecord& record, const Settings& settings,
                           const std::string& today, const wb_export_job& job) {
    const wb_palette& p = paper;
    const float w = job.width, h = job.height;

    const float line_y = wb::picture_header(cv, job, "Rupture timeline", kMargin, kTitlePt);
    if (record.ruptures.empty()) {
        cv.text(kMargin, line_y, "No ruptures logged yet for this family.", p.text_muted, kLinePt * 1.2f);
        return;
    }
    int open = 0;
    for (const Rupture& r : record.ruptures) open += is_open(r.status) ? 1 : 0;
    const std::size_t n = record.ruptures.size();
    const std::string what = std::to_string(n) + (n == 1 ? " rupture logged, " : " ruptures logged, ") +
                             std::to_string(open) + " still open; " + std::to_string(record.alliance.size()) +
                             (record.alliance.size() == 1 ? " alliance check" : " alliance checks") + "; as of " + today;
    cv.text(kMargin, line_y, what.c_str(), p.text_muted, kLinePt);

    TimelinePaint m;
    m.origin_x = kMargin;
    m.origin_y = line_y + kLinePt * 2.2f;
    TimelineInputs in;
    in.generation = 1;
    in.width = w - 2 * kMargin;
    in.height = std::max(h - kMargin - m.origin_y, 80.0f);
    in.font = kTimelineFontPt;
    in.scale = kPrintUiScale;
    in.today = day_number(today).value_or(0);
    in.low_alliance = settings.low_alliance;
    measure_timeline_text(in, [&cv](const char* text, float size) { return cv.text_width(text, size); });
    TimelineScene scene;
    build_timeline(scene, in, record.ruptures, record.repairs, record.sessions, record.alliance);

    m.scene = &scene;
    m.record = &record;
    m.low_alliance = settings.low_alliance;
    paint_timeline(cv, p, m);
}

wb::ExportSpec timeline_export_spec(wb::Host host) {
    wb::ExportSpec spec;
    spec.id = kTimelineExportId;
    spec.title = "Rupture timeline";
    spec.formats = WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG;
    spec.paged = false;
    spec.width = 842; // A4 landscape, in points
    spec.height = 595;
    spec.draw = [host](wb::Canvas& cv, const wb_export_job& job) {
        if (job.case_id == 0) throw wb::Error(WB_INVALID, "Pick a case to export its rupture timeline.");
        draw_timeline_picture(cv, *job.palette, RuptureModel(host).load(job.case_id), read_settings(host),
                              today_local(), job);
    };
    return spec;
}

} // namespace rupture_repair
