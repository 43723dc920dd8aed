// rr_spiral_link.h - offers a "repair after rupture" step on the
// partnership spiral when a rupture is marked repaired.
//
// Plugins never call each other: the spiral mapper offers the SDK action
// "spiral_mapper.add_step" (see sdk/README.md, "Actions") and this asks the
// host for it. When the spiral mapper is not installed, is switched off, or
// the host is older than SDK 1.1, available() is false and the view simply
// does not make the offer. The step the spiral records is one undo step of
// the spiral's own, separate from marking the rupture repaired.
#pragma once

#include "rr_types.h"

#include <workbench/plugin.hpp>

#include <string>

namespace rupture_repair {

inline constexpr const char* kSpiralAddStep = "spiral_mapper.add_step";
inline constexpr int kSpiralAddStepVersion = 1;

// The fields of the spiral request for a repaired rupture and the repair
// that closed it (plain data: tested without a host). The step is dated on
// the closing repair; its description names what arose and how it was
// mended, in a line the supervisor can edit later on the spiral.
wb::ActionFields spiral_step_fields(const Rupture& r, const RepairAction& closing);

class SpiralLink {
public:
    explicit SpiralLink(wb::Host h) : host_(h) {}
    // Whether a running spiral mapper can take the step.
    bool available() const;
    // Asks the spiral mapper for the step; "" on success, otherwise the
    // reason, ready to show.
    std::string add_repair_step(const Rupture& r, const RepairAction& closing);

private:
    wb::Host host_;
};

} // namespace rupture_repair
