// cz_export.h - the "map" export: the case's zone map as a PDF, SVG or PNG
// picture, drawn by the same paint_zone_map() as the panel, with a title
// line and the legend. It loads the case itself (job.case_id), so it works
// from `workbench export` with no panel ever drawn, and calls no ImGui.
#pragma once

#include "cz_model.h"

#include <workbench/plugin.hpp>

#include <string>

namespace challenge_zones {

inline constexpr const char* kMapExportId = "map";

// Draws `plan` on a job.width x job.height picture in points, in print
// colours `paper` (wb_export_job::palette), with "Now" at `today` (YYYY-MM-DD).
void draw_zone_picture(wb::Canvas& cv, const wb_palette& paper, const CasePlan& plan, const std::string& today,
                       const wb_export_job& job);

// The export's registration: loads job.case_id through ChallengeModel.
wb::ExportSpec map_export_spec(wb::Host host);

} // namespace challenge_zones
