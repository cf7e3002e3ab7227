#include "app/HtmlPalette.h"

#include <algorithm>
#include <cstdlib>
#include <type_traits>
#include <utility>
#include <vector>

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

namespace {

constexpr const char* kEntityStart = "&amhire-";

// The palette's colours by name (for a const palette, read-only).
template <typename Palette> auto named(Palette& p)
{
    using Colour = std::conditional_t<std::is_const_v<Palette>, const wxString, wxString>;
    std::vector<std::pair<wxString, Colour*>> names{
        {"background", &p.background}, {"text", &p.text},
        {"quiet", &p.quiet},           {"link", &p.link},
        {"probes", &p.probes},         {"listen-for", &p.listenFor},
        {"red-flags", &p.redFlags},    {"anchor-text", &p.anchorText},
        {"chosen", &p.chosen},         {"chosen-text", &p.chosenText},
        {"finding", &p.finding},       {"finding-text", &p.findingText}};
    for (size_t i = 0; i < p.anchorShades.size(); ++i)
        names.emplace_back(wxString::Format("anchor-%zu", i + 1), &p.anchorShades[i]);
    return names;
}

HtmlPalette entityPalette()
{
    HtmlPalette p;
    // Filled through the name table, so the two cannot disagree.
    for (const auto& [name, colour] : named(p))
        *colour = kEntityStart + name + ";";
    return p;
}

} // namespace

const HtmlPalette& HtmlPalette::forPages()
{
    static const HtmlPalette entities = entityPalette();
    return entities;
}

wxString HtmlPalette::resolve(const wxString& html) const
{
    const auto names = named(*this);
    const wxString start = kEntityStart;
    wxString out;
    out.reserve(html.length());
    size_t from = 0;
    for (size_t at; (at = html.find(start, from)) != wxString::npos;) {
        out.append(html, from, at - from);
        const size_t nameStart = at + start.length();
        const size_t end = html.find(';', nameStart);
        const wxString name = end == wxString::npos ? wxString() : html.substr(nameStart, end - nameStart);
        const auto known =
            std::find_if(names.begin(), names.end(), [&](const auto& n) { return n.first == name; });
        if (known == names.end()) { // not ours: kept as written
            out.append(start);
            from = nameStart;
            continue;
        }
        out.append(*known->second);
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
