// tests/support/drawn_text.h - what text the last ImGui frame really drew.
//
// Tests that must prove a text was NOT shown (presentation mode's privacy
// mask, the learning map's family view) cannot use ImGui's own logging: it
// stops at the end of every top-level window. Instead this reads the frame's
// draw data back: each glyph ImGui draws is a quad whose texture
// coordinates are that glyph's place in the font atlas, so mapping those
// coordinates back to code points recovers every character drawn, by any
// window, popup or plugin, in draw order.
//
// Spaces are not drawn (no quad), so the result has none: compare with
// drawn_has(), which ignores spaces in the needle too.
#pragma once

#include <imgui.h>
#include <imgui_internal.h> // ImTextCharToUtf8

#include <map>
#include <string>
#include <utility>

namespace wb::test {

// Every character in ImGui::GetDrawData() (call after ImGui::Render()),
// as UTF-8, without spaces.
inline std::string drawn_text() {
    std::map<std::pair<float, float>, ImWchar> glyph_at;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    for (ImFont* font : atlas->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible) glyph_at.emplace(std::make_pair(g.U0, g.V0), static_cast<ImWchar>(g.Codepoint));

    std::string out;
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data) return out;
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        // A glyph is 4 vertices, top-left first (ImDrawList::PrimRectUV).
        for (int v = 0; v + 3 < list->VtxBuffer.Size; ++v) {
            const ImDrawVert& a = list->VtxBuffer[v];
            auto it = glyph_at.find({a.uv.x, a.uv.y});
            if (it == glyph_at.end()) continue;
            char utf8[5] = {};
            ImTextCharToUtf8(utf8, it->second);
            out += utf8;
            v += 3;
        }
    }
    return out;
}

// True when `needle` (spaces ignored) was drawn in the last frame.
inline bool drawn_has(const std::string& drawn, std::string needle) {
    std::string compact;
    for (char c : needle)
        if (c != ' ') compact += c;
    return drawn.find(compact) != std::string::npos;
}

} // namespace wb::test
