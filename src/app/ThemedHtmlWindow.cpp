#include "app/ThemedHtmlWindow.h"

#include "app/HtmlPalette.h"

namespace amhire::app {

ThemedHtmlWindow::ThemedHtmlWindow(wxWindow* parent, wxWindowID id, const wxPoint& pos, const wxSize& size,
                                   long style)
    : wxHtmlWindow(parent, id, pos, size, style)
{
    // A theme switched while the app runs: the page is shown again in the
    // new colours, tints and all (HtmlPalette::forPages).
    Bind(wxEVT_SYS_COLOUR_CHANGED, [this](wxSysColourChangedEvent& event) {
        SetPage(fragment_);
        event.Skip();
    });
    SetPage(wxString());
}

bool ThemedHtmlWindow::SetPage(const wxString& fragment)
{
    fragment_ = fragment;
    const HtmlPalette& names = HtmlPalette::forPages();
    return wxHtmlWindow::SetPage(
        HtmlPalette::current().resolve(wxString::Format("<html><body bgcolor=\"%s\" text=\"%s\" link=\"%s\">",
                                                        names.background, names.text, names.link) +
                                       fragment + "</body></html>"));
}

} // namespace amhire::app
