#include "app/FrameWait.h"

#include <future>

#include <wx/evtloop.h>
#include <wx/utils.h>
#include <wx/window.h>

namespace amhire::app {

bool waitAFrameAtATime(const std::function<bool(std::chrono::milliseconds)>& waitFor,
                       std::chrono::milliseconds timeout)
{
    if (waitFor(std::chrono::milliseconds(0)))
        return true;  // the usual case: nothing to wait for
    wxBusyCursor busy;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!waitFor(kOneFrame)) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        // Only UI events (paint, size): input handled here could start a
        // second submit or close the window under the caller.
        if (wxEventLoopBase* loop = wxEventLoopBase::GetActive())
            loop->YieldFor(wxEVT_CATEGORY_UI);
        // GTK 3 paints at its frame clock's pace, which the yield above does
        // not reach: without this, what needs repainting waits for the end of
        // the wait (FrameWait_test). Update() paints it now.
        for (wxWindow* window : wxTopLevelWindows)
            if (window->IsShown())
                window->Update();
    }
    return true;
}

void runWithoutFreezing(const std::function<void()>& work)
{
    // The work may use the GUI thread's SQLite connection: SQLite serialises
    // access to a connection, and the GUI thread only paints meanwhile.
    std::future<void> done = std::async(std::launch::async, work);
    waitAFrameAtATimeFor(done);
    done.get();
}

}  // namespace amhire::app
