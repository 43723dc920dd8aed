// rr_plugin.cpp - the rupture-repair tracker plugin itself: registers the
// "Ruptures" (with its presentation story) and "Caseload" panels, passes
// host events to both views, and adds the fictional demo family's ruptures
// (the family the host names) when the host creates a demo case.
#include "rr_plugin.h"

#include "rr_export.h"
#include "rr_model.h"
#include "rr_view.h"

#include <workbench/plugin.hpp>

#include <span>
#include <string>
#include <string_view>

namespace rupture_repair {

class RuptureRepairPlugin : public wb::Plugin {
public:
    explicit RuptureRepairPlugin(wb::Host host) : Plugin(host), ruptures_(host), caseload_(host) {
        // With its presentation story: ruptures and repairs in time order.
        add_panel("ruptures", "Ruptures", [this] { ruptures_.draw(); },
                  [this](int delta) { return ruptures_.story(delta); });
        add_panel("caseload", "Caseload", [this] { caseload_.draw(); });
        // The case timeline as a PDF, SVG or PNG picture (the "Ruptures"
        // toolbar's "Export…").
        add_export(timeline_export_spec(host));
    }

    static std::span<const wb_migration> migrations() { return RuptureModel::migrations(); }

    void on_event(const wb_event& event) override {
        if (event.type == WB_EVENT_DEMO_CASE_CREATED) add_demo(event.case_id, wb::demo_family(event));
        ruptures_.on_event(event);
        caseload_.on_event(event);
    }

private:
    // `family`: the host's demo family key (rr_demo.h; unknown is Rivers).
    void add_demo(int64_t case_id, std::string_view family) {
        wb::add_demo_data(host(), "demo ruptures",
                          [&] { return RuptureModel(host()).seed_demo(case_id, today_local(), family); });
    }

    RupturesView ruptures_;
    CaseloadView caseload_;
};

} // namespace rupture_repair

WB_PLUGIN(rupture_repair::RuptureRepairPlugin, "rupture_repair", "Rupture and repair", "1.0.0",
          "Logs strains in the partnership with a family, follows each repair to its end, keeps an alliance "
          "check per session, and lists the ruptures still open across the caseload.")

namespace rupture_repair {
const wb_plugin_descriptor* descriptor() { return wb_plugin_entry_detail::wb_plugin_describe(); }
} // namespace rupture_repair
