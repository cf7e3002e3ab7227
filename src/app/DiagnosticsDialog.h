#pragma once

#include <wx/dialog.h>

#include "core/content/Diagnostic.h"

class wxListCtrl;

namespace amhire::app {

// Lists content problems as `file:line:col` rows so a content author can jump
// to each; the app still opens with whatever loaded.
class DiagnosticsDialog : public wxDialog {
public:
    DiagnosticsDialog(wxWindow* parent, const Diagnostics& diagnostics);
    wxListCtrl* list() const { return list_; }

private:
    wxListCtrl* list_ = nullptr;
};

}  // namespace amhire::app
