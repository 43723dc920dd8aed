// tests/support/panel_driver.h - draws one plugin view headlessly as the
// whole content of a fixed window called "Panel", and clicks and types into
// its children by ID path, as the plugins' panel tests need it.
#pragma once

#include "headless_ui.h"

#include <cstdio>
#include <initializer_list>
#include <string>

namespace wb::test {

// `View` has draw(). `side` names the child window that holds the form
// (click_side and replace_text look there).
template <class View>
struct PanelDriver {
    HeadlessUi ui;
    View& view;
    const char* side;

    explicit PanelDriver(View& v, const char* side_child = "side") : ui(1600, 1000), view(v), side(side_child) {
        ui.frame([this] { draw(); });
        ui.frames(2);
    }
    void draw() {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1500, 900));
        ImGui::Begin("Panel", nullptr,
                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        view.draw();
        ImGui::End();
    }
    ImGuiWindow* panel() const { return HeadlessUi::window("Panel"); }
    // The window name ImGui gives the panel's child `id`.
    std::string child(const char* id) const {
        char name[256];
        std::snprintf(name, sizeof name, "Panel/%s_%08X", id, HeadlessUi::id_in(panel(), {id}));
        return name;
    }
    bool click_side(std::initializer_list<const char*> path) { return ui.click(child(side).c_str(), path); }
    // Clicks a text field in the side child, selects all and types `text`.
    bool replace_text(std::initializer_list<const char*> path, const char* text) {
        if (!click_side(path)) return false;
        ui.frames(1);
        ui.press('A', true);
        ui.type(text);
        return true;
    }
};

} // namespace wb::test
