// tests/support/temp_dir.h - a fresh folder under the system temp dir for
// one test, removed with everything in it at the end of the scope.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace wb::test {

struct TempDir {
    std::filesystem::path path;

    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "wb-test-XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
        path = tmpl;
    }
    ~TempDir() {
        // A test may have made the folder read-only: make it removable again.
        std::error_code ec;
        std::filesystem::permissions(path, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::filesystem::path operator/(const char* name) const { return path / name; }
    std::filesystem::path operator/(const std::string& name) const { return path / name; }
};

} // namespace wb::test
