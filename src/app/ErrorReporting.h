#pragma once

#include <exception>

#include <wx/string.h>

class wxWindow;

namespace amhire::app {

// Turns an exception from the core into a sentence for the user. Event
// handlers catch at their boundary and call showError; the core never shows UI.
wxString describeException(const std::exception& e);
void showError(wxWindow* parent, const wxString& what, const std::exception& e);

}  // namespace amhire::app
