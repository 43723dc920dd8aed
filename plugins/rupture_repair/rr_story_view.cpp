// rr_story_view.cpp - the tracker's presentation story in the panel: the
// host moves it with Page Down / Page Up (story()), and while presenting
// the timeline child shows the timeline as it stood after
// that rupture or repair. Nothing is hovered or selected there: a past
// timeline is for telling, not for editing.
#include "rr_view.h"

#include "rr_timeline_paint.h"
#include "rr_widgets.h"

#include <algorithm>

namespace rupture_repair {

wb::Story RupturesView::story(int delta) {
    // The host may ask before the panel has drawn this case.
    follow_host_case();
    const int count = static_cast<int>(story_events_.size());
    story_step_ = clamp_step(story_step_, delta, count);
    wb::Story s;
    s.step = story_step_;
    s.count = count;
    if (count > 0) s.caption = story_caption(record_, story_events_, static_cast<std::size_t>(story_step_));
    return s;
}

void RupturesView::draw_story_timeline(float width, float height) {
    const wb_palette& p = host_.palette();
    const std::size_t k = static_cast<std::size_t>(clamp_step(story_step_, 0, static_cast<int>(story_events_.size())));
    const StoryKey key{generation_, static_cast<int>(k)};
    if (!(key == story_key_)) {
        story_key_ = key;
        story_record_ = record_as_of(record_, story_events_, k);
        ++story_generation_;
    }

    // The caption and "Step N of M" are shown by the host under the panel
    // (the story() callback returns them), so the timeline gets all the
    // room: exactly the child's height, which the layout made tall enough
    // for the legend (rr_layout.h).
    const float plot_h = std::max(height, 80.0f);
    TimelineInputs in = timeline_inputs(width, plot_h);
    in.generation = story_generation_;
    // "Today" is the step's day: open tails reach to then, not to now.
    in.today = day_number(story_events_[k].date).value_or(in.today);
    if (!story_scene_.built || !(story_scene_.inputs == in))
        build_timeline(story_scene_, in, story_record_.ruptures, story_record_.repairs, story_record_.sessions,
                       story_record_.alliance);
    ImGui::Dummy(ImVec2(width, plot_h)); // the canvas covers this area
    ImGui::SetCursorScreenPos(ImGui::GetItemRectMin());

    wb::Canvas cv(host_, width, plot_h);
    if (!cv) return;
    TimelinePaint m;
    m.scene = &story_scene_;
    m.record = &story_record_;
    m.low_alliance = settings_.low_alliance;
    // The latest rupture or repair's rupture stands out, as if selected.
    const StoryEvent& e = story_events_[k];
    m.selected_id = e.repair ? record_.repairs[e.index].rupture_id : record_.ruptures[e.index].id;
    paint_timeline(cv, p, m);
}

} // namespace rupture_repair
