// session_notes_plugin.cpp - the session notes plugin itself: registers the
// "notes" panel, passes host events to the view, and adds fictional notes
// when the host creates a demo case (for the family the host names).
#include "session_notes_plugin.h"

#include "notes_model.h"
#include "notes_view.h"

#include <workbench/plugin.hpp>

#include <span>
#include <string>
#include <string_view>

namespace session_notes {

class SessionNotesPlugin : public wb::Plugin {
public:
    explicit SessionNotesPlugin(wb::Host host) : Plugin(host), view_(host) {
        add_panel("notes", "Session notes", [this] { view_.draw(); });
    }

    // The host destroys the plugin before it closes the store (quit, another
    // store opened) and when the plugin is switched off; destroy runs with
    // the store still open and this plugin as the actor. Typing not yet
    // committed is saved now instead of vanishing with the panel.
    ~SessionNotesPlugin() override {
        try {
            view_.commit();
            if (view_.has_unsaved_typing())
                host().log(WB_LOG_WARNING, "The session notes typed last could not be saved before closing.");
        } catch (...) {
            // A destructor must not throw; the log above is best effort.
        }
    }

    static std::span<const wb_migration> migrations() { return NotesModel::migrations(); }

    void on_event(const wb_event& event) override {
        if (event.type == WB_EVENT_DEMO_CASE_CREATED) add_demo_notes(event.case_id, wb::demo_family(event));
        view_.on_event(event);
    }

private:
    void add_demo_notes(int64_t case_id, std::string_view family) {
        wb::add_demo_data(host(), "demo session notes", [&] { return NotesModel(host()).seed_demo(case_id, family); });
    }

    NotesView view_;
};

} // namespace session_notes

WB_PLUGIN(session_notes::SessionNotesPlugin, "session_notes", "Session notes", "1.0.0",
          "Reflection notes for each session (what happened, what I felt, what I noticed, "
          "what next), with a search over the case's notes.")

namespace session_notes {
const wb_plugin_descriptor* descriptor() { return wb_plugin_entry_detail::wb_plugin_describe(); }
} // namespace session_notes
