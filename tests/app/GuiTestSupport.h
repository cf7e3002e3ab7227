#pragma once

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include <cairo.h>

#include <wx/app.h>
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
// there, so a person can look at a view in a given state. The window is
// drawn by GTK into an image, not read back from the screen: under Xvfb,
// without a window manager, a frame made after an earlier one was destroyed
// is often never put on the screen, and reading the screen then gave the
// earlier frame's pixels. GTK is found in the running process (wxGTK loaded
// it) rather than linked, since its headers would bring ~60 -dev packages.
inline void saveScreenshot(wxWindow* window, const char* name)
{
    const char* dir = std::getenv("AMHIRE_SCREENSHOT_DIR");
    if (!dir || !*dir)
        return;
    window->Refresh();
    for (int i = 0; i < 10; ++i) { // let layout and pending repaints finish
        pumpEvents(2);
        wxMilliSleep(30);
    }
    using DrawWidget = void (*)(GtkWidget*, cairo_t*);
    const auto draw = reinterpret_cast<DrawWidget>(dlsym(RTLD_DEFAULT, "gtk_widget_draw"));
    if (!draw)
        throw std::runtime_error("saveScreenshot: gtk_widget_draw is not in the process");
    const wxSize size = window->GetSize();
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size.x, size.y);
    cairo_t* cairo = cairo_create(surface);
    cairo_set_source_rgb(cairo, 1, 1, 1);
    cairo_paint(cairo);
    draw(window->GetHandle(), cairo);
    cairo_destroy(cairo);
    std::filesystem::create_directories(dir);
    const std::string path = std::string(dir) + "/" + name + ".png";
    const cairo_status_t status = cairo_surface_write_to_png(surface, path.c_str());
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("saveScreenshot: cannot write " + path + ": " +
                                 cairo_status_to_string(status));
}

}  // namespace amhire::test
