// core/plugins/descriptor_check.cpp - the descriptor acceptance rules (see
// descriptor_check.h and the "Versioning" section of sdk/README.md).
#include "plugins/descriptor_check.h"

#include <imgui.h>

#include <string>

namespace wb::core {

HostAbi HostAbi::current() {
    HostAbi h;
    h.imgui_version = IMGUI_VERSION_NUM;
    return h;
}

namespace {

std::string abi(int major, int minor) {
    return std::to_string(major) + "." + std::to_string(minor);
}

} // namespace

Status check_descriptor(const wb_plugin_descriptor* d, const HostAbi& host) {
    if (!d) return Status::fail("the entry point returned no descriptor");
    if (d->struct_size < kDescriptorHeaderSize)
        return Status::fail("the descriptor is " + std::to_string(d->struct_size) +
                            " bytes, too small to be a workbench plugin descriptor");

    const std::string plugin_abi = abi(d->abi_major, d->abi_minor);
    const std::string host_abi = abi(host.major, host.minor);

    // The major first: another major may lay out everything after the
    // header differently, so nothing else can be trusted.
    if (d->abi_major != host.major)
        return Status::fail("built for SDK ABI " + plugin_abi + ", but this host supports ABI " +
                            host_abi + " (the major version must match; rebuild the plugin)");
    if (d->struct_size < kDescriptorSize_1_0)
        return Status::fail("the descriptor is " + std::to_string(d->struct_size) +
                            " bytes, smaller than the " + std::to_string(kDescriptorSize_1_0) +
                            " bytes of an SDK ABI " + std::to_string(host.major) +
                            ".0 descriptor (plugin says ABI " + plugin_abi + ")");
    if (d->abi_minor > host.minor)
        return Status::fail("built for SDK ABI " + plugin_abi + ", newer than this host's ABI " +
                            host_abi + " (update the workbench, or build against an older SDK)");
    if (d->struct_size > host.descriptor_size)
        return Status::fail("the descriptor is " + std::to_string(d->struct_size) +
                            " bytes, larger than the " + std::to_string(host.descriptor_size) +
                            " bytes this host (ABI " + host_abi +
                            ") knows: an unknown, newer descriptor (plugin says ABI " + plugin_abi + ")");
    if (d->imgui_version != host.imgui_version)
        return Status::fail("built with Dear ImGui " + std::to_string(d->imgui_version) +
                            ", but this host uses Dear ImGui " + std::to_string(host.imgui_version) +
                            " (they must be the same; rebuild the plugin against this SDK)");
    if (!d->id || !is_valid_plugin_id(d->id))
        return Status::fail(std::string("invalid plugin id '") + (d->id ? d->id : "(null)") +
                            "': use 1-64 of a-z, 0-9 and '_', with no '__', no trailing '_', "
                            "and not 'wb', 'wb_...' or 'sqlite...'");
    if (!d->create || !d->destroy)
        return Status::fail(std::string("plugin '") + d->id + "' has no create or destroy function");
    return read_migrations(d).status();
}

Result<std::vector<wb_migration>> read_migrations(const wb_plugin_descriptor* d) {
    if (d->migration_count < 0)
        return Status::fail("the descriptor lists a negative number of migrations (" +
                            std::to_string(d->migration_count) + ")");
    if (d->migration_count > 0 && !d->migrations)
        return Status::fail("the descriptor lists " + std::to_string(d->migration_count) +
                            " migrations but no migration array");
    auto list = read_sized_array<wb_migration>(d->migrations, d->migration_count, kMigrationSize_1_0, "migration");
    if (!list) return list;
    int previous = 0;
    for (size_t i = 0; i < list.value().size(); ++i) {
        const wb_migration& m = list.value()[i];
        std::string which = "migration #" + std::to_string(i + 1);
        if (m.version <= previous)
            return Status::fail(which + " has version " + std::to_string(m.version) +
                                "; versions must start at 1 and strictly increase");
        if (!m.sql || !*m.sql) return Status::fail(which + " (version " + std::to_string(m.version) + ") has no SQL");
        previous = m.version;
    }
    return list;
}

} // namespace wb::core
