// af_live_view.cpp - recording live: the keys (1-4 switch, N a note), the
// new-recording form, and the live band: the activity under way as a large
// coloured band, a large timer, start / pause / resume / finish, and four
// big activity buttons. Keys are taken before anything is drawn, so a key
// pressed in a frame shows in that frame's band.
#include "af_view.h"

#include "af_flow.h"
#include "af_widgets.h"

#include <algorithm>
#include <cstdio>

namespace activity_flow {
namespace {

// Key codes as the host's GLFW backend reports them: the digits are their
// ASCII codes, the keypad's 1 is 321.
constexpr int kKeypad1 = 321;

} // namespace

void FlowView::handle_keys() {
    const ImGuiIO& io = ImGui::GetIO();
    // Typing (a note, a title) keeps its digits; modifiers belong to the
    // host's shortcuts; a popup or menu has the keyboard.
    if (io.KeyCtrl || io.KeyAlt || io.KeySuper || io.WantTextInput || ImGui::IsAnyItemActive()) return;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    for (int k = 0; k < kActivityCount; ++k)
        if (ImGui::IsKeyPressed('1' + k, false) || ImGui::IsKeyPressed(kKeypad1 + k, false)) press_activity(activity_at(k));
    if (ImGui::IsKeyPressed('N', false)) open_note();
}

void FlowView::press_activity(Activity a) {
    if (!can_write()) return;
    if (form_.open) {
        // The form is open: the key starts the recording with this activity.
        const std::optional<int64_t> session =
            form_.session_id ? std::optional<int64_t>(form_.session_id) : std::nullopt;
        const Outcome out = live_.start(case_.id(), session, form_.title, form_.slice_s, a);
        if (out) {
            form_ = NewForm{};
            shown_id_ = out.id;
            selected_stretch_ = 0;
        }
        apply(out);
        return;
    }
    if (live_.active() && live_.recording_id() == shown_id_) {
        const Outcome out = live_.switch_to(a);
        if (out.id != 0 || !out) apply(out);
    }
}

void FlowView::open_note() {
    if (!live_.active() || live_.recording_id() != shown_id_ || !can_write()) return;
    note_ = NoteDraft{};
    note_.open = true;
    note_.focus = true;
    note_.at_ms = live_.elapsed_ms(); // the moment N was pressed, not when Enter is
}

void FlowView::draw_new_form() {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 720.0f * scale);
    if (recordings_.empty()) {
        ImGui::TextUnformatted("No activity recordings for this family yet.");
        ImGui::Spacing();
        ui::text_wrapped_coloured(
            p.text_muted,
            "Record a visit as it happens, or from memory straight afterwards: press a key from 1 to 4 each "
            "time the conversation moves to another of the four partnership activities. Each press is stored "
            "at once. Afterwards the visit reads as a row of coloured squares, one for every slice of time, "
            "so long spells of one activity and quick switching are easy to see.");
    } else {
        ImGui::TextUnformatted("New recording");
    }
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const float field_w = std::min(420.0f * scale, ImGui::GetContentRegionAvail().x * 0.6f);
    ImGui::TextUnformatted("Title");
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputText("##title", &form_.title);
    ImGui::TextUnformatted("Session");
    ImGui::SetNextItemWidth(field_w);
    std::string session_name = "(none)";
    for (const SessionRef& s : sessions_)
        if (s.id == form_.session_id) session_name = "Session of " + s.date;
    if (ImGui::BeginCombo("##session", session_name.c_str())) {
        if (ImGui::Selectable("(none)", form_.session_id == 0)) form_.session_id = 0;
        for (const SessionRef& s : sessions_) {
            ImGui::PushID(static_cast<int>(s.id));
            if (ImGui::Selectable(("Session of " + s.date).c_str(), s.id == form_.session_id)) form_.session_id = s.id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::TextUnformatted("One square per");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(110.0f * scale);
    if (ImGui::BeginCombo("##slice", (std::to_string(form_.slice_s) + " s").c_str())) {
        for (int s : kSliceChoices)
            if (ImGui::Selectable((std::to_string(s) + " s").c_str(), s == form_.slice_s)) form_.slice_s = s;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ui::help_marker("How much time each square of the diagram stands for. It can be changed later.");
    ImGui::Spacing();
    ImGui::BeginDisabled(!can_write());
    ui::push_button(colours::activity(p, Activity::Locating));
    if (ImGui::Button("Start recording", ImVec2(0, ImGui::GetFrameHeight() * 1.6f))) press_activity(Activity::Locating);
    ui::pop_button();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Starts the clock with locating and orienting change under way.");
    if (!recordings_.empty()) {
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) form_ = NewForm{};
    }
    ImGui::Spacing();
    ui::text_wrapped_coloured(p.text_muted,
                              "Or press 1, 2, 3 or 4 to start with that activity. While recording, the same keys "
                              "switch the activity and N adds a note at that moment.");
}

void FlowView::draw_band(float width, float height) {
    const wb_palette& p = host_.palette();
    const Activity a = live_.current();
    const uint32_t fill = colours::activity(p, a);
    const uint32_t ink = colours::ink_on(fill);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + width, at.y + height), fill, 6.0f);
    // The letter large on the left, the name beside it.
    ImFont* font = ImGui::GetFont();
    const float big = height * 0.72f;
    const char* letter = activity_letter(a);
    dl->AddText(font, big, ImVec2(at.x + height * 0.25f, at.y + (height - big) * 0.5f), ink, letter);
    const float name_size = std::min(height * 0.36f, ImGui::GetFontSize() * 2.2f);
    char name[96];
    std::snprintf(name, sizeof name, "%d  %s", static_cast<int>(a), activity_label(a));
    dl->AddText(font, name_size, ImVec2(at.x + height * 0.25f + big * 0.9f, at.y + (height - name_size) * 0.5f), ink,
                name);
    if (live_.state() == LiveRecorder::State::Paused) {
        const char* paused = "PAUSED";
        const ImVec2 ts = font->CalcTextSizeA(name_size, FLT_MAX, 0, paused);
        dl->AddText(font, name_size, ImVec2(at.x + width - ts.x - height * 0.25f, at.y + (height - name_size) * 0.5f),
                    ink, paused);
    }
    ImGui::Dummy(ImVec2(width, height));
    band_shown_ = a;
}

