// lm_form.cpp - the side form beside the map. With a domain selected: its
// description, the priority switch (from the viewed session on), the signs
// of learning seen up to the viewed session (edit, delete) and a field to
// add one. Otherwise: the viewed session's ratings of trust, acceptance and
// openness for the parent and the helper. Bad input is explained where it
// was typed and nothing is written. While presenting, everything is read
// only and notes pass through the host's privacy mask.
#include "lm_view.h"

#include "lm_widgets.h"

#include <algorithm>

namespace learning_map {
namespace {

void field_label(const wb_palette& p, const char* text) {
    ImGui::Spacing();
    ui::text_coloured(p.text_muted, text);
}

// Model calls whose store failure becomes a message (wb::guarded).
using wb::guarded;

} // namespace

void LearningMapView::reset_evidence_draft() {
    evidence_ = EvidenceDraft{};
    evidence_.draft.case_id = case_.id();
}

void LearningMapView::start_edit(const Evidence& e) {
    evidence_ = EvidenceDraft{};
    evidence_.draft = e;
    evidence_.session_chosen = true;
}

void LearningMapView::draw_side(float width) {
    if (selected_ >= 0) draw_domain_form(static_cast<Domain>(selected_), width);
    else draw_conditions_form(width);
}

// ---- A domain: priority and signs of learning ------------------------------------

void LearningMapView::draw_domain_form(Domain d, float width) {
    const wb_palette& p = host_.palette();
    const bool editable = !host_.read_only() && !host_.presenting();
    const DomainState& ds = state_.at(d);

    if (ImGui::SmallButton("< Conditions")) {
        select_domain(-1);
        return;
    }
    ui::tip("Back to this session's ratings of trust, acceptance and openness");
    ImGui::TextUnformatted(domain_label(d));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 16 * host_.ui_scale());
    ui::text_wrapped_coloured(p.text_muted, domain_description(d));
    ImGui::PopTextWrapPos();

    // Priority, from the viewed session on.
    ImGui::Spacing();
    ImGui::BeginDisabled(!editable);
    bool on = ds.priority;
    if (ImGui::Checkbox("The family wants to work on this", &on)) {
        const Outcome out = guarded([&] { return model_.set_priority(case_.id(), d, state_.session_id, on); });
        if (out) {
            priority_error_.clear();
            notice_ = on ? "Marked as a priority from this session on (Ctrl+Z undoes it)."
                         : "No longer a priority from this session on (Ctrl+Z undoes it).";
            case_.mark_stale();
        } else {
            priority_error_ = out.error;
        }
    }
    ImGui::EndDisabled();
    ui::tip("From the session shown on, until changed at a later session. Shown as a star on the map.");
    if (ds.priority) ui::text_coloured(p.text_muted, ("A priority since the session of " + ds.priority_since).c_str());
    if (!priority_error_.empty()) ui::text_wrapped_coloured(p.error, priority_error_.c_str());

    ImGui::Separator();
    draw_evidence_list(d, width, editable);
    if (editable) {
        ImGui::Separator();
        draw_evidence_editor(d, width);
    }
}

void LearningMapView::draw_evidence_list(Domain d, float width, bool editable) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const DomainState& ds = state_.at(d);
    ImGui::Text("Signs of learning seen, up to this session: %d", ds.count);
    int later = 0;
    int shown = 0;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 16 * scale);
    // Newest first: the latest signs matter most in a session.
    for (auto it = data_.evidence.rbegin(); it != data_.evidence.rend(); ++it) {
        const Evidence& e = *it;
        if (e.domain != d) continue;
        if (e.date > state_.date) {
            ++later;
            continue;
        }
        ++shown;
        ImGui::PushID(("note" + std::to_string(e.id)).c_str()); // a string ID: the tests click by path
        ImGui::Spacing();
        const int n = session_index_of(data_, e.session_id);
        const std::string when = "Session " + std::to_string(n + 1) + "  \xC2\xB7  " + e.date;
        ui::text_coloured(e.session_id == state_.session_id ? p.accent : p.text_muted, when.c_str());
        ui::identifying_text_wrapped(host_, e.note.c_str());
        if (editable) {
            if (ImGui::SmallButton("Edit")) start_edit(e);
            ImGui::SameLine();
            if (evidence_.confirm_delete == e.id) {
                if (ImGui::SmallButton("Really delete")) {
                    const Outcome out = guarded([&] { return model_.remove_evidence(e.id); });
                    if (out) {
                        notice_ = "Note deleted (Ctrl+Z brings it back).";
                        reset_evidence_draft();
                        case_.mark_stale();
                    } else {
                        evidence_.error = out.error;
                    }
                }
                ImGui::SameLine();
                if (ImGui::SmallButton("Keep")) evidence_.confirm_delete = 0;
            } else if (ImGui::SmallButton("Delete")) {
                evidence_.confirm_delete = e.id;
            }
        }
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
    if (shown == 0) ui::text_wrapped_coloured(p.text_muted, "None yet. What did the parent say or do that shows learning here?");
    if (later > 0)
        ui::text_wrapped_coloured(p.text_muted, (std::to_string(later) + (later == 1 ? " more sign" : " more signs") +
                                                 " after this session: move the slider on to see them.")
                                                    .c_str());
}

