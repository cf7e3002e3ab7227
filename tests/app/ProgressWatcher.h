#pragma once

#include <set>

#include <wx/eventfilter.h>
#include <wx/progdlg.h>
#include <wx/toplevel.h>

namespace amhire::test {

// Notes what every progress dialog said each time it was painted.
class ProgressWatcher : public wxEventFilter {
  public:
    ProgressWatcher() { wxEvtHandler::AddFilter(this); }
    ~ProgressWatcher() override { wxEvtHandler::RemoveFilter(this); }

    int FilterEvent(wxEvent& event) override
    {
        // Paint only: other events reach the dialog while it is still being built.
        if (event.GetEventType() != wxEVT_PAINT)
            return Event_Skip;
        if (auto* window = dynamic_cast<wxWindow*>(event.GetEventObject()))
            if (auto* dialog = dynamic_cast<wxGenericProgressDialog*>(wxGetTopLevelParent(window)))
                said.insert(dialog->GetMessage());
        return Event_Skip;
    }

    std::set<wxString> said;
};

} // namespace amhire::test
