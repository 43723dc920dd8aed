// ws_test_util.h - small helpers shared by the worksheets tests: a minimal
// valid template as JSON text to mutate, and checks on error messages.
#pragma once

#include "ws_template_json.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace ws_test {

// A smallest valid template with one field; `field` replaces that field.
inline std::string minimal(std::string_view field = R"({"id": "f1", "type": "text", "label": "Notes"})") {
    return std::string(R"({"schema": 1, "id": "mini", "version": 1, "title": "Mini", "purpose": "Testing.",
 "audience": "practitioner",
 "sections": [{"id": "s1", "title": "One", "fields": [)") +
           std::string(field) + "]}]}";
}

// Parses `json`, requires a failure, and returns the error.
inline worksheets::TemplateError refused(const std::string& json) {
    const worksheets::ParseResult r = worksheets::parse_template(json);
    REQUIRE_MESSAGE(!r.ok(), "accepted: " << json);
    INFO(r.error.message());
    CHECK(!r.error.problem.empty());
    return r.error;
}

inline bool mentions(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

} // namespace ws_test
