// af_diagram_view.cpp - the sequence diagram in the panel: the cached
// geometry (af_diagram.h) kept up to date, a hovered square's slice in a
// tooltip, the story's caption while presenting, and a second diagram under
// the first when comparing. The picture itself is paint_diagram()
// (af_paint.cpp), the same drawing a file export uses.
#include "af_view.h"

#include "af_flow.h"
#include "af_paint.h"
#include "af_widgets.h"

#include <algorithm>

namespace activity_flow {
namespace {

// Draws `scene` for `d` in a region of the current window, with a hover
// tooltip; returns the hovered square or -1.
int diagram_region(wb::Host host, DiagramScene& scene, const RecordingData& d, uint64_t generation, int64_t shown_ms,
                   int64_t layout_ms, float width, float height, const char* id) {
    DiagramInputs in;
    in.generation = generation;
    in.width = width;
    in.height = height;
    in.font = ImGui::GetFontSize();
    in.scale = host.ui_scale();
    in.shown_ms = shown_ms;
    in.layout_ms = layout_ms;
    in.slice_ms = static_cast<int64_t>(d.rec.slice_s) * 1000;
    if (!scene.built || !(scene.inputs == in)) build_diagram(scene, in, d.stretches);

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, ImVec2(width, height));
    int hovered = -1;
    if (ImGui::IsItemHovered()) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        hovered = square_at(scene, m.x - origin.x, m.y - origin.y);
    }
    if (hovered >= 0) {
        const int64_t slice = in.slice_ms, from = slice * hovered, to = std::min(from + slice, shown_ms);
        const Square& sq = scene.squares[static_cast<std::size_t>(hovered)];
        ImGui::BeginTooltip();
        ImGui::Text("%s to %s", format_time(from).c_str(), format_time(to).c_str());
        ImGui::Text("%s  %s", activity_letter(sq.activity), activity_label(sq.activity));
        if (sq.mixed) ImGui::TextDisabled("The activity changed in this slice; the square shows the one that filled most of it.");
        ImGui::EndTooltip();
    }
    ImGui::SetCursorScreenPos(origin);
    wb::Canvas cv(host, width, height);
    if (cv) {
        DiagramPaint paint;
        paint.scene = &scene;
        paint.font = in.font;
        paint.hovered = hovered;
        paint_diagram(cv, host.palette(), paint);
    }
    return hovered;
}

} // namespace

int64_t FlowView::story_covered_ms() {
    const int64_t total = duration_now();
    // The story while presenting (not for the recording being made live):
    // the diagram grows one chunk per Page Down, and the host shows the
    // step and its caption under the panel.
    if (!host_.presenting() || (live_.active() && live_.recording_id() == shown_id_)) return total;
    const int steps = story_steps(total);
    story_step_ = std::clamp(story_step_, 0, std::max(steps - 1, 0));
    return steps > 0 ? story_shown_ms(story_step_, total) : total;
}

void FlowView::draw_diagram(float width, float height) {
    const wb_palette& p = host_.palette();
    const int64_t total = duration_now();
    const int64_t shown_ms = story_covered_ms();
    if (square_count(shown_ms, static_cast<int64_t>(shown_->rec.slice_s) * 1000) == 0) {
        ImGui::Spacing();
        ui::text_wrapped_coloured(p.text_muted,
                                  live_.state() == LiveRecorder::State::Running
                                      ? "The first square appears once half a slice has been recorded."
                                      : "This recording is shorter than half a slice, so the diagram has no squares "
                                        "yet. Pick a shorter slice in the recording's settings, or resume it.");
        return;
    }
    const float avail_h = ImGui::GetContentRegionAvail().y;
    if (compare_) {
        const float line = ImGui::GetTextLineHeightWithSpacing();
        const float half = std::max((avail_h - 2 * line) / 2.0f, 40.0f);
        ImGui::TextUnformatted(host_.identifying(shown_->rec.title));
        hovered_square_ = diagram_region(host_, scene_, *shown_, generation_, shown_ms, total, width, half, "diagram_a");
        ImGui::TextUnformatted(host_.identifying(compare_->rec.title));
        const int64_t other = stored_duration(*compare_);
        diagram_region(host_, compare_scene_, *compare_, generation_, other, other, width, half, "diagram_b");
    } else {
        hovered_square_ =
            diagram_region(host_, scene_, *shown_, generation_, shown_ms, total, width, std::max(avail_h, 40.0f), "diagram_a");
    }
    (void)height;
}

} // namespace activity_flow
