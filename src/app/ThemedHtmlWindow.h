#pragma once

#include <wx/html/htmlwin.h>

namespace amhire::app {

// A wxHtmlWindow whose pages take the theme's colours (HtmlPalette) instead
// of black on white: in a dark theme a white pane glares and tinted rows lose
// their text. Pages are fragments; this gives them their <body>.
class ThemedHtmlWindow : public wxHtmlWindow {
  public:
    ThemedHtmlWindow(wxWindow* parent, wxWindowID id = wxID_ANY, const wxPoint& pos = wxDefaultPosition,
                     const wxSize& size = wxDefaultSize, long style = wxHW_DEFAULT_STYLE);

    bool SetPage(const wxString& fragment) override;
    // The fragment last shown, without the <body> this window gave it.
    const wxString& fragment() const { return fragment_; }

  private:
    wxString fragment_;
};

} // namespace amhire::app
