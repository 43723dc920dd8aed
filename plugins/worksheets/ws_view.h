// ws_view.h - the two panels.
//
// "Worksheets" (SheetsView) for the current case: on the left the case's
// worksheets (title, template, status, dates) and "Start a worksheet"; on
// the right the template picker (both audiences side by side) or the open
// worksheet's form with its completion, Mark complete, Duplicate, Export...
// Every change is saved as it is made (choices at once; typing when the
// field is left or after a pause of a second), each save one undo step.
//
// "Templates" (TemplatesView): the templates on offer, and an editor for a
// user template (new, or a copy of a built-in one): title, purpose,
// audience, sections and fields with their settings, moved up and down,
// a preview, Save (checked first; each save a new version), and import
// and export of template JSON through the host.
//
// State is small and lives here, next to where it is drawn. The store is
// only touched through WorksheetStore.
#pragma once

#include "ws_form.h"
#include "ws_store.h"

#include <workbench/plugin.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace worksheets {

class SheetsView {
public:
    // Typing is saved after this long without a keystroke, so a burst of
    // typing becomes one undo step.
    static constexpr double kAutosaveDelaySeconds = 1.0;

    explicit SheetsView(wb::Host host) : host_(host), store_(host) {}

    void draw();
    void on_event(const wb_event& event);
    // Saves typing not yet saved (the plugin calls it before going away).
    void commit();

    // What the panel shows (read by the tests).
    const std::vector<Sheet>& sheets() const { return sheets_; }
    int64_t selected() const { return selected_; }
    bool picker_open() const { return picker_open_; }
    const std::optional<OpenSheet>& open_sheet() const { return open_; }
    const Answers& draft() const { return draft_; }
    bool has_unsaved_typing() const { return dirty_; }
    const std::string& error() const { return error_; }
    void select(int64_t sheet_id); // as a click in the list does

private:
    // Loading (ws_sheets_view.cpp).
    void follow_host_case();
    void reload();
    void reopen();

    // Drawing.
    void draw_no_case();
    void draw_list(float width, float height);
    void draw_empty_state(float width);
    void draw_picker(float width);
    void draw_sheet(float width);
    void draw_toolbar(float width);

    // Actions.
    void start(const TemplateEntry& e);
    void duplicate();
    void set_status(SheetStatus s);
    void rename();
    void remove();
    void request_export();

    wb::Host host_;
    WorksheetStore store_;

    int64_t case_id_ = 0;
    bool loaded_ = false;
    bool stale_ = true;
    std::vector<Sheet> sheets_;
    std::vector<TemplateEntry> templates_;
    std::string load_error_;

    int64_t selected_ = 0;
    bool picker_open_ = false;
    std::optional<OpenSheet> open_;
    Answers draft_;      // what the form shows
    bool dirty_ = false; // typed but not yet saved
    double last_keystroke_ = 0;
    FormState form_;
    std::string error_;
    std::string notice_;
    bool renaming_ = false;
    std::string title_draft_;
    bool confirm_delete_ = false;
};

class TemplatesView {
public:
    explicit TemplatesView(wb::Host host) : host_(host), store_(host) {}

    void draw();
    void on_event(const wb_event& event);

    // What the panel shows (read by the tests).
    const std::vector<TemplateEntry>& templates() const { return templates_; }
    bool editing() const { return draft_.has_value(); }
    const std::optional<Template>& draft() const { return draft_; }
    Template* draft_mut() { return draft_ ? &*draft_ : nullptr; }
    const std::string& error() const { return error_; }
    const std::string& notice() const { return notice_; }
    bool previewing() const { return preview_; }

    // As the buttons do.
    void edit_new();
    void edit_copy(const TemplateEntry& e);
    void edit(const TemplateEntry& e);
    void save();

private:
    void reload();
    void draw_list(float width, float height);
    void draw_entry(const TemplateEntry& e, float width);
    void draw_editor(float width);
    void draw_header_fields(float width);
    void draw_section(std::size_t si, float width);
    void draw_field_settings(std::size_t si, std::size_t fi, float width);
    void draw_preview(float width);
    void close_editor();

    wb::Host host_;
    WorksheetStore store_;
    bool stale_ = true;
    std::vector<TemplateEntry> templates_;
    std::string load_error_;

    std::optional<Template> draft_;
    bool draft_is_new_ = true; // no version stored yet
    bool preview_ = false;
    Answers preview_answers_;
    FormState preview_state_;
    // "One per line" boxes, by field id + what they list.
    std::map<std::string, std::string> lines_;
    std::string error_;
    std::string notice_;
};

} // namespace worksheets
