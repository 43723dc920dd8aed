// cz_plugin.cpp - the challenge-zone planner plugin itself: registers the
// "planner" panel (with its presentation story) and the map export, passes
// host events to the view, and adds the fictional demo family's plan (the
// family the host names) when the host creates a demo case.
#include "cz_plugin.h"

#include "cz_export.h"
#include "cz_model.h"
#include "cz_view.h"

#include <workbench/plugin.hpp>

#include <span>
#include <string>
#include <string_view>

namespace challenge_zones {

class ChallengeZonesPlugin : public wb::Plugin {
public:
    explicit ChallengeZonesPlugin(wb::Host host) : Plugin(host), view_(host) {
        // With its presentation story: the map session by session.
        add_panel("planner", "Challenge zones", [this] { view_.draw(); }, [this](int delta) { return view_.story(delta); });
        // The zone map as a PDF, SVG or PNG picture (the toolbar's "Export…").
        add_export(map_export_spec(host));
    }

    static std::span<const wb_migration> migrations() { return ChallengeModel::migrations(); }

    void on_event(const wb_event& event) override {
        if (event.type == WB_EVENT_DEMO_CASE_CREATED) add_demo_plan(event.case_id, wb::demo_family(event));
        view_.on_event(event);
    }

private:
    // `family`: the host's demo family key (cz_demo.h; unknown is Rivers).
    void add_demo_plan(int64_t case_id, std::string_view family) {
        wb::add_demo_data(host(), "demo challenges",
                          [&] { return ChallengeModel(host()).seed_demo(case_id, today_local(), family); });
    }

    PlannerView view_;
};

} // namespace challenge_zones

WB_PLUGIN(challenge_zones::ChallengeZonesPlugin, "challenge_zones", "Challenge zones", "1.0.0",
          "Plans the challenges a practitioner raises with a family, places each in a zone over time, "
          "and offers gentle supervisor prompts about the plan.")

namespace challenge_zones {
const wb_plugin_descriptor* descriptor() { return wb_plugin_entry_detail::wb_plugin_describe(); }
} // namespace challenge_zones
