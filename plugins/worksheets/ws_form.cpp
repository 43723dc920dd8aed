// ws_form.cpp - draws a worksheet's form with ImGui (see ws_form.h). Reads
// top to bottom: sections, then one function per kind of field.
#include "ws_form.h"

#include "ws_figure.h"
#include "ws_widgets.h"

#include <workbench/privacy.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace worksheets {
namespace {

FormChange stronger(FormChange a, FormChange b) { return static_cast<int>(a) > static_cast<int>(b) ? a : b; }

// The result of a text input: typing, and leaving the field after an edit.
FormChange input_change(bool changed) {
    FormChange c = changed ? FormChange::Typing : FormChange::None;
    if (ImGui::IsItemDeactivatedAfterEdit()) c = FormChange::Commit;
    return c;
}

std::string text_of(const Answers& a, const Field& f) {
    const Answer* x = a.find(f.id);
    if (!x || x->type != f.type) return "";
    const auto* s = std::get_if<std::string>(&x->value);
    return s ? *s : "";
}

// A long text, wrapped while shown and an input while edited (ImGui 1.86
// cannot wrap inside an input). `key` names it in state.editing.
//
// Written answers are the user's words about a family: while the host masks
// identifying text they show as its mask and cannot be opened for editing.
FormChange wrapped_text(const std::string& key, std::string& text, FormState& st, const FormContext& ctx,
                        float width, float min_lines) {
    const bool masked = ctx.host.masks_identifying();
    const bool locked = ctx.read_only || masked;
    const wb_palette& pal = ctx.host.palette();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float wrap_w = width - style.FramePadding.x * 2;
    const float text_h = ImGui::CalcTextSize(text.c_str(), text.c_str() + text.size(), false, wrap_w).y;
    const ImVec2 size(width, std::max(ImGui::GetTextLineHeight() * min_lines, text_h + ImGui::GetTextLineHeight()) +
                                 style.FramePadding.y * 2);
    const std::string box_id = "##box_" + key, input_id = "##input_" + key;

    if (st.editing != key || locked) {
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const ImVec2 max(min.x + size.x, min.y + size.y);
        const bool clicked = ImGui::InvisibleButton(box_id.c_str(), size) && !locked;
        const bool hovered = !locked && ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        // Scrolled out of view: its place is kept, nothing is drawn (a long
        // form would otherwise send every box and text to the GPU each frame).
        if (ImGui::IsItemVisible()) {
            ImDrawList* dl = ImGui::GetWindowDrawList();
            dl->AddRectFilled(min, max, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                              style.FrameRounding);
            const ImVec2 at(min.x + style.FramePadding.x, min.y + style.FramePadding.y);
            if (text.empty())
                dl->AddText(at, ui::with_alpha(pal.text_muted, 0xB0),
                            locked ? "Nothing written." : "Click to write.");
            else {
                // The words themselves, or the host's mask in muted type.
                const char* shown = masked ? ctx.host.identifying(text) : text.c_str();
                dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at,
                            masked ? pal.text_muted : ImGui::GetColorU32(ImGuiCol_Text), shown,
                            shown + std::strlen(shown), wrap_w);
            }
        }
        if (clicked) {
            st.editing = key;
            st.focus_request = true;
            st.focus_frames = 3;
            return FormChange::Commit; // whatever another field still holds
        }
        return FormChange::None;
    }
    if (st.focus_request) {
        ImGui::SetKeyboardFocusHere();
        st.focus_request = false;
    }
    const FormChange c = input_change(ImGui::InputTextMultiline(input_id.c_str(), &text, size));
    if (ImGui::IsItemActive()) st.focus_frames = 0;
    else if (st.focus_frames > 0) --st.focus_frames;
    else st.editing.clear(); // back to the wrapped view once it has lost the focus
    return c;
}

void label(const Field& f, const FormContext& ctx) {
    const wb_palette& pal = ctx.host.palette();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ctx.width);
    ImGui::TextUnformatted(f.label.c_str());
    if (f.required) {
        ImGui::SameLine(0, 6);
        ui::text_coloured(pal.accent, "required");
    }
    if (!f.help.empty()) ui::text_wrapped_coloured(pal.text_muted, f.help.c_str());
    ImGui::PopTextWrapPos();
}

FormChange line_field(const Field& f, Answers& a, const FormContext& ctx) {
    std::string text = text_of(a, f);
    ImGui::SetNextItemWidth(ctx.width);
    if (ctx.host.masks_identifying()) {
        // The user's words: the host's mask, not editable.
        (void)wb::ui::identifying_input(ctx.host, "##value", text);
        return FormChange::None;
    }
    const ImGuiInputTextFlags flags = ctx.read_only ? ImGuiInputTextFlags_ReadOnly : 0;
    const FormChange c = input_change(ImGui::InputText("##value", &text, flags));
    if (c != FormChange::None && !ctx.read_only) {
        if (f.max_length > 0 && char_count(text) > static_cast<std::size_t>(f.max_length)) return FormChange::None;
        (void)a.set(f, text);
    }
    return c;
}

