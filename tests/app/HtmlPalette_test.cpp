#include <catch2/catch.hpp>

#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/frame.h>
#include <wx/image.h>

#include "GuiTestSupport.h"
#include "app/HtmlPalette.h"
#include "app/RadarChartPanel.h"
#include "app/ThemedHtmlWindow.h"

using namespace amhire;
using app::HtmlPalette;

namespace {

int lightness(const wxString& html)
{
    const wxColour c(html);
    REQUIRE(c.IsOk());
    return (299 * c.Red() + 587 * c.Green() + 114 * c.Blue()) / 1000;
}

} // namespace

TEST_CASE("the light palette keeps the system's colours and dark text on pale tints", "[gui][theme]")
{
    const HtmlPalette p = HtmlPalette::forColours(*wxWHITE, *wxBLACK, wxColour(0x1a, 0x5f, 0xb4));
    CHECK_FALSE(p.dark());
    CHECK(p.background == "#ffffff");
    CHECK(p.text == "#000000");
    CHECK(p.link == "#1a5fb4");
    for (const wxString& shade : p.anchorShades)
        CHECK(lightness(shade) - lightness(p.anchorText) >= 100);
    CHECK(lightness(p.background) - lightness(p.quiet) >= 60); // quieter, still readable
}

TEST_CASE("the dark palette gives light text on deep tints, and a link that can be read", "[gui][theme]")
{
    // Adwaita-dark's window colours, with a link colour meant for a light page.
    const HtmlPalette p = HtmlPalette::forColours(wxColour(0x2d, 0x2d, 0x2d), wxColour(0xee, 0xee, 0xec),
                                                  wxColour(0x1a, 0x5f, 0xb4));
    CHECK(p.dark());
    CHECK(p.background == "#2d2d2d");
    CHECK(p.anchorText == p.text);
    for (const wxString& shade : p.anchorShades)
        CHECK(lightness(p.anchorText) - lightness(shade) >= 100);
    CHECK(lightness(p.link) - lightness(p.background) >= 90);
    CHECK(lightness(p.listenFor) - lightness(p.background) >= 90);
    CHECK(lightness(p.redFlags) - lightness(p.background) >= 90);
    CHECK(lightness(p.quiet) - lightness(p.background) >= 60);
}

TEST_CASE("pages name their colours, and a palette puts its own in their place", "[gui][theme]")
{
    const HtmlPalette& names = HtmlPalette::forPages();
    CHECK(names.quiet == "&amhire-quiet;");
    CHECK(names.anchorShades[4] == "&amhire-anchor-5;");
    const HtmlPalette light = HtmlPalette::forColours(*wxWHITE, *wxBLACK, wxColour(0x1a, 0x5f, 0xb4));
    const HtmlPalette dark = HtmlPalette::forColours(wxColour(0x2d, 0x2d, 0x2d), wxColour(0xee, 0xee, 0xec),
                                                     wxColour(0x1a, 0x5f, 0xb4));
    const wxString page =
        app::coloured(names.quiet, "commercial") + "<td bgcolor=\"" + names.anchorShades[0] + "\">";
    CHECK(light.resolve(page) == "<font color=\"" + light.quiet + "\">commercial</font><td bgcolor=\"" +
                                     light.anchorShades[0] + "\">");
    CHECK(dark.resolve(page) == "<font color=\"" + dark.quiet + "\">commercial</font><td bgcolor=\"" +
                                    dark.anchorShades[0] + "\">");
    // Text a user typed is escaped first, so it can never name a colour.
    CHECK(light.resolve("a note: &amp;amhire-quiet; stays") == "a note: &amp;amhire-quiet; stays");
    CHECK(light.resolve("&amhire-unknown; and &amhire-") == "&amhire-unknown; and &amhire-");
}

// Run by ctest with GTK_THEME=Adwaita:dark (tests/CMakeLists.txt), hidden otherwise.
TEST_CASE("in a dark theme an HTML pane is dark, where wxHtmlWindow's own stays white", "[.dark]")
{
    REQUIRE(HtmlPalette::current().dark());
    auto* frame = new wxFrame(nullptr, wxID_ANY, "themed");
    test::WindowCloser closer{frame};
    auto* themed = new app::ThemedHtmlWindow(frame);
    themed->SetPage("<p>Retention record</p>");
    CHECK(themed->fragment() == "<p>Retention record</p>");
    // A page's named colours are the dark palette's when shown.
    themed->SetPage(app::coloured(HtmlPalette::forPages().quiet, "quiet"));
    CHECK(themed->GetParser()->GetSource()->Contains(HtmlPalette::current().quiet));
    CHECK_FALSE(themed->GetParser()->GetSource()->Contains("&amhire-"));
    themed->SetPage("<p>Retention record</p>");
    CHECK(themed->ToText().Contains("Retention record"));
    CHECK(app::htmlColour(themed->GetBackgroundColour()) == HtmlPalette::current().background);

    auto* plain = new wxHtmlWindow(frame);
    plain->SetPage("<p>Retention record</p>");
    CHECK(plain->GetBackgroundColour() == *wxWHITE); // why ThemedHtmlWindow exists
}

// Run with the case above, under GTK_THEME=Adwaita:dark.
TEST_CASE("in a dark theme the radar chart is drawn on the window's own colour", "[.dark]")
{
    auto* frame = new wxFrame(nullptr, wxID_ANY, "radar", wxDefaultPosition, wxSize(400, 400));
    test::WindowCloser closer{frame};
    auto* chart = new app::RadarChartPanel(frame);
    chart->setChart({"Retention record", "Negotiation", "Communication"},
                    {RadarSeries{"Ada", {4.0, 3.0, 5.0}}});
    frame->Show();
    chart->Refresh();
    chart->Update();
    test::pumpEvents();
    wxBitmap bitmap(chart->GetClientSize());
    {
        wxMemoryDC memory(bitmap);
        wxClientDC client(chart);
        memory.Blit(0, 0, bitmap.GetWidth(), bitmap.GetHeight(), &client, 0, 0);
    }
    const wxImage image = bitmap.ConvertToImage();
    const wxColour corner(image.GetRed(2, bitmap.GetHeight() - 3), image.GetGreen(2, bitmap.GetHeight() - 3),
                          image.GetBlue(2, bitmap.GetHeight() - 3));
    CHECK(app::htmlColour(corner) == HtmlPalette::current().background);
}
