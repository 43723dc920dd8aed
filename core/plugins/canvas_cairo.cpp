// core/plugins/canvas_cairo.cpp - the cairo canvas (see canvas_cairo.h).
//
// Shapes are built under the plugin's transform as true vector paths
// (circles stay circles in a PDF), then stroked with the width scaled by
// the transform's overall scale, as on screen. Text is placed upright at
// the transformed point with its top-left there (the screen's convention;
// cairo's is the baseline, so the font's ascent is added). Fonts come from
// cairo's own font API by family name ("DejaVu Sans", from
// fonts-dejavu-core), so PDFs embed a subset and their text stays text.
#include "plugins/canvas_cairo.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

namespace wb::core {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr const char* kFontFamily = "DejaVu Sans";

void xml_escape(std::string& out, std::string_view s) {
    for (char ch : s) {
        switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default:
            // Control characters are not allowed in XML 1.0.
            if (static_cast<unsigned char>(ch) >= 0x20 || ch == '\t') out += ch;
        }
    }
}

// Colours are 0xAABBGGRR (as ImGui packs them).
void set_colour(cairo_t* cr, uint32_t c) {
    cairo_set_source_rgba(cr, (c & 0xFF) / 255.0, ((c >> 8) & 0xFF) / 255.0, ((c >> 16) & 0xFF) / 255.0,
                          ((c >> 24) & 0xFF) / 255.0);
}

// cairo refuses invalid UTF-8 by stopping the whole drawing; a plugin's bad
// byte becomes U+FFFD instead.
std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        bool ok = n > 0 && i + n <= s.size();
        for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (ok && n > 1) { // no overlong forms, surrogates or values past U+10FFFF
            uint32_t cp = b & (0xFF >> (n + 1));
            for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
            const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
            ok = cp >= min[n] && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        }
        if (ok) {
            out.append(s.substr(i, n));
            i += n;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

} // namespace

Result<std::unique_ptr<CairoCanvas>> CairoCanvas::open(wb_format format, float width, float height,
                                                       const std::filesystem::path& file) {
    if (format != WB_FORMAT_PDF && format != WB_FORMAT_SVG && format != WB_FORMAT_PNG)
        return Status::fail("only PDF, SVG and PNG are drawn");
    if (!(width >= 1 && height >= 1 && width <= 14400 && height <= 14400))
        return Status::fail("the page size " + std::to_string(width) + " x " + std::to_string(height) +
                            " points is not usable (1 to 14400 points each way)");
    std::FILE* f = std::fopen(file.c_str(), "wb");
    if (!f) return Status::fail("cannot write " + file.string() + ": " + std::strerror(errno));
    std::unique_ptr<CairoCanvas> canvas(new CairoCanvas(format, width, height, f));
    if (cairo_status(canvas->cr_) != CAIRO_STATUS_SUCCESS)
        return Status::fail(std::string("the drawing could not be started: ") +
                            cairo_status_to_string(cairo_status(canvas->cr_)));
    return canvas;
}

CairoCanvas::CairoCanvas(wb_format format, float width, float height, std::FILE* file)
    : format_(format), width_(width), height_(height), file_(file) {
    switch (format) {
    case WB_FORMAT_PDF:
        surface_ = cairo_pdf_surface_create_for_stream(&write_out, this, width, height);
        break;
    case WB_FORMAT_SVG:
        surface_ = cairo_svg_surface_create_for_stream(&write_out, this, width, height);
        cairo_svg_surface_set_document_unit(surface_, CAIRO_SVG_UNIT_PT);
        break;
    default:
        surface_ = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(std::ceil(width * kPngScale)),
                                              static_cast<int>(std::ceil(height * kPngScale)));
        break;
    }
    cr_ = cairo_create(surface_);
    if (format == WB_FORMAT_PNG) {
        cairo_scale(cr_, kPngScale, kPngScale);
        // A picture to look at: on white, like the page it stands for.
        cairo_set_source_rgb(cr_, 1, 1, 1);
        cairo_paint(cr_);
    }
}

CairoCanvas::~CairoCanvas() {
    if (cr_) cairo_destroy(cr_);
    if (surface_) {
        if (!finished_) cairo_surface_finish(surface_);
        cairo_surface_destroy(surface_);
    }
    if (file_) std::fclose(file_);
}

