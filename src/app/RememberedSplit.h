#pragma once

#include <wx/string.h>

class wxSplitterWindow;

namespace amhire::app {

class Settings;

// Places a vertically split window's sash at the share of its width the
// user last left it at (or `defaultShare`), keeps that share as the window
// is resized, and remembers a share the user drags it to under `key`.
// A share rather than pixels, so the split looks the same on a smaller
// screen or in a window of another size.
void rememberSplit(wxSplitterWindow& splitter, Settings& settings, const wxString& key, double defaultShare);

} // namespace amhire::app
