// core/plugins/plugin_host.cpp - finding, checking, loading, running and
// unloading plugins (see plugin_host.h).
//
// The order of a load is the order of trust: file -> shared library -> entry
// symbol -> descriptor rules -> unique id -> user's choice (disabled) ->
// migrations -> create. Any step can fail; the failure is recorded with a
// message and the host carries on. Every call into plugin code runs as that
// plugin (store actor), is guarded, and an error disables only that plugin.
#include "plugins/plugin_host.h"

#include "plugins/descriptor_check.h"
#include "plugins/host_handle.h"
#include "plugins/imgui_guard.h"

#include <boost/dll/shared_library.hpp>

#include <dlfcn.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <optional>
#include <set>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace wb::core {

const char* to_string(PluginState s) {
    switch (s) {
    case PluginState::Loaded: return "loaded";
    case PluginState::Disabled: return "disabled";
    case PluginState::Failed: return "failed";
    case PluginState::SafeMode: return "safe mode";
    }
    return "?";
}

namespace {

const char* event_name(int32_t type) {
    switch (type) {
    case WB_EVENT_CASE_SELECTED: return "case selected";
    case WB_EVENT_SESSION_SELECTED: return "session selected";
    case WB_EVENT_DATA_CHANGED: return "data changed";
    case WB_EVENT_UNDO_APPLIED: return "undo applied";
    case WB_EVENT_REDO_APPLIED: return "redo applied";
    case WB_EVENT_STORE_OPENED: return "store opened";
    case WB_EVENT_DEMO_CASE_CREATED: return "demo case created";
    default: return "unknown";
    }
}

struct CallResult {
    bool ok = false;
    std::string message; // the plugin's error text; may be empty
};

// Runs plugin code `call(err, err_size) -> wb_status` as plugin `h`: with
// its store actor, counted as "plugin code running", with a host-side guard
// against exceptions, and ending an edit it left open.
template <class F>
CallResult call_plugin(wb_host& h, F&& call) {
    char err[2048] = {};
    wb_status status = WB_ERROR;
    PluginHost::Services& services = *h.services;
    {
        Store::ActorScope actor(services.owner->store(), h.plugin_id);
        ++services.call_depth;
        try {
            status = call(err, static_cast<uint32_t>(sizeof err));
        } catch (const std::exception& e) {
            std::snprintf(err, sizeof err, "an exception crossed the plugin boundary: %s", e.what());
            status = WB_ERROR;
        } catch (...) {
            std::snprintf(err, sizeof err, "an unknown exception crossed the plugin boundary");
            status = WB_ERROR;
        }
        --services.call_depth;
    }
    err[sizeof err - 1] = '\0';
    if (h.edit_open) {
        // An edit must not outlive the call that began it: it would hold a
        // transaction open across frames.
        services.owner->store().cancel_edit();
        h.edit_open = false;
        append_plugin_log(services, WB_LOG_WARNING, h.plugin_id,
                          "an edit left open at the end of a call was cancelled");
    }
    return CallResult{status == WB_OK, err};
}

std::string or_default(const std::string& message, const std::string& fallback) {
    return message.empty() ? fallback : message;
}

// Fills what can be trusted from a descriptor into `info`.
void describe(const wb_plugin_descriptor* d, PluginInfo& info) {
    if (!d || d->struct_size < kDescriptorHeaderSize) return;
    info.abi_major = d->abi_major;
    info.abi_minor = d->abi_minor;
    if (d->struct_size < kDescriptorSize_1_0 || d->abi_major != WB_ABI_MAJOR) return;
    info.id = d->id ? d->id : "";
    info.name = d->name && *d->name ? d->name : info.id;
    info.version = d->version ? d->version : "";
    info.description = d->description ? d->description : "";
}

} // namespace

// ---- One plugin ------------------------------------------------------------

struct PluginHost::Loaded {
    // Declared first so it is destroyed last: nothing from the library may
    // outlive it (the instance is destroyed explicitly in shutdown()).
    std::optional<boost::dll::shared_library> library; // empty: in-process
    const wb_plugin_descriptor* descriptor = nullptr;
    std::unique_ptr<wb_host> handle;
    wb_instance* instance = nullptr;
    std::string id;
    bool failed = false; // disabled for this run; instance already destroyed

