#include "app/FlowingTexts.h"

#include <wx/stattext.h>
#include <wx/wrapsizer.h>

namespace amhire::app {

wxWrapSizer* flowingTexts(wxWindow* parent, const std::vector<wxString>& texts, int gap,
                          std::vector<wxStaticText*>* made)
{
    // Spaces at the start of a line are dropped, so a wrapped line starts flush.
    auto* sizer = new wxWrapSizer(wxHORIZONTAL, wxREMOVE_LEADING_SPACES);
    for (size_t i = 0; i < texts.size(); ++i) {
        auto* text = new wxStaticText(parent, wxID_ANY, texts[i]);
        if (i > 0)
            sizer->AddSpacer(gap);
        sizer->Add(text, 0, wxALIGN_CENTER_VERTICAL | wxBOTTOM, gap / 4);
        if (made)
            made->push_back(text);
    }
    return sizer;
}

} // namespace amhire::app
