#pragma once

#include <wx/dialog.h>

#include "core/storage/Model.h"

class wxTextCtrl;
class wxStaticText;

namespace amhire::app {

// Add or edit a candidate. OK is only accepted with a name and, when an email
// is given, one that looks like an email; the problem is shown in the dialog.
class CandidateDialog : public wxDialog {
public:
    CandidateDialog(wxWindow* parent, const wxString& title, const Candidate& candidate);

    Candidate candidate() const;  // the edited values on top of the original
    wxTextCtrl* nameCtrl() const { return name_; }
    wxTextCtrl* emailCtrl() const { return email_; }
    wxStaticText* problemText() const { return problem_; }

    // What is wrong with the entered values, or empty when they are fine.
    wxString problem() const;

private:
    void onOk(wxCommandEvent& event);

    Candidate original_;
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* email_ = nullptr;
    wxTextCtrl* phone_ = nullptr;
    wxTextCtrl* source_ = nullptr;
    wxTextCtrl* company_ = nullptr;
    wxTextCtrl* title_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    wxStaticText* problem_ = nullptr;
};

}  // namespace amhire::app
