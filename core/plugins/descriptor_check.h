// core/plugins/descriptor_check.h - the SDK's version and size rules for a
// plugin descriptor, as pure functions.
//
// Kept apart from the loader so the acceptance table (which descriptor sizes
// and ABI versions a host takes) is unit-tested without loading anything,
// and so a test can pretend to be a newer host (HostAbi is a parameter).
#pragma once

#include "util/status.h"

#include <workbench/abi.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace wb::core {

// The size of a descriptor built against SDK 1.0: the struct truncated after
// its last 1.0 field (on_event). Fields appended in 1.x minors lie beyond it
// and are read only when struct_size covers them (WB_HAS_FIELD). Today this
// is the whole struct.
inline constexpr uint32_t kDescriptorSize_1_0 =
    offsetof(wb_plugin_descriptor, on_event) + sizeof(wb_plugin_descriptor::on_event);
// The same rule for one migration entry.
inline constexpr uint32_t kMigrationSize_1_0 =
    offsetof(wb_migration, sql) + sizeof(wb_migration::sql);
// struct_size, abi_major and abi_minor: fixed forever, in every major.
inline constexpr uint32_t kDescriptorHeaderSize =
    offsetof(wb_plugin_descriptor, imgui_version);

// What the checking host understands.
struct HostAbi {
    uint32_t descriptor_size = sizeof(wb_plugin_descriptor); // the largest it knows
    int major = WB_ABI_MAJOR;
    int minor = WB_ABI_MINOR;
    int imgui_version = 0; // IMGUI_VERSION_NUM of the host
    static HostAbi current();
};

// Checks, in this order: a readable header; the ABI major; the 1.0 minimum
// size; a newer minor; a larger descriptor than the host knows; the ImGui
// version; the id; create/destroy present; the migration list. The message
// names both sides' versions where versions are involved.
Status check_descriptor(const wb_plugin_descriptor* d, const HostAbi& host);

// [a-z0-9_]+, 1-64 characters, no "__", no trailing "_", and not reserved
// ("wb", "wb_*", "sqlite*"): the id is also the table prefix "<id>__". The
// same rule as the store's authorizer (store_impl.h).
bool is_valid_plugin_id(std::string_view id);

} // namespace wb::core
