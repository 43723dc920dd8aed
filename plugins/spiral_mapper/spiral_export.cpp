// spiral_export.cpp - the "map" export (see spiral_export.h): white paper,
// a title line with the case's stamp, a line saying what is shown, then
// the map and its legend through paint_map(), fitted inside the margins.
// The legend goes where the map on screen would put it (layout_legend).
#include "spiral_export.h"

#include "spiral_colours.h"
#include "spiral_layout.h"
#include "spiral_map_paint.h"
#include "spiral_model.h"
#include "spiral_scene.h"

#include <algorithm>
#include <string>

namespace spiral_mapper {
namespace {

// Print sizes, in points.
constexpr float kMargin = 36, kTitlePt = 16, kLinePt = 9.5f, kMapFontPt = 9, kPrintUiScale = 0.6f;

} // namespace

void draw_spiral_picture(wb::Canvas& cv, const wb_palette& paper, const std::vector<Step>& steps,
                         const wb_export_job& job) {
    const wb_palette& p = paper;
    const float w = job.width, h = job.height;
    const MeasureText measure = [&cv](const char* text, float px) { return cv.text_width(text, px); };

    const float line_y = wb::picture_header(cv, job, "Partnership spiral", kMargin, kTitlePt);
    if (steps.empty()) {
        cv.text(kMargin, line_y, "No steps recorded yet on this family's spiral.", p.text_muted, kLinePt * 1.2f);
        return;
    }
    const std::string what = std::to_string(steps.size()) + (steps.size() == 1 ? " step, " : " steps, ") +
                             steps.front().date + " to " + steps.back().date;
    cv.text(kMargin, line_y, what.c_str(), p.text_muted, kLinePt);

    // The region below the heading: the map, with its legend below or beside it.
    MapPaint m;
    m.origin_x = kMargin;
    m.origin_y = line_y + kLinePt * 2.2f;
    m.width = w - 2 * kMargin;
    m.height = std::max(h - kMargin - m.origin_y, 40.0f);
    m.font_px = kMapFontPt;
    m.ui_scale = kPrintUiScale;

    const LayoutParams params;
    const Layout layout = layout_spiral(steps, params);
    const std::vector<char> shown(steps.size(), 1); // a file shows every step
    const std::size_t n = steps.size();
    const bool dense = is_dense(shown, n);
    const Bounds bounds = content_bounds(layout, n, params);
    LegendSpace space;
    space.width = m.width;
    space.height = m.height;
    space.content_aspect = bounds.width() / std::max(bounds.height(), 1.0f);
    space.ui_scale = m.ui_scale;
    space.font_px = m.font_px;
    if (dense) space.note = busy_map_note(m.width - 20 * m.ui_scale, m.font_px, measure, false);
    const Legend legend = layout_legend(space, measure);
    // A strip along the bottom keeps a line's gap from the spiral above it.
    const float map_h = legend.beside ? legend.map_h : std::max(legend.map_h - kLinePt, m.height * 0.5f);
    const ViewFit fit = fit_to_view(bounds, legend.map_w, map_h);

    SceneInputs in;
    in.layout_generation = 1;
    in.filter_generation = 1;
    in.visible = n;
    in.selected = -1;
    in.scale = fit.scale;
    in.number_units = map_text_units(m.font_px * 0.78f, 1.0f, m.font_px, fit.scale);
    in.digit_units = measure("0", in.number_units * fit.scale) / fit.scale;
    Scene scene;
    build_scene(scene, in, layout, steps, shown, params);

    m.layout = &layout;
    m.steps = &steps;
    m.shown = &shown;
    m.scene = &scene;
    m.params = &params;
    m.legend = &legend;
    m.scale = fit.scale;
    m.offset_x = fit.offset_x;
    m.offset_y = fit.offset_y;
    m.visible = n;
    PaintScratch scratch;
    paint_map(cv, p, m, measure, scratch);
}

wb::ExportSpec map_export_spec(wb::Host host) {
    wb::ExportSpec spec;
    spec.id = kMapExportId;
    spec.title = "Partnership spiral";
    spec.formats = WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG;
    spec.paged = false;
    spec.width = 842; // A4 landscape, in points
    spec.height = 595;
    spec.draw = [host](wb::Canvas& cv, const wb_export_job& job) {
        if (job.case_id == 0) throw wb::Error(WB_INVALID, "Pick a case to export its spiral.");
        SpiralModel model(host);
        if (!model.case_exists(job.case_id)) throw wb::Error(WB_NOT_FOUND, "This case no longer exists.");
        draw_spiral_picture(cv, *job.palette, model.load(job.case_id), job);
    };
    return spec;
}

} // namespace spiral_mapper
