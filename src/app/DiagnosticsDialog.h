#pragma once

#include <wx/dialog.h>

#include "core/content/Diagnostic.h"

class wxListCtrl;
class wxTextCtrl;

namespace amhire::app {

// Lists content problems as `file:line:col` rows so a content author can jump
// to each. The chosen row is shown in full below the list, where a long
// message can be read and copied. At start the app opens with whatever
// loaded; after File > Reload Content the user chooses between what loaded
// (OK) and the content in use (Cancel, the default).
class DiagnosticsDialog : public wxDialog {
public:
  enum class When { AtStart, OnReload };
  DiagnosticsDialog(wxWindow* parent, const Diagnostics& diagnostics, When when = When::AtStart);
  wxListCtrl* list() const { return list_; }
  wxTextCtrl* details() const { return details_; }

private:
  void showDetails(long row);

  Diagnostics diagnostics_;
  wxListCtrl* list_ = nullptr;
  wxTextCtrl* details_ = nullptr;
};

}  // namespace amhire::app
