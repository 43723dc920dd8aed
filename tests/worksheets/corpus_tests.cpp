// corpus_tests.cpp - runs the template parser over every file in the
// fuzzer's seed corpus (fuzz/corpus/template/), so the corpus is exercised
// on every build with the normal compiler: each file either parses (and
// round-trips, the fuzzer's own property) or is refused with a message.
#include "ws_template_json.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace worksheets;

TEST_CASE("every seed corpus file parses and round-trips, or is refused with a message") {
    const std::filesystem::path dir = std::filesystem::path(WB_SOURCE_DIR) / "fuzz" / "corpus" / "template";
    REQUIRE(std::filesystem::is_directory(dir));
    int parsed = 0, refused = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (!entry.is_regular_file()) continue;
        INFO(entry.path().filename().string());
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const ParseResult r = parse_template(text.str());
        if (r.ok()) {
            ++parsed;
            const ParseResult again = parse_template(to_json(*r.value));
            REQUIRE_MESSAGE(again.ok(), again.error.message());
            CHECK(*again.value == *r.value);
        } else {
            ++refused;
            CHECK_FALSE(r.error.problem.empty());
            CHECK_FALSE(r.error.message().empty());
        }
    }
    // The corpus holds both kinds; if either is missing, it is not seeding well.
    CHECK(parsed >= 3);
    CHECK(refused >= 5);
}
