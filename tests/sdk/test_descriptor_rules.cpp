// tests/sdk/test_descriptor_rules.cpp - the SDK's acceptance table for
// plugin descriptors (size and version rules), checked as a pure function,
// including hosts newer than this one.
#include "plugins/descriptor_check.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

using namespace wb::core;

namespace {

wb_instance* create(const wb_host_api*, wb_host*, char*, uint32_t) { return nullptr; }
void destroy(wb_instance*) {}

wb_plugin_descriptor valid() {
    return wb_plugin_descriptor{sizeof(wb_plugin_descriptor), WB_ABI_MAJOR, WB_ABI_MINOR, IMGUI_VERSION_NUM,
                                "my_plugin", "Mine", "1.0", "", nullptr, 0, &create, &destroy, nullptr};
}

bool has(const Status& s, const std::string& text) { return s.message().find(text) != std::string::npos; }

} // namespace

TEST_CASE("a descriptor built against this SDK is accepted") {
    auto d = valid();
    Status s = check_descriptor(&d, HostAbi::current());
    CHECK_MESSAGE(s.is_ok(), s.message());
}

TEST_CASE("the 1.0 size is the struct truncated after its last 1.0 field") {
    CHECK(kDescriptorSize_1_0 == offsetof(wb_plugin_descriptor, on_event) + sizeof(void*));
    CHECK(kDescriptorSize_1_0 <= sizeof(wb_plugin_descriptor));
    CHECK(kDescriptorHeaderSize == 8);
}

TEST_CASE("descriptor size rules") {
    HostAbi host = HostAbi::current();
    auto d = valid();

    SUBCASE("smaller than 1.0 is refused, naming both sizes") {
        d.struct_size = kDescriptorSize_1_0 - sizeof(void*);
        Status s = check_descriptor(&d, host);
        CHECK_FALSE(s.is_ok());
        CHECK(has(s, std::to_string(d.struct_size)));
        CHECK(has(s, std::to_string(kDescriptorSize_1_0)));
    }
    SUBCASE("too small to even hold the header") {
        d.struct_size = 4;
        CHECK(has(check_descriptor(&d, host), "too small"));
    }
    SUBCASE("larger than the host knows is refused as unknown") {
        d.struct_size = sizeof(wb_plugin_descriptor) + 8;
        Status s = check_descriptor(&d, host);
        CHECK_FALSE(s.is_ok());
        CHECK(has(s, "unknown, newer descriptor"));
        CHECK(has(s, std::to_string(sizeof(wb_plugin_descriptor))));
    }
    SUBCASE("an older, smaller (1.0-sized) descriptor is accepted by a newer host") {
        // A 1.2 host whose descriptor grew by two fields.
        HostAbi newer = host;
        newer.minor = 2;
        newer.descriptor_size = sizeof(wb_plugin_descriptor) + 16;
        d.struct_size = kDescriptorSize_1_0;
        d.abi_minor = 0;
        CHECK(check_descriptor(&d, newer).is_ok());
    }
    SUBCASE("the exact 1.0 size is accepted by this host") {
        d.struct_size = kDescriptorSize_1_0;
        CHECK(check_descriptor(&d, host).is_ok());
    }
}

TEST_CASE("ABI version rules") {
    HostAbi host = HostAbi::current();
    auto d = valid();
    SUBCASE("another major is refused, naming both versions") {
        d.abi_major = WB_ABI_MAJOR + 1;
        Status s = check_descriptor(&d, host);
        CHECK_FALSE(s.is_ok());
        CHECK(has(s, std::to_string(WB_ABI_MAJOR + 1) + "." + std::to_string(WB_ABI_MINOR)));
        CHECK(has(s, std::to_string(WB_ABI_MAJOR) + "." + std::to_string(WB_ABI_MINOR)));
        CHECK(has(s, "major"));
    }
    SUBCASE("an older major is refused too") {
        d.abi_major = 0;
        CHECK_FALSE(check_descriptor(&d, host).is_ok());
    }
    SUBCASE("a newer minor is refused, naming both versions") {
        d.abi_minor = WB_ABI_MINOR + 1;
        Status s = check_descriptor(&d, host);
        CHECK_FALSE(s.is_ok());
        CHECK(has(s, "1." + std::to_string(WB_ABI_MINOR + 1)));
        CHECK(has(s, "1." + std::to_string(WB_ABI_MINOR)));
    }
    SUBCASE("an older minor is accepted by a newer host") {
        HostAbi newer = host;
        newer.minor = WB_ABI_MINOR + 3;
        CHECK(check_descriptor(&d, newer).is_ok());
    }
    SUBCASE("a 1.1 plugin with a 1.1-sized descriptor loads in a 1.1 host but not in 1.0") {
        HostAbi v11 = host;
        v11.minor = 1;
        v11.descriptor_size = sizeof(wb_plugin_descriptor) + 8;
        d.abi_minor = 1;
        d.struct_size = v11.descriptor_size;
        CHECK(check_descriptor(&d, v11).is_ok());
        HostAbi v10 = host;
        v10.minor = 0;
        CHECK(has(check_descriptor(&d, v10), "newer than this host"));
    }
}

