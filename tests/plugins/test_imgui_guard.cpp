// tests/plugins/test_imgui_guard.cpp - a plugin that ends or pops more than
// it began or pushed must not abort the host (Debian's Dear ImGui asserts),
// is disabled with a reason naming the stack, and leaves every ImGui stack
// of the host exactly as it was. The panel is drawn the way the workbench
// draws it: inside a host-owned child window of a host window, with some
// host pushes below it that an over-pop could reach.
#include "plugin_test_env.h"

#include "headless_ui.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <vector>

using namespace wb::core;
using namespace wb::test;

namespace {

const ImVec4 kHostText(0.1f, 0.2f, 0.3f, 1.0f);
constexpr float kHostAlpha = 0.75f;

// What the host can see of ImGui around a draw_panel call.
struct HostView {
    ImGuiWindow* window = nullptr;
    std::vector<ImGuiID> ids;
    int window_depth = 0, colours = 0, vars = 0, fonts = 0, disabled = 0, item_flags = 0;
    ImVec4 text;
    float alpha = 0, item_width = 0, wrap_pos = 0;
    ImFont* font = nullptr;

    static HostView now() {
        ImGuiContext& g = *ImGui::GetCurrentContext();
        HostView v;
        v.window = g.CurrentWindow;
        v.ids.assign(v.window->IDStack.begin(), v.window->IDStack.end());
        v.window_depth = g.CurrentWindowStack.Size;
        v.colours = g.ColorStack.Size;
        v.vars = g.StyleVarStack.Size;
        v.fonts = g.FontStack.Size;
        v.disabled = g.DisabledStackSize;
        v.item_flags = g.ItemFlagsStack.Size;
        v.text = g.Style.Colors[ImGuiCol_Text];
        v.alpha = g.Style.Alpha;
        v.item_width = v.window->DC.ItemWidth;
        v.wrap_pos = v.window->DC.TextWrapPos;
        v.font = g.Font;
        return v;
    }
};

void check_same(const HostView& before, const HostView& after) {
    CHECK(after.window == before.window);
    CHECK(after.ids == before.ids);
    CHECK(after.window_depth == before.window_depth);
    CHECK(after.colours == before.colours);
    CHECK(after.vars == before.vars);
    CHECK(after.fonts == before.fonts);
    CHECK(after.disabled == before.disabled);
    CHECK(after.item_flags == before.item_flags);
    CHECK(after.text.x == before.text.x);
    CHECK(after.text.z == before.text.z);
    CHECK(after.alpha == before.alpha);
    CHECK(after.item_width == before.item_width);
    CHECK(after.wrap_pos == before.wrap_pos);
    CHECK(after.font == before.font);
}

// One frame drawing `panel` as the workbench does (a host window, host
// pushes, the tab's child window); returns draw_panel's answer.
bool draw_in_child(PluginHost& host, const PanelRef& panel, HostView* before = nullptr, HostView* after = nullptr) {
    ImGui::Begin("Host");
    ImGui::PushStyleColor(ImGuiCol_Text, kHostText);
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, kHostAlpha);
    ImGui::BeginChild("panel", ImVec2(0, 0), true);
    HostView b = HostView::now();
    bool ok = host.draw_panel(panel);
    HostView a = HostView::now();
    ImGui::TextUnformatted("the host draws on after the panel");
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::End();
    if (before) *before = b;
    if (after) *after = a;
    return ok;
}

// The same, in a top-level window without the child.
bool draw_in_window(PluginHost& host, const PanelRef& panel, HostView* before = nullptr, HostView* after = nullptr) {
    ImGui::Begin("Host");
    HostView b = HostView::now();
    bool ok = host.draw_panel(panel);
    HostView a = HostView::now();
    ImGui::TextUnformatted("the host draws on after the panel");
    ImGui::End();
    if (before) *before = b;
    if (after) *after = a;
    return ok;
}

PanelRef over_pops(const char* panel) { return PanelRef{"fixture_over_pops", panel, panel}; }

} // namespace

