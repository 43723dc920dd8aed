// bench/bench_worksheets.cpp - figures for the worksheets plugin (not a
// test).
//
// bench_worksheets() builds a store with one case holding one worksheet
// filled against an invented 60-field user template (six parts of ten
// questions: lines, several-line texts, single and multiple choices,
// 0-10 scales, checklists, dates and a framework figure with notes beside
// it), and a small case with no worksheet to compare with. It opens the
// store in the real Workbench with the built plugins and prints:
//   - the export of that worksheet as an A4 PDF through the host's
//     run_export (the cairo backend, the file written and renamed), with
//     its page count (about ten pages), median and p99 over 30 exports
//     (budget < 200 ms);
//   - the CPU time per frame with the "Worksheets" (filling) panel in
//     front on that worksheet (budget p99 < 1 ms for the panel);
//   - the same with the "Templates" panel in front and the same template
//     open in its editor (budget p99 < 1 ms for the panel).
// Frames are measured headless, as for the other panels. Every figure is
// printed; none is asserted. bench_main.cpp calls it.
#include "bench_util.h"

#include "ws_store.h"
#include "ws_template_edit.h"

#include <imgui_internal.h>

#include <cstdio>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace ws = worksheets;
using wb::bench::now_ms;
using wb::bench::percentile;

constexpr const char* kNotBuilt = "(is worksheets.so built?)";
constexpr const char* kSlug = "bench_sixty";
constexpr int kSections = 6, kFieldsPerSection = 10;

// The invented 60-field template: the same ten kinds of question in every
// part, one of them a framework figure in the third part.
ws::Template sixty_field_template() {
    ws::Template t = ws::new_template({});
    t.id = kSlug;
    t.title = "Synthetic benchmark review (60 questions)";
    t.purpose = "An invented worksheet for the benchmark: every kind of question, ten to a part, filled in.";
    t.sections.clear();
    constexpr ws::FieldType kinds[kFieldsPerSection] = {
        ws::FieldType::Text,  ws::FieldType::Line,      ws::FieldType::Choice, ws::FieldType::Scale,
        ws::FieldType::Multi, ws::FieldType::Text,      ws::FieldType::Checklist, ws::FieldType::Date,
        ws::FieldType::Line,  ws::FieldType::Text};
    for (int s = 0; s < kSections; ++s) {
        ws::add_section(t);
        ws::Section& sec = t.sections.back();
        sec.title = "Part " + std::to_string(s + 1) + " of the synthetic review";
        sec.intro = s % 2 ? "" : "Invented questions for the benchmark; the answers are invented too.";
        sec.fields.clear();
        for (int k = 0; k < kFieldsPerSection; ++k) {
            const bool figure = s == 2 && k == 9;
            ws::add_field(t, static_cast<std::size_t>(s), figure ? ws::FieldType::Figure : kinds[k]);
            ws::Field& f = t.sections.back().fields.back();
            f.label = "Question " + std::to_string(s * kFieldsPerSection + k + 1) + ": what did you notice this time?";
            f.help = k % 3 == 0 ? "A hint under the question, as the built-in templates give." : "";
            f.required = k % 4 == 0;
            switch (f.type) {
            case ws::FieldType::Choice: f.options = {"Not yet", "Sometimes", "Mostly", "Always"}; break;
            case ws::FieldType::Multi: f.options = {"Parent", "Child", "Partner", "Grandparent", "Nursery"}; break;
            case ws::FieldType::Checklist: f.items = {"Agreed the aim", "Checked how it went", "Planned the next step"}; break;
            case ws::FieldType::Scale:
                f.low_label = "not at all";
                f.high_label = "completely";
                break;
            case ws::FieldType::Figure:
                f.figure = ws::Figure::Spiral;
                f.notes = {{"where", "Where are we on the spiral?"},
                           {"step", "Which kind of step comes next?"},
                           {"core", "What holds the core together?"}};
                break;
            default: break;
            }
        }
    }
    return t;
}

