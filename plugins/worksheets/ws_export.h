// ws_export.h - files in and out, through the host (plugins never touch
// the filesystem): the worksheet export ("sheet": PDF, SVG, PNG from the
// paginated layout, Markdown as text; also as an empty form), the template
// export ("template": its JSON) and the template import (a shared JSON file
// checked and stored as a user template in one edit).
//
// Each spec's functions are plain functions of the store, so the tests call
// them without a host dialog. They throw wb::Error with a message the host
// shows; nothing is stored when an import is refused.
#pragma once

#include "ws_print_layout.h"
#include "ws_store.h"

#include <workbench/plugin.hpp>

#include <string>
#include <string_view>

namespace worksheets {

// What a worksheet export prints: the template, the answers (empty for a
// blank form) and the title.
struct SheetDocument {
    Template tpl;
    Answers answers;
    std::string title;
};
// The worksheet `job.item_id` of case `job.case_id`; throws wb::Error when
// it is missing or belongs to another case.
SheetDocument sheet_document(const WorksheetStore& store, const wb_export_job& job);

// The paginated worksheet drawn on `c` (a page of job.width x job.height
// points), page after page.
void draw_sheet(wb::Canvas& c, const wb_export_job& job, const SheetDocument& doc);
// The layout alone, measured with the canvas (drawn by draw_layout).
void draw_layout(wb::Canvas& c, const PrintLayout& layout);

// The worksheet as Markdown: title, stamp, purpose, a heading per section,
// each question in bold and its answer (or a place to write, when blank).
std::string sheet_markdown(const SheetDocument& doc, std::string_view stamp, bool blank);

// The template `ref` (TemplateEntry::ref) as JSON; throws when it is gone.
std::string template_json(const WorksheetStore& store, int64_t ref);
// Checks and stores a shared template file; throws wb::Error(WB_INVALID)
// with the problem and where it is, storing nothing.
void receive_template(WorksheetStore& store, std::string_view bytes);

// The three specs the plugin registers.
wb::ExportSpec sheet_export_spec(wb::Host host);
wb::ExportSpec template_export_spec(wb::Host host);
wb::ImportSpec template_import_spec(wb::Host host);

} // namespace worksheets
