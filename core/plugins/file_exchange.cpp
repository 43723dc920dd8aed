// core/plugins/file_exchange.cpp - writing export files completely or not
// at all, reading import files within their limit (file_exchange.h).
#include "plugins/file_exchange.h"

#include "plugins/canvas_cairo.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

namespace fs = std::filesystem;

namespace wb::core {

PagePoints page_points(PageSize page) {
    return page == PageSize::A3 ? PagePoints{842, 1191} : PagePoints{595, 842};
}

namespace {
struct FormatRow {
    wb_format format;
    const char* name;
    const char* extension;
};
constexpr FormatRow kFormats[] = {
    {WB_FORMAT_PDF, "PDF", ".pdf"},           {WB_FORMAT_SVG, "SVG", ".svg"},
    {WB_FORMAT_PNG, "PNG", ".png"},           {WB_FORMAT_MARKDOWN, "Markdown", ".md"},
    {WB_FORMAT_JSON, "JSON", ".json"},
};
} // namespace

const char* format_name(wb_format f) {
    for (const auto& row : kFormats)
        if (row.format == f) return row.name;
    return "unknown format";
}

const char* format_extension(wb_format f) {
    for (const auto& row : kFormats)
        if (row.format == f) return row.extension;
    return "";
}

std::optional<wb_format> parse_format(const std::string& name) {
    if (name == "markdown") return WB_FORMAT_MARKDOWN;
    for (const auto& row : kFormats)
        if (name == row.extension + 1) return row.format;
    return std::nullopt;
}

std::string format_list(uint32_t bits) {
    std::string out;
    for (const auto& row : kFormats)
        if (bits & row.format) out += (out.empty() ? "" : ", ") + std::string(row.name);
    return out;
}

bool is_drawn(wb_format f) { return f == WB_FORMAT_PDF || f == WB_FORMAT_SVG || f == WB_FORMAT_PNG; }

std::string human_size(uint64_t bytes) {
    char buf[64];
    if (bytes < 1024) std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
    else if (bytes < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.0f KB", bytes / 1024.0);
    else std::snprintf(buf, sizeof buf, "%.1f MB", bytes / (1024.0 * 1024.0));
    return buf;
}

namespace {

// A hidden file beside `out`, unique to this process and call.
fs::path temp_beside(const fs::path& out) {
    static std::atomic<unsigned> counter{0};
    std::string name = ".";
    name += out.filename().string();
    name += ".part-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    return out.parent_path() / name;
}

struct TextFile {
    std::FILE* file = nullptr;
    bool failed = false;
};

void text_sink(void* ctx, const char* utf8, int32_t bytes) {
    auto* t = static_cast<TextFile*>(ctx);
    if (!t || !utf8 || bytes <= 0 || t->failed) return;
    if (std::fwrite(utf8, 1, static_cast<size_t>(bytes), t->file) != static_cast<size_t>(bytes)) t->failed = true;
}

Status write_temp(const ExportTarget& target, const fs::path& temp, const DrawExport& draw,
                  const WriteExport& write, int& pages) {
    if (is_drawn(target.format)) {
        if (!draw) return Status::fail(std::string("this export cannot be drawn as ") + format_name(target.format));
        auto canvas = CairoCanvas::open(target.format, target.width, target.height, temp);
        if (!canvas) return canvas.status();
        if (Status s = draw(canvas.value().get()); !s) return s;
        pages = canvas.value()->pages();
        return canvas.value()->finish();
    }
    if (!write) return Status::fail(std::string("this export cannot be written as ") + format_name(target.format));
    TextFile t;
    t.file = std::fopen(temp.c_str(), "wb");
    if (!t.file) return Status::fail("cannot write " + temp.string() + ": " + std::strerror(errno));
    Status s = write(&text_sink, &t);
    const bool closed = std::fclose(t.file) == 0;
    if (!s) return s;
    if (t.failed || !closed) return Status::fail("the file could not be written (is the disk full?)");
    pages = 1;
    return Status::ok();
}

} // namespace

Status write_export_file(const ExportTarget& target, const DrawExport& draw, const WriteExport& write, int* pages) {
    std::error_code ec;
    const fs::path out = target.out;
    if (out.empty() || out.filename().empty() || fs::is_directory(out, ec))
        return Status::fail(std::string("\"").append(out.string()) + "\" is not a file name: add one, e.g. export" +
                            format_extension(target.format));
    const fs::path folder = out.parent_path().empty() ? fs::path(".") : out.parent_path();
    if (!fs::is_directory(folder, ec))
        return Status::fail(std::string("the folder ").append(folder.string()) +
                            " does not exist: create it or choose another");
    const fs::path temp = temp_beside(folder / out.filename());
    int drawn = 0;
    Status s = write_temp(target, temp, draw, write, drawn);
    if (s) {
        fs::rename(temp, out, ec);
        if (ec) s = Status::fail("the file could not be saved as " + out.string() + ": " + ec.message());
    }
    if (!s) {
        fs::remove(temp, ec);
        return s;
    }
    if (pages) *pages = drawn;
    return Status::ok();
}

Result<std::string> read_import_file(const fs::path& file, int64_t max_bytes) {
    std::error_code ec;
    const fs::file_status st = fs::status(file, ec);
    if (ec || !fs::exists(st)) return Status::fail("there is no file at " + file.string());
    if (fs::is_directory(st)) return Status::fail(file.string() + " is a folder: choose a file in it");
    const uintmax_t size = fs::file_size(file, ec);
    if (ec) return Status::fail("cannot read " + file.string() + ": " + ec.message());
    if (max_bytes >= 0 && size > static_cast<uintmax_t>(max_bytes))
        return Status::fail(file.filename().string() + " is " + human_size(size) + ", larger than the " +
                            human_size(static_cast<uint64_t>(max_bytes)) +
                            " this import accepts, so it was not read");
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::fail("cannot read " + file.string() + ": " + std::strerror(errno));
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return Status::fail("cannot read " + file.string() + ": reading stopped part way");
    // The size may have grown since it was checked.
    if (max_bytes >= 0 && bytes.size() > static_cast<uintmax_t>(max_bytes))
        return Status::fail(file.filename().string() + " grew past the " +
                            human_size(static_cast<uint64_t>(max_bytes)) + " limit while it was read");
    return bytes;
}

} // namespace wb::core
