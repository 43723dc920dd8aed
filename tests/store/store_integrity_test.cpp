// tests/store/store_integrity_test.cpp - the background integrity check
// that large stores get instead of a check before open() returns.
//
// The size limit is a parameter of Store::open, so these tests force the
// background path with a limit of 0 bytes on small files.
#include "store_test_util.h"

#include <doctest/doctest.h>

#include <chrono>
#include <thread>

using namespace wb::test;
using wb::core::OpenMode;
using wb::core::Store;

namespace {

// Corrupts one b-tree page in the middle of the file, as the bad-file test does.
std::string corrupt_middle_page(const fs::path& p) {
    std::string bytes = read_bytes(p);
    const size_t page = 4096, pages = bytes.size() / page;
    REQUIRE(pages > 6);
    for (size_t i = 0; i < page; ++i) bytes[(pages / 2) * page + i] = static_cast<char>(0xA5 ^ (i * 7));
    write_bytes(p, bytes);
    return bytes;
}

Store::Integrity settle(Store& store) {
    for (int i = 0; i < 500 && store.integrity() == Store::Integrity::Checking; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return store.integrity();
}

} // namespace

TEST_CASE("a small store is checked before open returns, a large one in the background") {
    TempDir dir;
    auto p = make_store(dir, 120);
    auto before = Store::open(p, OpenMode::MustExist);
    REQUIRE(before.is_ok());
    CHECK(before.value()->integrity() == Store::Integrity::Ok);
    before.value().reset();

    auto background = Store::open(p, OpenMode::MustExist, 0);
    REQUIRE(background.is_ok());
    Store& store = *background.value();
    CHECK(settle(store) == Store::Integrity::Ok);
    CHECK(store.create_case("BG-1", "After the check").is_ok());
}

TEST_CASE("a large corrupt store opens, but refuses every write and reports the check") {
    TempDir dir;
    auto p = make_store(dir, 120);
    const std::string bytes = corrupt_middle_page(p);

    // Checked up front it is refused outright (the bad-file test covers it).
    CHECK_FALSE(Store::open(p, OpenMode::MustExist).is_ok());

    auto opened = Store::open(p, OpenMode::MustExist, 0);
    REQUIRE(opened.is_ok());
    Store& store = *opened.value();
    // A write waits for the verdict, so it is refused even while checking.
    auto created = store.create_case("NEVER", "Must not be written");
    CHECK_FALSE(created.is_ok());
    CHECK(created.message().find("integrity check") != std::string::npos);
    CHECK(store.integrity() == Store::Integrity::Failed);
    CHECK(store.integrity_failure().find("integrity check") != std::string::npos);
    CHECK_FALSE(store.undo().is_ok());
    opened.value().reset();
    CHECK(read_bytes(p) == bytes);
}
