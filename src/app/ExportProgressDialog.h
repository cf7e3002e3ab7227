#pragma once

#include <chrono>
#include <cstddef>
#include <memory>

#include <wx/progdlg.h>
#include <wx/string.h>

namespace amhire::app {

// The progress of a comparison export, for ExportOptions::progress: a
// dialog with a gauge and Cancel, shown only once the export has run long
// enough to be noticed (a small comparison exports without a flash of it).
// The export runs on the GUI thread; while the dialog is up, each update
// lets the window repaint, and other windows wait (the dialog is modal).
class ExportProgressDialog {
public:
    static constexpr std::chrono::milliseconds kUnnoticed{400};

    ExportProgressDialog(wxWindow* parent, const wxString& fileName,
                         std::chrono::milliseconds showAfter = kUnnoticed);

    // `done` of `total` steps written; false once the user has cancelled.
    bool update(std::size_t done, std::size_t total);

    // The dialog, once shown (for tests).
    wxProgressDialog* dialog() const { return dialog_.get(); }

private:
    wxWindow* parent_;
    wxString fileName_;
    std::chrono::steady_clock::time_point showAt_;
    std::chrono::steady_clock::time_point lastShown_;
    std::unique_ptr<wxProgressDialog> dialog_;
    int percentShown_ = -1;
};

}  // namespace amhire::app
