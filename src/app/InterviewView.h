#pragma once

#include <vector>

#include <wx/panel.h>

#include "app/View.h"
#include "core/interview/InterviewStart.h"
#include "core/storage/Model.h"

class wxButton;
class wxSimplebook;
class wxStaticText;

namespace amhire::app {

class InterviewScreen;
class ScorecardList;
class Settings;
class Workspace;

// The Interview page: the interviewer's drafts to resume and a way to start a
// new interview; then the live interview screen itself.
class InterviewView : public wxPanel, public View {
  public:
    InterviewView(wxWindow* parent, Workspace& workspace, Settings& settings);

    void reload() override;
    // The drafts list only: an interview on screen saves as it is typed.
    void refresh() override;
    bool canClose() override;

    // Actions, also reachable from buttons, menus and tests.
    void startInterview();
    // The same with a candidate chosen (one chosen on the Candidates page).
    void startInterviewFor(int64_t candidateId);
    // Starts (or resumes the draft of) the request without asking.
    void startInterview(const InterviewRequest& request);
    void resumeSelected();
    // Asks, then deletes the chosen draft (one started by mistake) with
    // everything typed into it.
    void discardSelected();
    // Opens the chosen submitted scorecard (read-only until reopened there).
    void viewSelectedSubmitted();
    void resume(int64_t interviewId);
    // Who uses the app as an interviewer: the actor of every change.
    void setInterviewer(const wxString& name);

    InterviewScreen* screen() const { return screen_; }
    ScorecardList* draftList() const { return drafts_; }
    wxStaticText* draftsHeading() const { return draftsHeading_; }
    const std::vector<ScorecardSummary>& drafts() const;
    ScorecardList* submittedList() const { return submitted_; }
    wxStaticText* submittedHeading() const { return submittedHeading_; }
    bool showingInterview() const;

  private:
    void showDrafts();
    // Asks whether to open the interviewer's latest submitted scorecard for
    // the candidate (wxID_YES), start another (wxID_NO) or neither.
    int askAboutSubmitted(const Interview& latest);
    // The buttons that act on the chosen scorecard follow the selection.
    void updateScorecardButtons();
    void showInterviewer();
    void changeInterviewer();

    Workspace& workspace_;
    Settings& settings_;
    wxSimplebook* book_ = nullptr;
    wxStaticText* who_ = nullptr;
    wxStaticText* draftsHeading_ = nullptr; // what the list holds, or why it is empty
    ScorecardList* drafts_ = nullptr;
    wxStaticText* submittedHeading_ = nullptr; // what the list of submitted ones holds
    ScorecardList* submitted_ = nullptr;
    wxButton* view_ = nullptr;
    wxButton* start_ = nullptr;
    wxButton* resume_ = nullptr;
    wxButton* discard_ = nullptr;
    InterviewScreen* screen_ = nullptr;
};

}  // namespace amhire::app
