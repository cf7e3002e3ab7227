#include "app/HtmlPalette.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>

#include <wx/settings.h>

namespace amhire::app {

namespace {

// Perceived lightness, 0 to 255 (ITU-R BT.601 weights).
int lightness(const wxColour& c)
{
    return (299 * c.Red() + 587 * c.Green() + 114 * c.Blue()) / 1000;
}

constexpr const char* kEntityStart = "&amhire-";

// The palette's colours by the names pages use: a member, or an anchor shade.
struct NamedColour {
    const char* name;
    wxString HtmlPalette::*member;
    size_t anchor; // used when member is null
};

const NamedColour kNamedColours[] = {
    {"background", &HtmlPalette::background, 0},
    {"text", &HtmlPalette::text, 0},
    {"quiet", &HtmlPalette::quiet, 0},
    {"link", &HtmlPalette::link, 0},
    {"probes", &HtmlPalette::probes, 0},
    {"listen-for", &HtmlPalette::listenFor, 0},
    {"red-flags", &HtmlPalette::redFlags, 0},
    {"anchor-text", &HtmlPalette::anchorText, 0},
    {"chosen", &HtmlPalette::chosen, 0},
    {"chosen-text", &HtmlPalette::chosenText, 0},
    {"finding", &HtmlPalette::finding, 0},
    {"finding-text", &HtmlPalette::findingText, 0},
    {"anchor-1", nullptr, 0},
    {"anchor-2", nullptr, 1},
    {"anchor-3", nullptr, 2},
    {"anchor-4", nullptr, 3},
    {"anchor-5", nullptr, 4},
};

// The colour `named` names in `palette` (const or not).
template <typename Palette> auto& colourOf(Palette& palette, const NamedColour& named)
{
    return named.member ? palette.*named.member : palette.anchorShades[named.anchor];
}

HtmlPalette entityPalette()
{
    HtmlPalette p;
    // Filled through the name table, so the two cannot disagree.
    for (const NamedColour& named : kNamedColours)
        colourOf(p, named) = wxString(kEntityStart) + named.name + ";";
    return p;
}

} // namespace

bool darkBackground(const wxColour& window, const wxColour& windowText)
{
    return lightness(window) < lightness(windowText);
}

wxColour mixColours(const wxColour& from, const wxColour& to, int percent)
{
    auto mix = [percent](unsigned char a, unsigned char b) {
        return static_cast<unsigned char>((a * (100 - percent) + b * percent) / 100);
    };
    return {mix(from.Red(), to.Red()), mix(from.Green(), to.Green()), mix(from.Blue(), to.Blue())};
}

const HtmlPalette& HtmlPalette::forPages()
{
    static const HtmlPalette entities = entityPalette();
    return entities;
}

wxString HtmlPalette::resolve(const wxString& html) const
{
    const wxString start = kEntityStart;
    wxString out;
    out.reserve(html.length());
    size_t from = 0;
    for (size_t at; (at = html.find(start, from)) != wxString::npos;) {
        out.append(html, from, at - from);
        const size_t nameStart = at + start.length();
        const size_t end = html.find(';', nameStart);
        const wxString name = end == wxString::npos ? wxString() : html.substr(nameStart, end - nameStart);
        const auto known = std::find_if(std::begin(kNamedColours), std::end(kNamedColours),
                                        [&](const NamedColour& n) { return name == n.name; });
        if (known == std::end(kNamedColours)) { // not ours: kept as written
            out.append(start);
            from = nameStart;
            continue;
        }
        out.append(colourOf(*this, *known));
        from = end + 1;
    }
    out.append(html, from, wxString::npos);
    return out;
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
    p.dark_ = darkBackground(window, windowText);
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
