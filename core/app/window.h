// core/app/window.h - the real window: GLFW + OpenGL 3 + the ImGui
// backends around a Workbench, and --screenshot (draw N frames, read the
// framebuffer back, write a PNG).
#pragma once

#include "command_line.h"

#include <string>

namespace wb::app {

// Runs the interactive window (or renders a screenshot). Returns an exit
// code. `program` is argv[0], used in the "no display" hint.
int run_window(const Options& options, const std::string& program);

} // namespace wb::app
