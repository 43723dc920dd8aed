// af_live.cpp - the live recorder's clock and its writes (see af_live.h).
#include "af_live.h"

#include "af_flow.h"

#include <algorithm>
#include <chrono>

namespace activity_flow {

Clock steady_clock_ms() {
    return [] {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    };
}

int64_t LiveRecorder::elapsed_ms() const {
    if (state_ != State::Running) return base_ms_;
    return base_ms_ + std::max<int64_t>(clock_() - resumed_at_, 0);
}

Outcome LiveRecorder::start(int64_t case_id, std::optional<int64_t> session_id, std::string_view title, int slice_s,
                            Activity first) {
    Outcome out = model_.start(case_id, session_id, title, slice_s, first);
    if (!out) return out;
    recording_id_ = out.id;
    state_ = State::Running;
    base_ms_ = 0;
    resumed_at_ = clock_();
    current_ = first;
    return out;
}

void LiveRecorder::attach(const RecordingData& d) {
    recording_id_ = d.rec.id;
    state_ = State::Paused;
    base_ms_ = stored_duration(d);
    current_ = d.stretches.empty() ? Activity::Locating : d.stretches.back().activity;
}

Outcome LiveRecorder::switch_to(Activity a) {
    if (state_ == State::Idle) return Outcome{0, "Start a recording first."};
    if (a == current_) return Outcome{};
    // While paused, the switch happens where the clock stopped.
    Outcome out = model_.switch_to(recording_id_, elapsed_ms(), a);
    if (out) current_ = a;
    return out;
}

Outcome LiveRecorder::pause() {
    if (state_ != State::Running) return Outcome{};
    base_ms_ = elapsed_ms();
    state_ = State::Paused;
    return model_.checkpoint(recording_id_, base_ms_);
}

Outcome LiveRecorder::resume() {
    if (state_ != State::Paused) return Outcome{};
    resumed_at_ = clock_();
    state_ = State::Running;
    return Outcome{};
}

Outcome LiveRecorder::stop() {
    if (state_ == State::Idle) return Outcome{};
    Outcome out = model_.finish(recording_id_, elapsed_ms());
    if (out) forget();
    return out;
}

Outcome LiveRecorder::note(int64_t at_ms, std::string_view text) {
    if (state_ == State::Idle) return Outcome{0, "Start a recording first."};
    return model_.add_note(recording_id_, std::clamp<int64_t>(at_ms, 0, elapsed_ms()), text, elapsed_ms());
}

void LiveRecorder::sync(const std::optional<RecordingData>& d) {
    if (state_ == State::Idle) return;
    if (!d || d->rec.finished) {
        forget();
        return;
    }
    if (!d->stretches.empty()) current_ = d->stretches.back().activity;
}

} // namespace activity_flow
