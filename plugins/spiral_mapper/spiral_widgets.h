// spiral_widgets.h - small ImGui helpers the spiral panel shares: text
// inputs over std::string and colours from the host palette.
#pragma once

#include "spiral_types.h"

#include <workbench/abi.h>

#include <imgui.h>

#include <cstdint>
#include <string>

namespace spiral_mapper::ui {

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
    return ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, size,
                                     ImGuiInputTextFlags_CallbackResize, &resize_callback, &text);
}

// The same colour at another opacity (palette colours are 0xAABBGGRR).
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

// Each kind has its own colour from the host's colour-blind-safe set (and
// its own marker shape, so colour is never the only cue).
inline uint32_t kind_colour(const wb_palette& p, Kind kind) {
    static const int index[kKindCount] = {0, 1, 2, 4, 5};
    return p.categorical[index[static_cast<int>(kind)]];
}

// Help, challenge and possibility use the set's remaining colours. Its
// yellow is too pale for lines on a light background, so it is deepened
// toward the text colour there.
inline uint32_t ingredient_colour(const wb_palette& p, int ingredient) {
    switch (ingredient) {
    case Help: return p.categorical[6];
    case Challenge: return p.dark ? p.categorical[7] : mix(p.categorical[7], p.text_muted, 0.25f);
    default: return p.dark ? p.categorical[3] : mix(p.categorical[3], p.text, 0.38f);
    }
}

} // namespace spiral_mapper::ui