// PDF and PNG bytes go straight to the file; an SVG's wait in svg_.
cairo_status_t CairoCanvas::write_out(void* closure, const unsigned char* data, unsigned int length) {
    auto* self = static_cast<CairoCanvas*>(closure);
    if (self->format_ == WB_FORMAT_SVG) {
        self->svg_.append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    }
    if (std::fwrite(data, 1, length, self->file_) == length) return CAIRO_STATUS_SUCCESS;
    self->write_failed_ = true;
    return CAIRO_STATUS_WRITE_ERROR;
}

std::string CairoCanvas::svg_text_layer() const {
    std::string g = "<g id=\"text-layer\" fill=\"#000\" fill-opacity=\"0\" font-family=\"DejaVu Sans, sans-serif\">\n";
    char buf[160];
    for (const TextRun& t : svg_texts_) {
        std::snprintf(buf, sizeof buf, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.2f\"%s%s>", t.x, t.baseline, t.size,
                      (t.style & WB_TEXT_BOLD) ? " font-weight=\"bold\"" : "",
                      (t.style & WB_TEXT_ITALIC) ? " font-style=\"italic\"" : "");
        g += buf;
        xml_escape(g, t.text);
        g += "</text>\n";
    }
    return g + "</g>\n";
}

Status CairoCanvas::finish() {
    if (finished_) return Status::fail("the file was already finished");
    finished_ = true;
    cairo_status_t status = cairo_status(cr_);
    if (status == CAIRO_STATUS_SUCCESS && format_ == WB_FORMAT_PNG) {
        cairo_surface_flush(surface_);
        status = cairo_surface_write_to_png_stream(surface_, &write_out, this);
    }
    cairo_surface_finish(surface_); // writes the rest of a PDF or SVG
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface_);
    if (status == CAIRO_STATUS_SUCCESS && format_ == WB_FORMAT_SVG) {
        const size_t end = svg_.rfind("</svg>");
        if (end == std::string::npos) return Status::fail("the SVG could not be written: cairo left it unfinished");
        svg_.insert(end, svg_text_layer());
        if (std::fwrite(svg_.data(), 1, svg_.size(), file_) != svg_.size()) write_failed_ = true;
    }
    const bool closed = std::fclose(std::exchange(file_, nullptr)) == 0;
    if (write_failed_) return Status::fail("the file could not be written (is the disk full?)");
    if (status != CAIRO_STATUS_SUCCESS)
        return Status::fail(std::string("the file could not be written: ") + cairo_status_to_string(status));
    if (!closed) return Status::fail(std::string("the file could not be written: ") + std::strerror(errno));
    return Status::ok();
}

bool CairoCanvas::drawable() const {
    if (finished_ || (page_ > 0 && format_ != WB_FORMAT_PDF)) return false;
    const double det = a * d - b * c;
    return std::isfinite(det) && std::fabs(det) > 1e-12 && std::isfinite(e) && std::isfinite(f);
}

template <class F>
bool CairoCanvas::build_path(F&& build) {
    if (!drawable()) return false;
    cairo_save(cr_);
    cairo_matrix_t m;
    cairo_matrix_init(&m, a, b, c, d, e, f);
    cairo_transform(cr_, &m);
    cairo_new_path(cr_);
    build();
    cairo_restore(cr_); // the path keeps its device coordinates
    return true;
}

void CairoCanvas::stroke(uint32_t color, float thickness) {
    set_colour(cr_, color);
    cairo_set_line_width(cr_, std::max(0.0f, thickness * scale()));
    cairo_stroke(cr_);
}

void CairoCanvas::fill(uint32_t color) {
    set_colour(cr_, color);
    cairo_fill(cr_);
}

void CairoCanvas::line(float x0, float y0, float x1, float y1, uint32_t color, float thickness) {
    if (build_path([&] {
            cairo_move_to(cr_, x0, y0);
            cairo_line_to(cr_, x1, y1);
        }))
        stroke(color, thickness);
}

namespace {
bool finite_points(const float* xy, int32_t count) {
    for (int32_t i = 0; i < 2 * count; ++i)
        if (!std::isfinite(xy[i])) return false;
    return true;
}
void points_path(cairo_t* cr, const float* xy, int32_t count) {
    cairo_move_to(cr, xy[0], xy[1]);
    for (int32_t i = 1; i < count; ++i) cairo_line_to(cr, xy[2 * i], xy[2 * i + 1]);
}
} // namespace

void CairoCanvas::polyline(const float* xy, int32_t count, uint32_t color, float thickness, bool closed) {
    if (!finite_points(xy, count)) return;
    if (build_path([&] {
            points_path(cr_, xy, count);
            if (closed) cairo_close_path(cr_);
        }))
        stroke(color, thickness);
}

