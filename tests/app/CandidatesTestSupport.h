#pragma once

#include <string>

#include <wx/testing.h>
#include <wx/textctrl.h>

#include "app/CandidateDialog.h"
#include "app/Workspace.h"
#include "core/openings/NewOpening.h"

namespace amhire::test {

// An opening for the general template, mid level, at Northwind.
inline int64_t addOpening(app::Workspace& workspace)
{
    const Content& content = workspace.content();
    PostingInput input;
    input.templateId = "general";
    input.level = Level::Mid;
    input.company = "Northwind";
    return workspace.storage().openings().add(makeOpening(content, *content.jobTemplate("general"), input),
                                              "tester");
}

// A new candidate for `openingId`, at the interviewing stage: their application's id.
inline int64_t addInterviewee(Storage& storage, int64_t openingId, std::string name)
{
    Candidate candidate;
    candidate.name = std::move(name);
    return storage.candidates().addApplication(storage.candidates().add(candidate, "hr"), openingId,
                                               Stage::Interviewing, "hr");
}

// Fills the candidate dialog as a user would, and presses OK only when the
// dialog itself accepts the values.
class FillCandidate : public wxExpectModalBase<app::CandidateDialog> {
  public:
    FillCandidate(wxString name, wxString email) : name_(std::move(name)), email_(std::move(email)) {}

  protected:
    int OnInvoked(app::CandidateDialog* dialog) const override
    {
        dialog->nameCtrl()->ChangeValue(name_);
        dialog->emailCtrl()->ChangeValue(email_);
        return dialog->problem().empty() ? wxID_OK : wxID_CANCEL;
    }

  private:
    wxString name_, email_;
};

} // namespace amhire::test
