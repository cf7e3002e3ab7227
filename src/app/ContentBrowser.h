#pragma once

#include <functional>
#include <string>

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
    // The chosen item as a key that holds in a browser over content read
    // again (by what the item is, not by its label, which may have changed);
    // empty when nothing is chosen.
    std::string chosenItemKey() const;
    bool selectByKey(const std::string& key);

  private:
    // The first item, depth first, for which `match` holds; not the root.
    wxTreeItemId findItem(const std::function<bool(const wxTreeItemId&)>& match) const;
    bool select(const wxTreeItemId& item);
    std::string ownKey(const wxTreeItemId& item) const;
    std::string itemKey(const wxTreeItemId& item) const;
    void populate();
    void onSelectionChanged(wxTreeEvent& event);

    const Content& content_;
    wxTreeCtrl* tree_ = nullptr;
    wxHtmlWindow* details_ = nullptr;
};

}  // namespace amhire::app
