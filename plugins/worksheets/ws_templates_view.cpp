// ws_templates_view.cpp - the "Templates" panel: the templates on offer on
// the left (with import, export, copy and edit), the editor or its preview
// on the right. The draft is plain data edited in place; nothing is stored
// until Save, which checks it first and stores a new version.
#include "ws_view.h"

#include "ws_template_edit.h"
#include "ws_widgets.h"

#include <algorithm>

namespace worksheets {
namespace {

const char* type_label(FieldType t) {
    switch (t) {
    case FieldType::Line: return "One line";
    case FieldType::Text: return "Several lines";
    case FieldType::Choice: return "Single choice";
    case FieldType::Multi: return "Multiple choice";
    case FieldType::Scale: return "Scale 0 to 10";
    case FieldType::Checklist: return "Checklist";
    case FieldType::Date: return "Date";
    case FieldType::Figure: return "Framework figure";
    }
    return "";
}

const char* audience_label(Audience a) {
    return a == Audience::Family ? "To fill in with a family" : "For the practitioner's own reflection";
}

} // namespace

void TemplatesView::on_event(const wb_event& event) {
    switch (event.type) {
    case WB_EVENT_STORE_OPENED: close_editor(); [[fallthrough]];
    case WB_EVENT_DATA_CHANGED:
    case WB_EVENT_UNDO_APPLIED:
    case WB_EVENT_REDO_APPLIED: stale_ = true; break;
    default: break;
    }
}

void TemplatesView::reload() {
    stale_ = false;
    load_error_.clear();
    try {
        templates_ = store_.templates();
    } catch (const wb::Error& e) {
        templates_.clear();
        load_error_ = std::string("The templates could not be loaded: ") + e.what();
    }
}

void TemplatesView::close_editor() {
    draft_.reset();
    preview_ = false;
    lines_.clear();
    error_.clear();
}

void TemplatesView::edit_new() {
    std::vector<std::string> taken;
    for (const TemplateEntry& e : templates_) taken.push_back(e.tpl.id);
    close_editor();
    draft_ = new_template(taken);
    draft_is_new_ = true;
    notice_.clear();
}

void TemplatesView::edit_copy(const TemplateEntry& e) {
    std::vector<std::string> taken;
    for (const TemplateEntry& t : templates_) taken.push_back(t.tpl.id);
    close_editor();
    draft_ = copy_template(e.tpl, taken);
    draft_is_new_ = true;
    notice_.clear();
}

void TemplatesView::edit(const TemplateEntry& e) {
    close_editor();
    draft_ = e.tpl;
    draft_is_new_ = false;
    notice_.clear();
}

void TemplatesView::save() {
    if (!draft_) return;
    try {
        int version = 0;
        const Outcome out = store_.save_template(*draft_, &version);
        if (!out) {
            error_ = out.error;
            return;
        }
        draft_->version = version;
        draft_is_new_ = false;
        error_.clear();
        notice_ = "Saved as version " + std::to_string(version) + ". Worksheets filled with earlier versions still open.";
        stale_ = true;
    } catch (const wb::Error& e) {
        error_ = std::string("The template could not be saved: ") + e.what();
    }
}

void TemplatesView::draw() {
    if (stale_) reload();
    const float scale = host_.ui_scale();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float list_w = std::clamp(avail.x * 0.3f, std::min(320.0f * scale, avail.x * 0.45f), 480.0f * scale);
    const float height = std::max(avail.y, 200.0f * scale);
    ImGui::BeginChild("templates", ImVec2(list_w, height), false);
    draw_list(list_w - ImGui::GetStyle().ScrollbarSize, height);
    ImGui::EndChild();
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 2);
    ImGui::BeginChild("editor", ImVec2(0, height), false);
    const float w = std::min(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize, 1000.0f * scale);
    if (draft_) {
        if (preview_) draw_preview(w);
        else draw_editor(w);
    } else {
        const wb_palette& p = host_.palette();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(w, 700.0f * scale));
        ImGui::TextUnformatted("Templates are the questions a worksheet asks.");
        ui::text_wrapped_coloured(p.text_muted,
                                  "The built-in ones cannot be changed, but you can copy one and make it your "
                                  "team's own, or start from nothing. Every save keeps the earlier versions, so "
                                  "worksheets already filled still open. Share a template with another team by "
                                  "exporting it as a file and importing it there.");
        ImGui::PopTextWrapPos();
        if (!notice_.empty()) ui::text_wrapped_coloured(p.text_muted, notice_.c_str());
        if (!error_.empty()) ui::text_wrapped_coloured(p.error, error_.c_str());
    }
    ImGui::EndChild();
}

