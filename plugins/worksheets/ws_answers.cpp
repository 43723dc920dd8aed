// ws_answers.cpp - answers to a worksheet: checks, completion, following a
// template to a newer version, and the JSON kept in the store (see
// ws_answers.h).
#include "ws_answers.h"

#include <workbench/util.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace worksheets {

namespace {

using json = nlohmann::json;

// The version of the answers' own JSON layout.
constexpr int kAnswersFormat = 1;
// Answers come from our own store, but a damaged row must not exhaust memory.
constexpr std::size_t kAnswersBytes = 16 * 1024 * 1024;

bool index_in(int i, std::size_t count) { return i >= 0 && static_cast<std::size_t>(i) < count; }

bool has_note(const Field& f, const std::string& id) {
    for (const FigureNote& n : f.notes)
        if (n.id == id) return true;
    return false;
}

const std::vector<std::string>& choices_of(const Field& f) {
    return f.type == FieldType::Checklist ? f.items : f.options;
}

json value_to_json(const AnswerValue& v) {
    return std::visit([](const auto& x) { return json(x); }, v);
}

// Reads an answer's "type", "label" and "value" from `j`; "" or a problem.
std::string answer_from(const json& j, Answer& a) {
    if (!j.is_object()) return "must be an object";
    auto type = j.find("type");
    if (type == j.end() || !type->is_string()) return "needs a \"type\"";
    const auto t = field_type_from_key(type->get<std::string>());
    if (!t) return "has an unknown type";
    a.type = *t;
    if (auto label = j.find("label"); label != j.end()) {
        if (!label->is_string()) return "has a \"label\" that is not text";
        a.label = label->get<std::string>();
    }
    auto v = j.find("value");
    if (v == j.end()) return "needs a \"value\"";
    switch (a.type) {
    case FieldType::Line:
    case FieldType::Text:
    case FieldType::Date:
        if (!v->is_string()) return "must hold text";
        a.value = v->get<std::string>();
        return "";
    case FieldType::Choice:
    case FieldType::Scale: {
        if (!v->is_number_integer()) return "must hold a whole number";
        const long long n = v->get<long long>();
        if (n < 0 || n > (a.type == FieldType::Scale ? 10 : limits::kOptions)) return "holds a number out of range";
        a.value = static_cast<int>(n);
        return "";
    }
    case FieldType::Multi:
    case FieldType::Checklist: {
        if (!v->is_array()) return "must hold a list of numbers";
        std::set<int> picked;
        for (const json& e : *v) {
            if (!e.is_number_integer() || e.get<long long>() < 0 || e.get<long long>() > limits::kOptions)
                return "holds a list with something other than an option number";
            picked.insert(static_cast<int>(e.get<long long>()));
        }
        a.value = std::move(picked);
        return "";
    }
    case FieldType::Figure: {
        if (!v->is_object()) return "must hold notes";
        NoteTexts notes;
        for (auto it = v->begin(); it != v->end(); ++it) {
            if (!it.value().is_string()) return "holds a note that is not text";
            notes[it.key()] = it.value().get<std::string>();
        }
        a.value = std::move(notes);
        return "";
    }
    }
    return "has an unknown type";
}

json answer_to(const Answer& a) {
    return json{{"type", field_type_key(a.type)}, {"label", a.label}, {"value", value_to_json(a.value)}};
}

} // namespace

bool fits(const Field& field, const AnswerValue& value) {
    switch (field.type) {
    case FieldType::Line:
    case FieldType::Text: return std::holds_alternative<std::string>(value);
    case FieldType::Date: {
        const auto* s = std::get_if<std::string>(&value);
        return s && (s->empty() || wb::util::valid_date(*s));
    }
    case FieldType::Choice: {
        const int* i = std::get_if<int>(&value);
        return i && index_in(*i, field.options.size());
    }
    case FieldType::Scale: {
        const int* i = std::get_if<int>(&value);
        return i && *i >= 0 && *i <= 10;
    }
    case FieldType::Multi:
    case FieldType::Checklist: {
        const auto* set = std::get_if<std::set<int>>(&value);
        if (!set) return false;
        for (int i : *set)
            if (!index_in(i, choices_of(field).size())) return false;
        return true;
    }
    case FieldType::Figure: {
        const auto* notes = std::get_if<NoteTexts>(&value);
        if (!notes) return false;
        for (const auto& [id, text] : *notes)
            if (!has_note(field, id)) return false;
        return true;
    }
    }
    return false;
}

bool is_answered(const Field& field, const Answer& answer) {
    if (answer.type != field.type || !fits(field, answer.value)) return false;
    if (const auto* s = std::get_if<std::string>(&answer.value)) return !wb::util::trimmed(*s).empty();
    if (std::holds_alternative<int>(answer.value)) return true;
    if (const auto* set = std::get_if<std::set<int>>(&answer.value)) return !set->empty();
    if (const auto* notes = std::get_if<NoteTexts>(&answer.value)) {
        for (const auto& [id, text] : *notes)
            if (!wb::util::trimmed(text).empty()) return true;
    }
    return false;
}

bool Answers::set(const Field& field, AnswerValue value) {
    if (!fits(field, value)) return false;
    values[field.id] = Answer{field.type, field.label, std::move(value)};
    return true;
}

const Answer* Answers::find(std::string_view field_id) const {
    auto it = values.find(std::string(field_id));
    return it == values.end() ? nullptr : &it->second;
}

Completion completion(const Template& t, const Answers& a) {
    Completion c;
    for (const Section& s : t.sections) {
        for (const Field& f : s.fields) {
            ++c.fields;
            if (f.required) ++c.required;
            const Answer* answer = a.find(f.id);
            if (!answer || !is_answered(f, *answer)) continue;
            ++c.answered;
            if (f.required) ++c.required_answered;
        }
    }
    return c;
}

