// af_live.h - the live recorder: one recording being coded as it unfolds.
// It keeps the active-time clock (which does not run while paused) and
// writes through ActivityModel at once on every start, switch, note, pause
// and stop, so the store always holds the recording so far.
//
// The clock is injected (milliseconds from any fixed point, never going
// back) so tests move time by hand; the app uses the steady clock.
// Plain C++ over wb::Host (no ImGui).
#pragma once

#include "af_model.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace activity_flow {

using Clock = std::function<int64_t()>;
Clock steady_clock_ms();

class LiveRecorder {
public:
    enum class State { Idle, Running, Paused };

    LiveRecorder(wb::Host host, Clock clock) : model_(host), clock_(std::move(clock)) {}

    State state() const { return state_; }
    bool active() const { return state_ != State::Idle; }
    int64_t recording_id() const { return recording_id_; }
    // Active time so far: the time recorded before the last resume plus,
    // while running, the time since.
    int64_t elapsed_ms() const;
    // The activity under way (the last one switched to).
    Activity current() const { return current_; }

    // Starts a new recording with `first` under way from 0:00, running.
    Outcome start(int64_t case_id, std::optional<int64_t> session_id, std::string_view title, int slice_s,
                  Activity first);
    // Takes up an unfinished recording (left by a crash or a close), paused
    // where the store says it got to.
    void attach(const RecordingData& d);
    // Switches now: stores the stretch at once. The same activity is a no-op.
    Outcome switch_to(Activity a);
    Outcome pause();  // stops the clock and stores the checkpoint
    Outcome resume(); // the clock runs again from where it stopped
    Outcome stop();   // finishes the recording; the recorder goes idle
    // A note at `at_ms` (the moment N was pressed), stored with the checkpoint.
    Outcome note(int64_t at_ms, std::string_view text);
    // After an undo or redo: the recording's last stretch is what is under
    // way; a recording that is gone (its start undone) leaves the recorder idle.
    void sync(const std::optional<RecordingData>& d);
    void forget() { *this = LiveRecorder(model_, clock_); }

private:
    LiveRecorder(ActivityModel model, Clock clock) : model_(model), clock_(std::move(clock)) {}

    ActivityModel model_;
    Clock clock_;
    State state_ = State::Idle;
    int64_t recording_id_ = 0;
    int64_t base_ms_ = 0;    // active time before the last resume
    int64_t resumed_at_ = 0; // clock reading at the last resume
    Activity current_ = Activity::Locating;
};

} // namespace activity_flow
