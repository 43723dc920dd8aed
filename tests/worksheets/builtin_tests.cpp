// builtin_tests.cpp - the templates we ship (compiled in from
// assets/worksheets/): every one parses and round-trips, the file name is
// the template id, and each of the five topics exists for both audiences.
#include "ws_builtin.h"
#include "ws_template_json.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>

using namespace worksheets;

TEST_CASE("every built-in template parses, round-trips and is named after its id") {
    REQUIRE(builtin_templates().size() == 10);
    std::set<std::string> ids;
    for (const BuiltinTemplate& b : builtin_templates()) {
        INFO(std::string(b.id));
        const ParseResult r = parse_template(b.json);
        REQUIRE_MESSAGE(r.ok(), r.error.message());
        CHECK(r.value->id == b.id);
        CHECK(r.value->schema == kSchemaVersion);
        CHECK_FALSE(r.value->topic.empty());
        CHECK(ids.insert(std::string(b.id)).second);
        const ParseResult again = parse_template(to_json(*r.value));
        REQUIRE(again.ok());
        CHECK(*again.value == *r.value);
    }
}

TEST_CASE("the embedded text is the file in assets/worksheets, byte for byte") {
    const std::filesystem::path dir = std::filesystem::path(WB_SOURCE_DIR) / "assets" / "worksheets";
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".json") continue;
        ++files;
        const std::string id = entry.path().stem().string();
        const BuiltinTemplate* found = nullptr;
        for (const BuiltinTemplate& b : builtin_templates())
            if (b.id == id) found = &b;
        REQUIRE_MESSAGE(found, id);
        std::string text(std::filesystem::file_size(entry.path()), '\0');
        FILE* f = std::fopen(entry.path().c_str(), "rb");
        REQUIRE(f);
        CHECK(std::fread(text.data(), 1, text.size(), f) == text.size());
        std::fclose(f);
        CHECK(found->json == text);
    }
    CHECK(files == static_cast<int>(builtin_templates().size()));
}

TEST_CASE("each of the five topics has a practitioner and a family version") {
    std::map<std::string, std::set<Audience>> audiences;
    std::map<std::pair<std::string, Audience>, int> fields;
    for (const BuiltinTemplate& b : builtin_templates()) {
        const ParseResult r = parse_template(b.json);
        REQUIRE(r.ok());
        audiences[r.value->topic].insert(r.value->audience);
        fields[{r.value->topic, r.value->audience}] = r.value->field_count();
    }
    const std::set<std::string> topics = {"ingredients", "partnership_spiral", "partnership_activities",
                                          "parents_learning", "reflective_supervision"};
    CHECK(audiences.size() == topics.size());
    for (const std::string& topic : topics) {
        INFO(topic);
        CHECK(audiences[topic] == std::set<Audience>{Audience::Practitioner, Audience::Family});
        // The family version is the simpler one.
        CHECK(fields[{topic, Audience::Family}] < fields[{topic, Audience::Practitioner}]);
    }
}

TEST_CASE("framework worksheets show their framework's figure") {
    const std::map<std::string, Figure> expected = {{"ingredients", Figure::Ingredients},
                                                    {"partnership_spiral", Figure::Spiral},
                                                    {"partnership_activities", Figure::Activities},
                                                    {"parents_learning", Figure::LearningDomains}};
    for (const BuiltinTemplate& b : builtin_templates()) {
        const ParseResult r = parse_template(b.json);
        REQUIRE(r.ok());
        auto it = expected.find(r.value->topic);
        if (it == expected.end()) continue;
        int figures = 0;
        for (const Section& s : r.value->sections)
            for (const Field& f : s.fields)
                if (f.type == FieldType::Figure) {
                    ++figures;
                    CHECK(f.figure == it->second);
                }
        CHECK_MESSAGE(figures == 1, std::string(b.id));
    }
}

TEST_CASE("every built-in template asks for at least one required answer") {
    // Otherwise a blank worksheet would count as complete.
    for (const BuiltinTemplate& b : builtin_templates()) {
        const ParseResult r = parse_template(b.json);
        REQUIRE(r.ok());
        int required = 0;
        for (const Section& s : r.value->sections)
            for (const Field& f : s.fields) required += f.required;
        CHECK_MESSAGE(required > 0, std::string(b.id));
    }
}
