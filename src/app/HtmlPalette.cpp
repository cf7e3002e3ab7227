#include "app/HtmlPalette.h"

#include <cstdlib>

#include <wx/settings.h>

namespace amhire::app {

namespace {

// Perceived lightness, 0 to 255 (ITU-R BT.601 weights).
int lightness(const wxColour& c)
{
    return (299 * c.Red() + 587 * c.Green() + 114 * c.Blue()) / 1000;
}

} // namespace

wxColour mixColours(const wxColour& from, const wxColour& to, int percent)
{
    auto mix = [percent](unsigned char a, unsigned char b) {
        return static_cast<unsigned char>((a * (100 - percent) + b * percent) / 100);
    };
    return {mix(from.Red(), to.Red()), mix(from.Green(), to.Green()), mix(from.Blue(), to.Blue())};
}

wxString htmlColour(const wxColour& colour)
{
    return colour.GetAsString(wxC2S_HTML_SYNTAX).Lower();
}

HtmlPalette HtmlPalette::current()
{
    return forColours(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW),
                      wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT),
                      wxSystemSettings::GetColour(wxSYS_COLOUR_HOTLIGHT));
}

HtmlPalette HtmlPalette::forColours(const wxColour& window, const wxColour& windowText, const wxColour& link)
{
    HtmlPalette p;
    p.dark_ = lightness(window) < lightness(windowText);
    p.background = htmlColour(window);
    p.text = htmlColour(windowText);
    p.quiet = htmlColour(mixColours(windowText, window, 40));
    // A theme's link colour is made for its own background; one too close to
    // it in lightness (some themes report a dark blue in a dark theme) is not.
    const bool linkReadable = link.IsOk() && std::abs(lightness(link) - lightness(window)) >= 90;
    p.link = linkReadable ? htmlColour(link) : wxString(p.dark_ ? "#8cb4ff" : "#1a5fb4");
    p.chosen = "#2b6cb0";
    p.chosenText = "#ffffff";
    if (p.dark_) {
        p.probes = p.quiet;
        p.listenFor = "#8fd19e";
        p.redFlags = "#ff9e80";
        p.anchorShades = {"#5a2d2a", "#5a3f22", "#4f4b25", "#2f4b2c", "#254e35"};
        p.anchorText = p.text;
        p.finding = "#8a6d00";
        p.findingText = "#ffffff";
    }
    else {
        p.probes = "#444444";
        p.listenFor = "#1d6b3a";
        p.redFlags = "#9a3a12";
        p.anchorShades = {"#f8d7d3", "#fbe6cf", "#f4f1d0", "#dcefd6", "#c9e7cf"};
        p.anchorText = "#222222";
        p.finding = "#ffd54f";
        p.findingText = "#000000";
    }
    return p;
}

} // namespace amhire::app