// Invented answers to every question of `t`: texts of realistic length
// (a few sentences each), every choice made, the figure's notes written.
ws::Answers sixty_field_answers(const ws::Template& t, int version) {
    std::mt19937 rng(11);
    ws::Answers a{t.id, version, {}, {}};
    int n = 0;
    for (const ws::Section& s : t.sections)
        for (const ws::Field& f : s.fields) {
            ++n;
            switch (f.type) {
            case ws::FieldType::Text: (void)a.set(f, wb::bench::sentence_text(rng, 60 + (n * 7) % 40)); break;
            case ws::FieldType::Line: (void)a.set(f, wb::bench::sentence_text(rng, 8)); break;
            case ws::FieldType::Date: (void)a.set(f, std::string("2026-02-") + (n % 2 ? "03" : "17")); break;
            case ws::FieldType::Choice: (void)a.set(f, n % 4); break;
            case ws::FieldType::Scale: (void)a.set(f, n % 11); break;
            case ws::FieldType::Multi: (void)a.set(f, std::set<int>{0, 2, n % 5}); break;
            case ws::FieldType::Checklist: (void)a.set(f, std::set<int>{0, n % 3}); break;
            case ws::FieldType::Figure: {
                ws::NoteTexts notes;
                for (const ws::FigureNote& note : f.notes) notes[note.id] = wb::bench::sentence_text(rng, 25);
                (void)a.set(f, notes);
                break;
            }
            }
        }
    return a;
}

// The plugin's host handle in the running Workbench, as the plugin's own
// code gets it: the benchmark stores the template and the worksheet with it.
std::optional<wb::Host> plugin_host(wb::bench::PanelBench& bench) {
    wb_host* handle = bench.workbench().plugins().handle_of("worksheets");
    if (!handle) return std::nullopt;
    return wb::Host(wb::core::host_api(), handle);
}

// Stores the template and the filled worksheet on case `case_id`; the
// worksheet's id, or 0 (with a message on stderr).
int64_t add_filled_sheet(const wb::Host& host, int64_t case_id) {
    try {
        ws::WorksheetStore store(host);
        int version = 0;
        const ws::Template t = sixty_field_template();
        const ws::Outcome saved = store.save_template(t, &version);
        const ws::Outcome started = saved ? store.start(case_id, std::nullopt, kSlug, ws::Source::User) : saved;
        const ws::Outcome filled =
            started ? store.save_answers(started.id, sixty_field_answers(t, version)) : started;
        if (!filled) {
            std::fprintf(stderr, "bench worksheets: %s\n", filled.error.c_str());
            return 0;
        }
        return started.id;
    } catch (const wb::Error& e) {
        std::fprintf(stderr, "bench worksheets: %s\n", e.what());
        return 0;
    }
}

// The A4 export of the worksheet through the host, 30 times after two
// untimed warm-ups: wall clock (what the user waits, file written) and
// this thread's CPU time.
bool bench_export(wb::bench::PanelBench& bench, const fs::path& dir, int64_t case_id, int64_t sheet_id) {
    wb::core::ExportOptions opt;
    opt.format = WB_FORMAT_PDF;
    opt.case_id = case_id;
    opt.item_id = sheet_id;
    opt.date = "2026-03-01";
    const fs::path out = dir / "sheet.pdf";
    constexpr int kRuns = 30;
    std::vector<double> wall, cpu;
    int pages = 0;
    for (int i = -2; i < kRuns; ++i) {
        const double w0 = now_ms(), c0 = wb::bench::thread_cpu_ms();
        const wb::core::Status st = bench.workbench().plugins().run_export("worksheets", "sheet", opt, out, &pages);
        const double c1 = wb::bench::thread_cpu_ms(), w1 = now_ms();
        if (!st) {
            std::fprintf(stderr, "bench worksheets: the export failed: %s\n", st.message().c_str());
            return false;
        }
        if (i < 0) continue;
        wall.push_back(w1 - w0);
        cpu.push_back(c1 - c0);
    }
    std::printf("worksheets export, the 60-field worksheet as an A4 PDF through run_export (%d pages, %.0f KB; %d "
                "exports): median %.3f ms, p99 %.3f ms (thread CPU median %.3f ms, p99 %.3f ms) (budget < 200 ms)\n",
                pages, static_cast<double>(fs::file_size(out)) / 1024.0, kRuns, percentile(wall, 0.5),
                percentile(wall, 0.99), percentile(cpu, 0.5), percentile(cpu, 0.99));
    return true;
}

// The child window `child` of the panel `panel` (ImGui names it
// "<parent>/<child>_<id>"), or nullptr.
ImGuiWindow* panel_child(const char* panel, const char* child) {
    const std::string in = std::string("panel:") + panel, name = std::string("/") + child + "_";
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        const std::string n = w->Name;
        if (n.find(in) != std::string::npos && n.rfind(name) != std::string::npos && n.rfind(name) > n.find(in))
            return w;
    }
    return nullptr;
}