    bool running() const { return !failed && instance; }

    // ---- Loader steps (a nested class may reach PluginHost's state) ------
    static std::unique_ptr<Loaded> open_file(const fs::path& file, PluginInfo& info);
    static void load_into(PluginHost& host, size_t slot, const fs::path& source);
    static void admit(PluginHost& host, size_t slot, std::unique_ptr<Loaded> p);
    static void fail(PluginHost& host, Loaded& p, const std::string& reason);
    static void shutdown(PluginHost& host, Loaded& p);
    static void deliver(PluginHost& host, const wb_event& event);
    static void after_call(PluginHost& host);
    static void unload_all(PluginHost& host);
    static Loaded* find(const PluginHost& host, const std::string& id);
};

std::unique_ptr<PluginHost::Loaded> PluginHost::Loaded::open_file(const fs::path& file, PluginInfo& info) {
    auto refuse = [&](std::string reason) {
        info.state = PluginState::Failed;
        info.reason = std::move(reason);
        return nullptr;
    };
    std::error_code ec;
    fs::file_status st = fs::status(file, ec);
    if (ec || !fs::exists(st)) return refuse("file not found: " + file.string());
    if (fs::is_directory(st)) return refuse(file.string() + " is a directory, not a plugin library");
    std::ifstream in(file, std::ios::binary);
    if (!in) return refuse("cannot read " + file.string() + ": " + std::strerror(errno));
    char magic[4] = {};
    in.read(magic, sizeof magic);
    if (in.gcount() != 4 || std::memcmp(magic, "\x7f" "ELF", 4) != 0)
        return refuse("not a shared library (no ELF header): " + file.string());
    in.close();

    auto p = std::make_unique<Loaded>();
    p->library.emplace();
    boost::dll::fs::error_code load_error;
    // RTLD_NOW: a missing symbol is reported here, not as a crash later.
    p->library->load(fs::absolute(file), load_error,
                     boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    if (load_error || !p->library->is_loaded()) {
        const char* detail = dlerror();
        return refuse("could not load " + file.string() + ": " + (detail ? detail : load_error.message()));
    }
    if (!p->library->has(WB_ENTRY_SYMBOL))
        return refuse("not a workbench plugin: " + file.filename().string() + " has no '" WB_ENTRY_SYMBOL
                      "' entry symbol (declare the plugin with WB_PLUGIN)");
    try {
        auto& entry = p->library->get_alias<const wb_plugin_descriptor*()>(WB_ENTRY_SYMBOL);
        p->descriptor = entry();
    } catch (...) {
        return refuse("the entry point of " + file.filename().string() + " threw an exception");
    }
    return p;
}

void PluginHost::Loaded::load_into(PluginHost& host, size_t slot, const fs::path& source) {
    host.infos_[slot] = PluginInfo{};
    host.infos_[slot].path = source;
    std::unique_ptr<Loaded> p;
    auto in_process = host.services_->in_process.find(source.string());
    if (in_process != host.services_->in_process.end()) {
        p = std::make_unique<Loaded>();
        p->descriptor = in_process->second;
    } else {
        p = open_file(source, host.infos_[slot]);
    }
    if (p) admit(host, slot, std::move(p));
}

void PluginHost::Loaded::admit(PluginHost& host, size_t slot, std::unique_ptr<Loaded> p) {
    auto refuse = [&](PluginState state, std::string reason) {
        host.infos_[slot].state = state;
        host.infos_[slot].reason = std::move(reason);
    };
    const wb_plugin_descriptor* d = p->descriptor;
    describe(d, host.infos_[slot]);
    if (Status ok = check_descriptor(d, HostAbi::current()); !ok) return refuse(PluginState::Failed, ok.message());
    p->id = d->id;

    // First come, first served: a second copy of an id would share tables.
    for (size_t i = 0; i < host.infos_.size(); ++i) {
        const PluginInfo& other = host.infos_[i];
        bool holds_id = other.state == PluginState::Loaded || other.state == PluginState::Disabled;
        if (i != slot && other.id == p->id && holds_id)
            return refuse(PluginState::Failed, "duplicate plugin id '" + p->id + "': already provided by " +
                                                   other.path.string() + "; this copy is not loaded");
    }
    if (find(host, p->id))
        return refuse(PluginState::Failed, "duplicate plugin id '" + p->id + "': a plugin with this id is already loaded");

    if (host.config_.plugin_disabled(p->id))
        return refuse(PluginState::Disabled, "disabled in the plugin manager");

    // The Store gets this host's wb_migration structs, whatever struct size
    // (and so array stride) the plugin was built with.
    Result<std::vector<wb_migration>> migrations = read_migrations(d);
    if (!migrations) return refuse(PluginState::Failed, migrations.message());
    if (Status m = host.store().migrate_plugin(p->id, migrations.value()); !m)
        return refuse(PluginState::Failed, "migration failed and was rolled back: " + m.message());

    p->handle = std::make_unique<wb_host>();
    p->handle->services = host.services_.get();
    p->handle->plugin_id = p->id;
    p->handle->in_create = true;
    wb_instance* instance = nullptr;
    CallResult r = call_plugin(*p->handle, [&](char* err, uint32_t size) {
        instance = d->create(host_api(), p->handle.get(), err, size);
        return instance ? WB_OK : WB_ERROR;
    });
    p->handle->in_create = false;
    if (!instance) {
        std::string note = p->handle->release_resources();
        if (!note.empty()) append_plugin_log(*host.services_, WB_LOG_WARNING, p->id, note);
        refuse(PluginState::Failed, "create failed: " + or_default(r.message, "no instance and no message"));
        after_call(host);
        return;
    }
    p->instance = instance;
    host.infos_[slot].state = PluginState::Loaded;
    host.infos_[slot].reason.clear();
    host.loaded_.push_back(std::move(p));
    after_call(host);
}

void PluginHost::Loaded::fail(PluginHost& host, Loaded& p, const std::string& reason) {
    if (p.failed) return;
    p.failed = true;
    for (PluginInfo& info : host.infos_) {
        if (info.id == p.id && info.state == PluginState::Loaded) {
            info.state = PluginState::Failed;
            info.reason = reason;
            break;
        }
    }
    append_plugin_log(*host.services_, WB_LOG_ERROR, p.id, "disabled for this session: " + reason);
}

void PluginHost::Loaded::shutdown(PluginHost& host, Loaded& p) {
    if (!p.handle) return;
    if (p.instance) {
        wb_instance* instance = std::exchange(p.instance, nullptr);
        const wb_plugin_descriptor* d = p.descriptor;
        call_plugin(*p.handle, [&](char*, uint32_t) {
            d->destroy(instance);
            return WB_OK;
        });
    }
    std::string note = p.handle->release_resources();
    if (!note.empty()) append_plugin_log(*host.services_, WB_LOG_WARNING, p.id, note);
    p.handle->panels.clear();
    p.handle->actions.clear();
    p.handle->exports.clear();
    p.handle->imports.clear();
}

void PluginHost::Loaded::deliver(PluginHost& host, const wb_event& event) {
    // By index: nothing is added to loaded_ while events go out.
    for (size_t i = 0; i < host.loaded_.size(); ++i) {
        Loaded& p = *host.loaded_[i];
        if (!p.running() || !p.descriptor->on_event) continue;
        CallResult r = call_plugin(*p.handle, [&](char* err, uint32_t size) {
            return p.descriptor->on_event(p.instance, &event, err, size);
        });
        if (!r.ok)
            fail(host, p, std::string("the '") + event_name(event.type) + "' event failed: " +
                              or_default(r.message, "error without a message"));
    }
}

void PluginHost::Loaded::after_call(PluginHost& host) {
    Services& s = *host.services_;
    if (s.call_depth > 0) return; // the outermost call finishes the job
    // A plugin's committed edit tells everyone (including itself) to reload.
    // Plugins that answer with edits of their own get a few more rounds.
    for (int round = 0; s.data_changed_pending; ++round) {
        s.data_changed_pending = false;
        if (round == 4) {
            append_plugin_log(s, WB_LOG_WARNING, "host",
                              "plugins kept changing data in answer to 'data changed'; stopped notifying");
            break;
        }
        wb_event e{sizeof(wb_event), WB_EVENT_DATA_CHANGED, host.context_.current_case,
                   host.context_.current_session, nullptr};
        deliver(host, e);
    }
    // Plugins that failed during the call are destroyed now that none of
    // their code is on the stack. Their libraries stay loaded for the run.
    for (auto& p : host.loaded_)
        if (p->failed && p->instance) shutdown(host, *p);
}

void PluginHost::Loaded::unload_all(PluginHost& host) {
    while (!host.loaded_.empty()) {
        shutdown(host, *host.loaded_.back());
        host.loaded_.pop_back(); // unloads the library, after the instance
    }
    host.services_->data_changed_pending = false;
}

PluginHost::Loaded* PluginHost::Loaded::find(const PluginHost& host, const std::string& id) {
    for (auto& p : host.loaded_)
        if (p->id == id) return p.get();
    return nullptr;
}

// ---- PluginHost --------------------------------------------------------------

PluginHost::PluginHost(Store& store, Config& config, HostContext& context)
    : store_(store), config_(config), context_(context), services_(std::make_unique<Services>()) {
    services_->owner = this;
    services_->config = &config_;
    services_->context = &context_;
    services_->log = &log_;
}

PluginHost::~PluginHost() { Loaded::unload_all(*this); }

std::vector<fs::path> PluginHost::default_dirs() {
    std::vector<fs::path> dirs;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        // Built tree: bin/plugins next to bin/workbench. Installed:
        // <prefix>/<libdir>/partnership-workbench/plugins.
        dirs.push_back(exe.parent_path() / "plugins");
        dirs.push_back((exe.parent_path().parent_path() / WB_PLUGIN_INSTALL_DIR).lexically_normal());
    }
    fs::path data = default_data_dir() / "plugins";
    if (std::find(dirs.begin(), dirs.end(), data) == dirs.end()) dirs.push_back(data);
    return dirs;
}

