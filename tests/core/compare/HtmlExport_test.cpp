#include <catch2/catch.hpp>

#include <sstream>

#include <pugixml.hpp>

#include "CompareFixture.h"
#include "ExportSupport.h"
#include "core/compare/Comparison.h"
#include "core/export/HtmlExport.h"
#include "core/export/RadarSvg.h"
#include "core/export/XmlText.h"

using namespace amhire;
using namespace amhire::test;

namespace {

std::string htmlOf(const Comparison& comparison, const ExportOptions& options = {})
{
    std::ostringstream out;
    exportHtml(comparison, out, options);
    return out.str();
}

std::string svgIn(const std::string& html)
{
    const size_t start = html.find("<svg");
    const size_t end = html.find("</svg>");
    if (start == std::string::npos || end == std::string::npos)
        return {};
    return html.substr(start, end + 6 - start);
}

} // namespace

TEST_CASE("XML escaping covers markup characters and drops control codes", "[compare]")
{
    CHECK(escapeXml("<b>Tom & \"Jerry\" O'Neil</b>") ==
          "&lt;b&gt;Tom &amp; &quot;Jerry&quot; O&#39;Neil&lt;/b&gt;");
    CHECK(escapeXml(std::string("a\x01"
                                "b\tc\nd",
                                7)) == "ab\tc\nd");
    CHECK(escapeXml("José") == "José");
}

TEST_CASE("The HTML export is one file with the grid and a radar chart of the best-ranked", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    const std::string html = htmlOf(comparison);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("</html>") != std::string::npos);
    // Self-contained: nothing is fetched.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);

    CHECK(html.find("Retention and renewals") != std::string::npos);
    CHECK(html.find("background:") != std::string::npos);
    CHECK(html.find("knocked out") != std::string::npos);
    CHECK(html.find("Krippendorff") != std::string::npos);
    CHECK(html.find("<th>Still a draft from</th>") != std::string::npos);
    CHECK(html.find("<td>Kim Recruiter</td>") != std::string::npos);

    // Three ranked candidates (Dee has no total): three polygons.
    const std::string svg = svgIn(html);
    REQUIRE_FALSE(svg.empty());
    CHECK(occurrences(svg, "<polygon") == 3);
    pugi::xml_document document;
    REQUIRE(document.load_string(svg.c_str()));
    CHECK(std::string(document.child("svg").attribute("xmlns").value()) == "http://www.w3.org/2000/svg");
}

TEST_CASE("The chart shows the candidates chosen, up to four", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    ExportOptions options;
    options.chartRows = {2};
    std::string svg = svgIn(htmlOf(comparison, options));
    CHECK(occurrences(svg, "<polygon") == 1);
    CHECK(svg.find("Ben Other") != std::string::npos);
    options.chartRows = {0, 1, 2, 3, 0, 1};
    svg = svgIn(htmlOf(comparison, options));
    CHECK(occurrences(svg, "<polygon") == 4);
}

TEST_CASE("Names in the HTML and its SVG are escaped", "[compare]")
{
    CompareFixture fixture("<b>Cy & \"Co\"</b>");
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    const std::string html = htmlOf(comparison);
    CHECK(html.find("<b>Cy") == std::string::npos);
    CHECK(html.find("&lt;b&gt;Cy &amp; &quot;Co&quot;&lt;/b&gt;") != std::string::npos);
    const std::string svg = radarChartSvg(comparison, {0, 1});
    pugi::xml_document document;
    CHECK(document.load_string(svg.c_str()));
}

TEST_CASE("The anonymised HTML has no name, email or company", "[compare]")
{
    CompareFixture fixture;
    ComparisonOptions options;
    options.anonymised = true;
    const std::string html = htmlOf(compareOpening(*fixture.storage, fixture.openingId, options));
    CHECK(html.find("Candidate A") != std::string::npos);
    CHECK(html.find("Anonymised") != std::string::npos);
    for (const char* identifying : {"Ada", "Example", "example.", "Contoso", "Fabrikam", "Initech"})
        CHECK(html.find(identifying) == std::string::npos);
}
