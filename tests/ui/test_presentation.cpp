// tests/ui/test_presentation.cpp - presentation mode and the demo library,
// headless, with the storyteller fixture (a story and identifying text)
// and the real session notes plugin.
//
// "Not drawn" is checked on the frame's draw data (drawn_text.h): every
// glyph quad is read back as its character, so a string missing there was
// not on screen, whoever drew it.
#include "drawn_text.h"
#include "headless_ui.h"
#include "temp_dir.h"

#include "store/demo_families.h"
#include "store/store.h"
#include "ui/workbench.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>

using namespace wb::core;
using wb::test::HeadlessUi;
using wb::test::TempDir;

namespace {

constexpr int kKeyF11 = 300; // GLFW_KEY_F11, the host's key index

// A workbench over an in-memory store with only the storyteller and the
// session notes plugins, drawn headless at 1280x800.
struct PresentingShell {
    TempDir dir;
    HeadlessUi ui{1280, 800};
    std::unique_ptr<Workbench> wb;

    explicit PresentingShell(bool demo = true) {
        const auto plugins = dir / "plugins";
        std::filesystem::create_directories(plugins);
        std::filesystem::copy_file(std::filesystem::path(WB_FIXTURE_DIR) / "storyteller.so", plugins / "storyteller.so");
        std::filesystem::copy_file(std::filesystem::path(WB_PLUGIN_DIR) / "session_notes.so",
                                   plugins / "session_notes.so");
        WorkbenchOptions o;
        o.config_file = dir / "config.json";
        o.plugin_dirs = {plugins};
        o.in_memory_store = true;
        o.seed_demo_if_new = demo;
        wb = std::make_unique<Workbench>(o);
        wb->show_panel("fixture_storyteller.tale");
        run(3);
    }
    void run(int n) {
        for (int i = 0; i < n; ++i) {
            wb->prepare_frame();
            ui.frame([this] { wb->draw_frame(); });
        }
    }
    // One more frame: every character it drew (without spaces).
    std::string drawn_text() {
        run(1);
        return wb::test::drawn_text();
    }
    bool has_log_line(const std::string& needle) {
        for (const auto& line : wb->plugins().log())
            if (line.text.find(needle) != std::string::npos) return true;
        return false;
    }
};

// For drawn text, which has no spaces; also fine for ordinary strings.
bool contains(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos || wb::test::drawn_has(hay, needle);
}

// A real (not demo) case with a label and session notes nobody may see on
// a projector.
int64_t add_real_case(Workbench& wb) {
    auto id = wb.create_case("FAM-007", "Zebedee Quartermaine");
    REQUIRE(id);
    auto s = wb.add_session(id.value(), "2026-11-02", "Practitioner Q", "Quartermaine kitchen talk");
    REQUIRE(s);
    wb.select_case(id.value());
    return id.value();
}

} // namespace

TEST_CASE("F11 enters presentation: twice the size, white on black, no menus; Esc leaves as it was") {
    PresentingShell f;
    const float everyday = f.wb->scale();
    CHECK_FALSE(f.wb->presenting());

    f.ui.press(kKeyF11);
    f.run(2);
    REQUIRE(f.wb->presenting());
    CHECK(f.wb->last_frame().presenting);
    CHECK(f.wb->scale() == doctest::Approx(2.0f));
    CHECK(f.wb->context().ui_scale == doctest::Approx(2.0f));
    CHECK(f.wb->context().palette.background == 0xFF000000u); // black, opaque
    CHECK(f.wb->context().palette.text == 0xFFFFFFFFu);
    CHECK(f.wb->wants_fullscreen());
    // No menu bar and no sidebar while presenting.
    const std::string shown = f.drawn_text();
    CHECK_FALSE(contains(shown, "File"));
    CHECK_FALSE(contains(shown, "All changes saved"));
    CHECK(contains(shown, "Leave (Esc)"));

    // Ctrl+= while presenting sizes the presentation, not everyday work.
    f.ui.press('=', true);
    f.run(1);
    CHECK(f.wb->scale() == doctest::Approx(2.1f));

    f.ui.press(ImGuiKey_Escape);
    f.run(2);
    CHECK_FALSE(f.wb->presenting());
    CHECK(f.wb->scale() == doctest::Approx(everyday));
    CHECK(f.wb->context().palette.background != 0xFF000000u);
    CHECK(contains(f.drawn_text(), "File"));

    // The presentation remembers its own size.
    f.wb->set_presenting(true);
    CHECK(f.wb->scale() == doctest::Approx(2.1f));
}

TEST_CASE("Presenting a real case hides its label, its notes and the text plugins mark as identifying") {
    PresentingShell f(false);
    add_real_case(*f.wb);
    f.run(2);

    // Not presenting: everything is there (so the checks below can fail).
    std::string shown = f.drawn_text();
    REQUIRE(contains(shown, "Zebedee Quartermaine"));
    REQUIRE(contains(shown, "Zebedee tale secret"));
    REQUIRE(contains(shown, "Quartermaine kitchen talk"));

    f.wb->set_presenting(true);
    f.run(2);
    shown = f.drawn_text();
    CHECK(contains(shown, "FAM-007")); // the pseudonymous code may show
    CHECK(contains(shown, "Fixed tale label"));
    CHECK_FALSE(contains(shown, "Zebedee"));
    CHECK_FALSE(contains(shown, "Quartermaine"));
    CHECK(contains(shown, kIdentifyingMask));

    // The session notes panel in front: its text is identifying too.
    f.wb->show_panel("session_notes.notes");
    f.run(3);
    shown = f.drawn_text();
    CHECK_FALSE(contains(shown, "Quartermaine"));
    CHECK_FALSE(contains(shown, "kitchen talk"));

    // The case picker lists cases without real labels.
    CHECK(f.wb->context().presenting);
    CHECK_FALSE(f.wb->context().current_case_is_demo);
}