TEST_CASE("a panel that pops or ends too much is disabled; the host survives with its stacks intact") {
    struct Case {
        const char* panel;
        const char* stack; // named in the reason
    };
    const Case cases[] = {
        {"colour", "PushStyleColor/PopStyleColor"},
        {"two_colours", "PushStyleColor/PopStyleColor"}, // reaches the host's own colour below the sentinel
        {"id", "PushID/PopID"},
        {"style_var", "PushStyleVar/PopStyleVar"},
        {"tree_pop", "TreeNode/TreePop"},
        {"font", "PushFont/PopFont"},
        {"end_child", "closed the window the panel is drawn in"},
        {"pop_then_push", "PushStyleColor/PopStyleColor"},
        {"several", "PushItemWidth/PopItemWidth"},
    };
    for (const Case& c : cases) {
        const std::string panel_name = c.panel;
        CAPTURE(panel_name);
        PluginEnv env;
        REQUIRE(env.host->load(fixture("over_pops")).state == PluginState::Loaded);
        REQUIRE(env.host->load(fixture("good")).state == PluginState::Loaded);
        HeadlessUi ui;
        bool ok = true, good_ok = false;
        HostView before, after;
        ui.frame([&] {
            ok = draw_in_child(*env.host, over_pops(c.panel), &before, &after);
            good_ok = draw_in_child(*env.host, PanelRef{"fixture_good", "items", "Items"});
        });
        CHECK_FALSE(ok);
        CHECK(good_ok);
        check_same(before, after);
        CHECK(after.text.x == kHostText.x);
        CHECK(after.alpha == kHostAlpha);
        const PluginInfo* info = env.info("fixture_over_pops");
        REQUIRE(info);
        CHECK(info->state == PluginState::Failed);
        CHECK_MESSAGE(contains(info->reason, "ended or popped more than it began or pushed"), info->reason);
        CHECK_MESSAGE(contains(info->reason, c.stack), info->reason);
        CHECK(env.host->handle_of("fixture_over_pops") == nullptr);
        // Later frames go on; the failed panel is no longer drawn.
        ui.frame([&] {
            ok = draw_in_child(*env.host, over_pops(c.panel));
            good_ok = draw_in_child(*env.host, PanelRef{"fixture_good", "items", "Items"});
        });
        CHECK_FALSE(ok);
        CHECK(good_ok);
    }
}

TEST_CASE("an extra End() is repaired when the panel is drawn in a top-level window") {
    PluginEnv env;
    REQUIRE(env.host->load(fixture("over_pops")).state == PluginState::Loaded);
    HeadlessUi ui;
    bool ok = true;
    HostView before, after;
    ui.frame([&] { ok = draw_in_window(*env.host, over_pops("end"), &before, &after); });
    CHECK_FALSE(ok);
    check_same(before, after);
    CHECK(contains(env.info("fixture_over_pops")->reason, "closed the window the panel is drawn in"));
    ui.frames(2);
}

TEST_CASE("a balanced panel with its own pushes and child is not flagged, in either layout") {
    PluginEnv env;
    REQUIRE(env.host->load(fixture("over_pops")).state == PluginState::Loaded);
    HeadlessUi ui;
    bool in_child = false, in_window = false;
    HostView b1, a1, b2, a2;
    ui.frame([&] {
        in_child = draw_in_child(*env.host, over_pops("balanced"), &b1, &a1);
        in_window = draw_in_window(*env.host, over_pops("balanced"), &b2, &a2);
    });
    CHECK(in_child);
    CHECK(in_window);
    check_same(b1, a1);
    check_same(b2, a2);
    CHECK(env.info("fixture_over_pops")->state == PluginState::Loaded);
}

namespace {

// An in-process plugin that records the ID its widget gets: the host's
// ID sentinel must not change what IDs a panel's widgets have (tests and
// ImGui's saved state find widgets by them).
ImGuiID g_seen_id = 0;
wb_status draw_id(wb_instance*, void*, char*, uint32_t) {
    g_seen_id = ImGui::GetID("probe button");
    return WB_OK;
}
wb_instance* create_id(const wb_host_api* api, wb_host* h, char*, uint32_t) {
    wb_panel p{sizeof(wb_panel), "ids", "IDs", &draw_id, nullptr, nullptr};
    if (api->register_panel(h, &p) != WB_OK) return nullptr;
    static int x = 0;
    return reinterpret_cast<wb_instance*>(&x);
}
void destroy_id(wb_instance*) {}
const wb_plugin_descriptor kIds = {sizeof(wb_plugin_descriptor), WB_ABI_MAJOR, WB_ABI_MINOR, IMGUI_VERSION_NUM,
                                   "id_probe", "ID probe", "1.0", "", nullptr, 0, &create_id, &destroy_id, nullptr};

} // namespace

TEST_CASE("the sentinels do not change the IDs of a panel's widgets") {
    PluginEnv env;
    REQUIRE(env.host->load_in_process(&kIds, "test:ids").state == PluginState::Loaded);
    HeadlessUi ui;
    ImGuiID expected = 0;
    ui.frame([&] {
        ImGui::Begin("Host");
        expected = ImGui::GetID("probe button");
        CHECK(env.host->draw_panel(PanelRef{"id_probe", "ids", "IDs"}));
        ImGui::End();
    });
    CHECK(g_seen_id != 0);
    CHECK(g_seen_id == expected);
}