void LearningMapView::draw_evidence_editor(Domain d, float width) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const float field_w = std::max(width - 24 * scale, 120.0f);
    Evidence& e = evidence_.draft;
    const bool is_new = e.id == 0;
    if (is_new) {
        e.domain = d;
        e.case_id = case_.id();
        if (!evidence_.session_chosen || session_index_of(data_, e.session_id) < 0) e.session_id = state_.session_id;
    }
    ImGui::PushID("evidence");
    ImGui::TextUnformatted(is_new ? "Note a sign of learning" : "Edit this sign of learning");
    if (evidence_.restored)
        ui::text_wrapped_coloured(p.text_muted, "Not saved yet: kept from before you switched to another case.");

    field_label(p, "Seen in");
    ImGui::SetNextItemWidth(field_w * 0.6f);
    const int idx = session_index_of(data_, e.session_id);
    const std::string current =
        idx >= 0 ? "Session " + std::to_string(idx + 1) + " (" + data_.sessions[static_cast<std::size_t>(idx)].date + ")"
                 : std::string("pick a session");
    if (ImGui::BeginCombo("##session", current.c_str())) {
        for (int i = static_cast<int>(data_.sessions.size()) - 1; i >= 0; --i) {
            const SessionRef& s = data_.sessions[static_cast<std::size_t>(i)];
            ImGui::PushID(static_cast<int>(s.id));
            if (ImGui::Selectable(("Session " + std::to_string(i + 1) + " (" + s.date + ")").c_str(), s.id == e.session_id)) {
                e.session_id = s.id;
                evidence_.session_chosen = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }

    if (!is_new) {
        field_label(p, "Domain");
        ImGui::SetNextItemWidth(field_w * 0.6f);
        if (ImGui::BeginCombo("##domain", domain_label(e.domain))) {
            for (int k = 0; k < kDomainCount; ++k)
                if (ImGui::Selectable(domain_label(static_cast<Domain>(k)), static_cast<int>(e.domain) == k))
                    e.domain = static_cast<Domain>(k);
            ImGui::EndCombo();
        }
    }

    field_label(p, "What was seen or said");
    ui::identifying_input_multiline(host_, "##note", e.note, ImVec2(field_w, ImGui::GetTextLineHeight() * 3.4f));
    if (!evidence_.error.empty()) ui::text_wrapped_coloured(p.error, evidence_.error.c_str());
    if (ImGui::Button(is_new ? "Add sign" : "Save changes")) {
        const Outcome out = guarded([&] { return is_new ? model_.add_evidence(e) : model_.update_evidence(e); });
        if (out) {
            notice_ = is_new ? "Sign of learning added (Ctrl+Z undoes it)." : "Changes saved (Ctrl+Z undoes them).";
            reset_evidence_draft(); // the next note follows the session viewed again
            case_.mark_stale();
        } else {
            evidence_.error = out.error;
        }
    }
    if (!is_new) {
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) reset_evidence_draft();
    }
    ImGui::PopID();
}

// ---- The session's conditions ----------------------------------------------------

// The viewed session's ratings as stored (none rated when it has none):
// every click is stored at once, so the store is all the form shows.
ConditionRatings LearningMapView::session_ratings() const {
    for (const ConditionRatings& r : data_.ratings)
        if (r.session_id == state_.session_id) return r;
    ConditionRatings none;
    none.case_id = case_.id();
    none.session_id = state_.session_id;
    return none;
}

