// tests/plugins/test_export_rules.cpp - the rules of register_export,
// register_import, request_export and request_import (abi.h, since 1.2),
// as a plugin written against the raw C ABI meets them: bad ids, missing
// functions, unknown formats, duplicates, registering outside create,
// requests for ids never registered, and the request reaching the
// application through take_requested_file().
#include "plugin_test_env.h"

#include <workbench/abi.h>

#include <imgui.h>

#include <map>
#include <string>

using namespace wb::core;
using namespace wb::test;

namespace {

// What create() got for each attempt, by name; and the handle for later.
std::map<std::string, std::pair<wb_status, std::string>> seen;
const wb_host_api* g_api = nullptr;
wb_host* g_host = nullptr;

wb_status draw(wb_instance*, void*, wb_canvas*, const wb_export_job*, char*, uint32_t) { return WB_OK; }
wb_status write_text(wb_instance*, void*, const wb_export_job*, wb_text_sink, void*, char*, uint32_t) {
    return WB_OK;
}
wb_status receive(wb_instance*, void*, const char*, int64_t, char*, uint32_t) { return WB_OK; }

wb_export good_export(const char* id) {
    wb_export e{};
    e.struct_size = sizeof e;
    e.id = id;
    e.title = "A document";
    e.formats = WB_FORMAT_PDF | WB_FORMAT_MARKDOWN;
    e.paged = 1;
    e.draw = &draw;
    e.write_text = &write_text;
    return e;
}

wb_import good_import(const char* id) {
    return wb_import{sizeof(wb_import), id, "Notes", ".txt", 1024, &receive, nullptr};
}

void attempt(const std::string& name, wb_status status) { seen[name] = {status, g_api->last_error(g_host)}; }

wb_instance* create(const wb_host_api* api, wb_host* h, char*, uint32_t) {
    g_api = api;
    g_host = h;
    wb_export e = good_export("doc");
    attempt("good export", api->register_export(h, &e));
    attempt("duplicate export", api->register_export(h, &e));
    e = good_export("Bad Id");
    attempt("bad id", api->register_export(h, &e));
    e = good_export(nullptr);
    attempt("no id", api->register_export(h, &e));
    e = good_export("no_title");
    e.title = "";
    attempt("no title", api->register_export(h, &e));
    e = good_export("pdf_no_draw");
    e.draw = nullptr;
    attempt("pdf without draw", api->register_export(h, &e));
    e = good_export("md_no_text");
    e.write_text = nullptr;
    attempt("markdown without write_text", api->register_export(h, &e));
    e = good_export("unknown_format");
    e.formats = 64;
    attempt("unknown format", api->register_export(h, &e));
    e = good_export("no_formats");
    e.formats = 0;
    attempt("no formats", api->register_export(h, &e));
    e = good_export("picture");
    e.paged = 0;
    attempt("picture without size", api->register_export(h, &e));
    e.width = 400;
    e.height = 300;
    attempt("picture with size", api->register_export(h, &e));
    e = good_export("small");
    e.struct_size = 8;
    attempt("struct too small", api->register_export(h, &e));
    attempt("null export", api->register_export(h, nullptr));

    wb_import i = good_import("notes");
    attempt("good import", api->register_import(h, &i));
    attempt("duplicate import", api->register_import(h, &i));
    i = good_import("no_dot");
    i.extension = "txt";
    attempt("extension without dot", api->register_import(h, &i));
    i = good_import("no_limit");
    i.max_bytes = 0;
    attempt("no size limit", api->register_import(h, &i));
    i = good_import("no_receive");
    i.receive = nullptr;
    attempt("no receive", api->register_import(h, &i));
    i = good_import("Bad-Id");
    attempt("bad import id", api->register_import(h, &i));

    attempt("request during create", api->request_export(h, "doc", 1));
    static int instance = 0;
    return reinterpret_cast<wb_instance*>(&instance);
}

void destroy(wb_instance*) {}

const wb_plugin_descriptor kFiles = {
    sizeof(wb_plugin_descriptor), WB_ABI_MAJOR, WB_ABI_MINOR, IMGUI_VERSION_NUM, "files", "Files", "1.0", "",
    nullptr, 0, &create, &destroy, nullptr};

struct FilesEnv : PluginEnv {
    FilesEnv() {
        seen.clear();
        REQUIRE(host->load_in_process(&kFiles, "test:files").state == PluginState::Loaded);
    }
};

void check_refused(const std::string& name, const std::string& words) {
    INFO(name << ": " << seen[name].second);
    CHECK(seen[name].first == WB_INVALID);
    CHECK(contains(seen[name].second, words));
}

} // namespace

