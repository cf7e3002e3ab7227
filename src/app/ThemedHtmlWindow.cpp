#include "app/ThemedHtmlWindow.h"

#include "app/HtmlPalette.h"

namespace amhire::app {

ThemedHtmlWindow::ThemedHtmlWindow(wxWindow* parent, wxWindowID id, const wxPoint& pos, const wxSize& size,
                                   long style)
    : wxHtmlWindow(parent, id, pos, size, style)
{
    // A theme switched while the app runs: the page's own colours follow at
    // once; tints inside it follow when its view next shows a page.
    Bind(wxEVT_SYS_COLOUR_CHANGED, [this](wxSysColourChangedEvent& event) {
        SetPage(fragment_);
        event.Skip();
    });
    SetPage(wxString());
}

bool ThemedHtmlWindow::SetPage(const wxString& fragment)
{
    fragment_ = fragment;
    const HtmlPalette palette = HtmlPalette::current();
    return wxHtmlWindow::SetPage(wxString::Format("<html><body bgcolor=\"%s\" text=\"%s\" link=\"%s\">",
                                                  palette.background, palette.text, palette.link) +
                                 fragment + "</body></html>");
}

} // namespace amhire::app
