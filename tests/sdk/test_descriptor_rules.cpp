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

// ---- Older and newer struct sizes inside a 1.x host ----------------------
//
// Today the 1.0 sizes of wb_migration and wb_panel are their full sizes, so
// a newer host is simulated with host structs that appended a field, the
// way a 1.1 abi.h would.

namespace {

struct wb_migration_1_1 { // wb_migration as a later minor might grow it
    uint32_t struct_size;
    int32_t version;
    const char* sql;
    int32_t flags; // appended
};
struct wb_panel_1_1 {
    uint32_t struct_size;
    const char* id;
    const char* title;
    wb_status (*draw)(wb_instance*, void*, char*, uint32_t);
    void* user;
    const char* tooltip; // appended
};

// A plugin built against a newer SDK whose wb_migration is 8 bytes larger:
// the array's stride is its own size, not this host's.
struct WideMigration {
    wb_migration m;
    uint64_t field_from_a_later_minor;
};

wb_status no_draw(wb_instance*, void*, char*, uint32_t) { return WB_OK; }

} // namespace

TEST_CASE("a 1.0-sized migration list is read with its own stride by a host whose struct grew") {
    const wb_migration list[] = {{sizeof(wb_migration), 1, "CREATE TABLE my_plugin__a(id INTEGER PRIMARY KEY)"},
                                 {sizeof(wb_migration), 2, "CREATE TABLE my_plugin__b(id INTEGER PRIMARY KEY)"}};
    auto read = read_sized_array<wb_migration_1_1>(list, 2, kMigrationSize_1_0, "migration");
    REQUIRE_MESSAGE(read.is_ok(), read.message());
    REQUIRE(read.value().size() == 2);
    CHECK(read.value()[0].struct_size == sizeof(wb_migration_1_1));
    CHECK(read.value()[0].version == 1);
    CHECK(read.value()[1].version == 2); // indexing with the host's stride would land mid-entry
    CHECK(std::string(read.value()[1].sql) == list[1].sql);
    CHECK(read.value()[0].flags == 0); // the plugin does not have it: absent
    CHECK(read.value()[1].flags == 0);
}

TEST_CASE("a migration list laid out with a larger stride is walked with that stride") {
    WideMigration wide[] = {
        {{sizeof(WideMigration), 1, "CREATE TABLE my_plugin__a(id INTEGER PRIMARY KEY)"}, 0xdeadbeefdeadbeefull},
        {{sizeof(WideMigration), 2, "ALTER TABLE my_plugin__a ADD COLUMN b TEXT"}, 0xdeadbeefdeadbeefull},
        {{sizeof(WideMigration), 3, "CREATE TABLE my_plugin__c(id INTEGER PRIMARY KEY)"}, 0xdeadbeefdeadbeefull},
    };
    auto d = valid();
    d.migrations = &wide[0].m;
    d.migration_count = 3;
    CHECK(check_descriptor(&d, HostAbi::current()).is_ok());
    auto read = read_migrations(&d);
    REQUIRE_MESSAGE(read.is_ok(), read.message());
    REQUIRE(read.value().size() == 3);
    for (int i = 0; i < 3; ++i) {
        CAPTURE(i);
        CHECK(read.value()[static_cast<size_t>(i)].struct_size == sizeof(wb_migration));
        CHECK(read.value()[static_cast<size_t>(i)].version == i + 1);
        CHECK(read.value()[static_cast<size_t>(i)].sql == wide[i].m.sql);
    }
}

TEST_CASE("migration sizes: below 1.0, or entries of different sizes, are refused") {
    auto d = valid();
    SUBCASE("smaller than the 1.0 size") {
        const wb_migration m[] = {{kMigrationSize_1_0 - 8, 1, "CREATE TABLE my_plugin__a(id INTEGER PRIMARY KEY)"}};
        d.migrations = m;
        d.migration_count = 1;
        Status s = check_descriptor(&d, HostAbi::current());
        CHECK(has(s, "migration #1 has struct_size " + std::to_string(kMigrationSize_1_0 - 8)));
        CHECK(has(s, std::to_string(kMigrationSize_1_0)));
    }
    SUBCASE("a second entry that disagrees with the first") {
        const wb_migration m[] = {{sizeof(wb_migration), 1, "CREATE TABLE my_plugin__a(id INTEGER PRIMARY KEY)"},
                                  {sizeof(wb_migration) + 8, 2, "SELECT 1"}};
        d.migrations = m;
        d.migration_count = 2;
        CHECK(has(check_descriptor(&d, HostAbi::current()), "migration #2 has struct_size"));
    }
}

TEST_CASE("a 1.0-sized panel is read into a host panel that grew; a larger one is cut to what the host knows") {
    int user = 7;
    const wb_panel old_panel{sizeof(wb_panel), "notes", "Notes", &no_draw, &user, nullptr};
    auto grown = read_sized<wb_panel_1_1>(&old_panel, old_panel.struct_size, kPanelSize_1_0);
    REQUIRE(grown);
    CHECK(grown->struct_size == sizeof(wb_panel_1_1));
    CHECK(std::string(grown->id) == "notes");
    CHECK(std::string(grown->title) == "Notes");
    CHECK((grown->draw == &no_draw));
    CHECK(grown->user == &user);
    CHECK(grown->tooltip == nullptr);

    const wb_panel_1_1 new_panel{sizeof(wb_panel_1_1), "map", "Map", &no_draw, &user, "from a later minor"};
    auto cut = read_sized<wb_panel>(&new_panel, new_panel.struct_size, kPanelSize_1_0);
    REQUIRE(cut);
    CHECK(cut->struct_size == sizeof(wb_panel));
    CHECK(std::string(cut->id) == "map");
    CHECK(cut->user == &user);

    CHECK_FALSE(read_sized<wb_panel>(&old_panel, kPanelSize_1_0 - 1, kPanelSize_1_0));
    CHECK_FALSE(read_sized<wb_panel>(nullptr, sizeof(wb_panel), kPanelSize_1_0));
}

TEST_CASE("the 1.0 sizes of migrations and panels end after their last 1.0 field") {
    CHECK(kMigrationSize_1_0 == offsetof(wb_migration, sql) + sizeof(void*));
    CHECK(kPanelSize_1_0 == offsetof(wb_panel, user) + sizeof(void*));
    CHECK(kMigrationSize_1_0 <= sizeof(wb_migration));
    CHECK(kPanelSize_1_0 <= sizeof(wb_panel));
}