void PluginHost::load_all(const std::vector<fs::path>& dirs, bool safe_mode) {
    safe_mode_ = safe_mode;
    std::set<fs::path> seen;
    for (const PluginInfo& info : infos_) seen.insert(fs::weakly_canonical(info.path));
    for (const fs::path& dir : dirs) {
        if (std::find(dirs_.begin(), dirs_.end(), dir) == dirs_.end()) dirs_.push_back(dir);
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) continue; // an absent plugin dir is normal
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(dir, ec))
            if (entry.path().extension() == ".so" && !entry.is_directory()) files.push_back(entry.path());
        std::sort(files.begin(), files.end(),
                  [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
        for (const fs::path& file : files) {
            if (!seen.insert(fs::weakly_canonical(file, ec)).second) continue;
            if (safe_mode) {
                PluginInfo info;
                info.path = file;
                info.name = file.stem().string();
                info.state = PluginState::SafeMode;
                info.reason = "not loaded: the workbench was started in safe mode";
                infos_.push_back(std::move(info));
            } else {
                (void)load(file);
            }
        }
    }
}

const PluginInfo& PluginHost::load(const fs::path& file) {
    infos_.emplace_back();
    size_t slot = infos_.size() - 1;
    Loaded::load_into(*this, slot, file);
    return infos_[slot];
}

