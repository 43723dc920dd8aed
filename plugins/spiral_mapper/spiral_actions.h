// spiral_actions.h - what the spiral mapper does for other plugins: the
// "spiral_mapper.add_step" action (SDK actions, abi.h), so that e.g. the
// rupture-repair tracker can add a "repair after rupture" step when a
// rupture is repaired, without either plugin calling the other.
//
// The request's fields are read into a Step here, refusing anything the
// form would refuse, so the action keeps the same rules as the panel. Plain
// C++ over the model: tested without a window.
#pragma once

#include "spiral_model.h"

#include <workbench/plugin.hpp>

#include <cstdint>
#include <string>
#include <variant>

namespace spiral_mapper {

// The action's name and the newest request version it understands.
//
// Version 1 fields (case_id and session_id travel in the request itself):
//   date         required  YYYY-MM-DD, not in the future
//   kind         required  acceptance | value_themselves | subtle | obvious | repair
//   description  required  what happened, in a line or two
//   theme        optional  a theme tag (the same theme again makes a loop)
//   help, challenge, possibility
//                optional  strengthened | unchanged | strained (default unchanged)
//   expansion    optional  none | some | much (default none)
// Returns the new step's id.
inline constexpr const char* kAddStepAction = "spiral_mapper.add_step";
inline constexpr int kAddStepVersion = 1;

// The request as a step, or the reason it cannot be one (in words the
// requester can show as they are).
std::variant<Step, std::string> step_from_request(const wb::ActionRequest& request);

// The action's handler: checks the request and the case, then adds the
// step as one undo step of its own. Throws wb::Error to refuse.
int64_t run_add_step(SpiralModel& model, const wb::ActionRequest& request,
                     const std::string& today = today_local());

} // namespace spiral_mapper
