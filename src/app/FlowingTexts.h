#pragma once

#include <vector>

#include <wx/string.h>

class wxStaticText;
class wxWindow;
class wxWrapSizer;

namespace amhire::app {

// Short texts laid out one after another, going on to a new line where the
// width runs out: in a narrow window they wrap instead of being cut off
// (a wxStaticText does not re-wrap itself as its parent is resized). The
// texts are made as children of `parent`, `gap` apart, and returned in
// `made` when the caller changes them later.
wxWrapSizer* flowingTexts(wxWindow* parent, const std::vector<wxString>& texts, int gap,
                          std::vector<wxStaticText*>* made = nullptr);

} // namespace amhire::app
