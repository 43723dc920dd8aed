// tests/sdk/test_ui_helpers.cpp - the header-only ImGui helpers plugins
// draw with (workbench/ui.hpp), headless: a toolbar keeps an item on the
// line while it fits and wraps it otherwise.
#include "headless_ui.h"

#include <workbench/ui.hpp>

#include <doctest/doctest.h>

using wb::test::HeadlessUi;

namespace {

// Draws "First", then asks toolbar_next for room for `next_width`, then a
// button of that width, in a window `window_width` wide; returns the
// second button's top-left relative to the first's.
ImVec2 second_item_offset(float window_width, float next_width) {
    HeadlessUi ui(800, 600);
    ImVec2 first{}, second{};
    ui.frame([&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(window_width, 300));
        ImGui::Begin("Toolbar", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::Button("First");
        first = ImGui::GetItemRectMin();
        wb::ui::toolbar_next(next_width, 8);
        ImGui::Button("Second", ImVec2(next_width, 0));
        second = ImGui::GetItemRectMin();
        ImGui::End();
    });
    return ImVec2(second.x - first.x, second.y - first.y);
}

} // namespace

TEST_CASE("toolbar_next keeps an item on the line while it fits, and wraps it below when it does not") {
    const ImVec2 fits = second_item_offset(600, 100);
    CHECK(fits.y == 0);
    CHECK(fits.x > 0);

    const ImVec2 wraps = second_item_offset(200, 180);
    CHECK(wraps.x == 0);
    CHECK(wraps.y > 0);
}

TEST_CASE("button_width is the label's width plus the frame padding, without the ID part") {
    HeadlessUi ui;
    ui.frame([] {});
    const float padding = ImGui::GetStyle().FramePadding.x * 2;
    CHECK(wb::ui::button_width("Export##toolbar") == doctest::Approx(ImGui::CalcTextSize("Export").x + padding));
}
