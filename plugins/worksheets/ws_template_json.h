// ws_template_json.h - reading and writing worksheet templates as JSON
// (the format is described in docs/worksheet-templates.md). Reading never
// throws: a malformed or hostile file gives back an error that says what is
// wrong and where (a JSON path, and line:column for syntax errors), and no
// template.
#pragma once

#include "ws_template.h"

#include <optional>
#include <string>
#include <string_view>

namespace worksheets {

struct ParseResult {
    std::optional<Template> value;  // set when the file is a valid template
    TemplateError error;            // meaningful only when !ok()

    bool ok() const { return value.has_value(); }
};

// Reads and checks a template: JSON syntax, size and nesting limits, the
// shape (known keys only, right JSON types, required keys), then validate().
ParseResult parse_template(std::string_view json) noexcept;

// The template as indented JSON, for export and sharing. Writes only the
// settings of each field's own type, so parse_template(to_json(t)) == t for
// every template parse_template returned.
std::string to_json(const Template& t);

} // namespace worksheets
