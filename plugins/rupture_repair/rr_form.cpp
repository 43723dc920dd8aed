// rr_form.cpp - the side form (a rupture's fields, add or edit; for a
// stored one its repair actions and its status), the offer of a spiral
// step after "Mark repaired", and the alliance check of the current
// session under the timeline. Bad input is explained where it was typed
// and nothing is written.
#include "rr_view.h"

#include "rr_widgets.h"

#include <algorithm>

namespace rupture_repair {
namespace {

// A label above the field, muted, so the form reads top to bottom.
void field_label(const wb_palette& p, const char* text) {
    ImGui::Spacing();
    ui::text_coloured(p.text_muted, text);
}

// Model calls whose store failure becomes a message (wb::guarded).
using wb::guarded;

} // namespace

void RupturesView::open_new_form() {
    form_ = Form{};
    form_.open = true;
    form_.draft.case_id = case_.id();
    form_.draft.date = today_local();
    // The session on screen is the likeliest place the rupture happened.
    const int64_t session = host_.current_session();
    for (const SessionRef& s : record_.sessions)
        if (s.id == session) form_.draft.session_id = session;
    form_.focus_description = true;
    form_.reveal = true;
    form_.start = form_.draft;
    notice_.clear();
}

void RupturesView::open_edit_form(const Rupture& r) {
    form_ = Form{};
    form_.open = true;
    form_.draft = r;
    form_.reveal = true;
    selected_id_ = r.id;
    notice_.clear();
}

void RupturesView::close_form() { form_ = Form{}; }

void RupturesView::draw_form(float width) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const float field_w = std::max(width - 24 * scale, 120.0f);
    Rupture& d = form_.draft;
    const bool is_new = d.id == 0;

    ImGui::TextUnformatted(is_new ? "Log a rupture" : "Rupture");
    if (form_.restored)
        ui::text_wrapped_coloured(p.text_muted, "Not saved yet: kept from before you switched to another case.");
    ImGui::BeginDisabled(host_.read_only());

    field_label(p, "What happened?");
    if (form_.focus_description) {
        ImGui::SetKeyboardFocusHere();
        form_.focus_description = false;
    }
    ui::identifying_input_multiline(host_, "##description", d.description,
                                    ImVec2(field_w, ImGui::GetTextLineHeight() * 2.6f));