const PluginInfo& PluginHost::load_in_process(const wb_plugin_descriptor* descriptor, const std::string& origin) {
    services_->in_process[origin] = descriptor;
    return load(origin);
}

wb_host* PluginHost::handle_of(const std::string& plugin_id) const {
    Loaded* p = Loaded::find(*this, plugin_id);
    return p && p->running() ? p->handle.get() : nullptr;
}

int64_t PluginHost::take_requested_session() { return std::exchange(services_->requested_session, 0); }

std::optional<FileRequest> PluginHost::take_requested_file() { return std::exchange(services_->requested_file, {}); }

Validation PluginHost::validate(const fs::path& file) {
    Validation v;
    v.info.path = file;
    std::unique_ptr<Store> store = Store::open_in_memory();
    if (!store) {
        v.info.reason = "could not open a private in-memory store to test the plugin in";
        return v;
    }
    Config config; // in memory: nothing disabled, nothing saved
    HostContext context;
    context.palette.struct_size = sizeof(wb_palette);
    context.host_version = WB_HOST_VERSION;
    {
        PluginHost host(*store, config, context);
        v.info = host.load(file);
    } // destroys the instance and unloads the library
    v.loadable = v.info.state == PluginState::Loaded;
    return v;
}

const std::vector<PluginInfo>& PluginHost::plugins() const { return infos_; }