// The screen rectangle of the widget at ID `path` in `win`, scrolled into
// view, as headless_ui.h finds widgets: made the navigation target, ImGui
// records where it is on the next frame.
std::optional<ImRect> find_widget(wb::bench::PanelBench& bench, ImGuiWindow* win, std::initializer_list<const char*> path) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID id = wb::test::HeadlessUi::id_in(win, path);
    for (int attempt = 0; attempt < 2; ++attempt) {
        ImGui::SetFocusID(id, win);
        g.NavDisableHighlight = true;
        bench.frame();
        if (g.NavId != id || !g.NavIdIsAlive) return std::nullopt;
        const ImRect r = ImGui::WindowRectRelToAbs(win, win->NavRectRel[0]);
        if (win->InnerClipRect.Contains(r)) return r;
        ImGui::SetScrollY(win, win->Scroll.y + r.GetCenter().y - win->InnerClipRect.GetCenter().y);
        bench.frame();
    }
    return std::nullopt;
}

// Puts the filling panel in front on case `case_id` with its worksheet
// open, and scrolls the form so the figure and its notes are on screen
// (the first note's box in the middle); false if it is not there.
bool scroll_to_figure(wb::bench::PanelBench& bench, int64_t case_id) {
    bench.workbench().select_case(case_id);
    bench.workbench().show_panel("worksheets.sheets");
    for (int i = 0; i < 5; ++i) bench.frame();
    const ws::Template t = sixty_field_template();
    const ws::Field* figure = nullptr;
    for (const ws::Section& s : t.sections)
        for (const ws::Field& f : s.fields)
            if (f.type == ws::FieldType::Figure) figure = &f;
    ImGuiWindow* form = panel_child("worksheets.sheets", "form");
    if (!figure || !form) return false;
    const std::string box = "##box_" + figure->id + "/" + figure->notes.front().id;
    return find_widget(bench, form, {figure->id.c_str(), figure->notes.front().id.c_str(), box.c_str()}).has_value();
}

// Opens the 60-field template in the "Templates" panel's editor by
// clicking its "Edit" button, as a user would; false if that failed.
bool open_in_editor(wb::bench::PanelBench& bench) {
    bench.workbench().show_panel("worksheets.templates");
    for (int i = 0; i < 5; ++i) bench.frame();
    ImGuiWindow* list = panel_child("worksheets.templates", "templates");
    const std::string entry = std::string("user_") + kSlug;
    const auto edit = list ? find_widget(bench, list, {entry.c_str(), "Edit"}) : std::nullopt;
    if (!edit) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = edit->GetCenter();
    bench.frame();
    io.MouseDown[0] = true;
    bench.frame();
    io.MouseDown[0] = false;
    bench.frame();
    // Only the editor has a "Save" button.
    ImGuiWindow* editor = panel_child("worksheets.templates", "editor");
    return editor && find_widget(bench, editor, {"Save"}).has_value();
}

} // namespace

// Prints the worksheets plugin's figures. `plugins_dir` holds the built
// worksheets.so (empty: the default search path); `frames` frames are
// timed per panel. Returns false (with a message on stderr) if it could
// not run.
bool bench_worksheets(const fs::path& plugins_dir, int frames) {
    wb::bench::PanelStore store("worksheets", plugins_dir, "BENCH-SHEETS", "Synthetic family (a 60-field worksheet)");
    if (!store.ok) return false;
    wb::bench::PanelBench bench(store.file, plugins_dir);
    const auto host = plugin_host(bench);
    if (!host) {
        std::fprintf(stderr, "bench worksheets: the plugin is not running %s\n", kNotBuilt);
        return false;
    }
    const int64_t sheet = add_filled_sheet(*host, store.big);
    if (sheet == 0) return false;
    // The plugin hears of the new rows as after any change elsewhere.
    bench.workbench().plugins().broadcast(wb_event{sizeof(wb_event), WB_EVENT_DATA_CHANGED, 0, 0, nullptr});

    if (!bench_export(bench, store.dir, store.big, sheet)) return false;

    // The form scrolled to the figure (the most drawing on screen), the
    // mouse over it, so hovering runs too. The small case has no worksheet:
    // its panel shows the short "no worksheets yet" page.
    if (!scroll_to_figure(bench, store.big)) {
        std::fprintf(stderr, "bench worksheets: the worksheet's figure is not in the form\n");
        return false;
    }
    bench.print_frame_figures("worksheets filling panel, a 60-field worksheet filled, scrolled to its figure", "worksheets.sheets", store.big,
                              store.small, ImVec2(1000, 500), frames);

    if (!open_in_editor(bench)) {
        std::fprintf(stderr, "bench worksheets: could not open the 60-field template in the editor\n");
        return false;
    }
    // The editor looks the same on every case: the shell is measured with
    // the filling panel (empty on the small case) in front.
    bench.print_frame_figures("worksheets template editor, the 60-field template open", "worksheets.templates",
                              store.big, store.small, ImVec2(1000, 500), frames, "worksheets.sheets");
    return true;
}
