#pragma once

#include <future>
#include <memory>

#include <wx/string.h>

namespace amhire {
class Storage;
}

namespace amhire::app {

// A database being opened on another thread while the window comes up:
// opening checks the whole file (PRAGMA quick_check), a second or more for a
// large database not in the OS cache, and the window need not wait for it.
class PendingDatabase {
public:
    // Destroying one waits for the opening to end (without painting: call
    // wait() first where the window is up).
    PendingDatabase(const wxString& path, std::future<std::unique_ptr<Storage>> opening);

    const wxString& path() const { return path_; }
    bool ready() const;
    // Until ready, a frame at a time: the window keeps painting.
    void wait();

    // The opened database, waiting for it a frame at a time (the window keeps
    // painting); rethrows what opening threw.
    std::unique_ptr<Storage> get();

private:
    wxString path_;
    std::future<std::unique_ptr<Storage>> opening_;
};

}  // namespace amhire::app
