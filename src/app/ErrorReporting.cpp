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
    // What failed as the bold first line, why and what to do below it, as
    // GTK lays out a message with details; a message alone is drawn plain.
    wxMessageDialog dialog(parent, what, what, wxOK | wxICON_ERROR);
    dialog.SetExtendedMessage(describeException(e));
    dialog.ShowModal();
}

}  // namespace amhire::app
