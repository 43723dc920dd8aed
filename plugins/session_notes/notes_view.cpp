// notes_view.cpp - draws the session notes panel with Dear ImGui.
//
// Reads top to bottom: follow the host's selection, then either a calm empty
// state or the header, the four prompts and the search column. Edits are
// committed when a field loses focus after an edit, or after a pause in
// typing, so one burst of typing is one undo step.
//
// Privacy: the notes are free text about a family. While the host masks
// identifying text (presenting a real case) every note shows as the host's
// mask (Host::identifying), no field opens for editing, and the search,
// whose query and snippets are the notes' words, is set aside.
#include "notes_view.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace session_notes {
namespace {

ImVec4 colour(uint32_t packed) { return ImGui::ColorConvertU32ToFloat4(packed); }

// The same colour at another opacity (palette colours are 0xAABBGGRR).
ImU32 with_alpha(uint32_t packed, uint8_t alpha) {
    return (packed & 0x00FFFFFFu) | (static_cast<ImU32>(alpha) << 24);
}

void text_coloured(uint32_t packed, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour(packed));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

void text_wrapped_coloured(uint32_t packed, const char* text, float width) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour(packed));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

// ---- std::string inputs --------------------------------------------------
// ImGui edits a char buffer; this grows the std::string as the user types,
// and can put the cursor at the end of the text when an input first takes
// the focus (ImGui would put it at the start).
struct InputState {
    std::string* text;
    bool* cursor_to_end; // may be null
};

int input_callback(ImGuiInputTextCallbackData* data) {
    auto* state = static_cast<InputState*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        state->text->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = state->text->data();
    } else if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways && state->cursor_to_end) {
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        *state->cursor_to_end = false;
    }
    return 0;
}

// Returns true when the user changed the text this frame.
bool input_multiline(const char* id, std::string& text, bool& cursor_to_end, ImVec2 size) {
    InputState state{&text, &cursor_to_end};
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    // CallbackAlways only runs while the input is active: the first such
    // frame moves the cursor, then the flag is cleared.
    if (cursor_to_end) flags |= ImGuiInputTextFlags_CallbackAlways;
    return ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, size, flags, &input_callback, &state);
}

bool input_with_hint(const char* id, const char* hint, std::string& text) {
    InputState state{&text, nullptr};
    return ImGui::InputTextWithHint(id, hint, text.data(), text.capacity() + 1,
                                    ImGuiInputTextFlags_CallbackResize, &input_callback, &state);
}

// ---- A search result snippet, word-wrapped, the match highlighted ---------
struct Word {
    std::string text; // including the space that follows it
    bool match;
};

std::vector<Word> snippet_words(const Snippet& s) {
    std::vector<Word> words;
    auto add = [&](std::string_view piece, bool match) {
        std::size_t i = 0;
        while (i < piece.size()) {
            std::size_t j = piece.find(' ', i);
            j = (j == std::string_view::npos) ? piece.size() : j + 1;
            words.push_back(Word{std::string(piece.substr(i, j - i)), match});
            i = j;
        }
    };
    if (s.cut_start) words.push_back(Word{"... ", false});
    add(s.before, false);
    add(s.match, true);
    add(s.after, false);
    // A cut right after a full stop needs no "..." to say more follows.
    const char last = s.after.empty() ? (s.match.empty() ? ' ' : s.match.back()) : s.after.back();
    if (s.cut_end && last != '.' && last != '!' && last != '?') words.push_back(Word{"...", false});
    return words;
}

// Lays the words out in `width` from `origin`; draws them when `draw` is
// set. Returns the number of lines used.
int layout_words(const std::vector<Word>& words, ImVec2 origin, float width, bool draw,
                 const wb_palette& palette) {
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = 0;
    int line = 0;
    for (const Word& w : words) {
        std::string_view visible = w.text;
        while (!visible.empty() && visible.back() == ' ') visible.remove_suffix(1);
        const float vis_w = ImGui::CalcTextSize(visible.data(), visible.data() + visible.size()).x;
        const float full_w = ImGui::CalcTextSize(w.text.c_str()).x;
        if (x > 0 && x + vis_w > width) {
            x = 0;
            ++line;
        }
        if (draw) {
            const ImVec2 p(origin.x + x, origin.y + line * line_h);
            if (w.match) {
                dl->AddRectFilled(ImVec2(p.x - 1, p.y), ImVec2(p.x + vis_w + 1, p.y + ImGui::GetTextLineHeight()),
                                  with_alpha(palette.accent, 0x55), 2.0f);
            }
            dl->AddText(p, w.match ? palette.text : palette.text_muted, w.text.c_str());
        }
        x += full_w;
    }
    return line + 1;
}

} // namespace

