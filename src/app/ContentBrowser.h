#pragma once

#include <wx/panel.h>
#include <wx/treectrl.h>

class wxHtmlWindow;

namespace amhire {
class Content;
}

namespace amhire::app {

// Browses the loaded content: rubrics → competencies (anchors on selection),
// the question bank by competency, templates by industry.
class ContentBrowser : public wxPanel {
public:
    ContentBrowser(wxWindow* parent, const Content& content);

    wxTreeCtrl* tree() const { return tree_; }
    wxHtmlWindow* details() const { return details_; }
    // Selects the first item with this label (tests and keyboard navigation use it).
    bool selectByLabel(const wxString& label);

private:
    void populate();
    void onSelectionChanged(wxTreeEvent& event);

    const Content& content_;
    wxTreeCtrl* tree_ = nullptr;
    wxHtmlWindow* details_ = nullptr;
};

}  // namespace amhire::app
