// ws_plugin.cpp - the worksheets plugin itself: registers the "Worksheets"
// (filling) and "Templates" (editor) panels, the worksheet and template
// exports and the template import, passes host events to both views, and
// adds the fictional demo worksheets when the host creates the demo case.
#include "ws_plugin.h"

#include "ws_export.h"
#include "ws_store.h"
#include "ws_view.h"

#include <workbench/plugin.hpp>
#include <workbench/util.hpp>

#include <span>
#include <string>
#include <string_view>

namespace worksheets {

class WorksheetsPlugin : public wb::Plugin {
public:
    explicit WorksheetsPlugin(wb::Host host) : Plugin(host), sheets_(host), templates_(host) {
        add_panel("sheets", "Worksheets", [this] { sheets_.draw(); });
        add_panel("templates", "Templates", [this] { templates_.draw(); });
        add_export(sheet_export_spec(host));
        add_export(template_export_spec(host));
        add_import(template_import_spec(host));
    }

    // The host destroys the plugin before it closes the store: typing not
    // yet saved is saved now instead of vanishing with the panel.
    ~WorksheetsPlugin() override {
        try {
            sheets_.commit();
        } catch (...) {
            // A destructor must not throw.
        }
    }

    static std::span<const wb_migration> migrations() { return WorksheetStore::migrations(); }

    void on_event(const wb_event& event) override {
        if (event.type == WB_EVENT_DEMO_CASE_CREATED) add_demo(event.case_id, wb::demo_family(event));
        sheets_.on_event(event);
        templates_.on_event(event);
    }

private:
    void add_demo(int64_t case_id, std::string_view family) {
        wb::add_demo_data(host(), "demo worksheets",
                          [&] { return WorksheetStore(host()).seed_demo(case_id, wb::util::today_local(), family); });
    }

    SheetsView sheets_;
    TemplatesView templates_;
};

} // namespace worksheets

WB_PLUGIN(worksheets::WorksheetsPlugin, "worksheets", "Worksheets", "0.2.0",
          "Framework worksheets to fill on screen for a case, from built-in or team-made templates, "
          "printed or exported.")

namespace worksheets {
const wb_plugin_descriptor* descriptor() { return wb_plugin_entry_detail::wb_plugin_describe(); }
} // namespace worksheets
