// spiral_mapper_plugin.cpp - the spiral mapper plugin itself: registers the
// "map" panel (with its presentation story: the replay, step by step) and
// its export, passes host events to the view, and adds the fictional demo
// family's spiral when the host creates a demo case.
#include "spiral_mapper_plugin.h"

#include "spiral_actions.h"
#include "spiral_export.h"
#include "spiral_model.h"
#include "spiral_view.h"

#include <workbench/plugin.hpp>

#include <span>
#include <string>
#include <string_view>

namespace spiral_mapper {

class SpiralMapperPlugin : public wb::Plugin {
public:
    explicit SpiralMapperPlugin(wb::Host host) : Plugin(host), view_(host) {
        add_panel("map", "Partnership spiral", [this] { view_.draw(); },
                  [this](int delta) { return view_.story(delta); });
        // The map as a PDF, SVG or PNG picture (the toolbar's "Export…").
        add_export(map_export_spec(host));
        // Other plugins (e.g. the rupture-repair tracker) may add a step.
        add_action(kAddStepAction, kAddStepVersion, "Add a step to the partnership spiral",
                   [this](const wb::ActionRequest& request) {
                       SpiralModel model(this->host());
                       return run_add_step(model, request);
                   });
    }

    static std::span<const wb_migration> migrations() { return SpiralModel::migrations(); }

    void on_event(const wb_event& event) override {
        if (event.type == WB_EVENT_DEMO_CASE_CREATED) add_demo_spiral(event.case_id, wb::demo_family(event));
        view_.on_event(event);
    }

private:
    void add_demo_spiral(int64_t case_id, std::string_view family) {
        wb::add_demo_data(host(), "demo spiral steps", [&] { return SpiralModel(host()).seed_demo(case_id, family); });
    }

    SpiralView view_;
};

} // namespace spiral_mapper

WB_PLUGIN(spiral_mapper::SpiralMapperPlugin, "spiral_mapper", "Spiral mapper", "1.1.0",
          "Maps the small steps that build (or strain) a partnership with one family on a spiral "
          "around the safe space, with replay for telling the story.")

namespace spiral_mapper {
const wb_plugin_descriptor* descriptor() { return wb_plugin_entry_detail::wb_plugin_describe(); }
} // namespace spiral_mapper
