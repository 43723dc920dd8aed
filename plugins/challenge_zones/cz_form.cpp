// cz_form.cpp - the side form: a challenge's fields (add or edit), and for
// a stored challenge, its trajectory so far and a section to record where
// it sits now. Bad input is explained here and nothing is written.
#include "cz_view.h"

#include "cz_widgets.h"

namespace challenge_zones {
namespace {

// A label above the field, muted, so the form reads top to bottom.
void field_label(const wb_palette& p, const char* text) {
    ImGui::Spacing();
    ui::text_coloured(p.text_muted, text);
}

} // namespace

void PlannerView::open_new_form() {
    form_ = Form{};
    form_.open = true;
    form_.draft.case_id = case_.id();
    form_.draft.created = today_local();
    form_.draft.status = Status::Active;
    form_.focus_description = true;
    form_.reveal = true;
    form_.start = form_.draft;
    notice_.clear();
}

void PlannerView::open_edit_form(const Challenge& c) {
    form_ = Form{};
    form_.open = true;
    form_.draft = c;
    form_.reveal = true;
    selected_id_ = c.id;
    notice_.clear();
}

void PlannerView::close_form() { form_ = Form{}; }

void PlannerView::draw_form(float width) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const float field_w = std::max(width - 20 * scale, 120.0f);
    Challenge& d = form_.draft;
    const bool is_new = d.id == 0;

    ImGui::TextUnformatted(is_new ? "New challenge" : "Challenge");
    if (form_.restored)
        ui::text_wrapped_coloured(p.text_muted, "Not saved yet: kept from before you switched to another case.");
    ImGui::BeginDisabled(host_.read_only());

    field_label(p, "What is the challenge?");
    if (form_.focus_description) {
        ImGui::SetKeyboardFocusHere();
        form_.focus_description = false;
    }
    ui::identifying_input_multiline(host_, "##description", d.description,
                                    ImVec2(field_w, ImGui::GetTextLineHeight() * 2.6f));

    field_label(p, "Aspect");
    ImGui::SetNextItemWidth(field_w);
    if (ImGui::BeginCombo("##aspect", aspect_label(d.aspect))) {
        for (int a = 0; a < kAspectCount; ++a)
            if (ImGui::Selectable(aspect_label(static_cast<Aspect>(a)), static_cast<int>(d.aspect) == a))
                d.aspect = static_cast<Aspect>(a);
        ImGui::EndCombo();
    }
    if (ImGui::RadioButton("Helper challenges parent", d.direction == Direction::HelperToParent))
        d.direction = Direction::HelperToParent;
    ImGui::SameLine();
    if (ImGui::RadioButton("Parent challenges helper", d.direction == Direction::ParentToHelper))
        d.direction = Direction::ParentToHelper;

    field_label(p, "Why it matters to the parent");
    ImGui::SetNextItemWidth(field_w);
    ui::identifying_input_hint(host_, "##why", "What they care about that this serves", d.why_it_matters);

    field_label(p, "Support it needs");
    for (int i = 0; i < kSupportCount; ++i) {
        bool on = (d.support & (1 << i)) != 0;
        if (i > 0) ImGui::SameLine();
        if (ImGui::Checkbox(support_label(i), &on)) d.support = on ? (d.support | (1 << i)) : (d.support & ~(1 << i));
    }
    ImGui::SetNextItemWidth(field_w);
    ui::identifying_input_hint(host_, "##support_note", "How, by whom", d.support_note);

    field_label(p, "Possibility it serves: near future, then distant future");
    ImGui::SetNextItemWidth(field_w);
    ui::identifying_input_hint(host_, "##near", "What to work on now", d.near_future);
    ImGui::SetNextItemWidth(field_w);
    ui::identifying_input_hint(host_, "##distant", "Why it matters in the long run", d.distant_future);

