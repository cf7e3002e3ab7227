#pragma once

#include <wx/string.h>

namespace amhire::app {

// A file name proposed from a title ("Account Manager, SaaS" →
// "Account-Manager-SaaS"): letters and digits, other runs as one dash;
// `fallback` when nothing is left.
wxString fileStem(const wxString& title, const wxString& fallback);

} // namespace amhire::app
