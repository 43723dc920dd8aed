// af_demo.h - the fictional demo families' activity recordings, so the
// diagram has a story to show on a projector: one or two recordings per
// family, each hung on one of the case's sessions (in date order), with
// notes at moments that matter. Every text is invented and marked as demo.
#pragma once

#include "af_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace activity_flow {

struct DemoRecording {
    Recording rec; // case_id unset; session_id set when the case has that session
    std::vector<Stretch> stretches; // time order, the first at 0
    std::vector<Note> notes;
};

// `family`: "rivers", "harbour" or "meadow"; anything else (empty, an
// unknown key) gives the "rivers" recordings. `sessions` are the case's,
// oldest first; a recording whose session is missing goes without one.
std::vector<DemoRecording> demo_recordings(std::string_view family, const std::vector<SessionRef>& sessions,
                                           const std::string& today);

} // namespace activity_flow
