// tests/plugins/export_tools.h - reading exported files back with the
// tools a person would use: pdfinfo and pdftotext (poppler-utils), xmllint
// (libxml2-utils), and a PNG's size from its header.
#pragma once

#include <cstdio>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/wait.h>

namespace wb::test {

struct Command {
    int code = -1;
    std::string out; // stdout and stderr
};

inline std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

inline Command run_command(const std::string& cmd) {
    Command r;
    std::FILE* p = ::popen((cmd + " 2>&1").c_str(), "r");
    if (!p) return r;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) r.out.append(buf, n);
    const int status = ::pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

inline std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// "Pages:" from pdfinfo, or -1.
inline int pdf_pages(const std::filesystem::path& pdf) {
    const Command r = run_command("pdfinfo " + shell_quote(pdf.string()));
    const auto at = r.out.find("Pages:");
    if (r.code != 0 || at == std::string::npos) return -1;
    return std::stoi(r.out.substr(at + 6));
}

// "Page size:" line from pdfinfo, e.g. "595 x 842 pts (A4)".
inline std::string pdf_page_size(const std::filesystem::path& pdf) {
    const Command r = run_command("pdfinfo " + shell_quote(pdf.string()));
    const auto at = r.out.find("Page size:");
    if (at == std::string::npos) return "";
    const auto start = r.out.find_first_not_of(' ', at + 10);
    return r.out.substr(start, r.out.find('\n', start) - start);
}

inline std::string pdf_text(const std::filesystem::path& pdf) {
    return run_command("pdftotext -layout " + shell_quote(pdf.string()) + " -").out;
}

inline bool xml_well_formed(const std::filesystem::path& file) {
    return run_command("xmllint --noout " + shell_quote(file.string())).code == 0;
}

// Width and height from a PNG's IHDR chunk; {0, 0} if it is not a PNG.
struct PngSize {
    uint32_t w = 0, h = 0;
};
inline PngSize png_size(const std::filesystem::path& file) {
    const std::string b = slurp(file);
    if (b.size() < 24 || b.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || b.compare(12, 4, "IHDR") != 0) return {};
    auto be32 = [&](size_t at) {
        uint32_t v = 0;
        for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
        return v;
    };
    return {be32(16), be32(20)};
}

} // namespace wb::test