    field_label(p, "When");
    ImGui::SetNextItemWidth(field_w * 0.5f);
    std::string when = "a date";
    for (const SessionRef& s : record_.sessions)
        if (d.session_id && s.id == *d.session_id) when = "session of " + s.date;
    if (ImGui::BeginCombo("##session", when.c_str())) {
        if (ImGui::Selectable("a date", !d.session_id)) d.session_id.reset();
        for (auto it = record_.sessions.rbegin(); it != record_.sessions.rend(); ++it) {
            ImGui::PushID(static_cast<int>(it->id));
            if (ImGui::Selectable(("session of " + it->date).c_str(), d.session_id == it->id)) {
                d.session_id = it->id;
                d.date = it->date;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (!d.session_id) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field_w * 0.45f);
        ImGui::InputTextWithHint("##date", "YYYY-MM-DD", &d.date);
    }

    field_label(p, "How it arose");
    ImGui::SetNextItemWidth(field_w);
    if (ImGui::BeginCombo("##origin", origin_label(d.origin))) {
        for (int o = 0; o < kOriginCount; ++o)
            if (ImGui::Selectable(origin_label(static_cast<Origin>(o)), static_cast<int>(d.origin) == o))
                d.origin = static_cast<Origin>(o);
        ImGui::EndCombo();
    }

    field_label(p, "How it showed");
    for (int k = 0; k < kMarkerKindCount; ++k) {
        if (k > 0) ImGui::SameLine();
        if (ImGui::RadioButton(kind_label(static_cast<MarkerKind>(k)), static_cast<int>(d.kind) == k) &&
            static_cast<int>(d.kind) != k) {
            d.kind = static_cast<MarkerKind>(k);
            d.sub_markers = 0; // the signs of one kind mean nothing for the other
        }
    }
    ImGui::PushID("signs");
    for (int i = 0; i < sub_marker_count(d.kind); ++i) {
        bool on = (d.sub_markers & (1 << i)) != 0;
        if (ImGui::Checkbox(sub_marker_label(d.kind, i), &on))
            d.sub_markers = on ? (d.sub_markers | (1 << i)) : (d.sub_markers & ~(1 << i));
    }
    ImGui::PopID();

    field_label(p, "Who moved away or against");
    ImGui::PushID("who");
    for (int w = 0; w < kPersonCount; ++w) {
        if (w > 0) ImGui::SameLine();
        if (ImGui::RadioButton(person_label(static_cast<Person>(w)), static_cast<int>(d.who) == w))
            d.who = static_cast<Person>(w);
    }
    ImGui::PopID();

    field_label(p, "How noticeable (1 barely, 5 shook the partnership)");
    ImGui::SetNextItemWidth(field_w * 0.5f);
    ImGui::SliderInt("##salience", &d.salience, kMinSalience, kMaxSalience);

    field_label(p, "What was strained");
    ImGui::PushID("strained");
    for (int i = 0; i < kStrainCount; ++i) {
        bool on = (d.strained & (1 << i)) != 0;
        if (i > 0) ImGui::SameLine();
        if (ImGui::Checkbox(strain_label(i), &on)) d.strained = on ? (d.strained | (1 << i)) : (d.strained & ~(1 << i));
    }
    ImGui::PopID();

    if (!form_.error.empty()) ui::text_wrapped_coloured(p.error, form_.error.c_str());
    ImGui::Spacing();
    if (ImGui::Button(is_new ? "Log rupture" : "Save changes")) {
        d.date = trimmed(d.date);
        const Outcome out = guarded([&] { return is_new ? model_.add(d) : model_.update(d); });
        if (out) {
            form_.error.clear();
            form_.restored = false; // saved: no longer a kept draft
            case_.mark_stale();
            if (is_new) {
                // Stay open on the new rupture so a repair can follow at once.
                d.id = out.id;
                selected_id_ = out.id;
                notice_ = "Rupture logged. Record what was done to repair it below.";
            } else {
                notice_ = "Changes saved.";
            }
        } else {
            form_.error = out.error;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(is_new ? "Cancel" : "Close")) close_form();
    if (!is_new && form_.open) {
        ImGui::SameLine();
        if (ImGui::Button("Delete rupture")) {
            const Outcome out = guarded([&] { return model_.remove(d.id); });
            if (out) {
                notice_ = "Rupture deleted (Ctrl+Z brings it back).";
                case_.mark_stale();
                close_form();
            } else {
                form_.error = out.error;
            }
        }
    }
    if (!notice_.empty() && form_.open) ui::text_wrapped_coloured(p.text_muted, notice_.c_str());

    if (form_.open && !is_new) {
        draw_status_section(field_w);
        draw_repairs_section(field_w);
    }
    ImGui::EndDisabled();
}

void RupturesView::draw_status_section(float field_w) {
    const wb_palette& p = host_.palette();
    const Rupture& d = form_.draft;
    ImGui::Separator();
    ImGui::PushID("status");
    ui::text_coloured(ui::status_colour(p, d.status), status_label(d.status));
    ImGui::SameLine();
    if (d.status == Status::Repaired || d.status == Status::NotResolved)
        ImGui::TextDisabled("(%s)", resolution_label(d.resolution));
    if (const auto days = time_to_repair(d, record_.repairs)) {
        ImGui::SameLine();
        ImGui::TextDisabled("repaired after %d day%s", *days, *days == 1 ? "" : "s");
    }

    auto apply = [&](Status s, Resolution r) {
        const Outcome out = guarded([&] { return model_.set_status(d.id, s, r); });
        if (!out) {
            form_.status_error = out.error;
            return false;
        }
        form_.status_error.clear();
        form_.draft.status = s;
        form_.draft.resolution = r;
        case_.mark_stale();
        return true;
    };
    if (is_open(d.status)) {
        ImGui::SetNextItemWidth(field_w * 0.35f);
        const char* const degrees[] = {resolution_label(Resolution::Partly), resolution_label(Resolution::Fully)};
        int pick = form_.resolution == static_cast<int>(Resolution::Partly) ? 0 : 1;
        if (ImGui::Combo("##resolution", &pick, degrees, 2))
            form_.resolution = pick == 0 ? static_cast<int>(Resolution::Partly) : static_cast<int>(Resolution::Fully);
        ImGui::SameLine();
        if (ImGui::Button("Mark repaired")) {
            if (apply(Status::Repaired, static_cast<Resolution>(form_.resolution))) {
                notice_ = "Marked repaired (Ctrl+Z undoes it).";
                // Offer the spiral step only when another plugin can take it.
                if (spiral_.available()) {
                    spiral_offer_ = SpiralOffer{};
                    spiral_offer_.request_open = true;
                    spiral_offer_.rupture_id = d.id;
                }
            }
        }
        ImGui::SameLine();
        if (ImGui::Button("Close as not resolved"))
            apply(Status::NotResolved, d.status == Status::Repairing ? Resolution::Partly : Resolution::None);
    } else {
        if (ImGui::Button("Reopen")) {
            const bool has_repairs = !repairs_of(record_.repairs, d.id).empty();
            apply(has_repairs ? Status::Repairing : Status::Open, Resolution::None);
        }
    }
    if (!form_.status_error.empty()) ui::text_wrapped_coloured(p.error, form_.status_error.c_str());
    ImGui::PopID();
}

void RupturesView::draw_repairs_section(float field_w) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const Rupture& d = form_.draft;
    ImGui::Separator();
    ImGui::PushID("repair");
    ImGui::TextUnformatted("Repair actions");
    const std::vector<RepairAction> done = repairs_of(record_.repairs, d.id);
    if (done.empty()) ui::text_coloured(p.text_muted, "None yet.");
    for (const RepairAction& a : done) {
        ImGui::PushID(static_cast<int>(a.id));
        ImGui::BulletText("%s  %s, led by %s", a.date.c_str(), strategy_label(a.strategy),
                          person_label(a.led_by));
        if (!a.note.empty()) {
            ImGui::Indent(22 * scale);
            if (host_.masks_identifying()) ui::identifying_text_wrapped(host_, a.note.c_str());
            else ui::text_wrapped_coloured(p.text_muted, a.note.c_str());
            ImGui::Unindent(22 * scale);
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) {
            const Outcome out = guarded([&] { return model_.remove_repair(a.id); });
            if (out) {
                notice_ = "Repair action removed (Ctrl+Z brings it back).";
                case_.mark_stale();
            } else {
                form_.repair_error = out.error;
            }
        }
        ImGui::PopID();
    }

    if (is_open(d.status)) {
        RepairAction& r = form_.repair;
        if (r.date.empty()) r.date = today_;
        field_label(p, "Add a repair action: when, who led it, how");
        ImGui::SetNextItemWidth(field_w * 0.35f);
        ImGui::InputTextWithHint("##repair_date", "YYYY-MM-DD", &r.date);
        ImGui::SameLine();
        for (int w = 0; w < kPersonCount; ++w) {
            if (w > 0) ImGui::SameLine();
            if (ImGui::RadioButton(person_label(static_cast<Person>(w)), static_cast<int>(r.led_by) == w))
                r.led_by = static_cast<Person>(w);
        }
        ImGui::SetNextItemWidth(field_w);
        if (ImGui::BeginCombo("##strategy", strategy_label(r.strategy))) {
            for (int f = 0; f < 2; ++f) {
                ImGui::TextDisabled("%s", family_label(static_cast<StrategyFamily>(f)));
                for (int s = 0; s < kStrategyCount; ++s) {
                    const Strategy st = static_cast<Strategy>(s);
                    if (static_cast<int>(strategy_family(st)) != f) continue;
                    if (ImGui::Selectable(strategy_label(st), r.strategy == st)) r.strategy = st;
                }
            }
            ImGui::EndCombo();
        }
        ImGui::SetNextItemWidth(field_w);
        ui::identifying_input_hint(host_, "##repair_note", "What was said or done", r.note);
        if (!form_.repair_error.empty()) ui::text_wrapped_coloured(p.error, form_.repair_error.c_str());
        if (ImGui::Button("Add repair action")) {
            r.rupture_id = d.id;
            r.date = trimmed(r.date);
            const Outcome out = guarded([&] { return model_.add_repair(r); });
            if (out) {
                form_.repair = RepairAction{};
                form_.repair_error.clear();
                notice_ = "Repair action recorded (Ctrl+Z undoes it).";
                case_.mark_stale();
            } else {
                form_.repair_error = out.error;
            }
        }
    } else {
        ui::text_wrapped_coloured(p.text_muted, "Closed: reopen it to record another repair action.");
    }
    ImGui::PopID();
}

void RupturesView::draw_spiral_offer() {
    const char* const title = "Add to the spiral?";
    if (spiral_offer_.request_open) {
        ImGui::OpenPopup(title);
        spiral_offer_.request_open = false;
        spiral_offer_.open = true;
    }
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        spiral_offer_.open = false;
        return;
    }
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    // The offer opens in the frame the rupture was marked repaired, before
    // the record is reloaded: its latest repair action is the closing one.
    const Rupture* r = find(spiral_offer_.rupture_id);
    const std::vector<RepairAction> repairs = r ? repairs_of(record_.repairs, r->id) : std::vector<RepairAction>{};
    const std::optional<RepairAction> closing =
        repairs.empty() ? std::nullopt : std::optional<RepairAction>(repairs.back());
    if (!r || !closing) {
        spiral_offer_ = SpiralOffer{};
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 460 * scale);
    ImGui::TextWrapped("This rupture is repaired. Add a \"repair after rupture\" step to this family's partnership "
                       "spiral?");
    ImGui::PopTextWrapPos();
    if (!spiral_offer_.error.empty()) ui::text_wrapped_coloured(p.error, spiral_offer_.error.c_str());
    ImGui::Spacing();
    if (ImGui::Button("Yes, add the step")) {
        const std::string error = spiral_.add_repair_step(*r, *closing);
        if (error.empty()) {
            notice_ = "Step added to the spiral.";
            spiral_offer_ = SpiralOffer{};
            case_.mark_stale();
            ImGui::CloseCurrentPopup();
        } else {
            spiral_offer_.error = "The step could not be added: " + error;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("No") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        spiral_offer_ = SpiralOffer{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void RupturesView::draw_alliance_editor(float width, int columns) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const int64_t session = host_.current_session();
    const SessionRef* current = nullptr;
    for (const SessionRef& s : record_.sessions)
        if (s.id == session) current = &s;
    ImGui::Spacing();
    if (!current) {
        ui::text_coloured(p.text_muted, "Pick a session of this case to record an alliance check for it.");
        return;
    }
    if (alliance_.session_id != session) {
        // Fill the draft from the stored check, or start in the middle.
        alliance_ = AllianceDraft{};
        alliance_.session_id = session;
        alliance_.check.case_id = case_.id();
        alliance_.check.session_id = session;
        for (const AllianceCheck& c : record_.alliance)
            if (c.session_id == session) {
                alliance_.check = c;
                alliance_.stored = true;
            }
    }
    AllianceCheck& c = alliance_.check;
    // Stores the check as shown: one undo step. A slider stores it when it
    // is let go, so a rating is never left unsaved when the session or the
    // case changes, and a drag is one edit, not one per value it passed.
    auto store_check = [&] {
        const Outcome out = guarded([&] { return model_.save_alliance(c); });
        if (out) {
            alliance_.error.clear();
            notice_ = "Alliance check saved (Ctrl+Z undoes it).";
            case_.mark_stale();
        } else {
            alliance_.error = out.error;
        }
    };
    ImGui::PushID("alliance");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(("Alliance check, session of " + current->date + " (each 0 to 10)").c_str());
    // A grid of `columns` (rr_layout.h: alliance_columns), each cell a label
    // over its slider. Cells are placed by position rather than SameLine,
    // so every label starts on the same line as its neighbours.
    const ImGuiStyle& style = ImGui::GetStyle();
    const int cols = std::clamp(columns, 1, kAllianceItems);
    const float col_w = (width - style.ItemSpacing.x * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    const ImVec2 grid = ImGui::GetCursorPos();
    const float row_h = ImGui::GetTextLineHeight() + style.ItemSpacing.y + ImGui::GetFrameHeight() + style.ItemSpacing.y;
    for (int i = 0; i < kAllianceItems; ++i) {
        ImGui::SetCursorPos(ImVec2(grid.x + static_cast<float>(i % cols) * (col_w + style.ItemSpacing.x),
                                   grid.y + static_cast<float>(i / cols) * row_h));
        ImGui::BeginGroup();
        ImGui::PushID(alliance_item_label(i)); // string IDs: the tests find sliders by path
        ui::text_coloured(p.text_muted, alliance_item_label(i));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", alliance_item_hint(i));
        ImGui::SetNextItemWidth(col_w);
        ImGui::BeginDisabled(host_.read_only());
        ImGui::SliderInt("##rating", &c.ratings[i], 0, kAllianceItemMax);
        if (ImGui::IsItemDeactivatedAfterEdit()) store_check();
        ImGui::EndDisabled();
        ImGui::PopID();
        ImGui::EndGroup();
    }
    const int rows = (kAllianceItems + cols - 1) / cols;
    ImGui::SetCursorPos(ImVec2(grid.x, grid.y + static_cast<float>(rows) * row_h));
    const bool low = alliance_low(c, settings_.low_alliance);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Total %d of %d", c.total(), kAllianceMax);
    if (low) {
        ImGui::SameLine();
        ui::text_coloured(p.warning, ("below " + std::to_string(settings_.low_alliance) + ": worth talking about").c_str());
    }
    // Moving a slider saves; a check that keeps the starting values needs
    // saying so once.
    if (!alliance_.stored) {
        ImGui::SameLine(0, 18 * scale);
        ImGui::BeginDisabled(host_.read_only());
        if (ImGui::Button("Save check")) store_check();
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Records this session's check as it stands. Moving a slider records it too.");
    } else {
        ImGui::SameLine(0, 18 * scale);
        ui::text_coloured(p.text_muted, "saved as you move a slider");
    }
    if (!alliance_.error.empty()) ui::text_wrapped_coloured(p.error, alliance_.error.c_str());
    ImGui::PopID();
}

} // namespace rupture_repair
