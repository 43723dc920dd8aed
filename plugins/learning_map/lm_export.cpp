// lm_export.cpp - the "map" and "family_map" exports (see lm_export.h):
// white paper, a title line with the case's stamp, a line saying which
// session the map is as of, then the map and its legend through
// paint_learning_map(), inside the margins, with nothing selected.
#include "lm_export.h"

#include "lm_paint.h"
#include "lm_scene.h"

#include <algorithm>
#include <string>

namespace learning_map {
namespace {

// Print sizes, in points.
constexpr float kMargin = 36, kTitlePt = 16, kLinePt = 9.5f, kMapFontPt = 9, kPrintUiScale = 0.6f;

} // namespace

void draw_map_picture(wb::Canvas& cv, const wb_palette& paper, const CaseData& data, int index, bool family,
                      const wb_export_job& job) {
    const wb_palette& p = paper;
    const float line_y = wb::picture_header(cv, job, family ? "Our learning map" : "Parents' learning map", kMargin, kTitlePt);
    if (data.sessions.empty()) {
        cv.text(kMargin, line_y, "No sessions recorded yet for this family: the map starts with the first session.",
                p.text_muted, kLinePt * 1.2f);
        return;
    }
    const MapState state = map_as_of(data, index);
    const std::string what =
        (family ? "Up to our visit on " : "As of session ") +
        (family ? state.date
                : std::to_string(state.session_index + 1) + " of " + std::to_string(data.sessions.size()) + " (" +
                      state.date + ")") +
        (family ? "" : "; " + std::to_string(state.total) + (state.total == 1 ? " sign of learning" : " signs of learning") +
                           " recorded so far");
    cv.text(kMargin, line_y, what.c_str(), p.text_muted, kLinePt);

    SceneInputs in;
    in.width = job.width - 2 * kMargin;
    const float top = line_y + kLinePt * 2.2f;
    in.height = std::max(job.height - kMargin - top, 80.0f);
    in.font = kMapFontPt;
    in.scale = kPrintUiScale;
    in.family = family;
    MapScene scene;
    build_scene(scene, in, [&cv](const char* text, float px, bool bold) {
        return cv.text_width(text, px, bold ? WB_TEXT_BOLD : WB_TEXT_REGULAR);
    });
    MapPaint m;
    m.scene = &scene;
    m.state = &state;
    m.origin_x = kMargin;
    m.origin_y = top;
    m.family = family;
    paint_learning_map(cv, p, m);
}

wb::ExportSpec map_export_spec(wb::Host host, bool family) {
    wb::ExportSpec spec;
    spec.id = family ? kFamilyMapExportId : kMapExportId;
    spec.title = family ? "Learning map (with family)" : "Learning map";
    spec.formats = WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG;
    spec.paged = false;
    spec.width = 842; // A4 landscape, in points
    spec.height = 595;
    spec.draw = [host, family](wb::Canvas& cv, const wb_export_job& job) {
        if (job.case_id == 0) throw wb::Error(WB_INVALID, "Pick a case to export its learning map.");
        const CaseData data = LearningModel(host).load(job.case_id);
        int index = -1; // the latest
        if (job.item_id != 0) {
            index = session_index_of(data, job.item_id);
            if (index < 0) throw wb::Error(WB_INVALID, "That session is not part of this case: pick one of its sessions.");
        }
        draw_map_picture(cv, *job.palette, data, index, family, job);
    };
    return spec;
}

} // namespace learning_map