TEST_CASE("register_export accepts a good export and refuses each broken one with a reason") {
    FilesEnv env;
    CHECK(seen["good export"].first == WB_OK);
    CHECK(seen["picture with size"].first == WB_OK);
    check_refused("duplicate export", "already registered");
    check_refused("bad id", "[a-z0-9_]");
    check_refused("no id", "[a-z0-9_]");
    check_refused("no title", "a title");
    check_refused("pdf without draw", "no draw function");
    check_refused("markdown without write_text", "no write_text function");
    check_refused("unknown format", "known formats");
    check_refused("no formats", "known formats");
    check_refused("picture without size", "needs a width and a height");
    check_refused("struct too small", "struct_size");
    CHECK(seen["null export"].first == WB_INVALID);

    // Only the accepted ones are offered, with what they declared.
    const auto exports = env.host->exports_of("files");
    REQUIRE(exports.size() == 2);
    CHECK(exports[0].id == "doc");
    CHECK(exports[0].title == "A document");
    CHECK(exports[0].paged);
    CHECK(exports[0].formats == (WB_FORMAT_PDF | WB_FORMAT_MARKDOWN));
    CHECK(exports[1].id == "picture");
    CHECK(exports[1].width == 400);
    CHECK(env.host->exports_of("nobody").empty());
}

TEST_CASE("register_import accepts a good import and refuses each broken one with a reason") {
    FilesEnv env;
    CHECK(seen["good import"].first == WB_OK);
    check_refused("duplicate import", "already registered");
    check_refused("extension without dot", "starting with '.'");
    check_refused("no size limit", "positive max_bytes");
    check_refused("no receive", "receive function");
    check_refused("bad import id", "[a-z0-9_]");
    const auto imports = env.host->imports_of("files");
    REQUIRE(imports.size() == 1);
    CHECK(imports[0].extension == ".txt");
    CHECK(imports[0].max_bytes == 1024);
}

TEST_CASE("exports and imports are registered only during create") {
    FilesEnv env;
    wb_export e = good_export("late");
    CHECK(g_api->register_export(g_host, &e) == WB_INVALID);
    CHECK(contains(g_api->last_error(g_host), "during create"));
    wb_import i = good_import("late");
    CHECK(g_api->register_import(g_host, &i) == WB_INVALID);
    CHECK(contains(g_api->last_error(g_host), "during create"));
    CHECK(env.host->exports_of("files").size() == 2);
}

TEST_CASE("request_export and request_import reach the application once, for registered ids only") {
    FilesEnv env;
    check_refused("request during create", "not during create");
    CHECK_FALSE(env.host->take_requested_file().has_value());

    CHECK(g_api->request_export(g_host, "nothing", 1) == WB_NOT_FOUND);
    CHECK(contains(g_api->last_error(g_host), "no export 'nothing'"));
    CHECK(g_api->request_export(g_host, nullptr, 1) == WB_NOT_FOUND);
    CHECK(g_api->request_import(g_host, "nothing") == WB_NOT_FOUND);
    CHECK_FALSE(env.host->take_requested_file().has_value());

    env.context.current_case = 42;
    CHECK(g_api->request_export(g_host, "doc", 7) == WB_OK);
    auto r = env.host->take_requested_file();
    REQUIRE(r.has_value());
    CHECK(r->plugin_id == "files");
    CHECK(r->id == "doc");
    CHECK_FALSE(r->is_import);
    CHECK(r->item_id == 7);
    CHECK(r->case_id == 42);
    CHECK_FALSE(env.host->take_requested_file().has_value()); // taken once

    CHECK(g_api->request_import(g_host, "notes") == WB_OK);
    r = env.host->take_requested_file();
    REQUIRE(r.has_value());
    CHECK(r->is_import);
    CHECK(r->id == "notes");
}
