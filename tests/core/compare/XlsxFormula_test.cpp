#include <catch2/catch.hpp>

#include "CompareFixture.h"
#include "ExportSupport.h"
#include "core/compare/Comparison.h"
#include "core/export/XlsxExport.h"

// Privacy and safety (issue 9): text from candidates must never become a live
// formula in a spreadsheet. CSV gets an apostrophe (CsvExport_test.cpp); in
// XLSX a cell is a formula only with an <f> element, so text must stay a
// string cell (constant-memory workbooks write them inline).

using namespace amhire;
using namespace amhire::test;

TEST_CASE("A candidate named like a formula is a text cell in the XLSX, never a formula",
          "[compare][privacy]")
{
    if (!haveTool("unzip")) {
        WARN("unzip is not installed; the workbook is not opened");
        return;
    }
    CompareFixture fixture("=HYPERLINK(\"http://evil.example\",\"Cy\")");
    const auto path = fixture.dir / "formula.xlsx";
    exportXlsx(compareOpening(*fixture.storage, fixture.openingId), path);
    const std::string sheets = commandOutput("unzip -p '" + path.string() + "' 'xl/worksheets/*.xml'");
    const std::string strings = commandOutput("unzip -p '" + path.string() + "' xl/sharedStrings.xml");
    REQUIRE_FALSE(sheets.empty());
    CHECK(sheets.find("<f>") == std::string::npos);
    // The name is there, as the text of a string cell (inline or shared).
    CHECK((sheets + strings).find("<t>=HYPERLINK(\"http://evil.example") != std::string::npos);
}
