// action_tests.cpp - the spiral mapper's "spiral_mapper.add_step" action as
// another plugin uses it: a request adds exactly one step, as one undo step
// of the spiral's own; a request the form would refuse (no description, a
// future date, an unknown kind, a case that does not exist) is refused
// with a reason and writes nothing.
#include "spiral_actions.h"
#include "spiral_fixture.h"

#include <doctest/doctest.h>

#include <string>

using namespace spiral_mapper;
using spiral_test::SpiralFixture;

namespace {

// A plugin with nothing of its own: it only asks.
class Asker : public wb::Plugin {
public:
    explicit Asker(wb::Host host) : Plugin(host) {}
    static std::span<const wb_migration> migrations() { return {}; }
};

struct ActionFixture : SpiralFixture {
    wb::Host asker;
    ActionFixture()
        : asker(wb::core::host_api(),
                wb::test::load_in_process(plugins, wb::detail::describe<Asker>("asker", "Asker", "1.0", ""))) {}

    // Returns the new step's id, or the refusal's message.
    std::variant<int64_t, std::string> ask(int64_t case_id, wb::ActionFields fields, int64_t session = 0) {
        try {
            return asker.request_action(kAddStepAction, kAddStepVersion, case_id, session, fields);
        } catch (const wb::Error& e) {
            return std::string(e.what());
        }
    }
};

bool has(const std::variant<int64_t, std::string>& r, const std::string& text) {
    const auto* why = std::get_if<std::string>(&r);
    return why && why->find(text) != std::string::npos;
}

} // namespace

TEST_CASE("another plugin adds one 'repair after rupture' step; undo takes exactly that step away") {
    ActionFixture f;
    REQUIRE(static_cast<bool>(f.model.add(spiral_test::step(f.case_a, "2024-01-05", "First visit"))));
    CHECK(f.asker.action_version(kAddStepAction) == kAddStepVersion);

    auto added = f.ask(f.case_a, {{"date", "2024-02-14"},
                                  {"kind", "repair"},
                                  {"description", "  Talked through the missed visit  "},
                                  {"help", "strengthened"},
                                  {"expansion", "some"}},
                       f.a2);
    REQUIRE(std::holds_alternative<int64_t>(added));

    const std::vector<Step> steps = f.model.load(f.case_a);
    REQUIRE(steps.size() == 2);
    const Step& s = steps[1];
    CHECK(s.id == std::get<int64_t>(added));
    CHECK(s.kind == Kind::Repair);
    CHECK(s.date == "2024-02-14");
    CHECK(s.session_id == f.a2);
    CHECK(s.description == "Talked through the missed visit");
    CHECK(s.effects[Help] == Effect::Strengthened);
    CHECK(s.effects[Challenge] == Effect::Unchanged);
    CHECK(s.expansion == Expansion::Some);

    CHECK(f.store->undo_label() == "Add spiral step");
    REQUIRE(f.store->undo().is_ok());
    CHECK(f.model.load(f.case_a).size() == 1);
}

TEST_CASE("a request the form would refuse is refused with the reason, and nothing is written") {
    ActionFixture f;
    const wb::ActionFields good{{"date", "2024-02-14"}, {"kind", "repair"}, {"description", "Repair"}};
    auto without = [&](const char* key) {
        wb::ActionFields out;
        for (const auto& kv : good)
            if (kv.first != key) out.push_back(kv);
        return out;
    };
    auto with = [&](const char* key, const char* value) {
        wb::ActionFields out = without(key);
        out.emplace_back(key, value);
        return out;
    };

    CHECK(has(f.ask(f.case_a, without("date")), "no 'date' field"));
    CHECK(has(f.ask(f.case_a, without("kind")), "no 'kind' field"));
    CHECK(has(f.ask(f.case_a, with("kind", "rupture")), "'rupture' is not a kind of step"));
    CHECK(has(f.ask(f.case_a, with("description", "   ")), "spiral_mapper could not do"));
    CHECK(has(f.ask(f.case_a, with("date", "2999-01-01")), "spiral_mapper could not do"));
    CHECK(has(f.ask(f.case_a, with("help", "better")), "'better' is not an effect on help"));
    CHECK(has(f.ask(f.case_a, with("expansion", "lots")), "'lots' is not an expansion"));
    CHECK(has(f.ask(0, good), "names no case"));
    CHECK(has(f.ask(987654, good), "there is no case 987654"));
    CHECK(has(f.ask(f.case_a, good, f.b1), "no longer part of this case"));
    CHECK(f.model.load(f.case_a).empty());
    CHECK(f.store->undo_label() != "Add spiral step");

    // And the good request itself goes through.
    CHECK(std::holds_alternative<int64_t>(f.ask(f.case_a, good)));
}

TEST_CASE("step_from_request reads words, not numbers, for kinds, effects and expansion") {
    const wb_field fields[] = {{"date", "2024-03-01"}, {"kind", "value_themselves"}, {"description", "d"},
                               {"challenge", "strained"}, {"possibility", "unchanged"}, {"expansion", "much"},
                               {"theme", " school "}};
    wb_action_request r{};
    r.struct_size = sizeof r;
    r.action = kAddStepAction;
    r.version = 1;
    r.case_id = 7;
    r.fields = fields;
    r.field_count = 7;
    r.requester = "test";
    auto read = step_from_request(wb::ActionRequest(r));
    REQUIRE(std::holds_alternative<Step>(read));
    const Step& s = std::get<Step>(read);
    CHECK(s.case_id == 7);
    CHECK_FALSE(s.session_id.has_value());
    CHECK(s.kind == Kind::ValueThemselves);
    CHECK(s.effects[Challenge] == Effect::Strained);
    CHECK(s.effects[Possibility] == Effect::Unchanged);
    CHECK(s.expansion == Expansion::Much);
    CHECK(s.theme == "school");
}
