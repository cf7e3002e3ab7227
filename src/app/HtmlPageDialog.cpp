#include "app/HtmlPageDialog.h"

#include <wx/button.h>
#include <wx/sizer.h>

#include "app/ThemedHtmlWindow.h"

namespace amhire::app {

HtmlPageDialog::HtmlPageDialog(wxWindow* parent, const wxString& title, const wxString& page,
                               const wxSize& size)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    page_ = new ThemedHtmlWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(size));
    page_->SetPage(page);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(page_, 1, wxEXPAND | wxALL, FromDIP(6));
    sizer->Add(CreateStdDialogButtonSizer(wxCLOSE), 0, wxEXPAND | wxALL, FromDIP(6));
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
    CentreOnParent();
}

} // namespace amhire::app
