// template_fuzzer.cpp - libFuzzer target for the worksheet template parser.
// Any input must come back from parse_template without a crash, a leak or
// undefined behaviour; and whatever parses must survive export and
// re-import unchanged (parse(to_json(t)) == t), or we abort so the fuzzer
// records the input. Built by fuzz/CMakeLists.txt with clang only; see
// docs/worksheet-templates.md for how to run it.
#include "ws_template_json.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const worksheets::ParseResult first = worksheets::parse_template(text);
    if (!first.ok()) {
        // A refusal must always say something.
        if (first.error.problem.empty()) std::abort();
        return 0;
    }
    const worksheets::ParseResult second = worksheets::parse_template(worksheets::to_json(*first.value));
    if (!second.ok()) {
        std::fprintf(stderr, "re-import failed: %s\n", second.error.message().c_str());
        std::abort();
    }
    if (!(*second.value == *first.value)) {
        std::fprintf(stderr, "round trip changed the template\n");
        std::abort();
    }
    return 0;
}
