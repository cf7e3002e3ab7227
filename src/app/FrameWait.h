#pragma once

#include <chrono>
#include <functional>
#include <future>

namespace amhire::app {

// How long the GUI thread may wait on something before it repaints.
inline constexpr std::chrono::milliseconds kOneFrame{16};

// Waits until `waitFor(kOneFrame)` says done, at most `timeout`, without
// freezing the window: between waits it handles paint and resize events
// (no user input, so nothing new starts meanwhile). Returns false on timeout.
bool waitAFrameAtATime(const std::function<bool(std::chrono::milliseconds)>& waitFor,
                       std::chrono::milliseconds timeout);

// Waits for `future` as above, however long it takes: work that has started
// ends, in success or an error, and there is no giving up half-way.
template <typename T>
void waitAFrameAtATimeFor(const std::future<T>& future)
{
    waitAFrameAtATime(
        [&future](std::chrono::milliseconds wait) { return future.wait_for(wait) == std::future_status::ready; },
        std::chrono::hours(24));
}

// Runs `work` (a durable write the screen must see finish: submitting,
// reopening, starting an interview) on another thread and waits for it as
// above, so a slow disk never freezes the window. Rethrows what it throws.
void runWithoutFreezing(const std::function<void()>& work);

}  // namespace amhire::app