// ---- Selection and loading ------------------------------------------------

bool NotesView::has_unsaved_typing() const {
    return std::any_of(dirty_.begin(), dirty_.end(), [](bool d) { return d; });
}

bool NotesView::holding_unsaved_session() const {
    return loaded_ && save_failed_ && has_unsaved_typing() && host_.current_session() != session_id_;
}

void NotesView::follow_host_selection() {
    const int64_t wanted = host_.current_session();
    // A draft that failed to save holds the panel on its own session; the
    // next keystroke or "Try saving again" retries, not every frame.
    if ((!loaded_ || wanted != session_id_) && !holding_unsaved_session()) switch_to(wanted);
    if (results_case_ != host_.current_case()) results_stale_ = true;
}

void NotesView::switch_to(int64_t session_id) {
    // Typing for the session being left is saved to that session first. If
    // that fails, the panel stays where it is with the draft and the reason
    // on screen: moving on would throw the typing away unseen.
    if (loaded_ && session_id != session_id_) {
        commit();
        if (save_failed_ && has_unsaved_typing()) return;
    }
    if (session_id != session_id_) {
        // An input left open would hold the other session's text.
        editing_field_ = -1;
        dirty_ = {};
        save_failed_ = false;
        error_.clear();
    }
    session_id_ = session_id;
    loaded_ = true;
    reload();
}

void NotesView::reload() {
    if (session_id_ == 0) {
        info_.reset();
        saved_ = draft_ = NoteFields{};
        return;
    }
    try {
        info_ = model_.session(session_id_);
        saved_ = info_ ? model_.load(session_id_) : NoteFields{};
    } catch (const wb::Error& e) {
        error_ = std::string("These notes could not be loaded: ") + e.what();
        return;
    }
    // Fields with unsaved typing keep it; every other field shows the store.
    for (int i = 0; i < kFieldCount; ++i) {
        if (dirty_[i] || draft_.text[i] == saved_.text[i]) continue;
        draft_.text[i] = saved_.text[i];
        // An active ImGui input ignores changes to its buffer: close it so
        // the field shows the store's text (a click reopens it).
        if (i == editing_field_) editing_field_ = -1;
    }
    if (has_unsaved_typing()) commit();
}

void NotesView::commit() {
    if (!has_unsaved_typing() || session_id_ == 0 || !info_) return;
    if (host_.read_only()) {
        dirty_ = {};
        return;
    }
    try {
        model_.save(session_id_, draft_);
        saved_ = draft_;
        dirty_ = {};
        save_failed_ = false;
        error_.clear();
        results_stale_ = true;
    } catch (const wb::Error& e) {
        // The draft stays on screen; the next keystroke tries again.
        save_failed_ = true;
        error_ = std::string("These notes could not be saved: ") + e.what() +
                 ". Your text is still here and will be saved with your next change.";
    }
}

void NotesView::on_event(const wb_event& event) {
    switch (event.type) {
    case WB_EVENT_CASE_SELECTED:
    case WB_EVENT_SESSION_SELECTED:
        switch_to(host_.current_session());
        results_stale_ = true;
        break;
    case WB_EVENT_UNDO_APPLIED:
    case WB_EVENT_REDO_APPLIED:
    case WB_EVENT_DATA_CHANGED:
        if (loaded_) reload();
        results_stale_ = true;
        break;
    case WB_EVENT_STORE_OPENED:
        // Session ids belong to the previous file: nothing carries over.
        // Typing is saved before that file closes (the host destroys the
        // plugin first, and the destructor commits), so a draft still here
        // belongs to a file that is gone: writing it now would put it on
        // whatever session has the same id in the new file.
        if (has_unsaved_typing())
            host_.log(WB_LOG_WARNING, "Unsaved session notes from the previous store were not carried over.");
        loaded_ = false;
        session_id_ = 0;
        dirty_ = {};
        editing_field_ = -1;
        error_.clear();
        results_.clear();
        results_stale_ = true;
        switch_to(host_.current_session());
        break;
    default:
        break;
    }
}