FormChange text_field(const Field& f, Answers& a, FormState& st, const FormContext& ctx, const std::string& key,
                      float lines) {
    std::string text = text_of(a, f);
    const FormChange c = wrapped_text(key, text, st, ctx, ctx.width, lines);
    if (c != FormChange::None && !ctx.read_only && text != text_of(a, f)) (void)a.set(f, text);
    return c;
}

FormChange date_field(const Field& f, Answers& a, FormState& st, const FormContext& ctx) {
    auto it = st.date_text.find(f.id);
    if (it == st.date_text.end()) it = st.date_text.emplace(f.id, text_of(a, f)).first;
    std::string& text = it->second;
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000-00-00").x + ImGui::GetStyle().FramePadding.x * 4);
    const ImGuiInputTextFlags flags = ctx.read_only ? ImGuiInputTextFlags_ReadOnly : 0;
    FormChange c = input_change(ImGui::InputTextWithHint("##date", "YYYY-MM-DD", &text, flags));
    if (c != FormChange::None && !ctx.read_only) {
        const std::string t = wb::util::trimmed(text);
        if (t.empty() || wb::util::valid_date(t)) {
            st.date_error.erase(f.id);
            if (t != text_of(a, f)) (void)a.set(f, t);
            else if (c == FormChange::Typing) c = FormChange::None;
        } else {
            // Not stored until it is a real date; said only once they leave it.
            if (c == FormChange::Commit) st.date_error[f.id] = "Write a real date as YYYY-MM-DD, e.g. 2024-03-01.";
            c = FormChange::None;
        }
    }
    ImGui::SameLine();
    if (!ctx.read_only && ImGui::SmallButton("Today")) {
        text = wb::util::today_local();
        st.date_error.erase(f.id);
        (void)a.set(f, text);
        c = FormChange::Commit;
    }
    if (auto e = st.date_error.find(f.id); e != st.date_error.end())
        ui::text_coloured(ctx.host.palette().error, e->second.c_str());
    return c;
}

FormChange choice_field(const Field& f, Answers& a, const FormContext& ctx) {
    const Answer* x = a.find(f.id);
    const int* chosen = x ? std::get_if<int>(&x->value) : nullptr;
    FormChange c = FormChange::None;
    for (std::size_t i = 0; i < f.options.size(); ++i) {
        const bool on = chosen && *chosen == static_cast<int>(i);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ctx.width);
        if (ImGui::RadioButton(f.options[i].c_str(), on) && !ctx.read_only && !on) {
            (void)a.set(f, static_cast<int>(i));
            c = FormChange::Commit;
        }
        ImGui::PopTextWrapPos();
    }
    return c;
}

FormChange ticks_field(const Field& f, Answers& a, const FormContext& ctx) {
    const auto& list = f.type == FieldType::Checklist ? f.items : f.options;
    const Answer* x = a.find(f.id);
    std::set<int> picked;
    if (x)
        if (const auto* s = std::get_if<std::set<int>>(&x->value)) picked = *s;
    FormChange c = FormChange::None;
    for (std::size_t i = 0; i < list.size(); ++i) {
        bool on = picked.count(static_cast<int>(i)) > 0;
        if (ImGui::Checkbox(list[i].c_str(), &on) && !ctx.read_only) {
            if (on) picked.insert(static_cast<int>(i));
            else picked.erase(static_cast<int>(i));
            (void)a.set(f, picked);
            c = FormChange::Commit;
        }
    }
    return c;
}

FormChange scale_field(const Field& f, Answers& a, const FormContext& ctx) {
    const wb_palette& pal = ctx.host.palette();
    const Answer* x = a.find(f.id);
    const int* chosen = x ? std::get_if<int>(&x->value) : nullptr;
    const float gap = ImGui::GetStyle().ItemSpacing.x * 0.6f;
    const float side = std::clamp((ctx.width - gap * 10) / 11, ImGui::GetFrameHeight(), ImGui::GetFrameHeight() * 1.6f);
    const float row_x = ImGui::GetCursorPosX();
    FormChange c = FormChange::None;
    for (int i = 0; i <= 10; ++i) {
        if (i > 0) ImGui::SameLine(0, gap);
        const bool on = chosen && *chosen == i;
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(pal.accent));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(pal.accent));
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.surface));
        }
        const std::string n = std::to_string(i);
        if (ImGui::Button(n.c_str(), ImVec2(side, side)) && !ctx.read_only && !on) {
            (void)a.set(f, i);
            c = FormChange::Commit;
        }
        if (on) ImGui::PopStyleColor(3);
    }
    if (chosen && !ctx.read_only) {
        ImGui::SameLine(0, gap * 3);
        if (ImGui::SmallButton("Clear")) {
            a.values.erase(f.id);
            c = FormChange::Commit;
        }
    }
    if (!f.low_label.empty() || !f.high_label.empty()) {
        const float row_w = side * 11 + gap * 10;
        ImGui::SetCursorPosX(row_x);
        ui::text_coloured(pal.text_muted, f.low_label.c_str());
        const float hw = ImGui::CalcTextSize(f.high_label.c_str()).x;
        ImGui::SameLine(row_x + std::max(0.0f, row_w - hw));
        ui::text_coloured(pal.text_muted, f.high_label.c_str());
    }
    return c;
}

