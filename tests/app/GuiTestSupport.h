#pragma once

#include <cstdlib>

#include <wx/app.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/utils.h>
#include <wx/window.h>

namespace amhire::test {

// Lets pending events and idle handlers run, as the event loop would.
inline void pumpEvents(int rounds = 5)
{
    for (int i = 0; i < rounds; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
        wxTheApp->ProcessIdle();  // deletes windows queued by Destroy()
    }
}

// Destroys a top-level window at the end of a test, whatever happens.
struct WindowCloser {
    wxWindow* window;
    ~WindowCloser()
    {
        if (window) {
            window->Hide();
            window->Destroy();
        }
        pumpEvents();
    }
};

// When AMHIRE_SCREENSHOT_DIR is set, saves what `window` shows as NAME.png
// there, so a person can look at a view in a given state.
inline void saveScreenshot(wxWindow* window, const char* name)
{
    const char* dir = std::getenv("AMHIRE_SCREENSHOT_DIR");
    if (!dir || !*dir)
        return;
    window->Raise();
    window->Refresh();
    window->Update();
    for (int i = 0; i < 10; ++i) {  // let the X server map and paint the window
        pumpEvents(2);
        wxMilliSleep(30);
    }
    const wxRect rect = window->GetScreenRect();
    wxBitmap bitmap(rect.width, rect.height);
    wxMemoryDC memory(bitmap);
    wxScreenDC screen;
    memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y);
    memory.SelectObject(wxNullBitmap);
    wxInitAllImageHandlers();
    bitmap.SaveFile(wxString(dir) + "/" + name + ".png", wxBITMAP_TYPE_PNG);
}

}  // namespace amhire::test
