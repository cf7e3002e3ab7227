#pragma once

#include <vector>

#include <wx/dialog.h>

#include "core/interview/InterviewStart.h"
#include "core/storage/Model.h"

class wxChoice;
class wxSearchCtrl;
class wxStaticText;
class wxTextCtrl;

namespace amhire::app {

class CandidateList;
class Workspace;

// Chooses who interviews whom, for which opening, how and for how long; shows
// the kit that will be built before it is. An opening may have thousands of
// candidates: they are listed on demand (a virtual list) and narrowed by
// typing part of a name, an email or a company.
class StartInterviewDialog : public wxDialog {
  public:
    StartInterviewDialog(wxWindow* parent, Workspace& workspace, const wxString& interviewer);

    // Valid after OK: the interviewer name is not empty and a candidate is chosen.
    InterviewRequest request() const;
    // Chooses the kind and length (those of the interview last started); a
    // length the dialog does not offer leaves its choice as it is.
    void preset(InterviewKind kind, int lengthMinutes);
    // Chooses a candidate of the opening shown; false if it has none such.
    bool chooseCandidate(int64_t candidateId);

    wxTextCtrl* interviewerBox() const { return interviewer_; }
    wxChoice* openingChoice() const { return opening_; }
    wxSearchCtrl* candidateSearch() const { return search_; }
    CandidateList* candidateList() const { return candidate_; }
    wxChoice* kindChoice() const { return kind_; }
    wxChoice* lengthChoice() const { return length_; }
    wxStaticText* kitSummary() const { return summary_; }
    // Fills the candidates of the chosen opening (also after a test changes it).
    void showCandidates();
    void showKitSummary();

  private:
    void updateOk();

    Workspace& workspace_;
    std::vector<Opening> openings_;
    wxTextCtrl* interviewer_ = nullptr;
    wxChoice* opening_ = nullptr;
    wxSearchCtrl* search_ = nullptr;
    CandidateList* candidate_ = nullptr;
    wxChoice* kind_ = nullptr;
    wxChoice* length_ = nullptr;
    wxStaticText* summary_ = nullptr;
};

}  // namespace amhire::app
