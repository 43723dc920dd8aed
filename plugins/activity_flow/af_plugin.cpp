// af_plugin.cpp - the activity flow plugin itself: registers the "Activity
// flow" panel with its presentation story and the flow export, passes host
// events to the view, and adds the demo family's recordings when the host
// creates a demo case.
#include "af_plugin.h"

#include "af_export.h"
#include "af_live.h"
#include "af_model.h"
#include "af_view.h"

#include <workbench/plugin.hpp>

#include <span>
#include <string>

namespace activity_flow {

class ActivityFlowPlugin : public wb::Plugin {
public:
    explicit ActivityFlowPlugin(wb::Host host) : Plugin(host), view_(host, steady_clock_ms()) {
        add_panel(
            "flow", "Activity flow", [this] { view_.draw(); }, [this](int delta) { return view_.story(delta); });
        // The diagram, key and figures as PDF, SVG or PNG; the figures as
        // Markdown or JSON (the toolbar's "Export…").
        add_export(flow_export_spec(host));
    }

    static std::span<const wb_migration> migrations() { return ActivityModel::migrations(); }

    void on_event(const wb_event& event) override {
        if (event.type == WB_EVENT_DEMO_CASE_CREATED) add_demo(event.case_id, wb::demo_family(event));
        view_.on_event(event);
    }

private:
    void add_demo(int64_t case_id, std::string_view family) {
        wb::add_demo_data(host(), "demo activity recordings",
                          [&] { return ActivityModel(host()).seed_demo(case_id, family); });
    }

    FlowView view_;
};

} // namespace activity_flow

WB_PLUGIN(activity_flow::ActivityFlowPlugin, "activity_flow", "Activity flow", "1.0.0",
          "Records a visit as it moves between the four partnership activities, live or afterwards, and "
          "shows it as a sequence diagram with its figures.")

namespace activity_flow {
const wb_plugin_descriptor* descriptor() { return wb_plugin_entry_detail::wb_plugin_describe(); }
} // namespace activity_flow
