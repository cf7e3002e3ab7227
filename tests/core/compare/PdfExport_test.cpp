#include <catch2/catch.hpp>

#include <regex>

#include "CompareFixture.h"
#include "ExportSupport.h"
#include "core/compare/Comparison.h"
#include "core/export/ComparisonExport.h"
#include "core/export/PdfExport.h"

using namespace amhire;
using namespace amhire::test;

namespace {

int pageCount(const std::filesystem::path& pdf)
{
    std::smatch match;
    const std::string info = commandOutput("pdfinfo '" + pdf.string() + "' 2>/dev/null");
    if (!std::regex_search(info, match, std::regex(R"(Pages:\s+(\d+))")))
        return -1;
    return std::stoi(match[1]);
}

} // namespace

TEST_CASE("The PDF debrief packet is a PDF with pages", "[compare]")
{
    CompareFixture fixture;
    const auto path = fixture.dir / "debrief.pdf";
    exportPdf(compareOpening(*fixture.storage, fixture.openingId), path);
    CHECK(fileText(path).rfind("%PDF", 0) == 0);
    if (!haveTool("pdfinfo")) {
        WARN("pdfinfo is not installed; the page count is not checked");
        return;
    }
    CHECK(pageCount(path) >= 3); // grid, chart, flags and notes
    if (haveTool("pdftotext")) {
        const std::string text = commandOutput("pdftotext -layout '" + path.string() + "' -");
        CHECK(text.find("Ada Example") != std::string::npos);
        CHECK(text.find("Who said what") != std::string::npos);
        CHECK(text.find("Knocked out on: Retention and renewals 2.5 < 3") != std::string::npos);
        CHECK(text.find("Still a draft from: Kim Recruiter") != std::string::npos);
    }
}

TEST_CASE("The anonymised PDF has no name, email or company", "[compare]")
{
    if (!haveTool("pdftotext")) {
        WARN("pdftotext is not installed; the text is not checked");
        return;
    }
    CompareFixture fixture;
    ComparisonOptions options;
    options.anonymised = true;
    const auto path = fixture.dir / "anonymous.pdf";
    exportPdf(compareOpening(*fixture.storage, fixture.openingId, options), path);
    const std::string text = commandOutput("pdftotext '" + path.string() + "' -");
    CHECK(text.find("Candidate A") != std::string::npos);
    for (const char* identifying : {"Ada", "Example", "example.", "Contoso", "Fabrikam", "Initech"})
        CHECK(text.find(identifying) == std::string::npos);
    const std::string info = commandOutput("pdfinfo '" + path.string() + "'");
    CHECK(info.find("Ada") == std::string::npos);
}

TEST_CASE("A long grid runs over several pages", "[compare]")
{
    CompareFixture fixture;
    for (int i = 0; i < 60; ++i)
        fixture.apply("Extra " + std::to_string(i), "", "", Stage::Applied);
    const auto path = fixture.dir / "long.pdf";
    exportComparison(compareOpening(*fixture.storage, fixture.openingId), ExportFormat::Pdf, path);
    if (haveTool("pdfinfo"))
        CHECK(pageCount(path) >= 5);
}

TEST_CASE("A PDF that cannot be written is an ExportError", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    CHECK_THROWS_AS(exportPdf(comparison, fixture.dir / "missing" / "folder.pdf"), ExportError);
}