TEST_CASE("Presenting a demo case shows it in full") {
    PresentingShell f(true);
    f.wb->set_presenting(true);
    f.run(2);
    REQUIRE(f.wb->context().current_case_is_demo);
    const std::string shown = f.drawn_text();
    CHECK(contains(shown, "Rivers family (fictional)"));
    CHECK(contains(shown, "fictional demo case"));
    CHECK(contains(shown, "Zebedee tale secret"));
    CHECK_FALSE(contains(shown, kIdentifyingMask));
}

TEST_CASE("Page Down and Page Up walk the front panel's story, only while presenting") {
    PresentingShell f;
    f.ui.press(ImGuiKey_PageDown);
    f.run(1);
    CHECK_FALSE(f.wb->story().has_value()); // not presenting: the keys do nothing

    f.wb->set_presenting(true);
    f.run(2);
    REQUIRE(f.wb->story().has_value());
    CHECK(f.wb->story()->step == 0);
    CHECK(f.wb->story()->count == 3);
    CHECK(contains(f.wb->last_frame().story_caption, "Step 1 of 3"));

    f.ui.press(ImGuiKey_PageDown);
    f.run(1);
    CHECK(f.wb->story()->step == 1);
    CHECK(contains(f.drawn_text(), "Tale chapter 2"));
    CHECK(contains(f.wb->last_frame().story_caption, "Chapter 2 of the tale"));

    for (int i = 0; i < 5; ++i) f.ui.press(ImGuiKey_PageDown); // clamps at the end
    f.run(1);
    CHECK(f.wb->story()->step == 2);
    f.ui.press(ImGuiKey_PageUp);
    f.run(1);
    CHECK(f.wb->story()->step == 1);

    // A panel without a story says so instead of stepping.
    f.wb->show_panel("session_notes.notes");
    f.run(3);
    CHECK_FALSE(f.wb->story().has_value());
    CHECK(f.wb->last_frame().story_caption.empty());
}

TEST_CASE("A caption wider than the screen wraps onto another line instead of running off the edge") {
    PresentingShell f;
    f.wb->set_presenting(true);
    f.run(2);
    for (int i = 0; i < 2; ++i) f.ui.press(ImGuiKey_PageDown);
    f.run(2);
    REQUIRE(f.wb->story().has_value());
    REQUIRE(f.wb->story()->step == 2);
    // Its last words are on screen, and so is the way out below it.
    const std::string shown = f.drawn_text();
    CHECK(contains(shown, "endsattheharbourwall"));
    CHECK(contains(shown, "Leave(Esc)"));
}

TEST_CASE("The demo library creates each family, resets it, and never touches a real case") {
    PresentingShell f(false);
    Store& store = *f.wb->store();

    for (const DemoFamily& family : demo_families()) {
        auto id = f.wb->put_demo_family(family.key);
        REQUIRE(id);
        const auto c = store.find_case(id.value());
        REQUIRE(c);
        CHECK(c->demo);
        CHECK(c->code == family.code);
        CHECK(contains(c->label, "fictional"));
        CHECK(store.sessions(id.value()).size() == family.sessions.size());
        for (const Session& s : store.sessions(id.value())) CHECK(contains(s.notes, "Fictional demo"));
        CHECK(f.wb->context().current_case == id.value()); // opened
        // Every plugin was told which family to fill in.
        CHECK(f.has_log_line(std::string("demo family: ") + family.key));
    }

    // A facilitator's changes to a demo case are undone by a reset.
    const auto harbour = store.find_case_by_code("DEMO-02");
    REQUIRE(harbour);
    REQUIRE(f.wb->add_session(harbour->id, "2026-11-20", "Trainee", "Typed during training"));
    CHECK(store.sessions(harbour->id).size() == 6);
    auto reset = f.wb->put_demo_family("harbour");
    REQUIRE(reset);
    CHECK(store.sessions(reset.value()).size() == 5);
    CHECK_FALSE(store.find_case(harbour->id)); // the old case went, with its sessions
    CHECK(store.cases(true).size() == 3);

    // A real case holding a demo code is left alone, and says why.
    PresentingShell g(false);
    auto real = g.wb->create_case("DEMO-03", "A real family");
    REQUIRE(real);
    auto refused = g.wb->put_demo_family("meadow");
    CHECK_FALSE(refused);
    CHECK(contains(refused.message(), "not a demo case"));
    const auto kept = g.wb->store()->find_case(real.value());
    REQUIRE(kept);
    CHECK(kept->label == "A real family");
    CHECK_FALSE(kept->demo);

    CHECK_FALSE(g.wb->put_demo_family("nobody"));
}

TEST_CASE("File > Demo cases opens the library, and its buttons make the family") {
    PresentingShell f(false);
    f.wb->request_demo_library();
    f.run(2);
    ImGuiWindow* dialog = HeadlessUi::window("Demo cases###demo_library");
    REQUIRE(dialog);
    CHECK(dialog->Active);
    const std::string shown = f.drawn_text();
    CHECK(contains(shown, "Harbour family (fictional)"));
    CHECK(contains(shown, "Meadow family (fictional)"));
    REQUIRE(f.ui.click(dialog->Name, {"harbour", "Create"}));
    f.run(2);
    const auto made = f.wb->store()->find_case_by_code("DEMO-02");
    REQUIRE(made);
    CHECK(made->demo);
    CHECK(contains(f.drawn_text(), "Reset to the original"));
}