// ---- Drawing ----------------------------------------------------------------

void NotesView::draw() {
    follow_host_selection();

    if (session_id_ == 0 || !info_) {
        draw_empty_state();
        return;
    }

    draw_header();

    const float scale = host_.ui_scale();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = 24.0f * scale;
    // Side by side when both columns stay comfortable; otherwise the
    // search goes under the notes.
    if (avail.x >= 760.0f * scale) {
        const float notes_w = std::floor((avail.x - gap) * 0.62f);
        ImGui::BeginGroup();
        draw_fields(notes_w, avail.y);
        ImGui::EndGroup();
        ImGui::SameLine(0, gap);
        ImGui::BeginGroup();
        draw_search(avail.x - notes_w - gap, avail.y);
        ImGui::EndGroup();
    } else {
        draw_fields(avail.x, std::max(avail.y * 0.7f, 420.0f * scale));
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::Spacing();
        draw_search(avail.x, std::max(ImGui::GetContentRegionAvail().y, 240.0f * scale));
    }

    // A pause in typing commits the burst as one undo step.
    if (has_unsaved_typing() && !save_failed_ &&
        ImGui::GetTime() - last_keystroke_ >= kAutosaveDelaySeconds) {
        commit();
    }
}

void NotesView::draw_empty_state() {
    const wb_palette& pal = host_.palette();
    const float scale = host_.ui_scale();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float width = std::min(avail.x, 620.0f * scale);
    const float indent = std::max(0.0f, (avail.x - width) * 0.5f);

    ImGui::Dummy(ImVec2(0, std::min(avail.y * 0.12f, 120.0f * scale)));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    ImGui::BeginGroup();
    text_coloured(pal.accent, "Session notes");
    ImGui::Spacing();
    text_wrapped_coloured(pal.text,
                          "A shared page for looking back on one session together. Supervisor and "
                          "practitioner write it side by side: what happened, what it stirred in "
                          "you, what you noticed, and one small step to try next.",
                          width);
    ImGui::Spacing();
    const char* how = host_.current_case() == 0
                          ? "Choose a case in the sidebar, then one of its sessions (or add a new "
                            "session there) to start its notes."
                          : "Choose one of this case's sessions in the sidebar, or add a new session "
                            "there, to start its notes.";
    text_wrapped_coloured(pal.text_muted, how, width);
    if (!error_.empty()) {
        ImGui::Spacing();
        text_wrapped_coloured(pal.error, error_.c_str(), width);
    }
    if (host_.current_case() != 0) {
        ImGui::Dummy(ImVec2(0, 24.0f * scale));
        draw_search(width, std::max(ImGui::GetContentRegionAvail().y, 200.0f * scale));
    }
    ImGui::EndGroup();
}

void NotesView::draw_header() {
    const wb_palette& pal = host_.palette();
    const float scale = host_.ui_scale();

    text_coloured(pal.text_muted, "Notes for");
    ImGui::SameLine();
    ImGui::TextUnformatted(info_->date.c_str());
    if (!info_->supervisee.empty()) {
        ImGui::SameLine();
        text_coloured(pal.text_muted, "with");
        ImGui::SameLine();
        ImGui::TextUnformatted(info_->supervisee.c_str());
    }

    // The save state sits at the right end of the same line.
    const char* state = "Saved";
    uint32_t state_colour = pal.success;
    if (host_.read_only()) {
        state = "Read-only";
        state_colour = pal.warning;
    } else if (save_failed_) {
        state = "Not saved";
        state_colour = pal.error;
    } else if (has_unsaved_typing()) {
        state = "Saving...";
        state_colour = pal.text_muted;
    }
    const float state_w = ImGui::CalcTextSize(state).x;
    const float after_header = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 16.0f * scale;
    ImGui::SameLine(std::max(after_header, ImGui::GetWindowContentRegionMax().x - state_w));
    text_coloured(state_colour, state);

    if (host_.read_only()) {
        text_wrapped_coloured(pal.warning,
                              "This store is open read-only: the notes can be read but not changed.",
                              ImGui::GetContentRegionAvail().x);
    }
    if (!error_.empty()) text_wrapped_coloured(pal.error, error_.c_str(), ImGui::GetContentRegionAvail().x);
    if (holding_unsaved_session()) draw_unsaved_hold();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
}

