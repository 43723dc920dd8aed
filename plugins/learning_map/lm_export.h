// lm_export.h - the map's exports: the learning map as a PDF, SVG or PNG
// picture ("map"), and the same in plain words for the family
// ("family_map"), drawn by the same paint_learning_map() as the panel.
// The item is the session to show the map as of (0: the latest). Each
// loads the case itself (job.case_id), so it works from `workbench
// export` with no panel ever drawn, and calls no ImGui. No note is ever
// drawn: only labels, counts, markers and ratings.
#pragma once

#include "lm_model.h"

#include <workbench/plugin.hpp>

namespace learning_map {

inline constexpr const char* kMapExportId = "map";
inline constexpr const char* kFamilyMapExportId = "family_map";

// Draws `data` as of session index `index` (out of range: the latest) on a
// job.width x job.height picture in points, in print colours `paper`.
void draw_map_picture(wb::Canvas& cv, const wb_palette& paper, const CaseData& data, int index, bool family,
                      const wb_export_job& job);

wb::ExportSpec map_export_spec(wb::Host host, bool family);

} // namespace learning_map