void FlowView::draw_live() {
    const wb_palette& p = host_.palette();
    const float scale = host_.ui_scale();
    const float width = ImGui::GetContentRegionAvail().x;
    const float font = ImGui::GetFontSize();
    ImGui::PushID("live");

    // The timer, large, then the clock's buttons.
    const std::string t = format_time(live_.elapsed_ms());
    const float timer_size = font * 2.6f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(timer_size, FLT_MAX, 0, t.c_str());
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), timer_size, at, p.text, t.c_str());
    ImGui::Dummy(ImVec2(std::max(ts.x, font * 6.0f), timer_size));
    ImGui::SameLine(0, 20 * scale);
    const float bh = timer_size;
    ImGui::BeginDisabled(!can_write());
    if (live_.state() == LiveRecorder::State::Running) {
        if (ImGui::Button("Pause", ImVec2(0, bh))) apply(live_.pause());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Stops the clock; paused time is left out of the diagram.");
    } else {
        if (ImGui::Button("Resume", ImVec2(0, bh))) apply(live_.resume());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Runs the clock again from where it stopped.");
    }
    ImGui::SameLine();
    if (ImGui::Button("Finish", ImVec2(0, bh))) {
        note_ = NoteDraft{};
        apply(live_.stop());
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ends the recording. Its stretches can still be edited afterwards.");
    ImGui::SameLine();
    if (ImGui::Button("Note (N)", ImVec2(0, bh))) open_note();
    ImGui::EndDisabled();
    if (live_.state() == LiveRecorder::State::Paused) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ui::text_coloured(p.text_muted, "Paused: the clock stands still until you resume.");
    }

    // The activity under way, unmistakably.
    if (!live_.active()) {
        ImGui::PopID();
        return;
    }
    draw_band(width, std::clamp(font * 3.2f, 40.0f, 140.0f * scale));

    // Four big buttons, one per activity, with its key.
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float bw = (width - gap * 3) / 4.0f;
    ImGui::BeginDisabled(!can_write());
    for (int k = 0; k < kActivityCount; ++k) {
        const Activity a = activity_at(k);
        if (k) ImGui::SameLine();
        ui::push_button(colours::activity(p, a));
        char label[96];
        std::snprintf(label, sizeof label, "%d  %s  (%s)###act%d", k + 1, activity_short_label(a), activity_letter(a),
                      k + 1);
        const bool current = a == live_.current();
        if (current) ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 3.0f * scale);
        if (ImGui::Button(label, ImVec2(bw, font * 2.4f))) press_activity(a);
        if (current) ImGui::PopStyleVar();
        ui::pop_button();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (key %d)\n%s", activity_label(a), k + 1, activity_hint(a));
    }
    ImGui::EndDisabled();
    if (note_.open) draw_note_input();
    ImGui::PopID();
    ImGui::Spacing();
}

void FlowView::draw_note_input() {
    const float scale = host_.ui_scale();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Note at %s", format_time(note_.at_ms).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(520.0f * scale, ImGui::GetContentRegionAvail().x * 0.6f));
    if (note_.focus) {
        ImGui::SetKeyboardFocusHere();
        note_.focus = false;
    }
    bool keep = false;
    // The text is typed about the family: while masked nothing is shown.
    if (host_.masks_identifying()) wb::ui::identifying_input(host_, "##note", note_.text);
    else keep = ImGui::InputText("##note", &note_.text, ImGuiInputTextFlags_EnterReturnsTrue);
    // Escape leaves the field in the same frame, so ask about either.
    const bool escape = (ImGui::IsItemActive() || ImGui::IsItemDeactivated()) &&
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    ImGui::SameLine();
    keep |= ImGui::Button("Keep note");
    ImGui::SameLine();
    if (ImGui::Button("Drop") || escape) {
        note_ = NoteDraft{};
        return;
    }
    if (keep) {
        const Outcome out = live_.note(note_.at_ms, note_.text);
        if (out) note_ = NoteDraft{};
        apply(out);
    }
}

} // namespace activity_flow
