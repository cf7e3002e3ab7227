#pragma once

#include <wx/treectrl.h>

namespace amhire::app {

// Gives a tree control expander arrows drawn here, in the theme's text
// colours, instead of the GTK theme's. The theme draws its arrows from
// symbolic SVG icons, and the first of them loads librsvg: about 9 ms of a
// start that is ~150 ms in all (docs/PERFORMANCE.md, gui_start), spent before
// the first page can paint. Redrawn when the system colours change (a switch
// to a dark theme).
void useDrawnExpanders(wxTreeCtrl& tree);

// The four arrows in the order wxGenericTreeCtrl's button image list takes
// them: collapsed, collapsed and selected, expanded, expanded and selected.
// A selected item's highlight stops at its label, short of the arrow, so
// the selected arrows are drawn as the others. `size` is the side of each
// square image in pixels.
wxImageList* makeExpanderImages(int size, const wxColour& colour);

} // namespace amhire::app
