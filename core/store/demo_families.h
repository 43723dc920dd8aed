// core/store/demo_families.h - the fictional families of the demo library.
//
// Training facilitators show the frameworks on a projector with cases that
// are invented from start to finish. The core owns each family's case and
// its sessions (dates relative to today, a short note each); every plugin
// adds its own data for the family when it hears WB_EVENT_DEMO_CASE_CREATED
// with the family's key. Nothing here is about a real person.
#pragma once

#include <span>
#include <string_view>

namespace wb::core {

struct DemoSession {
    int days_ago;
    const char* supervisee;
    const char* notes;
};

struct DemoFamily {
    const char* key;     // "rivers": what plugins are told (wb_event::demo_family)
    const char* code;    // the case code, e.g. "DEMO-01"
    const char* label;   // the case label, always saying "fictional"
    const char* summary; // one line for the demo library dialog
    std::span<const DemoSession> sessions; // oldest first
};

// Every family in the library, in the order the dialog lists them. The
// first is the one a new store starts with.
std::span<const DemoFamily> demo_families();

// The family with `key`, or nullptr.
const DemoFamily* find_demo_family(std::string_view key);

} // namespace wb::core