FormChange figure_field(const Field& f, Answers& a, FormState& st, const FormContext& ctx) {
    const wb_palette& pal = ctx.host.palette();
    const float scale = ctx.host.ui_scale();
    const bool beside = ctx.width >= 760 * scale;
    const float fig_w = beside ? std::floor(ctx.width * 0.46f) : ctx.width;
    const float fig_h = std::min(fig_w * 0.72f, 380 * scale);
    FormChange c = FormChange::None;

    ImGui::BeginGroup();
    if (!ImGui::IsRectVisible(ImVec2(fig_w, fig_h))) {
        ImGui::Dummy(ImVec2(fig_w, fig_h)); // scrolled out of view: keep its place, skip the drawing
    } else {
        wb::Canvas cv(ctx.host, fig_w, fig_h);
        if (cv) {
            const FigureInk ink{ui::with_alpha(pal.text, 0xC0), ui::mix(pal.surface, pal.accent, 0.14f),
                                ui::mix(pal.surface, pal.text_muted, 0.35f), pal.text};
            draw_figure(cv, f.figure, 0, 0, fig_w, fig_h, ink, ImGui::GetFontSize());
        }
    }
    ImGui::EndGroup();
    if (beside) ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 3);

    const Answer* x = a.find(f.id);
    NoteTexts notes;
    if (x)
        if (const auto* n = std::get_if<NoteTexts>(&x->value)) notes = *n;
    ImGui::BeginGroup();
    const float notes_w = beside ? ctx.width - fig_w - ImGui::GetStyle().ItemSpacing.x * 3 : ctx.width;
    for (const FigureNote& n : f.notes) {
        ImGui::PushID(n.id.c_str());
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + notes_w);
        ui::text_wrapped_coloured(pal.accent, n.label.c_str());
        ImGui::PopTextWrapPos();
        std::string text = notes.count(n.id) ? notes[n.id] : "";
        const FormChange nc = wrapped_text(f.id + "/" + n.id, text, st, ctx, notes_w, 1.6f);
        if (nc != FormChange::None && !ctx.read_only && text != (notes.count(n.id) ? notes[n.id] : "")) {
            notes[n.id] = text;
            (void)a.set(f, notes);
        }
        c = stronger(c, nc);
        ImGui::PopID();
    }
    ImGui::EndGroup();
    return c;
}

FormChange field(const Field& f, Answers& a, FormState& st, const FormContext& ctx) {
    ImGui::PushID(f.id.c_str());
    label(f, ctx);
    FormChange c = FormChange::None;
    switch (f.type) {
    case FieldType::Line: c = line_field(f, a, ctx); break;
    case FieldType::Text: c = text_field(f, a, st, ctx, f.id, 3.2f); break;
    case FieldType::Date: c = date_field(f, a, st, ctx); break;
    case FieldType::Choice: c = choice_field(f, a, ctx); break;
    case FieldType::Multi:
    case FieldType::Checklist: c = ticks_field(f, a, ctx); break;
    case FieldType::Scale: c = scale_field(f, a, ctx); break;
    case FieldType::Figure: c = figure_field(f, a, st, ctx); break;
    }
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 0.6f));
    return c;
}

} // namespace

FormChange draw_form(const Template& t, Answers& answers, FormState& state, const FormContext& ctx) {
    const wb_palette& pal = ctx.host.palette();
    FormChange c = FormChange::None;
    for (const Section& s : t.sections) {
        ImGui::PushID(s.id.c_str());
        ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 0.4f));
        ui::text_coloured(pal.accent, s.title.c_str());
        ImGui::Separator();
        if (!s.intro.empty()) {
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ctx.width);
            ui::text_wrapped_coloured(pal.text_muted, s.intro.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::Spacing();
        ImGui::PopID();
        // Field ids are unique across the template: no section scope, so a
        // field keeps its widget ids when it moves to another section.
        for (const Field& f : s.fields) c = stronger(c, field(f, answers, state, ctx));
    }
    return c;
}

void draw_set_aside(const Answers& answers, const FormContext& ctx) {
    if (answers.set_aside.empty()) return;
    const wb_palette& pal = ctx.host.palette();
    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 0.4f));
    ui::text_coloured(pal.text_muted, "Answers set aside");
    ImGui::Separator();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ctx.width);
    ui::text_wrapped_coloured(pal.text_muted,
                              "These were written against an earlier version of the template. The question has "
                              "changed or gone, so they are kept here as they were, read-only.");
    for (const SetAside& s : answers.set_aside) {
        ImGui::Spacing();
        ImGui::TextUnformatted((s.answer.label.empty() ? s.field_id : s.answer.label).c_str());
        ui::text_wrapped_coloured(pal.text_muted, ("(" + s.reason + ", version " + std::to_string(s.from_version) + ")").c_str());
        ImGui::Indent();
        wb::ui::identifying_text_wrapped(ctx.host, ui::answer_text(s.answer).c_str()); // may be the user's words
        ImGui::Unindent();
    }
    ImGui::PopTextWrapPos();
}

} // namespace worksheets
