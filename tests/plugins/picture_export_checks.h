// tests/plugins/picture_export_checks.h - what the map and timeline plugins'
// export tests share: export options for a case on a fixed date (so the
// stamp is known), and the check that a plugin offers its picture as one
// A4-landscape PDF, SVG or PNG.
#pragma once

#include "plugins/plugin_host.h"

#include <doctest/doctest.h>

#include <string>

namespace wb::test {

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Options for exporting `case_id` as `format`, stamped 2024-05-06.
inline core::ExportOptions export_options(wb_format format, int64_t case_id) {
    core::ExportOptions o;
    o.format = format;
    o.case_id = case_id;
    o.date = "2024-05-06";
    return o;
}

// `plugin_id` offers exactly one export, `id` titled `title`: a picture
// (not pages) of A4 landscape, as PDF, SVG and PNG.
inline void check_offers_a4_picture(const core::PluginHost& plugins, const std::string& plugin_id, const char* id,
                                    const char* title) {
    const auto exports = plugins.exports_of(plugin_id);
    REQUIRE(exports.size() == 1);
    CHECK(exports[0].id == id);
    CHECK(exports[0].title == title);
    CHECK(exports[0].formats == (WB_FORMAT_PDF | WB_FORMAT_SVG | WB_FORMAT_PNG));
    CHECK_FALSE(exports[0].paged);
    CHECK(exports[0].width == 842);
    CHECK(exports[0].height == 595);
}

} // namespace wb::test
