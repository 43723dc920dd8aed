// ws_template_edit.h - the changes the template editor makes to a draft
// template, as plain functions on the data: a new template or a copy of a
// built-in one, adding, moving and removing sections and fields, fresh
// unique ids, and the "one per line" lists the editor's boxes edit.
//
// Nothing here checks the result: validate() does, on Save, and its path
// ("sections[1].fields[2].options") points at the place to fix.
#pragma once

#include "ws_template.h"

#include <string>
#include <string_view>
#include <vector>

namespace worksheets {

// A small valid template to start from: one section with one text field.
// `taken` are slugs already in use (the id gets a number if needed).
Template new_template(const std::vector<std::string>& taken);
// A copy of `source` under its own id ("<id>_own"), version 1, to edit.
Template copy_template(const Template& source, const std::vector<std::string>& taken);

// An id not yet used by any section or field of `t` ("field_3").
std::string fresh_id(const Template& t, std::string_view prefix);

// Gives a field the settings its type needs when it has none yet (two
// options for a choice, one item, one place to write beside a figure), so
// switching a field's type keeps it valid where it can.
void fill_type_defaults(Field& f);

void add_section(Template& t);
// A new field of `type` at the end of section `section`.
void add_field(Template& t, std::size_t section, FieldType type);
// Moves an item one place up (delta -1) or down (+1); false at an end.
bool move_section(Template& t, std::size_t index, int delta);
bool move_field(Template& t, std::size_t section, std::size_t index, int delta);
void remove_section(Template& t, std::size_t index);
void remove_field(Template& t, std::size_t section, std::size_t index);

// "One per line" lists: blank lines and surrounding spaces dropped.
std::vector<std::string> split_lines(std::string_view text);
std::string join_lines(const std::vector<std::string>& lines);
// The labels of a figure's notes from lines; existing notes keep their
// ids by position (answers are kept by note id), new ones get fresh ids.
void set_note_labels(Field& f, std::string_view lines);

} // namespace worksheets
