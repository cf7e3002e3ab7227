#include "app/DiagnosticsDialog.h"

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/HtmlText.h"

namespace amhire::app {

DiagnosticsDialog::DiagnosticsDialog(wxWindow* parent, const Diagnostics& diagnostics)
    : wxDialog(parent, wxID_ANY, _("Problems in the content files"), wxDefaultPosition, wxSize(900, 420),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY,
                                wxString::Format(_("%zu problems were found. amhire opened with the content that "
                                                   "loaded; fix these files and restart to load the rest."),
                                                 diagnostics.size())),
               0, wxALL | wxEXPAND, 10);
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Location"), wxLIST_FORMAT_LEFT, 330);
    list_->AppendColumn(_("Severity"), wxLIST_FORMAT_LEFT, 80);
    list_->AppendColumn(_("Problem"), wxLIST_FORMAT_LEFT, 460);
    wxString all;
    for (const Diagnostic& d : diagnostics) {
        wxString where = fromUtf8(d.path);
        if (d.line > 0)
            where += wxString::Format(":%d:%d", d.line, d.column);
        long row = list_->InsertItem(list_->GetItemCount(), where);
        list_->SetItem(row, 1, toString(d.severity));
        list_->SetItem(row, 2, fromUtf8(d.message));
        all += fromUtf8(d.format()) + "\n";
    }
    sizer->Add(list_, 1, wxLEFT | wxRIGHT | wxEXPAND, 10);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* copy = new wxButton(this, wxID_COPY, _("&Copy All"));
    copy->Bind(wxEVT_BUTTON, [all](wxCommandEvent&) {
        if (wxTheClipboard->Open()) {
            wxTheClipboard->SetData(new wxTextDataObject(all));
            wxTheClipboard->Close();
        }
    });
    buttons->Add(copy);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_OK, _("Continue")));
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 10);
    SetSizer(sizer);
    SetEscapeId(wxID_OK);
}

}  // namespace amhire::app
