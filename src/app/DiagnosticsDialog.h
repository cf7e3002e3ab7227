#pragma once

#include <wx/dialog.h>

#include "core/content/Diagnostic.h"

class wxListCtrl;
class wxTextCtrl;

namespace amhire::app {

// Lists content problems as `file:line:col` rows so a content author can jump
// to each; the app still opens with whatever loaded. The chosen row is shown
// in full below the list, where a long message can be read and copied.
class DiagnosticsDialog : public wxDialog {
public:
    DiagnosticsDialog(wxWindow* parent, const Diagnostics& diagnostics);
    wxListCtrl* list() const { return list_; }
    wxTextCtrl* details() const { return details_; }

  private:
    void showDetails(long row);

    Diagnostics diagnostics_;
    wxListCtrl* list_ = nullptr;
    wxTextCtrl* details_ = nullptr;
};

}  // namespace amhire::app
