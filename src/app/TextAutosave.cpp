#include "app/TextAutosave.h"

#include <wx/textctrl.h>

namespace amhire::app {

TextAutosave::TextAutosave(wxTextCtrl* text, Save save) : text_(text), save_(std::move(save)), timer_(this)
{
    text_->Bind(wxEVT_TEXT, &TextAutosave::onText, this);
    text_->Bind(wxEVT_KILL_FOCUS, &TextAutosave::onKillFocus, this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { flush(); });
}

TextAutosave::~TextAutosave()
{
    timer_.Stop();
    text_->Unbind(wxEVT_TEXT, &TextAutosave::onText, this);
    text_->Unbind(wxEVT_KILL_FOCUS, &TextAutosave::onKillFocus, this);
}

void TextAutosave::flush()
{
    timer_.Stop();
    if (!dirty_)
        return;
    dirty_ = false;
    save_(text_->GetValue());
}

void TextAutosave::setValue(const wxString& value)
{
    flush();
    text_->ChangeValue(value);  // ChangeValue sends no wxEVT_TEXT
}

void TextAutosave::onText(wxCommandEvent& event)
{
    event.Skip();
    dirty_ = true;
    // Not restarted on every key: a deadline from the first unsaved key bounds
    // what a crash can take to half a second of typing.
    if (!timer_.IsRunning())
        timer_.StartOnce(kDelayMs);
}

void TextAutosave::onKillFocus(wxFocusEvent& event)
{
    event.Skip();
    flush();
}

}  // namespace amhire::app