TEST_CASE("ImGui version must match exactly") {
    auto d = valid();
    d.imgui_version = IMGUI_VERSION_NUM - 100;
    Status s = check_descriptor(&d, HostAbi::current());
    CHECK_FALSE(s.is_ok());
    CHECK(has(s, std::to_string(IMGUI_VERSION_NUM - 100)));
    CHECK(has(s, std::to_string(IMGUI_VERSION_NUM)));
}

TEST_CASE("plugin id rules") {
    CHECK(is_valid_plugin_id("session_notes"));
    CHECK(is_valid_plugin_id("a1"));
    CHECK_FALSE(is_valid_plugin_id(""));
    CHECK_FALSE(is_valid_plugin_id("Notes"));
    CHECK_FALSE(is_valid_plugin_id("my-plugin"));
    CHECK_FALSE(is_valid_plugin_id("a__b")); // would own part of "a"'s namespace
    CHECK_FALSE(is_valid_plugin_id("a_"));   // "a_" tables "a___x" fall under "a__*"
    CHECK_FALSE(is_valid_plugin_id("wb"));
    CHECK_FALSE(is_valid_plugin_id("wb_core"));
    CHECK_FALSE(is_valid_plugin_id("sqlite_x"));
    CHECK_FALSE(is_valid_plugin_id(std::string(65, 'a')));

    auto d = valid();
    d.id = "Bad Id";
    CHECK(has(check_descriptor(&d, HostAbi::current()), "invalid plugin id 'Bad Id'"));
    d.id = nullptr;
    CHECK_FALSE(check_descriptor(&d, HostAbi::current()).is_ok());
}

TEST_CASE("functions and migrations are checked") {
    auto d = valid();
    SUBCASE("create is required") {
        d.create = nullptr;
        CHECK(has(check_descriptor(&d, HostAbi::current()), "create"));
    }
    SUBCASE("migration versions must increase") {
        const wb_migration m[] = {{sizeof(wb_migration), 1, "CREATE TABLE my_plugin__a(id INTEGER PRIMARY KEY)"},
                                  {sizeof(wb_migration), 1, "SELECT 1"}};
        d.migrations = m;
        d.migration_count = 2;
        CHECK(has(check_descriptor(&d, HostAbi::current()), "strictly increase"));
    }
    SUBCASE("a count without an array") {
        d.migration_count = 1;
        CHECK_FALSE(check_descriptor(&d, HostAbi::current()).is_ok());
    }
    SUBCASE("a migration without SQL") {
        const wb_migration m[] = {{sizeof(wb_migration), 1, nullptr}};
        d.migrations = m;
        d.migration_count = 1;
        CHECK(has(check_descriptor(&d, HostAbi::current()), "no SQL"));
    }
    SUBCASE("valid migrations pass") {
        const wb_migration m[] = {{sizeof(wb_migration), 1, "CREATE TABLE my_plugin__a(id INTEGER PRIMARY KEY)"},
                                  {sizeof(wb_migration), 3, "ALTER TABLE my_plugin__a ADD COLUMN b TEXT"}};
        d.migrations = m;
        d.migration_count = 2;
        CHECK(check_descriptor(&d, HostAbi::current()).is_ok());
    }
    SUBCASE("no descriptor at all") { CHECK_FALSE(check_descriptor(nullptr, HostAbi::current()).is_ok()); }
}
