#include <catch2/catch.hpp>

#include <regex>

#include "CompareFixture.h"
#include "ExportSupport.h"
#include "core/compare/Comparison.h"
#include "core/export/ExportError.h"
#include "core/export/XlsxExport.h"

using namespace amhire;
using namespace amhire::test;

namespace {

std::string member(const std::filesystem::path& xlsx, const std::string& name)
{
    return commandOutput("unzip -p '" + xlsx.string() + "' " + name);
}

} // namespace

TEST_CASE("The XLSX export has a header row and scores as numeric cells", "[compare]")
{
    if (!haveTool("unzip")) {
        WARN("unzip is not installed; the workbook is not opened");
        return;
    }
    CompareFixture fixture;
    const auto path = fixture.dir / "comparison.xlsx";
    exportXlsx(compareOpening(*fixture.storage, fixture.openingId), path);
    const std::string scores = member(path, "xl/worksheets/sheet1.xml");
    REQUIRE_FALSE(scores.empty());

    // Header cells, as inline strings.
    CHECK(std::regex_search(scores, std::regex(R"(<c r="A1"[^>]*><is><t>Rank</t></is></c>)")));
    CHECK(std::regex_search(scores, std::regex(R"(<c r="B1"[^>]*><is><t>Candidate</t></is></c>)")));
    CHECK(scores.find("<t>Retention and renewals (×3, must-have ≥ 3)</t>") != std::string::npos);
    // Ada on row 2: rank 1, total and retention mean as numbers (no t= attribute).
    CHECK(std::regex_search(scores, std::regex(R"(<c r="A2"( s="\d+")?><v>1</v></c>)")));
    CHECK(std::regex_search(scores, std::regex(R"(<c r="F2"( s="\d+")?><v>79\.1666)")));
    CHECK(std::regex_search(scores, std::regex(R"(<c r="I2"( s="\d+")?><v>4\.5</v></c>)")));
    // Frozen panes and a colour scale.
    CHECK(scores.find("state=\"frozen\"") != std::string::npos);
    CHECK(scores.find("<colorScale>") != std::string::npos);

    const std::string workbook = member(path, "xl/workbook.xml");
    for (const char* sheet : {"Scores", "Raters", "Flags", "Panel", "Calibration"})
        CHECK(workbook.find(std::string("name=\"") + sheet + "\"") != std::string::npos);
    const std::string flags = member(path, "xl/worksheets/sheet3.xml");
    CHECK(flags.find("<t>Retention and renewals 2.5 &lt; 3</t>") != std::string::npos);
    CHECK(flags.find("<t>Still a draft from</t>") != std::string::npos);
    CHECK(flags.find("<t>Kim Recruiter</t>") != std::string::npos);
}

TEST_CASE("The anonymised XLSX has no name, email or company in any part", "[compare]")
{
    if (!haveTool("unzip")) {
        WARN("unzip is not installed; the workbook is not opened");
        return;
    }
    CompareFixture fixture;
    ComparisonOptions options;
    options.anonymised = true;
    const auto path = fixture.dir / "anonymous.xlsx";
    exportXlsx(compareOpening(*fixture.storage, fixture.openingId, options), path);
    const std::string everything = member(path, "'*'");
    REQUIRE(everything.find("Candidate A") != std::string::npos);
    for (const char* identifying : {"Ada", "Example", "example.", "Contoso", "Fabrikam", "Initech"})
        CHECK(everything.find(identifying) == std::string::npos);
}

TEST_CASE("An XLSX that cannot be written is an ExportError", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    CHECK_THROWS_AS(exportXlsx(comparison, fixture.dir / "missing" / "folder.xlsx"), ExportError);
}
