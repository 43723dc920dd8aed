// spiral_form.cpp - the side form for one step: add a new one, or change
// or delete the selected one. What is wrong with the input is said in the
// form, next to the buttons, and nothing is stored until it is right.
#include "spiral_view.h"

#include "spiral_widgets.h"

#include <workbench/privacy.hpp>

#include <cstdio>

namespace spiral_mapper {

void SpiralView::open_new_form() {
    form_ = Form{};
    form_.open = true;
    form_.draft.case_id = case_.id();
    form_.draft.date = today_local();
    // The session on screen is the likeliest place the step was discussed.
    if (int64_t s = host_.current_session()) {
        for (const SessionRef& ref : sessions_)
            if (ref.id == s) form_.draft.session_id = s;
    }
    form_.focus_description = true;
    selected_id_ = 0;
    notice_.clear();
}

void SpiralView::open_edit_form(const Step& step) {
    form_ = Form{};
    form_.open = true;
    form_.draft = step;
    selected_id_ = step.id;
    notice_.clear();
}

void SpiralView::close_form() {
    form_ = Form{};
    selected_id_ = 0;
}

void SpiralView::draw_form(float width) {
    const wb_palette& p = host_.palette();
    Step& d = form_.draft;
    const bool is_new = d.id == 0;
    ImGui::TextUnformatted(is_new ? "New step" : "Step");
    ImGui::Spacing();
    // Presenting a real case masks the step's words; the form then only
    // offers Cancel (the draft is kept as it was).
    const bool masked = host_.masks_identifying();
    ImGui::BeginDisabled(host_.read_only() || masked);

    // When: the date, and the supervision session it was talked about in.
    ui::text_coloured(p.text_muted, "Date");
    ImGui::SetNextItemWidth(width * 0.45f);
    ui::input("##date", "YYYY-MM-DD", d.date);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    std::string session_label = "No session";
    for (const SessionRef& ref : sessions_)
        if (d.session_id && ref.id == *d.session_id) session_label = "Session " + ref.date;
    if (ImGui::BeginCombo("##session", session_label.c_str())) {
        if (ImGui::Selectable("No session", !d.session_id)) d.session_id.reset();
        for (const SessionRef& ref : sessions_) {
            ImGui::PushID(static_cast<int>(ref.id));
            const std::string label = ref.date + "  " + ref.supervisee;
            if (ImGui::Selectable(label.c_str(), d.session_id && *d.session_id == ref.id)) d.session_id = ref.id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }

    // What kind of step, with a line saying what that kind means.
    ui::text_coloured(p.text_muted, "Kind of step");
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##kind", kind_label(d.kind))) {
        for (int k = 0; k < kKindCount; ++k) {
            const Kind kind = static_cast<Kind>(k);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui::kind_colour(p, kind)));
            ImGui::Bullet();
            ImGui::PopStyleColor();
            ImGui::SameLine();
            if (ImGui::Selectable(kind_label(kind), d.kind == kind)) d.kind = kind;
        }
        ImGui::EndCombo();
    }
    ui::text_wrapped_coloured(p.text_muted, kind_hint(d.kind));

    ui::text_coloured(p.text_muted, "What happened");
    if (form_.focus_description) {
        ImGui::SetKeyboardFocusHere();
        form_.focus_description = false;
    }
    wb::ui::identifying_input_multiline(host_, "##description", d.description,
                                        ImVec2(width, ImGui::GetTextLineHeight() * 4.2f));

    ui::text_coloured(p.text_muted, "Theme (optional)");
    ImGui::SetNextItemWidth(-1);
    if (masked) wb::ui::identifying_input(host_, "##theme", d.theme);
    else ui::input("##theme", "e.g. sleep, money worries", d.theme);

    // The effect on each ingredient of the core.
    ImGui::Spacing();
    ui::text_coloured(p.text_muted, "Effect on the core");
    for (int g = 0; g < kIngredientCount; ++g) {
        ImGui::PushID(ingredient_label(g));
        ui::text_coloured(ui::ingredient_colour(p, g), ingredient_label(g));
        ImGui::SameLine(width * 0.3f);
        Effect& e = d.effects[static_cast<std::size_t>(g)];
        for (Effect option : {Effect::Strengthened, Effect::Unchanged, Effect::Strained}) {
            if (ImGui::RadioButton(effect_label(option), e == option)) e = option;
            if (option != Effect::Strained) ImGui::SameLine();
        }
        ImGui::PopID();
    }

    ui::text_coloured(p.text_muted, "How far it widened what became possible");
    ImGui::PushID("expansion");
    for (Expansion option : {Expansion::None, Expansion::Some, Expansion::Much}) {
        if (ImGui::RadioButton(expansion_label(option), d.expansion == option)) d.expansion = option;
        if (option != Expansion::Much) ImGui::SameLine();
    }
    ImGui::PopID();

    // Save, delete, cancel; the reason a step cannot be kept sits right here.
    ImGui::Spacing();
    if (!form_.error.empty()) ui::text_wrapped_coloured(p.error, form_.error.c_str());
    bool close = false;
    if (ImGui::Button(is_new ? "Add step" : "Save changes")) {
        try {
            d.case_id = case_.id();
            const Outcome out = is_new ? model_.add(d) : model_.update(d);
            if (out) {
                notice_ = is_new ? "Step added. Ctrl+Z undoes it." : "Changes saved. Ctrl+Z undoes them.";
                selected_id_ = 0;
                close = true;
                case_.mark_stale();
            } else {
                form_.error = out.error;
            }
        } catch (const wb::Error& e) {
            form_.error = std::string("The step could not be saved: ") + e.what();
        }
    }
    if (!is_new) {
        ImGui::SameLine();
        if (ImGui::Button("Delete step")) {
            try {
                const Outcome out = model_.remove(d.id);
                if (out) {
                    notice_ = "Step deleted. Ctrl+Z brings it back.";
                    close = true;
                    case_.mark_stale();
                } else {
                    form_.error = out.error;
                }
            } catch (const wb::Error& e) {
                form_.error = std::string("The step could not be deleted: ") + e.what();
            }
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        close = true;
        notice_.clear();
    }
    if (close) {
        const std::string keep = notice_;
        close_form();
        notice_ = keep;
    }
}

} // namespace spiral_mapper