std::vector<PanelRef> PluginHost::panels() const {
    std::vector<PanelRef> out;
    for (const auto& p : loaded_) {
        if (!p->running()) continue;
        for (const auto& panel : p->handle->panels) out.push_back(PanelRef{p->id, panel.id, panel.title});
    }
    return out;
}

bool PluginHost::draw_panel(const PanelRef& ref) {
    Loaded* p = Loaded::find(*this, ref.plugin_id);
    if (!p || !p->running()) return false;
    auto it = std::find_if(p->handle->panels.begin(), p->handle->panels.end(),
                           [&](const wb_host::Panel& panel) { return panel.id == ref.panel_id; });
    if (it == p->handle->panels.end()) return false;
    const wb_host::Panel panel = *it; // the list may be cleared if the plugin fails

    ImGuiStackGuard guard; // sentinels against extra pops; see imgui_guard.h
    CallResult r = call_plugin(*p->handle, [&](char* err, uint32_t size) {
        return panel.draw(p->instance, panel.user, err, size);
    });
    const ImGuiStackGuard::Check stacks = guard.check();
    if (!stacks.balanced) guard.restore();
    guard.finish();
    if (!r.ok)
        Loaded::fail(*this, *p, "panel '" + panel.title + "' failed: " + or_default(r.message, "error without a message"));
    else if (stacks.over_closed)
        Loaded::fail(*this, *p, "panel '" + panel.title +
                                    "' left Dear ImGui unbalanced: it ended or popped more than it began or pushed (" +
                                    stacks.stacks + "); the host put the stacks back");
    else if (!stacks.balanced)
        Loaded::fail(*this, *p, "panel '" + panel.title +
                                    "' left Dear ImGui unbalanced (a Begin or Push without its End or Pop: " +
                                    stacks.stacks + ")");
    Loaded::after_call(*this);
    return r.ok && stacks.balanced;
}

std::optional<StoryState> PluginHost::story(const PanelRef& ref, int delta) {
    Loaded* p = Loaded::find(*this, ref.plugin_id);
    if (!p || !p->running()) return std::nullopt;
    auto it = std::find_if(p->handle->panels.begin(), p->handle->panels.end(),
                           [&](const wb_host::Panel& panel) { return panel.id == ref.panel_id; });
    if (it == p->handle->panels.end() || !it->story) return std::nullopt;
    const wb_host::Panel panel = *it;
    wb_story_state state{};
    state.struct_size = sizeof state;
    CallResult r = call_plugin(*p->handle, [&](char*, uint32_t) {
        return panel.story(p->instance, panel.user, delta, &state);
    });
    Loaded::after_call(*this);
    if (!r.ok) return std::nullopt;
    state.caption[sizeof state.caption - 1] = '\0'; // never trust the plugin to terminate it
    StoryState out;
    out.count = std::max(0, state.count);
    out.step = out.count == 0 ? 0 : std::clamp(state.step, 0, out.count - 1);
    out.caption = state.caption;
    return out;
}

void PluginHost::broadcast(const wb_event& event) {
    wb_event e = event;
    e.struct_size = sizeof(wb_event);
    Loaded::deliver(*this, e);
    Loaded::after_call(*this);
}

// ---- Actions ----------------------------------------------------------------

namespace {

// The running plugin offering `name`, and its entry, or {nullptr, nullptr}.
template <class Loaded>
std::pair<Loaded*, const wb_host::Action*> find_action(const std::vector<std::unique_ptr<Loaded>>& loaded,
                                                      const std::string& name) {
    for (const auto& p : loaded) {
        if (!p->running()) continue;
        for (const wb_host::Action& a : p->handle->actions)
            if (a.name == name) return {p.get(), &a};
    }
    return {nullptr, nullptr};
}

} // namespace

