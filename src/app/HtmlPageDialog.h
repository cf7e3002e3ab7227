#pragma once

#include <wx/dialog.h>

#include "app/ThemedHtmlWindow.h"

namespace amhire::app {

// A resizable dialog showing one page of HTML in the theme's colours, with a
// Close button (Esc and Enter close it too), centred on its parent.
class HtmlPageDialog : public wxDialog {
  public:
    // `size` is the page's, in DIPs.
    HtmlPageDialog(wxWindow* parent, const wxString& title, const wxString& page, const wxSize& size);
    ThemedHtmlWindow* page() const { return page_; }

  private:
    ThemedHtmlWindow* page_ = nullptr;
};

} // namespace amhire::app
