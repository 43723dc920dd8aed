// core/app/screenshot.h - saves the current OpenGL back buffer as a PNG.
#pragma once

#include "util/status.h"

#include <filesystem>

namespace wb::app {

// Reads `width` x `height` pixels from the back buffer (call after
// rendering, before swapping) and writes them, top row first, as RGB PNG.
wb::core::Status save_back_buffer_png(const std::filesystem::path& file, int width, int height);

} // namespace wb::app