    field_label(p, "Status, started, review by");
    ImGui::SetNextItemWidth(field_w * 0.3f);
    if (ImGui::BeginCombo("##status", status_label(d.status))) {
        for (int s = 0; s < kStatusCount; ++s)
            if (ImGui::Selectable(status_label(static_cast<Status>(s)), static_cast<int>(d.status) == s))
                d.status = static_cast<Status>(s);
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field_w * 0.33f);
    ImGui::InputTextWithHint("##created", "YYYY-MM-DD", &d.created);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field_w * 0.33f);
    ImGui::InputTextWithHint("##review", "review YYYY-MM-DD", &d.review_date);

    if (!form_.error.empty()) ui::text_wrapped_coloured(p.error, form_.error.c_str());
    ImGui::Spacing();
    if (ImGui::Button(is_new ? "Add challenge" : "Save changes")) {
        d.review_date = trimmed(d.review_date);
        d.created = trimmed(d.created);
        const Outcome out = wb::guarded([&] { return is_new ? model_.add(d) : model_.update(d); });
        if (out) {
            form_.error.clear();
            form_.restored = false; // saved: no longer a kept draft
            case_.mark_stale();
            if (is_new) {
                // Stay open on the new challenge so it can be placed at once.
                d.id = out.id;
                selected_id_ = out.id;
                notice_ = "Challenge added. Place it in a zone below.";
            } else {
                notice_ = "Changes saved.";
                close_form();
            }
        } else {
            form_.error = out.error;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(is_new ? "Cancel" : "Close")) close_form();
    if (!is_new && form_.open) {
        ImGui::SameLine();
        if (ImGui::Button("Delete challenge")) {
            const Outcome out = wb::guarded([&] { return model_.remove(d.id); }, "Could not delete");
            if (out) {
                notice_ = "Challenge deleted (Ctrl+Z brings it back).";
                case_.mark_stale();
                close_form();
            } else {
                form_.error = out.error;
            }
        }
    }
    if (!notice_.empty() && form_.open) ui::text_coloured(p.text_muted, notice_.c_str());

    // ---- Placements: the trajectory so far and a new one -----------------------
    if (form_.open && !is_new) {
        ImGui::Separator();
        ImGui::TextUnformatted("Where does it sit now?");
        ImGui::PushID("place");
        for (int z = 0; z < kZoneCount; ++z) {
            if (z > 0) ImGui::SameLine();
            if (ImGui::RadioButton(zone_label(static_cast<Zone>(z)), form_.zone == z)) form_.zone = z;
        }
        if (form_.zone >= 0) ui::text_wrapped_coloured(p.text_muted, zone_hint(static_cast<Zone>(form_.zone)));
        ImGui::SetNextItemWidth(field_w * 0.5f);
        std::string when = form_.session_id ? "session" : "a date";
        for (const SessionRef& s : plan_.sessions)
            if (s.id == form_.session_id) when = "session of " + s.date;
        if (ImGui::BeginCombo("##session", when.c_str())) {
            if (ImGui::Selectable("a date", form_.session_id == 0)) form_.session_id = 0;
            for (auto it = plan_.sessions.rbegin(); it != plan_.sessions.rend(); ++it) {
                ImGui::PushID(static_cast<int>(it->id));
                if (ImGui::Selectable(("session of " + it->date).c_str(), form_.session_id == it->id))
                    form_.session_id = it->id;
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        if (form_.session_id == 0) {
            ImGui::SameLine();
            if (form_.date.empty()) form_.date = today_local();
            ImGui::SetNextItemWidth(field_w * 0.45f);
            ImGui::InputTextWithHint("##date", "YYYY-MM-DD", &form_.date);
        }
        ImGui::SetNextItemWidth(field_w);
        ui::identifying_input_hint(host_, "##reason", "Why it sits there", form_.reason);
        if (!form_.place_error.empty()) ui::text_wrapped_coloured(p.error, form_.place_error.c_str());
        if (ImGui::Button("Record placement")) {
            Placement pl;
            pl.challenge_id = d.id;
            if (form_.zone >= 0) pl.zone = static_cast<Zone>(form_.zone);
            if (form_.session_id) pl.session_id = form_.session_id;
            pl.date = trimmed(form_.date);
            pl.reason = form_.reason;
            const Outcome out = wb::guarded([&] { return model_.place(pl); });
            if (out) {
                form_.place_error.clear();
                form_.zone = -1;
                form_.reason.clear();
                notice_ = "Placement recorded (Ctrl+Z undoes it).";
                case_.mark_stale();
            } else {
                form_.place_error = out.error;
            }
        }
        ImGui::PopID();

        const std::vector<Placement> path = trajectory(plan_.placements, d.id);
        if (!path.empty()) {
            ImGui::Spacing();
            ui::text_coloured(p.text_muted, "Trajectory so far");
            for (const Placement& pl : path) {
                ImGui::BulletText("%s  %s%s%s", pl.date.c_str(), zone_label(*pl.zone), pl.reason.empty() ? "" : ": ",
                                  pl.reason.empty() ? "" : host_.identifying(pl.reason));
            }
        }
    }
    ImGui::EndDisabled();
}

} // namespace challenge_zones
