#pragma once

#include <string>

#include <wx/string.h>

namespace amhire::app {

// How the window names a stored interview kind: its translated title
// ("Phone screen"), or the id as stored when this version does not know it.
wxString interviewKindLabel(const std::string& kindId);

} // namespace amhire::app
