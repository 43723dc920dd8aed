// workbench/privacy.hpp - drawing text that could identify a family.
//
// Cases are about real families. While a facilitator presents on a
// projector, the host hides anything identifying unless the case is a
// fictional demo case. The host cannot know which of a plugin's texts are
// identifying, so the plugin says so by drawing them through these helpers
// (or, on a canvas, through Host::identifying()). Free text a user typed
// about a family is identifying; fixed labels, numbers and dates are not.
#pragma once

#include <workbench/plugin.hpp>

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

namespace wb::ui {

// Text that could identify a family: drawn as is, or as the host's mask.
inline void identifying_text(const Host& host, const char* text) {
    if (host.masks_identifying()) {
        ImGui::TextDisabled("%s", host.identifying(text));
        return;
    }
    ImGui::TextUnformatted(text);
}

inline void identifying_text_wrapped(const Host& host, const char* text) {
    if (host.masks_identifying()) {
        ImGui::TextDisabled("%s", host.identifying(text));
        return;
    }
    ImGui::TextWrapped("%s", text);
}

// A multi-line input for identifying text. While masked it shows a greyed
// placeholder of the same size instead, so nothing is shown or edited;
// returns true when the text was changed.
inline bool identifying_input_multiline(const Host& host, const char* label, std::string& text,
                                        ImVec2 size = ImVec2(0, 0)) {
    if (!host.masks_identifying()) return ImGui::InputTextMultiline(label, &text, size);
    ImGui::PushID(label);
    ImGui::BeginDisabled();
    std::string mask = host.identifying(text.c_str());
    ImGui::InputTextMultiline("##masked", &mask, size, ImGuiInputTextFlags_ReadOnly);
    ImGui::EndDisabled();
    ImGui::PopID();
    return false;
}

// A one-line input for identifying text, masked the same way.
inline bool identifying_input(const Host& host, const char* label, std::string& text) {
    if (!host.masks_identifying()) return ImGui::InputText(label, &text);
    ImGui::PushID(label);
    ImGui::BeginDisabled();
    std::string mask = host.identifying(text.c_str());
    ImGui::InputText("##masked", &mask, ImGuiInputTextFlags_ReadOnly);
    ImGui::EndDisabled();
    ImGui::PopID();
    return false;
}

// The same with a greyed hint shown while the field is empty.
inline bool identifying_input_hint(const Host& host, const char* label, const char* hint, std::string& text) {
    if (host.masks_identifying()) return identifying_input(host, label, text);
    return ImGui::InputTextWithHint(label, hint, &text);
}

} // namespace wb::ui
