#pragma once

#include <array>

#include <wx/colour.h>
#include <wx/string.h>

namespace amhire::app {

// The colours of amhire's HTML pages (content details, the interview's
// question and anchors, the comparison's side pages, the posting preview).
// wxHtmlWindow draws black on white whatever the theme, so the pages say
// their colours themselves: the system's window and text colours, and tints
// chosen for a light or a dark background so that they keep their meaning
// (and their contrast) in both.
struct HtmlPalette {
    wxString background; // the page
    wxString text;
    wxString quiet; // secondary facts: category, weight, units, levels
    wxString link;
    wxString probes; // the interview question's sections
    wxString listenFor;
    wxString redFlags;
    std::array<wxString, 5> anchorShades; // score 1 (red) to 5 (green)
    wxString anchorText;                  // text on those shades
    wxString chosen;                      // the score given, marked strongly
    wxString chosenText;
    wxString finding; // the posting check's highlight
    wxString findingText;

    // For the system's colours now.
    static HtmlPalette current();
    // What page builders use: each colour a named entity ("&amhire-quiet;")
    // that ThemedHtmlWindow resolves with the current palette each time it
    // shows the page, so a theme switched while a page is shown recolours
    // all of it. Escaped text can never hold one ('&' becomes "&amp;").
    static const HtmlPalette& forPages();
    // `html` with forPages()' names replaced by this palette's colours.
    wxString resolve(const wxString& html) const;
    // For a page of these colours: a dark one when darkBackground says so.
    static HtmlPalette forColours(const wxColour& window, const wxColour& windowText, const wxColour& link);

    bool dark() const { return dark_; }

  private:
    bool dark_ = false;
};

// Whether text in `windowText` on `window` is light on dark.
bool darkBackground(const wxColour& window, const wxColour& windowText);

// `from` moved `percent` of the way towards `to`.
wxColour mixColours(const wxColour& from, const wxColour& to, int percent);

// "#rrggbb", as HTML attributes want it.
wxString htmlColour(const wxColour& colour);

// `html` in `colour`.
inline wxString coloured(const wxString& colour, const wxString& html)
{
    return "<font color=\"" + colour + "\">" + html + "</font>";
}

} // namespace amhire::app
