#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <wx/panel.h>
#include <wx/timer.h>

#include "app/IdleRelayout.h"
#include "core/interview/Autosaver.h"
#include "core/interview/LiveInterview.h"

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace amhire::app {

class QuestionPanel;
class ScoringPanel;
class Settings;
class TextAutosave;
class Workspace;

// The interviewer's screen during the conversation: the current question on
// the left, scoring against the anchors on the right, take-aways below.
// Keyboard first: 1-5 score the selected competency and 0 marks it not
// assessed whenever the focus is not in a text box; Up/Down choose the
// competency; Left/Right (Alt+Left/Right anywhere) move through the kit; Esc
// leaves a text box. Every change is saved as it happens through an Autosaver
// on its own thread, so the screen never waits for the disk.
class InterviewScreen : public wxPanel {
  public:
    // `backToList` runs when the interviewer leaves with the Back button;
    // `settings` keeps where the question and scoring halves meet.
    InterviewScreen(wxWindow* parent, Workspace& workspace, Settings& settings,
                    std::function<void()> backToList);
    ~InterviewScreen() override;

    // Shows an interview, resuming at its current question. Throws StorageError.
    void open(int64_t interviewId);
    // Saves everything pending and lets go of the interview; false if some
    // change could not be saved and the user chose to stay.
    bool close();
    bool isOpen() const { return live_.has_value(); }
    const LiveInterview& live() const { return *live_; }

    // Actions, also reachable from keys, buttons and tests.
    void score(std::optional<int> score);
    void moveQuestion(int step);
    void selectLine(int line);
    void submit(); // asks for the recommendation, then submitWith()
    void submitWith(Recommendation recommendation);
    void reopen(); // confirms, then reopenNow()
    void reopenNow();
    void swapQuestion(); // offers the alternatives, then swapQuestionFor()
    void swapQuestionFor(const std::string& questionId);
    void exportPaperKit();
    void writePaperKitTo(const wxString& path);
    // Writes what is typed and waits for the saver: true when all is on disk.
    bool saveNow();

    QuestionPanel* questionPanel() const { return questions_; }
    ScoringPanel* scoringPanel() const { return scoring_; }
    wxTextCtrl* strengthsBox() const { return strengths_; }
    wxTextCtrl* concernsBox() const { return concerns_; }
    wxStaticText* progressLabel() const { return progress_; }
    wxStaticText* paceLabel() const { return pace_; }
    wxStaticText* savedLabel() const { return saved_; }
    wxStaticText* stateLabel() const { return state_; }
    wxButton* submitButton() const { return submit_; }
    wxButton* reopenButton() const { return reopen_; }
    wxButton* backButton() const { return back_; }

  private:
    // One change of this scorecard, written by the saver with the interview's
    // id and its interviewer (the actor of every write) filled in.
    using Change =
        std::function<void(InterviewStore& store, int64_t interviewId, const std::string& interviewer)>;
    void save(const std::string& key, Change change);
    void showSaveStatus(const SaveStatus& status);
    void showHeader();
    void showState();
    void flushTyping();
    void tick();
    void onCharHook(wxKeyEvent& event);

    Workspace& workspace_;
    std::function<void()> closed_;
    std::optional<LiveInterview> live_;
    std::unique_ptr<Autosaver> saver_;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
    wxTimer clock_;
    IdleRelayout relayout_; // the header's title is bold: see IdleRelayout

    wxStaticText* title_ = nullptr;
    wxStaticText* state_ = nullptr;
    wxStaticText* elapsed_ = nullptr;
    wxStaticText* pace_ = nullptr; // minutes to spare or behind, against the kit's plan
    wxStaticText* progress_ = nullptr;
    wxStaticText* saved_ = nullptr;
    QuestionPanel* questions_ = nullptr;
    ScoringPanel* scoring_ = nullptr;
    wxTextCtrl* strengths_ = nullptr;
    wxTextCtrl* concerns_ = nullptr;
    wxButton* paper_ = nullptr;
    wxButton* submit_ = nullptr;
    wxButton* reopen_ = nullptr;
    wxButton* back_ = nullptr;
    std::unique_ptr<TextAutosave> strengthsSaver_;
    std::unique_ptr<TextAutosave> concernsSaver_;
};

} // namespace amhire::app
