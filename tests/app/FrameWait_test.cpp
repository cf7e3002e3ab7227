#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include <wx/frame.h>

#include "GuiTestSupport.h"
#include "app/FrameWait.h"
#include "core/storage/StorageError.h"

using namespace amhire;
using namespace std::chrono_literals;

TEST_CASE("waiting a frame at a time asks in frame-long slices and gives up at the time-out", "[gui][wait]")
{
    std::vector<std::chrono::milliseconds> asked;
    const bool done = app::waitAFrameAtATime(
        [&](std::chrono::milliseconds wait) {
            asked.push_back(wait);
            return false;
        },
        50ms);
    CHECK_FALSE(done);
    REQUIRE(asked.size() >= 2);
    CHECK(asked.front() == 0ms);  // a first look that never waits
    CHECK(asked.back() == app::kOneFrame);

    int calls = 0;
    CHECK(app::waitAFrameAtATime([&](std::chrono::milliseconds) { return ++calls == 3; }, 10s));
    CHECK(calls == 3);
}

TEST_CASE("a write run without freezing runs on another thread, is waited for, and its error reaches the caller",
          "[gui][wait]")
{
    const auto gui = std::this_thread::get_id();
    std::atomic<bool> finished{false};
    std::thread::id ranOn;
    app::runWithoutFreezing([&] {
        ranOn = std::this_thread::get_id();
        std::this_thread::sleep_for(40ms);
        finished = true;
    });
    CHECK(finished);
    CHECK(ranOn != gui);

    CHECK_THROWS_AS(app::runWithoutFreezing([] {
                        throw StorageError(StorageErrorKind::DiskFull, "x.db", "the disk is full");
                    }),
                    StorageError);
}

TEST_CASE("a window asked to repaint is painted while the wait goes on", "[gui][wait]")
{
    auto* frame = new wxFrame(nullptr, wxID_ANY, "wait");
    test::WindowCloser closer{frame};
    bool painted = false;
    bool waiting = false;
    bool paintedDuringWait = false;
    frame->Bind(wxEVT_PAINT, [&](wxPaintEvent& event) {
        painted = true;
        paintedDuringWait = paintedDuringWait || waiting;
        event.Skip();
    });
    frame->Show();
    // Only a window the display has put on screen gets paint events: after
    // other tests' windows, Xvfb (with no window manager) can take a while.
    for (int i = 0; i < 200 && !painted; ++i) {
        test::pumpEvents();
        wxMilliSleep(10);
    }
    REQUIRE(painted);
    // As when a dialog closes over the window, or the window is uncovered.
    frame->Refresh();
    waiting = true;
    app::runWithoutFreezing([] { std::this_thread::sleep_for(200ms); });
    waiting = false;
    CHECK(paintedDuringWait);
}