int32_t PluginHost::action_version(const std::string& name) const {
    const wb_host::Action* found = find_action(loaded_, name).second;
    return found ? found->version : 0;
}

wb_status PluginHost::run_action(wb_host& requester, const wb_action_request& request, int64_t* out_id) {
    auto [provider, found] = find_action(loaded_, request.action);
    if (!found) {
        requester.last_error = std::string("request_action: no running plugin offers '") + request.action +
                               "' (it may not be installed, or is disabled)";
        return WB_NOT_FOUND;
    }
    if (request.version > found->version) {
        requester.last_error = std::string("request_action: '") + request.action + "' is provided at version " +
                               std::to_string(found->version) + ", older than the version " +
                               std::to_string(request.version) + " this request needs";
        return WB_INVALID;
    }
    // A copy: the provider's list goes if it fails while running.
    const wb_host::Action action = *found;
    wb_action_request for_provider = request;
    for_provider.struct_size = sizeof(wb_action_request);
    for_provider.requester = requester.plugin_id.c_str();
    int64_t created = 0;
    ++services_->action_depth;
    CallResult r = call_plugin(*provider->handle, [&](char* err, uint32_t size) {
        return action.run(provider->instance, action.user, &for_provider, &created, err, size);
    });
    --services_->action_depth;
    if (out_id) *out_id = r.ok ? created : 0;
    Loaded::after_call(*this);
    if (r.ok) return WB_OK;
    requester.last_error = provider->id + " could not do '" + action.title + "': " +
                           or_default(r.message, "it gave no reason");
    return WB_ERROR;
}

Status PluginHost::set_enabled(const std::string& plugin_id, bool enabled) {
    auto slot = std::find_if(infos_.begin(), infos_.end(), [&](const PluginInfo& i) { return i.id == plugin_id; });
    if (slot == infos_.end() && !safe_mode_) return Status::fail("there is no plugin with id '" + plugin_id + "'");

    config_.set_plugin_disabled(plugin_id, !enabled);
    Status saved = config_.save();

    if (!safe_mode_ && slot != infos_.end()) {
        size_t index = static_cast<size_t>(slot - infos_.begin());
        // Unload whatever runs under this id (also a copy failed this run).
        auto running = std::find_if(loaded_.begin(), loaded_.end(), [&](const auto& p) { return p->id == plugin_id; });
        if (running != loaded_.end()) {
            Loaded::shutdown(*this, **running);
            loaded_.erase(running);
        }
        if (enabled) {
            fs::path source = infos_[index].path;
            Loaded::load_into(*this, index, source);
        } else {
            infos_[index].state = PluginState::Disabled;
            infos_[index].reason = "disabled in the plugin manager";
        }
    }
    if (!saved) return Status::fail("the change applies now but could not be saved: " + saved.message());
    return Status::ok();
}

const std::vector<PluginHost::LogLine>& PluginHost::log() const { return log_; }

// ---- Export and import (since 1.2) --------------------------------------------

std::vector<ExportInfo> PluginHost::exports_of(const std::string& plugin_id) const {
    std::vector<ExportInfo> out;
    Loaded* p = Loaded::find(*this, plugin_id);
    if (!p || !p->running()) return out;
    for (const wb_host::Export& e : p->handle->exports)
        out.push_back(ExportInfo{plugin_id, e.id, e.title, e.spec.formats, e.spec.paged != 0, e.spec.can_blank != 0,
                                 e.spec.width, e.spec.height});
    return out;
}

std::vector<ImportInfo> PluginHost::imports_of(const std::string& plugin_id) const {
    std::vector<ImportInfo> out;
    Loaded* p = Loaded::find(*this, plugin_id);
    if (!p || !p->running()) return out;
    for (const wb_host::Import& i : p->handle->imports)
        out.push_back(ImportInfo{plugin_id, i.id, i.title, i.extension, i.spec.max_bytes});
    return out;
}

namespace {

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

} // namespace

