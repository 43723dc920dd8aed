// cz_widgets.h - small ImGui helpers the planner shares: text inputs over
// std::string, palette colour mixing, and each aspect's and zone's colour.
#pragma once

#include "cz_types.h"

#include <workbench/abi.h>

#include <imgui.h>

#include <cstdint>
#include <string>

namespace challenge_zones::ui {

inline int resize_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

// ImGui edits a char buffer; these grow the std::string as the user types.
inline bool input(const char* id, const char* hint, std::string& text, ImGuiInputTextFlags flags = 0) {
    return ImGui::InputTextWithHint(id, hint, text.data(), text.capacity() + 1,
                                    flags | ImGuiInputTextFlags_CallbackResize, &resize_callback, &text);
}
inline bool input_multiline(const char* id, std::string& text, ImVec2 size) {
    return ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, size, ImGuiInputTextFlags_CallbackResize,
                                     &resize_callback, &text);
}

inline uint32_t with_alpha(uint32_t packed, uint8_t alpha) {
    return (packed & 0x00FFFFFFu) | (static_cast<uint32_t>(alpha) << 24);
}

// a + (b - a) * t per channel, alpha from a.
inline uint32_t mix(uint32_t a, uint32_t b, float t) {
    uint32_t out = a & 0xFF000000u;
    for (int shift = 0; shift < 24; shift += 8) {
        const float ca = static_cast<float>((a >> shift) & 0xFF), cb = static_cast<float>((b >> shift) & 0xFF);
        out |= static_cast<uint32_t>(ca + (cb - ca) * t + 0.5f) << shift;
    }
    return out;
}

inline void text_coloured(uint32_t packed, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(packed));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}
inline void text_wrapped_coloured(uint32_t packed, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(packed));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

// Each aspect has its own colour from the colour-blind-safe set; the pale
// yellow is left out because it vanishes on a light background.
inline uint32_t aspect_colour(const wb_palette& p, Aspect a) {
    static const int index[kAspectCount] = {0, 1, 5, 6, 2, 4, 7};
    return p.categorical[index[static_cast<int>(a)]];
}

// Band fills: quiet for nice and comfort, a clear green tint for the
// optimal zone (the target), a warm tint for overwhelming.
inline uint32_t zone_fill(const wb_palette& p, Zone z) {
    switch (z) {
    case Zone::Nice: return mix(p.surface, p.text_muted, 0.05f);
    case Zone::Comfort: return mix(p.surface, p.text_muted, 0.12f);
    case Zone::Optimal: return mix(p.surface, p.success, p.dark ? 0.30f : 0.20f);
    case Zone::Overwhelming: return mix(p.surface, p.warning, p.dark ? 0.22f : 0.14f);
    }
    return p.surface;
}

} // namespace challenge_zones::ui
