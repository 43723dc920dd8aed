// spiral_export.h - the "map" export: the case's spiral as a PDF, SVG or
// PNG picture, drawn by the same paint_map() as the panel, with a title
// line and the legend. It loads the case itself (job.case_id), so it works
// from `workbench export` with no panel ever drawn, and calls no ImGui.
#pragma once

#include "spiral_types.h"

#include <workbench/plugin.hpp>

#include <vector>

namespace spiral_mapper {

inline constexpr const char* kMapExportId = "map";

// Draws `steps` (in time order) on a job.width x job.height picture in
// points, in the print colours `paper` (wb_export_job::palette).
void draw_spiral_picture(wb::Canvas& cv, const wb_palette& paper, const std::vector<Step>& steps,
                         const wb_export_job& job);

// The export's registration: loads job.case_id through SpiralModel.
wb::ExportSpec map_export_spec(wb::Host host);

} // namespace spiral_mapper