// The sidebar moved to another session, but this one's typing could not be
// saved: say which session the panel still shows, and offer the two ways on.
void NotesView::draw_unsaved_hold() {
    const wb_palette& pal = host_.palette();
    text_wrapped_coloured(pal.warning,
                          "Another session was chosen in the sidebar, but this panel stays on this one "
                          "until its notes are saved, so your typing is not lost.",
                          ImGui::GetContentRegionAvail().x);
    if (ImGui::Button("Try saving again")) {
        save_failed_ = false;
        commit(); // on success the next frame follows the sidebar
    }
    ImGui::SameLine();
    if (ImGui::Button("Discard these changes")) {
        dirty_ = {};
        save_failed_ = false;
        error_.clear();
        switch_to(host_.current_session());
    }
}

void NotesView::draw_fields(float width, float height) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    // Share the height between the four inputs after their prompts and
    // hints; never smaller than a few lines, never a wall of empty box.
    float chrome = 0;
    for (int i = 0; i < kFieldCount; ++i) {
        chrome += line_h + ImGui::CalcTextSize(field_info(i).hint, nullptr, false, width).y +
                  style.ItemSpacing.y * 3 + style.FramePadding.y * 2;
    }
    const float min_h = ImGui::GetTextLineHeight() * 3.5f + style.FramePadding.y * 2;
    const float max_h = ImGui::GetTextLineHeight() * 14.0f;
    const float input_h = std::clamp((height - chrome) / static_cast<float>(kFieldCount), min_h, max_h);
    for (int i = 0; i < kFieldCount; ++i) draw_field(i, width, input_h);
}

void NotesView::draw_field(int field, float width, float min_height) {
    const wb_palette& pal = host_.palette();
    const ImGuiStyle& style = ImGui::GetStyle();
    const FieldInfo& info = field_info(field);
    std::string& text = draft_.text[field];

    text_coloured(pal.accent, info.label);
    text_wrapped_coloured(pal.text_muted, info.hint, width);

    // Tall enough for the whole text wrapped to the width, so nothing hides
    // behind a scrollbar; the same height while editing, so nothing jumps.
    const float wrap_w = width - style.FramePadding.x * 2;
    const float text_h = ImGui::CalcTextSize(text.c_str(), text.c_str() + text.size(), false, wrap_w).y;
    const ImVec2 size(width, std::max(min_height, text_h + ImGui::GetTextLineHeight() + style.FramePadding.y * 2));
    // The box and the input have different IDs so ImGui never mistakes one
    // for the other while they swap.
    const std::string box_id = std::string("##") + info.column;
    const std::string input_id = box_id + "_input";

    const bool masked = host_.masks_identifying();
    if (editing_field_ != field || host_.read_only() || masked) {
        if (wrapped_box(box_id.c_str(), text, size, !host_.read_only() && !masked)) {
            commit(); // whatever another field still holds
            editing_field_ = field;
            focus_frames_ = 3;
            focus_request_ = true;
            cursor_to_end_ = true;
        }
        ImGui::Spacing();
        return;
    }

    if (focus_request_) {
        ImGui::SetKeyboardFocusHere(); // the input below takes the focus next frame
        focus_request_ = false;
    }
    if (input_multiline(input_id.c_str(), text, cursor_to_end_, size)) {
        dirty_[field] = true;
        save_failed_ = false; // a new keystroke earns a new attempt
        last_keystroke_ = ImGui::GetTime();
    }
    const bool active = ImGui::IsItemActive();
    // Leaving the field saves what was typed in it straight away.
    if (ImGui::IsItemDeactivatedAfterEdit()) commit();
    // Back to the wrapped view once the input has had its focus and lost it.
    if (active) focus_frames_ = 0;
    else if (focus_frames_ > 0) --focus_frames_;
    else editing_field_ = -1;
    ImGui::Spacing();
}

