// core/app/window.cpp - the GLFW window loop around the Workbench.
//
// One loop serves both uses: interactive (until the window is closed or
// Ctrl+Q) and --screenshot (N frames, then the back buffer becomes a PNG).
// Screenshots use the real renderer so what is tested is what people see.
#include "window.h"

#include "screenshot.h"
#include "subcommands.h"
#include "ui/workbench.h"

#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <cstdio>
#include <cfloat>
#include <cstdlib>
#include <ctime>
#include <string>

namespace wb::app {

namespace {

std::string g_glfw_error; // the last GLFW error, for the failure message

void no_display_message(const std::string& program, const std::string& detail) {
    std::fprintf(stderr,
                 "workbench: no display was found, so the window cannot be opened%s%s.\n"
                 "To render the workbench without a screen, run it under a virtual display and\n"
                 "save a screenshot instead, for example:\n"
                 "  xvfb-run -a %s --screenshot shot.png\n",
                 detail.empty() ? "" : ": ", detail.c_str(), program.c_str());
}

bool have_display() {
    const char* x = std::getenv("DISPLAY");
    const char* w = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (w && *w);
}

// Everything GLFW/ImGui that must be torn down in reverse order.
struct WindowSystem {
    GLFWwindow* window = nullptr;
    bool imgui = false;
    ~WindowSystem() {
        if (imgui) {
            ImGui_ImplOpenGL3_Shutdown();
            ImGui_ImplGlfw_Shutdown();
            ImGui::DestroyContext();
        }
        if (window) glfwDestroyWindow(window);
        glfwTerminate();
    }
};

} // namespace

// Switches the window to fill its monitor and back, remembering where it
// was so leaving presentation mode puts it back.
struct Fullscreen {
    bool on = false;
    int x = 0, y = 0, w = 0, h = 0;
    void follow(GLFWwindow* window, bool want) {
        if (want == on) return;
        if (want) {
            GLFWmonitor* monitor = glfwGetPrimaryMonitor();
            const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
            if (!mode) return; // no monitor to fill: stay windowed
            glfwGetWindowPos(window, &x, &y);
            glfwGetWindowSize(window, &w, &h);
            glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
        } else {
            glfwSetWindowMonitor(window, nullptr, x, y, w, h, 0);
        }
        on = want;
    }
};

int run_window(const Options& options, const std::string& program) {
    const bool screenshot = !options.screenshot.empty();
    if (!have_display()) {
        no_display_message(program, "neither DISPLAY nor WAYLAND_DISPLAY is set");
        return kExitRuntime;
    }
    glfwSetErrorCallback([](int, const char* text) { g_glfw_error = text ? text : ""; });
    if (!glfwInit()) {
        no_display_message(program, g_glfw_error);
        return kExitRuntime;
    }
    WindowSystem sys;
    const int width = options.width ? options.width : (screenshot ? 1600 : 1440);
    const int height = options.height ? options.height : (screenshot ? 1000 : 900);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    sys.window = glfwCreateWindow(width, height, "Partnership Workbench", nullptr, nullptr);
    if (!sys.window) {
        no_display_message(program, "the window could not be created (" + g_glfw_error + ")");
        return kExitRuntime;
    }
    glfwMakeContextCurrent(sys.window);
    glfwSwapInterval(screenshot ? 0 : 1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    sys.imgui = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is ours; never write imgui.ini into the cwd
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(sys.window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    int code = kExitOk;
    {
        wb::core::WorkbenchOptions wo;
        wo.config_file = config_path();
        wo.store_path = options.store;
        wo.plugin_dirs = options.plugin_dirs;
        wo.safe_mode = options.safe_mode;
        wb::core::Workbench wb(wo);

        if (!wb.store()) {
            std::fprintf(stderr, "workbench: the store could not be opened: %s\n", wb.store_error().c_str());
            // The window still opens and explains; a screenshot run reports it.
            if (screenshot) code = kExitStoreProblem;
        }
        if (!options.demo.empty() && wb.store()) {
            if (auto made = wb.put_demo_family(options.demo); !made) {
                std::fprintf(stderr, "workbench: the demo case \"%s\" could not be made: %s\n", options.demo.c_str(),
                             made.message().c_str());
                return kExitUsage;
            }
        }
        if (!options.case_code.empty() && wb.store() && !wb.select_case_by_code(options.case_code)) {
            std::fprintf(stderr, "workbench: there is no case with the code \"%s\" in %s.\n",
                         options.case_code.c_str(), wb.store()->path().string().c_str());
            return kExitUsage;
        }
        if (!options.panel.empty()) {
            bool found = false;
            std::string available;
            for (const auto& p : wb.plugins().panels()) {
                found |= p.key() == options.panel;
                available += (available.empty() ? "" : ", ") + p.key();
            }
            if (!found) {
                std::fprintf(stderr, "workbench: the panel \"%s\" is not available (running panels: %s).\n",
                             options.panel.c_str(), available.empty() ? "none" : available.c_str());
                for (const auto& info : wb.plugins().plugins())
                    if (!info.reason.empty())
                        std::fprintf(stderr, "  plugin %s: %s\n", info.id.empty() ? info.path.string().c_str()
                                                                                 : info.id.c_str(),
                                     info.reason.c_str());
                return kExitPluginNotLoadable;
            }
            wb.show_panel(options.panel);
        }

        if (options.present && wb.store()) wb.set_presenting(true);
        int story_steps_left = options.story_steps;
        bool drawn_once = false;
        // Full screen follows presentation mode (F11), except in screenshot
        // runs, which keep their --size so pictures are reproducible.
        Fullscreen fullscreen;

        // bench/run sets this to time start-up to the first presented frame.
        const bool exit_after_first_frame = std::getenv("WB_EXIT_AFTER_FIRST_FRAME") != nullptr;
        bool device_ready = false;
        int frames = 0;
        std::string title;
        // Closing (the window's close button, Ctrl+Q, File > Quit) draws one
        // more frame first, in which the field being typed in is left and
        // saved; see Workbench::ready_to_close.
        while (!wb.ready_to_close(glfwWindowShouldClose(sys.window) != 0)) {
            // Interactive: sleep until input arrives (or a short tick, for
            // the text cursor and tooltips) instead of spinning the CPU.
            if (screenshot)
                glfwPollEvents();
            else
                glfwWaitEventsTimeout(1.0 / 30.0);
            if (wb.prepare_frame() && device_ready) {
                ImGui_ImplOpenGL3_DestroyFontsTexture();
                ImGui_ImplOpenGL3_CreateFontsTexture();
            }
            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            // A screenshot shows the workbench at rest: wherever the
            // (virtual) pointer happens to be, nothing is hovered.
            if (screenshot) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            ImGui::NewFrame();
            wb.draw_frame();
            ImGui::Render();
            // --story N: the panel has been drawn once, so its story knows the case.
            if (story_steps_left > 0 && drawn_once)
                for (; story_steps_left > 0; --story_steps_left) wb.step_story(+1);
            drawn_once = true;
            if (!screenshot) fullscreen.follow(sys.window, wb.wants_fullscreen());
            device_ready = true;

            int fw = 0, fh = 0;
            glfwGetFramebufferSize(sys.window, &fw, &fh);
            glViewport(0, 0, fw, fh);
            const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(wb.context().palette.background);
            glClearColor(bg.x, bg.y, bg.z, 1.0f);
            glClear(GL_COLOR_BUFFER_BIT);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

            if (const std::string t = wb.window_title(); t != title) {
                title = t;
                glfwSetWindowTitle(sys.window, title.c_str());
            }
            if (screenshot && ++frames >= options.frames) {
                if (auto s = save_back_buffer_png(options.screenshot, fw, fh); !s) {
                    std::fprintf(stderr, "workbench: %s\n", s.message().c_str());
                    return kExitRuntime;
                }
                // The panels in the picture: those drawn in the frame just saved.
                for (const auto& key : wb.last_frame().panels_drawn) std::printf("rendered panel: %s\n", key.c_str());
                std::printf("screenshot: %s (%dx%d)\n", options.screenshot.string().c_str(), fw, fh);
                break;
            }
            glfwSwapBuffers(sys.window);
            if (exit_after_first_frame) {
                glFinish();
                timespec ts{};
                clock_gettime(CLOCK_MONOTONIC, &ts);
                std::printf("first-frame-monotonic-ns: %lld\n", ts.tv_sec * 1000000000LL + ts.tv_nsec);
                std::fflush(stdout);
                break;
            }
        }
    }
    return code;
}

} // namespace wb::app
