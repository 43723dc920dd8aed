// ws_template_edit.cpp - editing a draft template (see ws_template_edit.h).
#include "ws_template_edit.h"

#include <workbench/util.hpp>

#include <algorithm>
#include <set>

namespace worksheets {
namespace {

std::string unique_slug(std::string base, const std::vector<std::string>& taken) {
    if (base.size() > 56) base.resize(56);
    auto used = [&](const std::string& s) { return std::find(taken.begin(), taken.end(), s) != taken.end(); };
    if (!used(base)) return base;
    for (int n = 2;; ++n)
        if (std::string s = base + "_" + std::to_string(n); !used(s)) return s;
}

std::set<std::string> ids_of(const Template& t) {
    std::set<std::string> ids;
    for (const Section& s : t.sections) {
        ids.insert(s.id);
        for (const Field& f : s.fields) ids.insert(f.id);
    }
    return ids;
}

template <class T>
bool move_in(std::vector<T>& list, std::size_t index, int delta) {
    if (index >= list.size()) return false;
    const std::ptrdiff_t to = static_cast<std::ptrdiff_t>(index) + delta;
    if (to < 0 || to >= static_cast<std::ptrdiff_t>(list.size())) return false;
    std::swap(list[index], list[static_cast<std::size_t>(to)]);
    return true;
}

} // namespace

Template new_template(const std::vector<std::string>& taken) {
    Template t;
    t.id = unique_slug("our_worksheet", taken);
    t.title = "Our worksheet";
    t.purpose = "What this worksheet is for, in a sentence or two.";
    t.sections.push_back(Section{"section_1", "First part", "", {}});
    add_field(t, 0, FieldType::Text);
    return t;
}

Template copy_template(const Template& source, const std::vector<std::string>& taken) {
    Template t = source;
    t.id = unique_slug(source.id + "_own", taken);
    t.version = 1;
    std::string title = source.title + " (our copy)";
    if (char_count(title) > static_cast<std::size_t>(limits::kTitleChars)) title = source.title;
    t.title = title;
    return t;
}

std::string fresh_id(const Template& t, std::string_view prefix) {
    const std::set<std::string> ids = ids_of(t);
    for (int n = 1;; ++n)
        if (std::string id = std::string(prefix) + "_" + std::to_string(n); !ids.count(id)) return id;
}

void fill_type_defaults(Field& f) {
    switch (f.type) {
    case FieldType::Choice:
    case FieldType::Multi:
        if (f.options.size() < 2) f.options = {"First option", "Second option"};
        break;
    case FieldType::Checklist:
        if (f.items.empty()) f.items = {"First thing to check"};
        break;
    case FieldType::Figure:
        if (f.notes.empty()) f.notes = {FigureNote{"note_1", "Notes beside the figure"}};
        break;
    case FieldType::Line:
    case FieldType::Text:
    case FieldType::Scale:
    case FieldType::Date: break;
    }
}

void add_section(Template& t) {
    Section s;
    s.id = fresh_id(t, "section");
    s.title = "New part";
    t.sections.push_back(std::move(s));
    add_field(t, t.sections.size() - 1, FieldType::Text);
}

void add_field(Template& t, std::size_t section, FieldType type) {
    if (section >= t.sections.size()) return;
    Field f;
    f.id = fresh_id(t, "field");
    f.type = type;
    f.label = "New question";
    fill_type_defaults(f);
    t.sections[section].fields.push_back(std::move(f));
}

bool move_section(Template& t, std::size_t index, int delta) { return move_in(t.sections, index, delta); }

bool move_field(Template& t, std::size_t section, std::size_t index, int delta) {
    return section < t.sections.size() && move_in(t.sections[section].fields, index, delta);
}

void remove_section(Template& t, std::size_t index) {
    if (index < t.sections.size()) t.sections.erase(t.sections.begin() + static_cast<std::ptrdiff_t>(index));
}

void remove_field(Template& t, std::size_t section, std::size_t index) {
    if (section >= t.sections.size()) return;
    auto& fields = t.sections[section].fields;
    if (index < fields.size()) fields.erase(fields.begin() + static_cast<std::ptrdiff_t>(index));
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= text.size()) {
        std::size_t j = text.find('\n', i);
        if (j == std::string_view::npos) j = text.size();
        std::string line = wb::util::trimmed(text.substr(i, j - i));
        if (!line.empty()) out.push_back(std::move(line));
        i = j + 1;
    }
    return out;
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) {
        if (!out.empty()) out += '\n';
        out += l;
    }
    return out;
}

void set_note_labels(Field& f, std::string_view lines) {
    const std::vector<std::string> labels = split_lines(lines);
    std::vector<FigureNote> notes;
    std::set<std::string> used;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        std::string id;
        if (i < f.notes.size()) id = f.notes[i].id;
        for (int n = static_cast<int>(i) + 1; id.empty() || used.count(id); ++n) id = "note_" + std::to_string(n);
        used.insert(id);
        notes.push_back(FigureNote{id, labels[i]});
    }
    f.notes = std::move(notes);
}

} // namespace worksheets
