// core/plugins/descriptor_check.h - the SDK's version and size rules for a
// plugin descriptor, as pure functions.
//
// Kept apart from the loader so the acceptance table (which descriptor sizes
// and ABI versions a host takes) is unit-tested without loading anything,
// and so a test can pretend to be a newer host (HostAbi is a parameter).
#pragma once

#include "util/rules.h" // is_valid_plugin_id: one rule shared with the store
#include "util/status.h"

#include <workbench/abi.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wb::core {

// The size of a descriptor built against SDK 1.0: the struct truncated after
// its last 1.0 field (on_event). Fields appended in 1.x minors lie beyond it
// and are read only when struct_size covers them (WB_HAS_FIELD). Today this
// is the whole struct.
inline constexpr uint32_t kDescriptorSize_1_0 =
    offsetof(wb_plugin_descriptor, on_event) + sizeof(wb_plugin_descriptor::on_event);
// The same rule for one migration entry and for a panel.
inline constexpr uint32_t kMigrationSize_1_0 =
    offsetof(wb_migration, sql) + sizeof(wb_migration::sql);
inline constexpr uint32_t kPanelSize_1_0 = offsetof(wb_panel, user) + sizeof(wb_panel::user);
// Actions arrived in 1.1: the first size of each action struct.
inline constexpr uint32_t kActionSize_1_1 = offsetof(wb_action, user) + sizeof(wb_action::user);
// Export and import arrived in 1.2.
inline constexpr uint32_t kExportSize_1_2 = offsetof(wb_export, user) + sizeof(wb_export::user);
inline constexpr uint32_t kImportSize_1_2 = offsetof(wb_import, user) + sizeof(wb_import::user);
inline constexpr uint32_t kActionRequestSize_1_1 =
    offsetof(wb_action_request, requester) + sizeof(wb_action_request::requester);
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

// Reads a plugin's size-prefixed struct into this host's version of it.
// The plugin may be older (a smaller struct: the fields it lacks stay zero,
// i.e. absent) or newer (a larger struct: the fields this host does not
// know are ignored); anything smaller than the 1.0 size `min_size` is
// refused (nullopt). The copy's struct_size is the host's.
template <class HostStruct>
std::optional<HostStruct> read_sized(const void* plugin_struct, uint32_t plugin_size, uint32_t min_size) {
    if (!plugin_struct || plugin_size < min_size) return std::nullopt;
    HostStruct out{};
    std::memcpy(&out, plugin_struct, std::min<size_t>(plugin_size, sizeof(HostStruct)));
    out.struct_size = sizeof(HostStruct);
    return out;
}

// Reads a plugin's array of size-prefixed structs. The plugin laid it out
// with its own struct size, so the array is walked with that stride (the
// first entry's struct_size), never with sizeof(HostStruct); every entry
// must say the same size. `what` names an entry in messages ("migration").
template <class HostStruct>
Result<std::vector<HostStruct>> read_sized_array(const void* first, int32_t count, uint32_t min_size,
                                                 const std::string& what) {
    std::vector<HostStruct> out;
    if (count <= 0 || !first) return out;
    const auto* bytes = static_cast<const unsigned char*>(first);
    uint32_t stride = 0;
    std::memcpy(&stride, bytes, sizeof stride);
    if (stride < min_size)
        return Status::fail(what + " #1 has struct_size " + std::to_string(stride) + ", smaller than the " +
                            std::to_string(min_size) + " bytes of an SDK ABI 1.0 " + what);
    for (int32_t i = 0; i < count; ++i) {
        const unsigned char* entry = bytes + static_cast<size_t>(i) * stride;
        uint32_t size = 0;
        std::memcpy(&size, entry, sizeof size);
        if (size != stride)
            return Status::fail(what + " #" + std::to_string(i + 1) + " has struct_size " + std::to_string(size) +
                                ", but the list was laid out with " + std::to_string(stride) +
                                "-byte entries (the struct_size of #1); every entry must have the same size");
        out.push_back(*read_sized<HostStruct>(entry, size, min_size));
    }
    return out;
}

// The descriptor's migration list as this host's structs, checked: sizes
// (see read_sized_array), versions 1, 2, 3... strictly increasing, and SQL
// in each. This is what the host hands to the Store.
Result<std::vector<wb_migration>> read_migrations(const wb_plugin_descriptor* d);

} // namespace wb::core
