// lm_plugin.cpp - the parents' learning map plugin itself: registers the
// "Learning map" panel with its presentation story, the two map exports
// (practitioner and family), passes host events to the view, and adds the
// fictional demo family's map when the host creates a demo case.
#include "lm_plugin.h"

#include "lm_export.h"
#include "lm_model.h"
#include "lm_view.h"

#include <workbench/plugin.hpp>

#include <span>
#include <string>

namespace learning_map {

class LearningMapPlugin : public wb::Plugin {
public:
    explicit LearningMapPlugin(wb::Host host) : Plugin(host), view_(host) {
        // Page Down / Page Up while presenting step the map session by session.
        add_panel("map", "Learning map", [this] { view_.draw(); }, [this](int delta) { return view_.story(delta); });
        add_export(map_export_spec(host, false));
        add_export(map_export_spec(host, true));
    }

    static std::span<const wb_migration> migrations() { return LearningModel::migrations(); }

    void on_event(const wb_event& event) override {
        if (event.type == WB_EVENT_DEMO_CASE_CREATED) add_demo(event.case_id, wb::demo_family(event));
        view_.on_event(event);
    }

private:
    void add_demo(int64_t case_id, std::string_view family) {
        wb::add_demo_data(host(), "demo signs of learning",
                          [&] { return LearningModel(host()).seed_demo(case_id, family); });
    }

    LearningMapView view_;
};

} // namespace learning_map

WB_PLUGIN(learning_map::LearningMapPlugin, "learning_map", "Learning map", "1.0.0",
          "Maps where a family's learning has been seen across seven domains, around trust, acceptance and "
          "openness, session by session, with a simpler view to share with the parent.")

namespace learning_map {
const wb_plugin_descriptor* descriptor() { return wb_plugin_entry_detail::wb_plugin_describe(); }
} // namespace learning_map
