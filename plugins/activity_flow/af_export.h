// af_export.h - the "flow" export: a recording's sequence diagram with its
// key and figures as a PDF, SVG or PNG picture (the same paint_diagram()
// as the panel), and the figures as Markdown or JSON. It loads what it
// draws itself (job.case_id, job.item_id), so it works from `workbench
// export` with no panel ever drawn, and calls no ImGui.
//
// The item names the recording in its low 32 bits and, optionally, a
// second recording to compare with in its high 32 bits (0: none); item 0
// is the case's latest recording.
#pragma once

#include "af_model.h"

#include <workbench/plugin.hpp>

#include <optional>
#include <string>

namespace activity_flow {

inline constexpr const char* kFlowExportId = "flow";

inline int64_t export_item(int64_t recording_id, int64_t compare_id) {
    return (recording_id & 0xFFFFFFFF) | ((compare_id & 0xFFFFFFFF) << 32);
}

// What an export shows: the recording and, optionally, one to compare.
struct ExportContent {
    RecordingData a;
    std::optional<RecordingData> b;
};
// Throws wb::Error with a message for the user when there is nothing to export.
ExportContent export_content(const ActivityModel& model, int64_t case_id, int64_t item);

void draw_flow_picture(wb::Canvas& cv, const wb_palette& paper, const ExportContent& c, const wb_export_job& job);
std::string flow_markdown(const ExportContent& c, const char* stamp);
std::string flow_json(const ExportContent& c);

wb::ExportSpec flow_export_spec(wb::Host host);

} // namespace activity_flow