Answers migrate(const Template& t, Answers a) {
    Answers out;
    out.template_id = a.template_id.empty() ? t.id : a.template_id;
    out.template_version = t.version;
    out.set_aside = std::move(a.set_aside);
    auto aside = [&](const std::string& id, Answer answer, std::string reason) {
        out.set_aside.push_back(SetAside{id, a.template_version, std::move(reason), std::move(answer)});
    };

    for (auto& [id, answer] : a.values) {
        const Field* f = t.find_field(id);
        if (!f) {
            aside(id, std::move(answer), "this question is no longer in the template");
            continue;
        }
        if (f->type != answer.type) {
            aside(id, std::move(answer), "this question changed from a '" + std::string(field_type_key(answer.type)) +
                                             "' to a '" + std::string(field_type_key(f->type)) + "' field");
            continue;
        }
        if (fits(*f, answer.value)) {
            answer.label = f->label;  // the answer now belongs to the current wording
            out.values.emplace(id, std::move(answer));
            continue;
        }
        // Partly out of date: keep what still has a place, set the rest aside.
        Answer kept{f->type, f->label, answer.value};
        Answer gone = answer;
        if (auto* notes = std::get_if<NoteTexts>(&answer.value)) {
            NoteTexts keep, drop;
            for (auto& [note, text] : *notes) (has_note(*f, note) ? keep : drop)[note] = text;
            kept.value = std::move(keep);
            gone.value = std::move(drop);
            aside(id, std::move(gone), "these notes' places are no longer beside the figure");
            out.values.emplace(id, std::move(kept));
        } else if (auto* picked = std::get_if<std::set<int>>(&answer.value)) {
            std::set<int> keep, drop;
            for (int i : *picked) (index_in(i, choices_of(*f).size()) ? keep : drop).insert(i);
            kept.value = std::move(keep);
            gone.value = std::move(drop);
            aside(id, std::move(gone), "these ticked options are no longer offered");
            out.values.emplace(id, std::move(kept));
        } else {
            aside(id, std::move(answer), "the answer given is no longer one of the options");
        }
    }
    return out;
}

std::string to_json(const Answers& a) {
    json j;
    j["format"] = kAnswersFormat;
    j["template_id"] = a.template_id;
    j["template_version"] = a.template_version;
    j["values"] = json::object();
    for (const auto& [id, answer] : a.values) j["values"][id] = answer_to(answer);
    j["set_aside"] = json::array();
    for (const SetAside& s : a.set_aside) {
        json e = answer_to(s.answer);
        e["field_id"] = s.field_id;
        e["from_version"] = s.from_version;
        e["reason"] = s.reason;
        j["set_aside"].push_back(std::move(e));
    }
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

AnswersResult answers_from_json(std::string_view text) noexcept {
    AnswersResult r;
    auto failed = [](std::string problem) {
        AnswersResult f;
        f.error = std::move(problem);
        return f;
    };
    try {
        if (text.size() > kAnswersBytes) return failed("the answers are too large to read");
        const json j = json::parse(text.begin(), text.end(), nullptr, false);
        if (j.is_discarded()) return failed("the answers are not valid JSON");
        if (!j.is_object()) return failed("the answers must be a JSON object");
        auto fmt = j.find("format");
        if (fmt == j.end() || !fmt->is_number_integer()) return failed("format: missing");
        if (fmt->get<long long>() != kAnswersFormat)
            return failed("format: these answers were saved by a newer workbench");
        Answers a;
        auto id = j.find("template_id");
        auto version = j.find("template_version");
        if (id == j.end() || !id->is_string()) return failed("template_id: missing or not text");
        if (version == j.end() || !version->is_number_integer() || version->get<long long>() < 0 ||
            version->get<long long>() > limits::kVersion)
            return failed("template_version: missing or out of range");
        a.template_id = id->get<std::string>();
        a.template_version = static_cast<int>(version->get<long long>());

        auto values = j.find("values");
        if (values == j.end() || !values->is_object()) return failed("values: missing or not an object");
        for (auto it = values->begin(); it != values->end(); ++it) {
            const std::string problem = answer_from(it.value(), a.values[it.key()]);
            if (!problem.empty()) return failed("values." + it.key() + ": " + problem);
        }
        auto aside = j.find("set_aside");
        if (aside != j.end()) {
            if (!aside->is_array()) return failed("set_aside: not a list");
            for (std::size_t i = 0; i < aside->size(); ++i) {
                const json& e = (*aside)[i];
                const std::string at = "set_aside[" + std::to_string(i) + "]";
                SetAside s;
                std::string problem = answer_from(e, s.answer);
                if (problem.empty()) {
                    auto fid = e.find("field_id");
                    auto from = e.find("from_version");
                    auto reason = e.find("reason");
                    if (fid == e.end() || !fid->is_string() || from == e.end() || !from->is_number_integer() ||
                        reason == e.end() || !reason->is_string())
                        problem = "needs field_id, from_version and reason";
                    else {
                        s.field_id = fid->get<std::string>();
                        s.from_version = static_cast<int>(std::clamp<long long>(from->get<long long>(), 0, limits::kVersion));
                        s.reason = reason->get<std::string>();
                    }
                }
                if (!problem.empty()) return failed(at + ": " + problem);
                a.set_aside.push_back(std::move(s));
            }
        }
        r.value = std::move(a);
    } catch (const std::exception& e) {
        r.value.reset();
        r.error = std::string("the answers could not be read: ") + e.what();
    } catch (...) {
        r.value.reset();
        r.error = "the answers could not be read";
    }
    return r;
}

} // namespace worksheets