void CairoCanvas::polygon_filled(const float* xy, int32_t count, uint32_t color) {
    if (!finite_points(xy, count)) return;
    if (build_path([&] {
            points_path(cr_, xy, count);
            cairo_close_path(cr_);
        }))
        fill(color);
}

void CairoCanvas::circle(float x, float y, float r, uint32_t color, float thickness) {
    if (build_path([&] { cairo_arc(cr_, x, y, r, 0, 2 * kPi); })) stroke(color, thickness);
}

void CairoCanvas::circle_filled(float x, float y, float r, uint32_t color) {
    if (build_path([&] { cairo_arc(cr_, x, y, r, 0, 2 * kPi); })) fill(color);
}

void CairoCanvas::arc(float x, float y, float r, float a0, float a1, uint32_t color, float thickness) {
    if (build_path([&] {
            if (a1 > a0) cairo_arc(cr_, x, y, r, a0, a1);
            else cairo_arc_negative(cr_, x, y, r, a0, a1);
        }))
        stroke(color, thickness);
}

void CairoCanvas::rect_filled(float x0, float y0, float x1, float y1, uint32_t color, float rounding) {
    const double l = std::min(x0, x1), t = std::min(y0, y1), w = std::fabs(x1 - x0), h = std::fabs(y1 - y0);
    const double r = std::min({static_cast<double>(rounding), w / 2, h / 2});
    if (build_path([&] {
            if (r <= 0) {
                cairo_rectangle(cr_, l, t, w, h);
                return;
            }
            cairo_new_sub_path(cr_);
            cairo_arc(cr_, l + w - r, t + r, r, -kPi / 2, 0);
            cairo_arc(cr_, l + w - r, t + h - r, r, 0, kPi / 2);
            cairo_arc(cr_, l + r, t + h - r, r, kPi / 2, kPi);
            cairo_arc(cr_, l + r, t + r, r, kPi, 3 * kPi / 2);
            cairo_close_path(cr_);
        }))
        fill(color);
}

float CairoCanvas::text_size(float size) const { return size > 0 ? size * scale() : kDefaultTextSize; }

void CairoCanvas::use_font(float px, int32_t style) {
    if (px == font_px_ && style == font_style_) return;
    cairo_select_font_face(cr_, kFontFamily,
                           (style & WB_TEXT_ITALIC) ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                           (style & WB_TEXT_BOLD) ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr_, px);
    font_px_ = px;
    font_style_ = style;
}

void CairoCanvas::text(float x, float y, const char* utf8, uint32_t color, float size, int32_t style) {
    const float px = text_size(size);
    if (!drawable() || !(px > 0.1f && px < 5000) || !*utf8) return;
    use_font(px, style);
    cairo_font_extents_t fe;
    cairo_font_extents(cr_, &fe);
    set_colour(cr_, color);
    const double ox = a * x + c * y + e, oy = b * x + d * y + f;
    // Lines break at '\n' as on screen, one font height apart.
    const std::string text = valid_utf8(utf8);
    size_t start = 0;
    for (int line = 0; start <= text.size(); ++line) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string one = text.substr(start, end - start);
        if (!one.empty()) {
            const double baseline = oy + fe.ascent + line * fe.height;
            cairo_move_to(cr_, ox, baseline);
            cairo_show_text(cr_, one.c_str());
            if (format_ == WB_FORMAT_SVG) svg_texts_.push_back(TextRun{ox, baseline, px, style, one});
        }
        start = end + 1;
    }
    cairo_new_path(cr_);
}

float CairoCanvas::text_width(const char* utf8, float size, int32_t style) {
    const float px = text_size(size);
    if (!(px > 0.1f && px < 5000) || !*utf8 || cairo_status(cr_) != CAIRO_STATUS_SUCCESS) return 0;
    use_font(px, style);
    const std::string text = valid_utf8(utf8);
    double widest = 0;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        cairo_text_extents_t te;
        cairo_text_extents(cr_, text.substr(start, end - start).c_str(), &te);
        widest = std::max(widest, te.x_advance);
        start = end + 1;
    }
    const float s = std::max(scale(), 1e-6f);
    return static_cast<float>(widest) / s;
}

void CairoCanvas::new_page() {
    if (finished_) return;
    if (format_ == WB_FORMAT_PDF) cairo_show_page(cr_);
    ++page_;
}

} // namespace wb::core
