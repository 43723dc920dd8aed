// core/app/command_line.cpp - parsing argv into Options, and the help text.
#include "command_line.h"

#include "plugins/file_exchange.h"

#include <charconv>
#include <cstdio>

namespace wb::app {

using wb::core::Result;
using wb::core::Status;

namespace {

bool parse_int(const std::string& s, int& out) {
    const char* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && p == end;
}

bool parse_id(const std::string& s, int64_t& out) {
    const char* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && p == end && out > 0;
}

bool parse_size(const std::string& s, int& w, int& h) {
    const auto x = s.find_first_of("xX");
    if (x == std::string::npos) return false;
    return parse_int(s.substr(0, x), w) && parse_int(s.substr(x + 1), h) && w >= 320 && h >= 240 &&
           w <= 8192 && h <= 8192;
}

} // namespace

Result<Options> parse_command_line(int argc, char** argv) {
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    size_t i = 0;
    if (!args.empty()) {
        if (args[0] == "plugins") o.mode = Mode::Plugins, i = 1;
        else if (args[0] == "validate-plugin") o.mode = Mode::ValidatePlugin, i = 1;
        else if (args[0] == "check-store") o.mode = Mode::CheckStore, i = 1;
        else if (args[0] == "export") o.mode = Mode::Export, i = 1;
    }
    bool frames_given = false;
    bool format_given = false, item_given = false, worksheet_given = false;
    for (; i < args.size(); ++i) {
        std::string a = args[i];
        std::string value;
        bool has_inline = false;
        if (a.rfind("--", 0) == 0) {
            if (auto eq = a.find('='); eq != std::string::npos) {
                value = a.substr(eq + 1);
                a = a.substr(0, eq);
                has_inline = true;
            }
        }
        // Fetches the option's value (inline "--x=v" or the next argument).
        auto take = [&](const char* name) -> Result<std::string> {
            if (has_inline) return value;
            if (i + 1 >= args.size()) return Status::fail(std::string(name) + " needs a value.");
            return args[++i];
        };
        const bool gui = o.mode == Mode::Gui;
        const bool exporting = o.mode == Mode::Export;
        if (a == "--help" || a == "-h") {
            o.mode = Mode::Help;
            return o;
        } else if (a == "--version") {
            o.mode = Mode::Version;
            return o;
        } else if (a == "--plugins-dir" && (gui || o.mode == Mode::Plugins || exporting)) {
            auto v = take("--plugins-dir");
            if (!v) return v.status();
            o.plugin_dirs.emplace_back(v.value());
        } else if (a == "--store" && (gui || exporting)) {
            auto v = take("--store");
            if (!v) return v.status();
            o.store = v.value();
        } else if (a == "--safe-mode" && gui) {
            o.safe_mode = true;
        } else if (a == "--screenshot" && gui) {
            auto v = take("--screenshot");
            if (!v) return v.status();
            o.screenshot = v.value();
        } else if (a == "--frames" && gui) {
            auto v = take("--frames");
            if (!v) return v.status();
            if (!parse_int(v.value(), o.frames) || o.frames < 1 || o.frames > 10000)
                return Status::fail("--frames needs a whole number from 1 to 10000, not \"" + v.value() + "\".");
            frames_given = true;
        } else if (a == "--size" && gui) {
            auto v = take("--size");
            if (!v) return v.status();
            if (!parse_size(v.value(), o.width, o.height))
                return Status::fail("--size needs WIDTHxHEIGHT (320x240 to 8192x8192), e.g. 1600x1000, not \"" +
                                    v.value() + "\".");
        } else if (a == "--case" && (gui || exporting)) {
            auto v = take("--case");
            if (!v) return v.status();
            o.case_code = v.value();
        } else if (a == "--panel" && gui) {
            auto v = take("--panel");
            if (!v) return v.status();
            o.panel = v.value();
        } else if (a == "--demo" && gui) {
            auto v = take("--demo");
            if (!v) return v.status();
            o.demo = v.value();
        } else if (a == "--present" && gui) {
            o.present = true;
        } else if (a == "--story" && gui) {
            auto v = take("--story");
            if (!v) return v.status();
            if (!parse_int(v.value(), o.story_steps) || o.story_steps < 0 || o.story_steps > 10000)
                return Status::fail("--story needs a whole number from 0 to 10000, not \"" + v.value() + "\".");
        } else if (a == "--export" && exporting) {
            auto v = take("--export");
            if (!v) return v.status();
            const auto dot = v.value().find('.');
            if (dot == std::string::npos || dot == 0 || dot + 1 == v.value().size())
                return Status::fail("--export needs PLUGIN.EXPORT, e.g. spiral_mapper.map, not \"" + v.value() + "\".");
            o.export_ref = v.value();
        } else if (a == "--worksheet" && exporting) {
            auto v = take("--worksheet");
            if (!v) return v.status();
            if (!parse_id(v.value(), o.item_id))
                return Status::fail("--worksheet needs a worksheet's number (a whole number above 0), not \"" +
                                    v.value() + "\".");
            worksheet_given = true;
        } else if (a == "--item" && exporting) {
            auto v = take("--item");
            if (!v) return v.status();
            if (!parse_id(v.value(), o.item_id))
                return Status::fail("--item needs a whole number above 0, not \"" + v.value() + "\".");
            item_given = true;
        } else if (a == "--format" && exporting) {
            auto v = take("--format");
            if (!v) return v.status();
            const auto f = wb::core::parse_format(v.value());
            if (!f) return Status::fail("--format needs pdf, svg, png, md or json, not \"" + v.value() + "\".");
            o.format = *f;
            format_given = true;
        } else if (a == "--out" && exporting) {
            auto v = take("--out");
            if (!v) return v.status();
            o.out = v.value();
        } else if (a == "--page" && exporting) {
            auto v = take("--page");
            if (!v) return v.status();
            if (v.value() != "a4" && v.value() != "a3")
                return Status::fail("--page needs a4 or a3, not \"" + v.value() + "\".");
            o.a3 = v.value() == "a3";
        } else if (a == "--blank" && exporting) {
            o.blank = true;
        } else if (!a.empty() && a[0] != '-' && o.target.empty() &&
                   (o.mode == Mode::ValidatePlugin || o.mode == Mode::CheckStore)) {
            o.target = a;
        } else {
            return Status::fail("Unknown or misplaced argument \"" + args[i] + "\".");
        }
    }
    if ((o.mode == Mode::ValidatePlugin || o.mode == Mode::CheckStore) && o.target.empty())
        return Status::fail(o.mode == Mode::ValidatePlugin ? "validate-plugin needs the path of a plugin file."
                                                           : "check-store needs the path of a store file.");
    if (o.mode == Mode::Export) {
        if (worksheet_given && (!o.export_ref.empty() || item_given))
            return Status::fail("export: --worksheet ID already names the export; leave out --export and --item.");
        if (worksheet_given) o.export_ref = "worksheets.sheet";
        if (o.export_ref.empty()) return Status::fail("export needs --export PLUGIN.EXPORT (or --worksheet ID).");
        if (o.case_code.empty()) return Status::fail("export needs --case CODE: the case to export from.");
        if (!format_given) return Status::fail("export needs --format pdf|svg|png|md|json.");
        if (o.out.empty()) return Status::fail("export needs --out FILE: where to write.");
    }
    if (frames_given && o.screenshot.empty()) return Status::fail("--frames only makes sense with --screenshot.");
    return o;
}

std::string usage_text(const std::string& program) {
    std::string t;
    t += "Partnership Workbench: reflective supervision with cases, sessions and plugin worksheets.\n\n";
    t += "Usage:\n";
    t += "  " + program + " [--store PATH] [--plugins-dir DIR] [--safe-mode]\n";
    t += "      [--screenshot OUT.png [--frames N] [--size WxH] [--case CODE] [--panel ID]]\n";
    t += "      [--demo KEY] [--present [--story N]]\n";
    t += "  " + program + " plugins [--plugins-dir DIR]\n";
    t += "  " + program + " validate-plugin PATH\n";
    t += "  " + program + " check-store PATH\n";
    t += "  " + program + " export --case CODE --export PLUGIN.EXPORT [--item ID] --format FMT --out FILE\n";
    t += "      [--page a4|a3] [--blank] [--store PATH] [--plugins-dir DIR]\n";
    t += "  " + program + " export --case CODE --worksheet ID --format pdf|md --out FILE [...]\n";
    t += "  " + program + " --help | --version\n\n";
    t += "Options:\n";
    t += "  --store PATH        the case store to open (created if missing; default:\n";
    t += "                      $XDG_DATA_HOME/partnership-workbench/cases.db). A new store\n";
    t += "                      starts with a fictional demo case.\n";
    t += "  --plugins-dir DIR   load plugins from DIR instead of the default folders\n";
    t += "                      (<program dir>/plugins and $XDG_DATA_HOME/partnership-workbench/plugins);\n";
    t += "                      may be given more than once\n";
    t += "  --safe-mode         start without loading any plugin\n";
    t += "  --screenshot FILE   draw the window for N frames, save it as a PNG and exit\n";
    t += "  --frames N          frames to draw before the screenshot (default 5)\n";
    t += "  --size WxH          window size (default 1600x1000 for screenshots)\n";
    t += "  --case CODE         select the case with this code (and its newest session)\n";
    t += "  --panel ID          bring a plugin panel to the front, ID = <plugin id>.<panel id>,\n";
    t += "                      e.g. session_notes.notes\n";
    t += "  --demo KEY          create (or reset) a fictional demo family and open it:\n";
    t += "                      rivers, harbour or meadow (also File > Demo cases)\n";
    t += "  --present           start in presentation mode (F11): full screen, large, high contrast\n";
    t += "  --story N           presenting: step the front panel's story N times (Page Down)\n\n";
    t += "Commands:\n";
    t += "  plugins             list every plugin found, with version, status and reason\n";
    t += "  validate-plugin     check that a plugin file would load in this host\n";
    t += "  check-store         report on a store file's integrity and schema (read-only)\n";
    t += "  export              write a plugin's export of a case to a file, without a window:\n";
    t += "                      --export PLUGIN.EXPORT  what to export (e.g. spiral_mapper.map;\n";
    t += "                                              the Export dialog's title names it)\n";
    t += "                      --item ID               which item of it (e.g. a worksheet), if any\n";
    t += "                      --worksheet ID          the same as --export worksheets.sheet --item ID\n";
    t += "                      --format FMT            pdf, svg, png, md (Markdown) or json, as the\n";
    t += "                                              export offers\n";
    t += "                      --out FILE              the file to write (its folder must exist); it\n";
    t += "                                              is replaced only once the export succeeded\n";
    t += "                      --page a4|a3            page size of paged documents (default a4)\n";
    t += "                      --blank                 an empty form to fill in by hand\n";
    t += "                      The header carries the case code and today's date, never its label.\n\n";
    t += "Exit codes:\n";
    t += "  0  success\n";
    t += "  1  runtime failure (e.g. no display found, the window could not be opened)\n";
    t += "  2  usage error (bad arguments, unknown --case, --panel or export)\n";
    t += "  3  plugin not loadable (validate-plugin, or the --panel's or export's plugin did not load)\n";
    t += "  4  store problem (check-store found problems, or the store could not be opened)\n";
    t += "  5  export failed: the plugin or the disk reported a problem; nothing was written\n\n";
    t += "Preferences are kept in $XDG_CONFIG_HOME/partnership-workbench/config.json\n";
    t += "(set WB_CONFIG to use another file).\n";
    return t;
}

} // namespace wb::app
