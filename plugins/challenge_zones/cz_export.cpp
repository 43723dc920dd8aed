// cz_export.cpp - the "map" export (see cz_export.h): white paper, a title
// line with the case's stamp, a line saying what is shown, then the zone
// map and its legend through paint_zone_map(), inside the margins. Every
// trajectory is drawn (a dense map keeps the latest few, as on screen),
// with nothing selected or hovered.
#include "cz_export.h"

#include "cz_colours.h"
#include "cz_map_paint.h"
#include "cz_scene.h"

#include <algorithm>
#include <cstdio>

namespace challenge_zones {
namespace {

// Print sizes, in points.
constexpr float kMargin = 36, kTitlePt = 16, kLinePt = 9.5f, kMapFontPt = 9, kPrintUiScale = 0.6f;

} // namespace

void draw_zone_picture(wb::Canvas& cv, const wb_palette& paper, const CasePlan& plan, const std::string& today,
                       const wb_export_job& job) {
    const wb_palette& p = paper;
    const float w = job.width, h = job.height;

    const float line_y = wb::picture_header(cv, job, "Challenge zones", kMargin, kTitlePt);
    if (plan.challenges.empty()) {
        cv.text(kMargin, line_y, "No challenges planned yet for this family.", p.text_muted, kLinePt * 1.2f);
        return;
    }
    PlanIndex index;
    build_index(index, plan.challenges, plan.placements);
    const std::size_t n = plan.challenges.size();
    const std::string what = std::to_string(n) + (n == 1 ? " challenge, " : " challenges, ") +
                             std::to_string(index.with_placements) + " placed; as of " + today;
    cv.text(kMargin, line_y, what.c_str(), p.text_muted, kLinePt);

    ZoneMapPaint m;
    m.origin_x = kMargin;
    m.origin_y = line_y + kLinePt * 2.2f;
    SceneInputs in;
    in.plan_generation = 1;
    in.width = w - 2 * kMargin;
    in.height = std::max(h - kMargin - m.origin_y, 60.0f);
    in.font = kMapFontPt;
    in.scale = kPrintUiScale;
    measure_map_text(in, [&cv](const char* text, float size) { return cv.text_width(text, size); });
    in.today = day_number(today).value_or(0);
    in.mode = TrailMode::All;
    MapScene scene;
    build_scene(scene, in, index, plan.challenges, plan.placements);
    if (scene.dense) {
        // A file has no selection or pointer to mention.
        char note[120];
        std::snprintf(note, sizeof note, "Trajectories: the %zu latest of %zu challenges", kRecentTrails,
                      index.with_placements);
        scene.dense_note = note;
    }
    std::vector<char> trail_shown;
    trails_before_hover(TrailMode::All, index.recency_rank, -1, trail_shown);

    m.scene = &scene;
    m.challenges = &plan.challenges;
    m.trail_shown = &trail_shown;
    m.trails = TrailMode::All;
    std::vector<float> ring_scratch;
    paint_zone_map(cv, p, m, ring_scratch);
}

wb::ExportSpec map_export_spec(wb::Host host) {
    wb::ExportSpec spec;
    spec.id = kMapExportId;
    spec.title = "Challenge zones";
    spec.formats = WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG;
    spec.paged = false;
    spec.width = 842; // A4 landscape, in points
    spec.height = 595;
    spec.draw = [host](wb::Canvas& cv, const wb_export_job& job) {
        if (job.case_id == 0) throw wb::Error(WB_INVALID, "Pick a case to export its challenge zones.");
        draw_zone_picture(cv, *job.palette, ChallengeModel(host).load(job.case_id), today_local(), job);
    };
    return spec;
}

} // namespace challenge_zones