void TemplatesView::draw_list(float width, float) {
    const wb_palette& p = host_.palette();
    const bool ro = host_.read_only();
    ImGui::BeginDisabled(ro);
    if (ImGui::Button("New template")) edit_new();
    ImGui::SameLine();
    if (ImGui::Button("Import...")) {
        try {
            host_.request_import("template");
        } catch (const wb::Error& e) {
            error_ = std::string("Import is not available: ") + e.what();
        }
    }
    ImGui::EndDisabled();
    if (!load_error_.empty()) ui::text_wrapped_coloured(p.error, load_error_.c_str());
    bool user_heading = false;
    ui::text_coloured(p.text_muted, "Built in");
    ImGui::Separator();
    for (const TemplateEntry& e : templates_) {
        if (e.source == Source::User && !user_heading) {
            user_heading = true;
            ImGui::Spacing();
            ui::text_coloured(p.text_muted, "Made by your team");
            ImGui::Separator();
        }
        draw_entry(e, width);
    }
}

void TemplatesView::draw_entry(const TemplateEntry& e, float width) {
    const wb_palette& p = host_.palette();
    ImGui::PushID((std::string(source_key(e.source)) + "_" + e.tpl.id).c_str());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextWrapped("%s", e.tpl.title.c_str());
    std::string sub = audience_label(e.tpl.audience);
    if (e.source == Source::User) sub += "  \xC2\xB7  version " + std::to_string(e.tpl.version);
    ui::text_wrapped_coloured(p.text_muted, sub.c_str());
    ImGui::PopTextWrapPos();
    ImGui::BeginDisabled(host_.read_only());
    if (e.source == Source::Builtin) {
        if (ImGui::SmallButton("Copy to edit")) edit_copy(e);
    } else if (ImGui::SmallButton("Edit")) {
        edit(e);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton("Export...")) {
        try {
            host_.request_export("template", e.ref);
        } catch (const wb::Error& ex) {
            error_ = std::string("Export is not available: ") + ex.what();
        }
    }
    ImGui::Spacing();
    ImGui::PopID();
}

void TemplatesView::draw_header_fields(float width) {
    Template& t = *draft_;
    const float label_w = 110 * host_.ui_scale();
    auto row = [&](const char* label) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
        ImGui::SameLine(label_w);
        ImGui::SetNextItemWidth(width - label_w);
    };
    row("Title");
    ImGui::InputText("##tpl_title", &t.title);
    row("Purpose");
    ImGui::InputTextMultiline("##tpl_purpose", &t.purpose, ImVec2(width - label_w, ImGui::GetTextLineHeight() * 3.2f));
    row("Audience");
    int audience = static_cast<int>(t.audience);
    if (ImGui::RadioButton("For the practitioner", audience == 0)) t.audience = Audience::Practitioner;
    ImGui::SameLine();
    if (ImGui::RadioButton("With a family", audience == 1)) t.audience = Audience::Family;
    row("Id");
    ImGui::BeginDisabled(!draft_is_new_); // answers and versions hang on the id
    ImGui::InputText("##tpl_id", &t.id);
    ImGui::EndDisabled();
}

void TemplatesView::draw_field_settings(std::size_t si, std::size_t fi, float width) {
    Template& t = *draft_;
    Field& f = t.sections[si].fields[fi];
    const float label_w = 110 * host_.ui_scale();
    auto row = [&](const char* label) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
        ImGui::SameLine(label_w);
        ImGui::SetNextItemWidth(width - label_w);
    };
    row("Question");
    ImGui::InputText("##label", &f.label);
    row("Type");
    int type = static_cast<int>(f.type);
    if (ImGui::BeginCombo("##type", type_label(f.type))) {
        for (int i = 0; i < kFieldTypeCount; ++i)
            if (ImGui::Selectable(type_label(static_cast<FieldType>(i)), i == type)) {
                f.type = static_cast<FieldType>(i);
                fill_type_defaults(f);
                lines_.erase(f.id);
            }
        ImGui::EndCombo();
    }
    row("Hint");
    ImGui::InputText("##help", &f.help);
    ImGui::SetCursorPosX(label_w);
    ImGui::Checkbox("Required", &f.required);

    // Lists are edited one per line; the text box keeps what is typed (blank
    // lines included) while the field gets the clean list.
    auto list_box = [&](const char* label, const std::string& initial, auto apply) {
        auto it = lines_.find(f.id);
        if (it == lines_.end()) it = lines_.emplace(f.id, initial).first;
        row(label);
        if (ImGui::InputTextMultiline("##lines", &it->second, ImVec2(width - label_w, ImGui::GetTextLineHeight() * 4.5f)))
            apply(it->second);
        ImGui::SetCursorPosX(label_w);
        ui::text_coloured(host_.palette().text_muted, "One per line. Add new ones at the end.");
    };
    switch (f.type) {
    case FieldType::Choice:
    case FieldType::Multi:
        list_box("Options", join_lines(f.options), [&](const std::string& s) { f.options = split_lines(s); });
        break;
    case FieldType::Checklist:
        list_box("Items", join_lines(f.items), [&](const std::string& s) { f.items = split_lines(s); });
        break;
    case FieldType::Figure: {
        row("Figure");
        if (ImGui::BeginCombo("##figure", std::string(figure_key(f.figure)).c_str())) {
            for (int i = 0; i < kFigureCount; ++i)
                if (ImGui::Selectable(std::string(figure_key(static_cast<Figure>(i))).c_str(),
                                      i == static_cast<int>(f.figure)))
                    f.figure = static_cast<Figure>(i);
            ImGui::EndCombo();
        }
        std::vector<std::string> labels;
        for (const FigureNote& n : f.notes) labels.push_back(n.label);
        list_box("Notes beside", join_lines(labels), [&](const std::string& s) { set_note_labels(f, s); });
        break;
    }
    case FieldType::Scale:
        row("Word for 0");
        ImGui::InputText("##low", &f.low_label);
        row("Word for 10");
        ImGui::InputText("##high", &f.high_label);
        break;
    case FieldType::Line:
        row("Longest");
        ImGui::InputInt("##max_length", &f.max_length);
        ImGui::SetCursorPosX(label_w);
        ui::text_coloured(host_.palette().text_muted, "Characters; 0 for no limit.");
        break;
    case FieldType::Text:
    case FieldType::Date: break;
    }
}

