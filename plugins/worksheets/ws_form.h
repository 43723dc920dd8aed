// ws_form.h - a worksheet's form drawn with ImGui: sections with their
// headings and intros, each field by its type (a line, a wrapped text box,
// radio buttons, tick boxes, the eleven buttons of a 0-10 scale with its
// end labels, a date checked as it is typed, a framework figure with its
// places to write beside it). Shared by the filling panel and the template
// editor's preview.
//
// The form edits an Answers value in place and says what kind of change it
// made, so the caller can coalesce typing (Typing: commit after a pause)
// and commit choices at once (Commit). It never touches the store.
#pragma once

#include "ws_answers.h"
#include "ws_template.h"

#include <workbench/plugin.hpp>

#include <map>
#include <string>

namespace worksheets {

enum class FormChange { None, Typing, Commit };

// The form's small state, kept by the view that draws it.
struct FormState {
    // ImGui 1.86 cannot wrap lines inside an input, so a long text shows
    // wrapped and becomes an input only while being edited: the key of the
    // text being edited ("field" or "field/note"), "" for none.
    std::string editing;
    bool focus_request = false;
    int focus_frames = 0;
    // Dates as typed, checked before they reach the answers.
    std::map<std::string, std::string> date_text;
    std::map<std::string, std::string> date_error;

    void reset() { *this = FormState{}; }
};

struct FormContext {
    wb::Host host;
    float width = 600;
    bool read_only = false;
};

// The whole form, section by section. Returns the strongest change made.
FormChange draw_form(const Template& t, Answers& answers, FormState& state, const FormContext& ctx);

// Answers set aside on opening against a newer template, read-only.
void draw_set_aside(const Answers& answers, const FormContext& ctx);

} // namespace worksheets
