// tests/store/store_integrity_test.cpp - the background integrity check
// that large stores get instead of a check before open() returns.
//
// The size limit is a parameter of Store::open, so these tests force the
// background path with a limit of 0 bytes on small files.
#include "store_test_util.h"

#include <doctest/doctest.h>

using namespace wb::test;
using wb::core::OpenMode;
using wb::core::Status;
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
    CHECK(store.wait_for_integrity().is_ok());
    CHECK(store.integrity() == Store::Integrity::Ok); // the verdict is in: no polling needed
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

TEST_CASE("wait_for_integrity blocks until the background check's verdict") {
    TempDir dir;
    auto p = make_store(dir, 120);
    corrupt_middle_page(p);
    auto opened = Store::open(p, OpenMode::MustExist, 0);
    REQUIRE(opened.is_ok());
    Store& store = *opened.value();
    const Status verdict = store.wait_for_integrity();
    CHECK_FALSE(verdict.is_ok());
    CHECK(verdict.message().find("integrity check") != std::string::npos);
    // Right after it returns, the non-blocking view agrees (nothing written yet).
    CHECK(store.integrity() == Store::Integrity::Failed);
    CHECK(store.integrity_failure() == verdict.message());
    // Asking again gives the same answer at once.
    CHECK_FALSE(store.wait_for_integrity().is_ok());

    // A store checked before open() returned has nothing to wait for.
    auto in_memory = Store::open_in_memory();
    CHECK(in_memory->wait_for_integrity().is_ok());
}