Status PluginHost::run_export(const std::string& plugin_id, const std::string& export_id,
                              const ExportOptions& options, const fs::path& out, int* pages) {
    Loaded* p = Loaded::find(*this, plugin_id);
    if (!p || !p->running()) return Status::fail("the plugin '" + plugin_id + "' is not running");
    auto it = std::find_if(p->handle->exports.begin(), p->handle->exports.end(),
                           [&](const wb_host::Export& e) { return e.id == export_id; });
    if (it == p->handle->exports.end())
        return Status::fail("the plugin '" + plugin_id + "' offers no export '" + export_id + "'");
    const wb_host::Export e = *it; // a copy: nothing of the plugin's list is held across its call
    if (!(e.spec.formats & options.format))
        return Status::fail("'" + e.title + "' can be exported as " + format_list(e.spec.formats) + ", not as " +
                            format_name(options.format));
    if (options.blank && !e.spec.can_blank)
        return Status::fail("'" + e.title + "' has no empty form to print");

    // The stamp: the case's pseudonymous code (never its label) and a date.
    std::string stamp = options.date.empty() ? today() : options.date;
    if (options.case_id != 0) {
        const auto c = store_.find_case(options.case_id);
        if (!c) return Status::fail("there is no case with id " + std::to_string(options.case_id));
        stamp = c->code + " \xC2\xB7 " + stamp;
    }
    const PagePoints size = e.spec.paged ? page_points(options.page) : PagePoints{e.spec.width, e.spec.height};
    wb_palette paper = context_.print_palette.struct_size ? context_.print_palette : context_.palette;
    paper.struct_size = sizeof(wb_palette);
    const wb_export_job job{sizeof(wb_export_job), options.format, options.case_id, options.item_id,
                            size.width,           size.height,    options.blank ? 1 : 0, stamp.c_str(),
                            &paper};

    // The plugin's outcome as a Status; a failure leaves the plugin running.
    auto outcome = [](const CallResult& r) {
        return r.ok ? Status::ok() : Status::fail(or_default(r.message, "the plugin gave no reason"));
    };
    DrawExport draw;
    if (e.spec.draw)
        draw = [&](wb_canvas* canvas) {
            return outcome(call_plugin(*p->handle, [&](char* err, uint32_t n) {
                return e.spec.draw(p->instance, e.spec.user, canvas, &job, err, n);
            }));
        };
    WriteExport write;
    if (e.spec.write_text)
        write = [&](wb_text_sink sink, void* ctx) {
            return outcome(call_plugin(*p->handle, [&](char* err, uint32_t n) {
                return e.spec.write_text(p->instance, e.spec.user, &job, sink, ctx, err, n);
            }));
        };
    Status s = write_export_file(ExportTarget{options.format, size.width, size.height, out}, draw, write, pages);
    Loaded::after_call(*this);
    if (!s) return Status::fail("'" + e.title + "' was not exported: " + s.message());
    return Status::ok();
}

Status PluginHost::run_import(const std::string& plugin_id, const std::string& import_id, const fs::path& file) {
    Loaded* p = Loaded::find(*this, plugin_id);
    if (!p || !p->running()) return Status::fail("the plugin '" + plugin_id + "' is not running");
    auto it = std::find_if(p->handle->imports.begin(), p->handle->imports.end(),
                           [&](const wb_host::Import& i) { return i.id == import_id; });
    if (it == p->handle->imports.end())
        return Status::fail("the plugin '" + plugin_id + "' offers no import '" + import_id + "'");
    const wb_host::Import i = *it;
    if (store_.read_only()) return Status::fail("the store is open read-only, so nothing can be imported");
    Result<std::string> bytes = read_import_file(file, i.spec.max_bytes);
    if (!bytes) return bytes.status();
    CallResult r = call_plugin(*p->handle, [&](char* err, uint32_t n) {
        const std::string& b = bytes.value();
        return i.spec.receive(p->instance, i.spec.user, b.data(), static_cast<int64_t>(b.size()), err, n);
    });
    Loaded::after_call(*this);
    if (!r.ok)
        return Status::fail(file.filename().string() + " was not imported: " +
                            or_default(r.message, "the plugin refused it without a reason"));
    return Status::ok();
}

} // namespace wb::core
