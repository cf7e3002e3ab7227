#pragma once

#include <vector>

#include <wx/dialog.h>

#include "core/interview/InterviewStart.h"
#include "core/storage/Model.h"

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace amhire::app {

class Workspace;

// Chooses who interviews whom, for which opening, how and for how long; shows
// the kit that will be built before it is.
class StartInterviewDialog : public wxDialog {
  public:
    StartInterviewDialog(wxWindow* parent, Workspace& workspace, const wxString& interviewer);

    // Valid after OK: the interviewer name is not empty and a candidate is chosen.
    InterviewRequest request() const;

    wxTextCtrl* interviewerBox() const { return interviewer_; }
    wxChoice* openingChoice() const { return opening_; }
    wxChoice* candidateChoice() const { return candidate_; }
    wxChoice* lengthChoice() const { return length_; }
    wxStaticText* kitSummary() const { return summary_; }
    // Fills the candidates of the chosen opening (also after a test changes it).
    void showCandidates();
    void showKitSummary();

  private:
    void updateOk();

    Workspace& workspace_;
    std::vector<Opening> openings_;
    std::vector<CandidateApplication> candidates_;
    wxTextCtrl* interviewer_ = nullptr;
    wxChoice* opening_ = nullptr;
    wxChoice* candidate_ = nullptr;
    wxChoice* kind_ = nullptr;
    wxChoice* length_ = nullptr;
    wxStaticText* summary_ = nullptr;
};

}  // namespace amhire::app