void TemplatesView::draw_section(std::size_t si, float width) {
    const wb_palette& p = host_.palette();
    Template& t = *draft_;
    Section& s = t.sections[si];
    ImGui::PushID(("part_" + std::to_string(si)).c_str());
    ImGui::PushID("section");
    ImGui::Spacing();
    ui::text_coloured(p.accent, ("Part " + std::to_string(si + 1)).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Up")) move_section(t, si, -1);
    ImGui::SameLine();
    if (ImGui::SmallButton("Down")) move_section(t, si, +1);
    ImGui::SameLine();
    const bool remove = ImGui::SmallButton("Remove part");
    const float label_w = 110 * host_.ui_scale();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Heading");
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(width - label_w);
    ImGui::InputText("##title", &s.title);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Intro");
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(width - label_w);
    ImGui::InputText("##intro", &s.intro);
    ImGui::PopID();

    for (std::size_t fi = 0; fi < s.fields.size(); ++fi) {
        ImGui::PushID(("q_" + std::to_string(fi)).c_str());
        ImGui::PushID("field");
        ImGui::Indent(16 * host_.ui_scale());
        ImGui::Separator();
        ui::text_coloured(p.text_muted, ("Question " + std::to_string(fi + 1)).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Up")) move_field(t, si, fi, -1);
        ImGui::SameLine();
        if (ImGui::SmallButton("Down")) move_field(t, si, fi, +1);
        ImGui::SameLine();
        const bool remove_field_now = ImGui::SmallButton("Remove");
        if (fi < s.fields.size()) draw_field_settings(si, fi, width - 16 * host_.ui_scale());
        ImGui::Unindent(16 * host_.ui_scale());
        ImGui::PopID();
        ImGui::PopID();
        if (remove_field_now) {
            remove_field(t, si, fi);
            break;
        }
    }
    ImGui::Indent(16 * host_.ui_scale());
    ImGui::SetNextItemWidth(200 * host_.ui_scale());
    if (ImGui::BeginCombo("##add_field", "Add a question...")) {
        for (int i = 0; i < kFieldTypeCount; ++i)
            if (ImGui::Selectable(type_label(static_cast<FieldType>(i)))) add_field(t, si, static_cast<FieldType>(i));
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Add a line question")) add_field(t, si, FieldType::Line);
    ImGui::Unindent(16 * host_.ui_scale());
    ImGui::PopID();
    if (remove) remove_section(t, si);
}

void TemplatesView::draw_editor(float width) {
    const wb_palette& p = host_.palette();
    ui::text_coloured(p.accent, draft_is_new_ ? "New template" : ("Editing: version " + std::to_string(draft_->version) +
                                                                 " (saving makes the next one)")
                                                                    .c_str());
    ImGui::BeginDisabled(host_.read_only());
    if (ImGui::Button("Save")) save();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Preview")) {
        preview_ = true;
        preview_answers_ = Answers{};
        preview_state_.reset();
    }
    ImGui::SameLine();
    if (ImGui::Button("Close")) close_editor();
    if (!draft_) return;
    if (!error_.empty()) ui::text_wrapped_coloured(p.error, ("Not saved. " + error_).c_str());
    if (!notice_.empty()) ui::text_wrapped_coloured(p.success, notice_.c_str());
    ImGui::Separator();
    draw_header_fields(width);
    for (std::size_t si = 0; si < draft_->sections.size(); ++si) draw_section(si, width);
    ImGui::Spacing();
    if (ImGui::Button("Add a part")) add_section(*draft_);
}

void TemplatesView::draw_preview(float width) {
    const wb_palette& p = host_.palette();
    ui::text_coloured(p.accent, "Preview: the form as it will look (nothing typed here is kept)");
    if (ImGui::Button("Back to editing")) preview_ = false;
    ImGui::Separator();
    ImGui::TextUnformatted(draft_->title.c_str());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ui::text_wrapped_coloured(p.text_muted, draft_->purpose.c_str());
    ImGui::PopTextWrapPos();
    // An invalid draft could break the form (a choice without options):
    // the preview waits until it passes the checks.
    if (auto e = validate(*draft_)) {
        ui::text_wrapped_coloured(p.error, ("Fix this first: " + e->message()).c_str());
        return;
    }
    (void)draw_form(*draft_, preview_answers_, preview_state_, FormContext{host_, width, false});
}

} // namespace worksheets
