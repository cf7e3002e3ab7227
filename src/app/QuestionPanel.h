#pragma once

#include <functional>
#include <memory>
#include <string>

#include <wx/panel.h>

class wxButton;
class wxCheckBox;
class wxHtmlWindow;
class wxStaticText;
class wxTextCtrl;

namespace amhire {
class LiveInterview;
}

namespace amhire::app {

class TextAutosave;

// What the question panel asks its owner to do.
struct QuestionActions {
    std::function<void(int step)> move;  // -1 previous, +1 next
    std::function<void(const std::string& questionId, const wxString& notes)> notesChanged;
    std::function<void(const std::string& questionId, bool asked)> askedChanged;
    std::function<void()> swap;
};

// The question being asked: its text, probes, what to listen for and red
// flags; the interviewer's notes on it; and moving through the kit.
class QuestionPanel : public wxPanel {
  public:
    QuestionPanel(wxWindow* parent, QuestionActions actions);
    ~QuestionPanel() override;

    // Shows the live interview's current question.
    void show(const LiveInterview& live);
    // Saves notes typed but not saved yet.
    void flush();

    wxTextCtrl* notesBox() const { return notes_; }
    wxButton* nextButton() const { return next_; }

  private:
    QuestionActions actions_;
    std::string questionId_;
    wxStaticText* heading_ = nullptr;
    wxHtmlWindow* page_ = nullptr;
    wxCheckBox* asked_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    wxButton* previous_ = nullptr;
    wxButton* next_ = nullptr;
    wxButton* swap_ = nullptr;
    std::unique_ptr<TextAutosave> notesSaver_;
};

}  // namespace amhire::app
