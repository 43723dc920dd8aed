// cz_story_view.cpp - the planner's presentation story in the panel: the
// host moves it with Page Down / Page Up (story()), and while presenting
// the map child shows the zone map as it stood after that
// session, with every trajectory so far. Nothing here can be dragged: a
// past map is for telling, not for editing.
#include "cz_view.h"

#include "cz_map_paint.h"
#include "cz_widgets.h"

#include <algorithm>

namespace challenge_zones {

wb::Story PlannerView::story(int delta) {
    // The host may ask before the panel has drawn this case.
    follow_host_case();
    const int count = static_cast<int>(story_steps_.size());
    story_step_ = clamp_step(story_step_, delta, count);
    wb::Story s;
    s.step = story_step_;
    s.count = count;
    if (count > 0)
        s.caption = story_caption(plan_, story_steps_, static_cast<std::size_t>(story_step_), host_.masks_identifying());
    return s;
}

void PlannerView::draw_story_map(float width, float height) {
    const wb_palette& p = host_.palette();
    const std::size_t k = static_cast<std::size_t>(clamp_step(story_step_, 0, static_cast<int>(story_steps_.size())));
    const StoryKey key{plan_generation_, static_cast<int>(k)};
    if (!(key == story_key_)) {
        story_key_ = key;
        story_plan_ = plan_as_of(plan_, story_steps_[k]);
        build_index(story_index_, story_plan_.challenges, story_plan_.placements);
        ++story_generation_;
    }

    // The caption and "Step N of M" are shown by the host under the panel
    // (the story() callback returns them), so the map gets all the room:
    // exactly the child's height, which the layout made tall enough for
    // the legend (cz_layout.h).
    const float map_h = std::max(height, 80.0f);
    SceneInputs in = scene_inputs(width, map_h);
    in.plan_generation = story_generation_;
    in.today = day_number(story_steps_[k].date).value_or(in.today);
    in.mode = TrailMode::All;
    if (!story_scene_.built || !(story_scene_.inputs == in))
        build_scene(story_scene_, in, story_index_, story_plan_.challenges, story_plan_.placements);
    ImGui::Dummy(ImVec2(width, map_h)); // the canvas covers this area
    ImGui::SetCursorScreenPos(ImGui::GetItemRectMin());

    wb::Canvas cv(host_, width, map_h);
    if (!cv) return;
    trails_before_hover(TrailMode::All, story_index_.recency_rank, -1, story_trails_);
    ZoneMapPaint m;
    m.scene = &story_scene_;
    m.challenges = &story_plan_.challenges;
    m.trail_shown = &story_trails_;
    m.trails = TrailMode::All;
    paint_zone_map(cv, p, m, ring_scratch_);
}

} // namespace challenge_zones
