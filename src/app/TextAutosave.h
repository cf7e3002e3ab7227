#pragma once

#include <functional>

#include <wx/event.h>
#include <wx/string.h>
#include <wx/timer.h>

class wxTextCtrl;

namespace amhire::app {

// Saves a text box while the interviewer types: half a second after the first
// unsaved change at the latest (a steady typist is never more than that
// behind), at once when the focus leaves the box, and on flush(). Programmatic
// changes through setValue() are not saves.
class TextAutosave : public wxEvtHandler {
  public:
    using Save = std::function<void(const wxString& text)>;
    static constexpr int kDelayMs = 500;

    TextAutosave(wxTextCtrl* text, Save save);
    ~TextAutosave() override;

    // Writes the box now if it changed since the last save.
    void flush();
    // Shows another value without saving it (e.g. another competency's notes);
    // pending typing in the old value is saved first.
    void setValue(const wxString& value);
    bool dirty() const { return dirty_; }

  private:
    void onText(wxCommandEvent& event);
    void onKillFocus(wxFocusEvent& event);

    wxTextCtrl* text_;
    Save save_;
    wxTimer timer_;
    bool dirty_ = false;
};

}  // namespace amhire::app
