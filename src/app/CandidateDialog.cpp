#include "app/CandidateDialog.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/HtmlText.h"
#include "core/storage/EmailAddress.h"

namespace amhire::app {

namespace {
wxTextCtrl* addField(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, const std::string& value,
                     long style = 0)
{
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    auto* ctrl = new wxTextCtrl(parent, wxID_ANY, fromUtf8(value), wxDefaultPosition,
                                parent->FromDIP(wxSize(360, (style & wxTE_MULTILINE) ? 90 : -1)), style);
    grid->Add(ctrl, 1, wxEXPAND);
    return ctrl;
}

std::string trimmed(const wxTextCtrl* ctrl)
{
    wxString value = ctrl->GetValue();
    value.Trim(true).Trim(false);
    return toUtf8(value);
}
}  // namespace

CandidateDialog::CandidateDialog(wxWindow* parent, const wxString& title, const Candidate& candidate)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      original_(candidate)
{
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 8)));
    grid->AddGrowableCol(1);
    name_ = addField(this, grid, _("&Name:"), candidate.name);
    email_ = addField(this, grid, _("&Email:"), candidate.email);
    phone_ = addField(this, grid, _("&Phone:"), candidate.phone);
    source_ = addField(this, grid, _("&Source:"), candidate.source);
    company_ = addField(this, grid, _("Current &company:"), candidate.currentCompany);
    title_ = addField(this, grid, _("Current &title:"), candidate.currentTitle);
    notes_ = addField(this, grid, _("N&otes:"), candidate.notes, wxTE_MULTILINE);
    grid->AddGrowableRow(6);

    problem_ = new wxStaticText(this, wxID_ANY, wxString());
    problem_->SetForegroundColour(wxColour(0xA4, 0x26, 0x2C));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxALL | wxEXPAND, FromDIP(12));
    sizer->Add(problem_, 0, wxLEFT | wxRIGHT | wxEXPAND, FromDIP(12));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxALL | wxEXPAND, FromDIP(12));
    SetSizerAndFit(sizer);
    name_->SetFocus();
    Bind(wxEVT_BUTTON, &CandidateDialog::onOk, this, wxID_OK);
}

wxString CandidateDialog::problem() const
{
    if (trimmed(name_).empty())
        return _("Enter the candidate's name.");
    const std::string email = trimmed(email_);
    if (!email.empty() && !isPlausibleEmail(email))
        return wxString::Format(_("\"%s\" does not look like an email address."), fromUtf8(email));
    return {};
}

Candidate CandidateDialog::candidate() const
{
    Candidate c = original_;
    c.name = trimmed(name_);
    c.email = trimmed(email_);
    c.phone = trimmed(phone_);
    c.source = trimmed(source_);
    c.currentCompany = trimmed(company_);
    c.currentTitle = trimmed(title_);
    c.notes = toUtf8(notes_->GetValue());
    return c;
}

void CandidateDialog::onOk(wxCommandEvent& event)
{
    const wxString why = problem();
    if (why.empty()) {
        event.Skip();  // the default handler closes the dialog with wxID_OK
        return;
    }
    problem_->SetLabel(why);
    Layout();
    (trimmed(name_).empty() ? name_ : email_)->SetFocus();
}

}  // namespace amhire::app
