// tests/support/headless_ui.h - drive Dear ImGui without a window.
//
// A real ImGui context with a display size and a built font atlas but no
// renderer: frames are laid out and draw lists filled exactly as on screen,
// so tests can type, press keys and click widgets, then check the store.
//
// Finding a widget: ImGui does not keep labels, only IDs. The ID of a widget
// submitted directly in a window (or inside PushID scopes) is the hash chain
// window ID -> scope... -> label. To learn where that widget is, we make it
// the keyboard-navigation target (SetFocusID); on the next frame ImGui
// records its rectangle in window->NavRectRel. Then we click its centre.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>

namespace wb::test {

class HeadlessUi {
public:
    explicit HeadlessUi(float width = 1280, float height = 800) {
        ctx_ = ImGui::CreateContext();
        ImGui::SetCurrentContext(ctx_);
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        // Named keys map to themselves; letters use their ASCII upper case
        // (the same codes GLFW uses), so 'S' with Ctrl is Ctrl+S.
        for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;
        io.KeyMap[ImGuiKey_A] = 'A';
        io.KeyMap[ImGuiKey_C] = 'C';
        io.KeyMap[ImGuiKey_V] = 'V';
        io.KeyMap[ImGuiKey_X] = 'X';
        io.KeyMap[ImGuiKey_Y] = 'Y';
        io.KeyMap[ImGuiKey_Z] = 'Z';
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~HeadlessUi() { ImGui::DestroyContext(ctx_); }
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    ImGuiContext* context() const { return ctx_; }

    // One full frame: NewFrame, draw(), Render.
    void frame(const std::function<void()>& draw) {
        ImGui::NewFrame();
        draw();
        ImGui::Render();
        last_draw_ = draw;
    }
    // Repeat the last frame n times (lets ImGui settle layout and focus).
    void frames(int n) {
        for (int i = 0; i < n; ++i) frame(last_draw_);
    }

    // ---- Input -----------------------------------------------------------
    void type(const char* utf8) {
        ImGui::GetIO().AddInputCharactersUTF8(utf8);
        frames(1);
    }
    // Press and release a key (an ImGuiKey_ index or an ASCII upper-case
    // letter), optionally with modifiers.
    void press(int key, bool ctrl = false, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeyShift = shift;
        io.KeysDown[key] = true;
        frames(1);
        io.KeysDown[key] = false;
        frames(1);
        io.KeyCtrl = io.KeyShift = false;
    }
    void move_mouse(ImVec2 pos) {
        ImGui::GetIO().MousePos = pos;
        frames(1);
    }
    void click_at(ImVec2 pos) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = pos;
        frames(1);
        io.MouseDown[0] = true;
        frames(1);
        io.MouseDown[0] = false;
        frames(1);
    }

    // ---- Finding widgets -------------------------------------------------
    static ImGuiWindow* window(const char* name) { return ImGui::FindWindowByName(name); }

    // ID of a widget with `label`, submitted in `win` under PushID `scopes`.
    static ImGuiID id_in(ImGuiWindow* win, std::initializer_list<const char*> path) {
        ImGuiID id = win->ID;
        for (const char* part : path) id = ImHashStr(part, 0, id);
        return id;
    }

    // Screen rectangle of the widget `id` in `win`, if it is on screen.
    std::optional<ImRect> rect_of(ImGuiWindow* win, ImGuiID id) {
        ImGuiContext& g = *ctx_;
        ImGui::SetFocusID(id, win);
        g.NavDisableHighlight = true;
        frames(1);
        if (g.NavId != id || !g.NavIdIsAlive) return std::nullopt;
        return ImGui::WindowRectRelToAbs(win, win->NavRectRel[0]);
    }

    // Click a widget by window name and ID path; false if not found.
    bool click(const char* window_name, std::initializer_list<const char*> path) {
        ImGuiWindow* win = window(window_name);
        if (!win) return false;
        auto r = rect_of(win, id_in(win, path));
        if (!r) return false;
        click_at(r->GetCenter());
        return true;
    }
    // Search every window for a top-level widget with this label.
    bool click_anywhere(const char* label) {
        ImGuiContext& g = *ctx_;
        for (ImGuiWindow* win : g.Windows) {
            if (!win->Active && !win->WasActive) continue;
            if (auto r = rect_of(win, id_in(win, {label}))) {
                click_at(r->GetCenter());
                return true;
            }
        }
        return false;
    }

private:
    ImGuiContext* ctx_ = nullptr;
    std::function<void()> last_draw_ = [] {};
};

} // namespace wb::test