// A click on a rating is an edit like any other: it is stored at once (one
// undo step), so leaving the session or closing the app never drops it.
// Taking the last rating away removes the session's ratings altogether.
void LearningMapView::rate(Rater r, Condition c, std::optional<int> value) {
    ConditionRatings next = session_ratings();
    next.set(r, c, value);
    const bool clearing = !next.any_rated();
    if (clearing && !state_.ratings_current) return; // nothing stored to take away
    const Outcome out = guarded([&] {
        return clearing ? model_.remove_ratings(state_.session_id) : model_.save_ratings(next);
    });
    if (!out) {
        ratings_.error = out.error;
        return;
    }
    ratings_.error.clear();
    notice_ = clearing ? "Ratings cleared (Ctrl+Z brings them back)." : "Rating saved (Ctrl+Z undoes it).";
    case_.mark_stale();
}

void LearningMapView::draw_conditions_form(float width) {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const bool editable = !host_.read_only() && !host_.presenting();
    // An error belongs to the session it happened in.
    if (ratings_.session_id != state_.session_id) ratings_ = RatingsError{{}, state_.session_id};
    const ConditionRatings shown = session_ratings();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 16 * scale);
    ImGui::Text("Conditions in session %d (%s)", state_.session_index + 1, state_.date.c_str());
    ui::text_wrapped_coloured(p.text_muted,
                              "How much trust, acceptance and openness there was, as the parent shows it and as you "
                              "bring it: 0 not there yet, 1 a little, 2 growing, 3 mostly there, 4 strong and steady. "
                              "Each click is kept straight away.");
    ImGui::PopTextWrapPos();

    ImGui::BeginDisabled(!editable);
    ImGui::PushID("ratings");
    for (int who = 0; who < kRaterCount; ++who) {
        const Rater r = static_cast<Rater>(who);
        ImGui::Spacing();
        ui::text_coloured(who == 0 ? ui::parent_colour(p) : ui::helper_colour(p),
                          who == 0 ? "Parent" : "Helper (you)");
        ImGui::PushID(rater_label(r)); // string IDs: the tests click by path
        for (int k = 0; k < kConditionCount; ++k) {
            const Condition c = static_cast<Condition>(k);
            ImGui::PushID(condition_label(c));
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(condition_label(c));
            ui::tip(condition_description(c));
            // A compact row: the label column fits the longest name.
            ImGui::SameLine(ImGui::CalcTextSize("Acceptance").x + 14 * scale);
            // Six small toggle buttons ("-" for not rated, then 0..4): far
            // narrower than radio buttons, so a row fits a narrow side form.
            const std::optional<int> v = shown.at(r, c);
            const float cell = ImGui::GetFrameHeight() * 1.15f;
            for (int value = kRatingMin - 1; value <= kRatingMax; ++value) {
                if (value >= kRatingMin) ImGui::SameLine(0, 3 * scale);
                const bool on = value < kRatingMin ? !v : v == value;
                if (on) {
                    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.accent));
                    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.surface));
                }
                const std::string label = value < kRatingMin ? std::string("-") : std::to_string(value);
                if (ImGui::Button(label.c_str(), ImVec2(cell, 0)) && !on)
                    rate(r, c, value < kRatingMin ? std::nullopt : std::optional<int>(value));
                if (on) ImGui::PopStyleColor(2);
                ui::tip(value < kRatingMin ? "not rated" : rating_label(value));
            }
            ImGui::PopID();
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (!ratings_.error.empty()) ui::text_wrapped_coloured(p.error, ratings_.error.c_str());
    if (state_.ratings_current) {
        if (ImGui::Button("Clear ratings")) {
            const Outcome out = guarded([&] { return model_.remove_ratings(state_.session_id); });
            if (out) {
                ratings_.error.clear();
                notice_ = "Ratings cleared (Ctrl+Z brings them back).";
                case_.mark_stale();
            } else {
                ratings_.error = out.error;
            }
        }
        ui::tip("Takes away every rating of this session.");
    }
    ImGui::PopID();
    ImGui::EndDisabled();
    if (!state_.ratings_current && state_.ratings)
        ui::text_wrapped_coloured(p.text_muted,
                                  ("Not rated in this session yet; the map shows the ratings from " + state_.ratings->date + ".")
                                      .c_str());
    ImGui::Spacing();
    ImGui::Separator();
    ui::text_wrapped_coloured(p.text_muted,
                              "Click a domain on the map to see its signs of learning, add one, or mark it as a "
                              "priority the family chose.");
}

} // namespace learning_map
