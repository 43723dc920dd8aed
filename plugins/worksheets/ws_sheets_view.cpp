// ws_sheets_view.cpp - the "Worksheets" panel's frame, left to right:
// follow the host's case, the case's worksheets (or a calm explanation),
// then the template picker or the open worksheet's form.
#include "ws_view.h"

#include "ws_widgets.h"

#include <algorithm>

namespace worksheets {

// ---- Events, selection and loading -------------------------------------------

void SheetsView::on_event(const wb_event& event) {
    switch (event.type) {
    case WB_EVENT_STORE_OPENED:
        // Ids belong to the previous file: nothing carries over (typing was
        // saved before it closed; the plugin commits in its destructor).
        loaded_ = false;
        case_id_ = selected_ = 0;
        open_.reset();
        dirty_ = false;
        stale_ = true;
        break;
    case WB_EVENT_CASE_SELECTED:
    case WB_EVENT_SESSION_SELECTED:
    case WB_EVENT_DATA_CHANGED:
    case WB_EVENT_UNDO_APPLIED:
    case WB_EVENT_REDO_APPLIED: stale_ = true; break;
    default: break;
    }
}

void SheetsView::follow_host_case() {
    const int64_t wanted = host_.current_case();
    if (!loaded_ || wanted != case_id_) {
        commit(); // typing for the family being left is saved to its worksheet
        case_id_ = wanted;
        loaded_ = true;
        selected_ = 0;
        open_.reset();
        picker_open_ = renaming_ = confirm_delete_ = false;
        form_.reset();
        error_.clear();
        notice_.clear();
        stale_ = true;
    }
    if (stale_) reload();
}

void SheetsView::reload() {
    stale_ = false;
    load_error_.clear();
    try {
        sheets_ = store_.sheets(case_id_);
        templates_ = store_.templates();
    } catch (const wb::Error& e) {
        sheets_.clear();
        load_error_ = std::string("The worksheets could not be loaded: ") + e.what();
    }
    const bool present = std::any_of(sheets_.begin(), sheets_.end(), [&](const Sheet& s) { return s.id == selected_; });
    if (!present) {
        selected_ = 0;
        open_.reset();
        dirty_ = false;
        form_.reset();
        // The most recently changed worksheet opens by itself.
        if (!sheets_.empty() && !picker_open_) select(sheets_.front().id);
        return;
    }
    reopen();
}

void SheetsView::reopen() {
    std::string problem;
    try {
        open_ = store_.open(selected_, &problem);
    } catch (const wb::Error& e) {
        open_.reset();
        problem = e.what();
    }
    if (!open_) {
        error_ = problem;
        return;
    }
    // Typing not yet saved stays on screen; everything else shows the store.
    if (!dirty_) {
        draft_ = open_->answers;
        form_.date_text.clear();
        form_.date_error.clear();
        // An input open on a text the store changed (undo) shows the store.
        form_.editing.clear();
    }
}

void SheetsView::select(int64_t sheet_id) {
    if (sheet_id == selected_ && open_) return;
    commit();
    selected_ = sheet_id;
    picker_open_ = renaming_ = confirm_delete_ = false;
    form_.reset();
    dirty_ = false;
    error_.clear();
    notice_.clear();
    reopen();
}

void SheetsView::commit() {
    if (!dirty_ || !open_ || host_.read_only()) {
        dirty_ = false;
        return;
    }
    try {
        const Outcome out = store_.save_answers(selected_, draft_);
        if (!out) {
            error_ = out.error;
            dirty_ = false;
            stale_ = true;
            return;
        }
        dirty_ = false;
        open_->answers = draft_;
        error_.clear();
        stale_ = true; // the list shows the new date
    } catch (const wb::Error& e) {
        // The draft stays on screen; the next change tries again.
        error_ = std::string("This worksheet could not be saved: ") + e.what() +
                 ". Your answers are still here and will be saved with your next change.";
    }
}

// ---- Actions -----------------------------------------------------------------

void SheetsView::start(const TemplateEntry& e) {
    const int64_t session = host_.current_session();
    try {
        const Outcome out = store_.start(case_id_, session ? std::optional<int64_t>(session) : std::nullopt,
                                         e.tpl.id, e.source);
        if (!out) {
            error_ = out.error;
            return;
        }
        stale_ = true;
        reload();
        select(out.id);
    } catch (const wb::Error& ex) {
        error_ = std::string("The worksheet could not be started: ") + ex.what();
    }
}

void SheetsView::duplicate() {
    commit();
    const int64_t session = host_.current_session();
    try {
        const Outcome out =
            store_.duplicate(selected_, session ? std::optional<int64_t>(session) : std::nullopt);
        if (!out) {
            error_ = out.error;
            return;
        }
        stale_ = true;
        reload();
        select(out.id);
        notice_ = "A copy to start the next review from: the answers are carried over, as a draft.";
    } catch (const wb::Error& ex) {
        error_ = std::string("The worksheet could not be duplicated: ") + ex.what();
    }
}

void SheetsView::set_status(SheetStatus s) {
    commit();
    try {
        const Outcome out = store_.set_status(selected_, s);
        if (!out) error_ = out.error;
        stale_ = true;
    } catch (const wb::Error& ex) {
        error_ = std::string("The status could not be changed: ") + ex.what();
    }
}

void SheetsView::rename() {
    try {
        const Outcome out = store_.rename(selected_, title_draft_);
        if (!out) {
            error_ = out.error;
            return;
        }
        renaming_ = false;
        error_.clear();
        stale_ = true;
    } catch (const wb::Error& ex) {
        error_ = std::string("The worksheet could not be renamed: ") + ex.what();
    }
}

void SheetsView::remove() {
    dirty_ = false; // its typing goes with it
    try {
        const Outcome out = store_.remove(selected_);
        if (!out) error_ = out.error;
        confirm_delete_ = false;
        stale_ = true;
    } catch (const wb::Error& ex) {
        error_ = std::string("The worksheet could not be deleted: ") + ex.what();
    }
}

void SheetsView::request_export() {
    commit();
    try {
        host_.request_export("sheet", selected_);
    } catch (const wb::Error& ex) {
        error_ = std::string("Export is not available: ") + ex.what();
    }
}

// ---- The frame ---------------------------------------------------------------

void SheetsView::draw() {
    follow_host_case();
    if (case_id_ == 0) {
        draw_no_case();
        return;
    }
    if (!load_error_.empty()) ui::text_wrapped_coloured(host_.palette().error, load_error_.c_str());

    const float scale = host_.ui_scale();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float list_w = std::clamp(avail.x * 0.26f, std::min(300.0f * scale, avail.x * 0.4f), 440.0f * scale);
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float height = std::max(avail.y, 200.0f * scale);

    ImGui::BeginChild("list", ImVec2(list_w, height), false);
    draw_list(list_w, height);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("form", ImVec2(0, height), false);
    const float form_w = std::min(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize, 1100.0f * scale);
    if (sheets_.empty() && !picker_open_) draw_empty_state(form_w);
    else if (picker_open_ || !open_) draw_picker(form_w);
    else draw_sheet(form_w);
    ImGui::EndChild();

    // A pause in typing saves the burst as one undo step.
    if (dirty_ && ImGui::GetTime() - last_keystroke_ >= kAutosaveDelaySeconds) commit();
}

void SheetsView::draw_no_case() {
    ImGui::Spacing();
    ui::text_wrapped_coloured(host_.palette().text_muted,
                              "Pick a case in the sidebar to see its worksheets, or to start one.");
}

void SheetsView::draw_list(float width, float) {
    const wb_palette& p = host_.palette();
    ImGui::BeginDisabled(host_.read_only());
    if (ImGui::Button("Start a worksheet", ImVec2(width - ImGui::GetStyle().ScrollbarSize, 0))) {
        commit();
        picker_open_ = true;
    }
    ImGui::EndDisabled();
    ImGui::Spacing();
    if (sheets_.empty()) {
        ui::text_wrapped_coloured(p.text_muted, "No worksheets for this case yet.");
        return;
    }
    ui::text_coloured(p.text_muted, (std::to_string(sheets_.size()) + (sheets_.size() == 1 ? " worksheet" : " worksheets")).c_str());
    ImGui::Separator();
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    for (const Sheet& s : sheets_) {
        ImGui::PushID(("sheet_" + std::to_string(s.id)).c_str());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float row_w = width - ImGui::GetStyle().ScrollbarSize;
        const float row_h = line_h * 2.2f;
        if (ImGui::Selectable("##row", s.id == selected_ && !picker_open_, 0, ImVec2(row_w, row_h))) select(s.id);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float pad = ImGui::GetStyle().FramePadding.x;
        dl->PushClipRect(at, ImVec2(at.x + row_w, at.y + row_h), true);
        // A title is the user's words and may name the family.
        const char* title = host_.identifying(s.title);
        dl->AddText(ImVec2(at.x + pad, at.y + 2), p.text, title);
        std::string tpl_title = s.template_slug;
        for (const TemplateEntry& e : templates_)
            if (e.tpl.id == s.template_slug && e.source == s.source) tpl_title = e.tpl.title;
        const std::string sub = std::string(status_label(s.status)) + "  \xC2\xB7  " + s.updated;
        const uint32_t status_col = s.status == SheetStatus::Complete ? p.success : p.text_muted;
        dl->AddText(ImVec2(at.x + pad, at.y + 2 + line_h), status_col, sub.c_str());
        dl->PopClipRect();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("From: %s\nStarted %s, last changed %s", tpl_title.c_str(), s.created.c_str(),
                              s.updated.c_str());
        ImGui::PopID();
    }
}

void SheetsView::draw_empty_state(float width) {
    const wb_palette& p = host_.palette();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(width, 720.0f * host_.ui_scale()));
    ImGui::TextUnformatted("No worksheets for this family yet.");
    ImGui::Spacing();
    ui::text_wrapped_coloured(p.text_muted,
                              "A worksheet is a short structured reflection on the work with this family: the "
                              "essential ingredients, the partnership spiral, the four activities, what the parent "
                              "is learning, or a supervision record. Each comes in two forms: one for your own "
                              "reflection, and a simpler one to fill in together with the family.");
    ImGui::Spacing();
    ui::text_wrapped_coloured(p.text_muted,
                              "Answers are saved as you go and can be undone. Mark a worksheet complete when it is "
                              "done, duplicate it to start the next review from the last one, or print it.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::BeginDisabled(host_.read_only());
    if (ImGui::Button("Start a worksheet")) picker_open_ = true;
    ImGui::EndDisabled();
}

void SheetsView::draw_picker(float width) {
    const wb_palette& p = host_.palette();
    ui::text_coloured(p.accent, "Start a worksheet");
    ImGui::SameLine();
    if (!sheets_.empty() && ImGui::SmallButton("Cancel")) picker_open_ = false;
    ui::text_wrapped_coloured(p.text_muted, host_.current_session()
                                                ? "It will belong to this case and the session selected in the sidebar."
                                                : "It will belong to this case (no session is selected).");
    if (!error_.empty()) ui::text_wrapped_coloured(p.error, error_.c_str());
    ImGui::Spacing();
    if (!ImGui::BeginTable("picker", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX,
                           ImVec2(width, 0)))
        return;
    ImGui::TableSetupColumn("For your own reflection");
    ImGui::TableSetupColumn("To fill in with a family");
    ImGui::TableHeadersRow();
    for (int column = 0; column < 2; ++column) {
        ImGui::TableNextColumn();
        const Audience audience = column == 0 ? Audience::Practitioner : Audience::Family;
        for (const TemplateEntry& e : templates_) {
            if (e.tpl.audience != audience) continue;
            ImGui::PushID((std::string(source_key(e.source)) + "_" + e.tpl.id).c_str());
            ImGui::Spacing();
            ImGui::TextWrapped("%s", e.tpl.title.c_str());
            ui::text_wrapped_coloured(p.text_muted, e.tpl.purpose.c_str());
            if (e.source == Source::User)
                ui::text_coloured(p.text_muted, ("Made by your team, version " + std::to_string(e.tpl.version)).c_str());
            ImGui::BeginDisabled(host_.read_only());
            if (ImGui::Button("Start")) start(e);
            ImGui::EndDisabled();
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void SheetsView::draw_toolbar(float width) {
    const wb_palette& p = host_.palette();
    const OpenSheet& o = *open_;
    const bool ro = host_.read_only();
    // The title may name the family: masked while presenting a real case,
    // and then not renamed either.
    const bool masked = host_.masks_identifying();
    if (renaming_ && !masked) {
        ImGui::SetNextItemWidth(std::min(width * 0.6f, 520.0f * host_.ui_scale()));
        if (ImGui::InputText("##title", &title_draft_, ImGuiInputTextFlags_EnterReturnsTrue)) rename();
        ImGui::SameLine();
        if (ImGui::Button("Save name")) rename();
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) renaming_ = false;
    } else {
        ui::text_coloured(p.accent, host_.identifying(o.sheet.title));
        ImGui::SameLine();
        if (!ro && !masked && ImGui::SmallButton("Rename")) {
            renaming_ = true;
            title_draft_ = o.sheet.title;
        }
    }
    std::string about = o.tpl.title + "  \xC2\xB7  started " + o.sheet.created + ", last changed " + o.sheet.updated;
    ui::text_wrapped_coloured(p.text_muted, about.c_str());

    const Completion c = completion(o.tpl, draft_);
    std::string done = c.required > 0 ? std::to_string(c.required_answered) + " of " + std::to_string(c.required) +
                                            " required answered"
                                      : std::to_string(c.answered) + " of " + std::to_string(c.fields) + " answered";
    // The status line, then the buttons: each goes on the same line while
    // it fits and wraps below when the panel is narrow (or presented at 2x).
    const float scale = host_.ui_scale();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ImGui::AlignTextToFramePadding();
    ui::text_coloured(c.complete() ? p.success : p.text, done.c_str());
    const std::string status(status_label(o.sheet.status));
    ui::toolbar_next(ImGui::CalcTextSize(status.c_str()).x, 16 * scale);
    ui::text_coloured(o.sheet.status == SheetStatus::Complete ? p.success : p.text_muted, status.c_str());
    const char* status_button = o.sheet.status == SheetStatus::Draft ? "Mark complete" : "Mark as draft";
    ui::toolbar_next(ui::button_width(status_button), 24 * scale);
    ImGui::BeginDisabled(ro);
    if (ImGui::Button(status_button))
        set_status(o.sheet.status == SheetStatus::Draft ? SheetStatus::Complete : SheetStatus::Draft);
    if (o.sheet.status == SheetStatus::Draft && ImGui::IsItemHovered() && !c.complete())
        ImGui::SetTooltip("Some required questions have no answer yet; you can still mark it complete.");
    ui::toolbar_next(ui::button_width("Duplicate"), gap);
    if (ImGui::Button("Duplicate")) duplicate();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Start the next review from this one: a draft with these answers.");
    ImGui::EndDisabled();
    ui::toolbar_next(ui::button_width("Export..."), gap);
    if (ImGui::Button("Export...")) request_export();
    ImGui::BeginDisabled(ro);
    if (!confirm_delete_) {
        ui::toolbar_next(ui::button_width("Delete"), gap);
        if (ImGui::Button("Delete")) confirm_delete_ = true;
    } else {
        ui::toolbar_next(ui::button_width("Delete for good") + gap + ui::button_width("Keep it"), gap);
        if (ImGui::Button("Delete for good")) remove();
        ImGui::SameLine();
        if (ImGui::Button("Keep it")) confirm_delete_ = false;
    }
    ImGui::EndDisabled();
    if (o.version_changed)
        ui::text_wrapped_coloured(p.text_muted,
                                  ("Filled against version " + std::to_string(o.stored_version) +
                                   " of its template; shown with version " + std::to_string(o.tpl.version) + ".")
                                      .c_str());
    if (!notice_.empty()) ui::text_wrapped_coloured(p.text_muted, notice_.c_str());
    if (!error_.empty()) ui::text_wrapped_coloured(p.error, error_.c_str());
}

void SheetsView::draw_sheet(float width) {
    draw_toolbar(width);
    ImGui::Separator();
    const FormContext ctx{host_, width, host_.read_only()};
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ui::text_wrapped_coloured(host_.palette().text_muted, open_->tpl.purpose.c_str());
    ImGui::PopTextWrapPos();
    const FormChange change = draw_form(open_->tpl, draft_, form_, ctx);
    draw_set_aside(draft_, ctx);
    if (change == FormChange::Typing) {
        dirty_ = true;
        last_keystroke_ = ImGui::GetTime();
    } else if (change == FormChange::Commit) {
        // A choice, or a field left after typing: saved now. (A click into
        // a text box also commits whatever another field still holds.)
        if (!(draft_ == open_->answers)) dirty_ = true;
        commit();
    }
}

} // namespace worksheets