bool NotesView::wrapped_box(const char* id, const std::string& text, ImVec2 size, bool editable) {
    const wb_palette& pal = host_.palette();
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    const bool clicked = ImGui::InvisibleButton(id, size) && editable;
    const bool hovered = editable && ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                      style.FrameRounding);
    if (style.FrameBorderSize > 0)
        dl->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
    const ImVec2 at(min.x + style.FramePadding.x, min.y + style.FramePadding.y);
    dl->PushClipRect(min, max, true);
    if (text.empty()) {
        dl->AddText(at, pal.text_muted, editable ? "Click to write." : "Nothing written.");
    } else if (host_.masks_identifying()) {
        const char* mask = host_.identifying(text.c_str());
        dl->AddText(at, pal.text_muted, mask);
    } else {
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_Text), text.c_str(),
                    text.c_str() + text.size(), size.x - style.FramePadding.x * 2);
    }
    dl->PopClipRect();
    return clicked;
}

void NotesView::refresh_results() {
    if (!results_stale_) return;
    results_stale_ = false;
    results_case_ = host_.current_case();
    try {
        results_ = model_.search(results_case_, query_);
    } catch (const wb::Error& e) {
        results_.clear();
        error_ = std::string("The search did not work: ") + e.what();
    }
}

void NotesView::draw_search(float width, float height) {
    const wb_palette& pal = host_.palette();
    const float top = ImGui::GetCursorPosY();

    text_coloured(pal.accent, "Search this case's notes");
    if (host_.masks_identifying()) {
        // The query and the snippets are the notes' own words.
        text_wrapped_coloured(pal.text_muted, "Search is set aside while this case is presented.", width);
        return;
    }
    ImGui::SetNextItemWidth(width);
    if (input_with_hint("##search", "A word or phrase", query_)) results_stale_ = true;
    refresh_results();

    std::string summary;
    bool blank = query_.find_first_not_of(' ') == std::string::npos;
    if (blank) summary = "Finds a word or phrase in every session of this case.";
    else if (results_.empty()) summary = "No session of this case mentions \"" + query_ + "\".";
    else if (results_.size() == 1) summary = "1 session mentions it. Click to open it.";
    else summary = std::to_string(results_.size()) + " sessions mention it. Click one to open it.";
    text_wrapped_coloured(pal.text_muted, summary.c_str(), width);
    ImGui::Spacing();

    const float used = ImGui::GetCursorPosY() - top;
    const float list_h = std::max(height - used, ImGui::GetTextLineHeightWithSpacing() * 4);
    ImGui::BeginChild("results", ImVec2(width, list_h), false);
    for (const SearchResult& r : results_) draw_result(r, ImGui::GetContentRegionAvail().x);
    ImGui::EndChild();
}

void NotesView::draw_result(const SearchResult& r, float width) {
    const wb_palette& pal = host_.palette();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    const float pad = style.FramePadding.x;
    const std::vector<Word> words = snippet_words(r.snippet);

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const int lines = layout_words(words, origin, width - 2 * pad, false, pal);
    const float height = line_h * (1 + lines) + style.FramePadding.y * 2;

    const std::string id = "##result" + std::to_string(r.session_id);
    const bool current = r.session_id == session_id_;
    if (ImGui::Selectable(id.c_str(), current, 0, ImVec2(width, height))) {
        try {
            host_.select_session(r.session_id);
        } catch (const wb::Error& e) {
            error_ = std::string("That session could not be opened: ") + e.what();
        }
    }

    // The result's text, drawn over the selectable.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p(origin.x + pad, origin.y + style.FramePadding.y);
    dl->AddText(p, pal.text, r.date.c_str());
    float x = p.x + ImGui::CalcTextSize(r.date.c_str()).x + pad * 2;
    // The prompt that matched sits at the right end when the line has room
    // for it next to the supervisee; a narrow column keeps the supervisee.
    const char* field = field_info(r.field).label;
    const float field_w = ImGui::CalcTextSize(field).x;
    const float supervisee_w = ImGui::CalcTextSize(r.supervisee.c_str()).x;
    float text_end = origin.x + width - pad;
    if (x + supervisee_w + pad * 3 + field_w <= text_end) {
        dl->AddText(ImVec2(text_end - field_w, p.y), pal.accent, field);
        text_end -= field_w + pad * 2;
    }
    if (!r.supervisee.empty()) {
        dl->PushClipRect(ImVec2(x, p.y), ImVec2(text_end, p.y + line_h), true);
        dl->AddText(ImVec2(x, p.y), pal.text_muted, r.supervisee.c_str());
        dl->PopClipRect();
    }
    layout_words(words, ImVec2(p.x, p.y + line_h), width - 2 * pad, true, pal);
    ImGui::Spacing();
}

} // namespace session_notes
