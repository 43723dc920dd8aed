// rr_export.h - the "timeline" export: the case's rupture timeline as a
// PDF, SVG or PNG picture, drawn by the same paint_timeline() as the
// panel, with a title line and the legend. It loads the case itself
// (job.case_id), so it works from `workbench export` with no panel ever
// drawn, and calls no ImGui.
#pragma once

#include "rr_model.h"

#include <workbench/plugin.hpp>

#include <string>

namespace rupture_repair {

inline constexpr const char* kTimelineExportId = "timeline";

// Draws `record` on a job.width x job.height picture in points, in print
// colours `paper` (wb_export_job::palette), with "Today" at `today` (YYYY-MM-DD).
void draw_timeline_picture(wb::Canvas& cv, const wb_palette& paper, const CaseRecord& record, const Settings& settings,
                           const std::string& today, const wb_export_job& job);

// The export's registration: loads job.case_id through RuptureModel.
wb::ExportSpec timeline_export_spec(wb::Host host);

} // namespace rupture_repair
