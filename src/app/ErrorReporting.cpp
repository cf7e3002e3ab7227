#include "app/ErrorReporting.h"

#include <wx/intl.h>
#include <wx/log.h>
#include <wx/msgdlg.h>

namespace amhire::app {

wxString describeException(const std::exception& e)
{
    return wxString::FromUTF8(e.what());
}

void showError(wxWindow* parent, const wxString& what, const std::exception& e)
{
    wxMessageDialog dialog(parent, describeException(e), what, wxOK | wxICON_ERROR);
    dialog.ShowModal();
}

}  // namespace amhire::app
