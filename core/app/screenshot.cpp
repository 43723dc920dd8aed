// core/app/screenshot.cpp - glReadPixels -> flipped rows -> stb_image_write.
#include "screenshot.h"

#include <GL/gl.h>
#include <stb_image_write.h>

#include <cstring>
#include <vector>

namespace wb::app {

wb::core::Status save_back_buffer_png(const std::filesystem::path& file, int width, int height) {
    if (width <= 0 || height <= 0) return wb::core::Status::fail("The window has no pixels to save.");
    const size_t row = static_cast<size_t>(width) * 3;
    std::vector<unsigned char> pixels(row * static_cast<size_t>(height));
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    if (glGetError() != GL_NO_ERROR) return wb::core::Status::fail("Reading the window's pixels failed.");
    // OpenGL's first row is the bottom one; PNG's is the top.
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < height; ++y)
        std::memcpy(&flipped[static_cast<size_t>(y) * row], &pixels[static_cast<size_t>(height - 1 - y) * row], row);
    if (!stbi_write_png(file.c_str(), width, height, 3, flipped.data(), static_cast<int>(row)))
        return wb::core::Status::fail("Could not write " + file.string() + " (is the folder writable?).");
    return wb::core::Status::ok();
}

} // namespace wb::app
