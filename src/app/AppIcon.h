#pragma once

#include <wx/bmpbndl.h>
#include <wx/iconbndl.h>

namespace amhire::app {

// amhire's icon, drawn from an SVG kept in the program (no file to find at
// run time): a scorecard with a tick, at any size the desktop asks for.
wxBitmapBundle appIcon(const wxSize& size);
// The sizes window managers and task bars use, for wxTopLevelWindow::SetIcons.
wxIconBundle appIcons();

} // namespace amhire::app
