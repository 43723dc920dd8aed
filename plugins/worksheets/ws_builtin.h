// ws_builtin.h - the worksheet templates we ship, compiled into the plugin.
// Plugins may not read files for data, so the build turns every
// assets/worksheets/*.json into a string in a generated source file
// (embed_templates.cmake); this is how the rest of the plugin reaches them.
#pragma once

#include <span>
#include <string_view>

namespace worksheets {

struct BuiltinTemplate {
    std::string_view id;    // the file's name without ".json" (and the template's id)
    std::string_view json;  // the file's text, exactly as in assets/worksheets/
};

// Every built-in template, sorted by id.
std::span<const BuiltinTemplate> builtin_templates();

} // namespace worksheets
