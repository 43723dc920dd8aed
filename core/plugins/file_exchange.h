// core/plugins/file_exchange.h - the file side of exports and imports
// (abi.h, since 1.2), apart from the plugins: format names, page sizes,
// writing an export's file so that it is either complete or absent, and
// reading an import's file within its size limit.
#pragma once

#include "util/status.h"

#include <workbench/abi.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace wb::core {

// Portrait page sizes in points.
enum class PageSize { A4, A3 };
struct PagePoints {
    float width, height;
};
PagePoints page_points(PageSize page); // A4 595 x 842, A3 842 x 1191

const char* format_name(wb_format f);      // "PDF", "SVG", "PNG", "Markdown", "JSON"
const char* format_extension(wb_format f); // ".pdf", ".svg", ".png", ".md", ".json"
// "pdf", "svg", "png", "md" (or "markdown"), "json"; nullopt otherwise.
std::optional<wb_format> parse_format(const std::string& name);
// The formats set in `bits`, in the order above, e.g. "PDF, SVG, Markdown".
std::string format_list(uint32_t bits);
bool is_drawn(wb_format f); // PDF, SVG, PNG

// Writes an export to `out`: first into a temporary file beside it, which
// is renamed over `out` only when everything succeeded, and removed
// otherwise, so a failure never leaves a half-written file (nor replaces
// an older one). Drawn formats call `draw` with a cairo canvas of `width`
// x `height` points; text formats call `write` with a sink into the file.
// The callbacks return the plugin's outcome. On success, `pages` (if
// given) receives the number of pages drawn (1 for text).
struct ExportTarget {
    wb_format format = WB_FORMAT_PDF;
    float width = 0, height = 0;
    std::filesystem::path out;
};
using DrawExport = std::function<Status(wb_canvas* canvas)>;
using WriteExport = std::function<Status(wb_text_sink sink, void* ctx)>;
Status write_export_file(const ExportTarget& target, const DrawExport& draw, const WriteExport& write,
                         int* pages = nullptr);

// The bytes of `file`, refused (before reading) when it is larger than
// `max_bytes`, missing, a folder or unreadable; messages say which.
Result<std::string> read_import_file(const std::filesystem::path& file, int64_t max_bytes);

// A size for people: "512 bytes", "12 KB", "1.5 MB".
std::string human_size(uint64_t bytes);

} // namespace wb::core
