#include <catch2/catch.hpp>

#include <sstream>

#include "CompareFixture.h"
#include "core/compare/Comparison.h"
#include "core/export/CsvExport.h"
#include "core/import/CsvRecords.h"

using namespace amhire;
using namespace amhire::test;

namespace {

std::string csvOf(const Comparison& comparison)
{
    std::ostringstream out;
    exportCsv(comparison, out);
    return out.str();
}

} // namespace

TEST_CASE("Formula-looking text gets a leading apostrophe", "[compare]")
{
    CHECK(neutraliseFormula("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")");
    CHECK(neutraliseFormula("+49 30 123") == "'+49 30 123");
    CHECK(neutraliseFormula("-1.5") == "'-1.5"); // text that looks like a number is still text
    CHECK(neutraliseFormula("@SUM(A1)") == "'@SUM(A1)");
    CHECK(neutraliseFormula("\tx") == "'\tx");
    CHECK(neutraliseFormula("\rx") == "'\rx");
    CHECK(neutraliseFormula("Ada = great") == "Ada = great");
    CHECK(neutraliseFormula("") == "");
}

TEST_CASE("The CSV export parses back with a row per candidate and numbers as numbers", "[compare]")
{
    CompareFixture fixture;
    const std::string csv = csvOf(compareOpening(*fixture.storage, fixture.openingId));
    const auto records = readCsvRecords(csv);
    REQUIRE(records.size() == 5);
    for (const CsvRecord& record : records)
        REQUIRE(record.problem.empty());
    const auto& header = records[0].fields;
    REQUIRE(header.size() == 8 + 2 * 3 + 3 + 5 + 1);
    CHECK(header[0] == "Rank");
    CHECK(header[1] == "Candidate");
    CHECK(header[8] == "Retention and renewals");
    CHECK(header[9] == "Retention and renewals: raters");

    const auto& ada = records[1].fields;
    CHECK(ada[0] == "1");
    CHECK(ada[1] == "Ada Example");
    CHECK(ada[2] == "ada@example.com");
    CHECK(ada[5] == "79.2");
    CHECK(ada[8] == "4.50");
    CHECK(ada[9] == "2");
    CHECK(ada[15] == "Expansion selling 3–5"); // disagreement
    CHECK(header[22] == "Still a draft from");
    CHECK(ada[22] == "Kim Recruiter");
    const auto& ben = records[3].fields;
    CHECK(ben[6] == "yes"); // partial total
    CHECK(ben[12].empty()); // communication not assessed: empty, not zero
    CHECK(ben[14] == "Retention and renewals 2.5 < 3");
    CHECK(ben[16] == "Communication");
    CHECK(records[4].fields[16] == "not interviewed yet");

    // Numbers are bare, text is quoted, lines end in CRLF.
    CHECK(csv.find(",4.50,2,") != std::string::npos);
    CHECK(csv.find("\"Ada Example\"") != std::string::npos);
    CHECK(csv.find("\r\n") != std::string::npos);
}

TEST_CASE("A candidate named like a formula comes out neutralised", "[compare]")
{
    CompareFixture fixture("=HYPERLINK(\"http://evil.example\",\"Cy\")");
    const std::string csv = csvOf(compareOpening(*fixture.storage, fixture.openingId));
    const auto records = readCsvRecords(csv);
    REQUIRE(records.size() == 5);
    CHECK(records[2].fields[1] == "'=HYPERLINK(\"http://evil.example\",\"Cy\")");
    CHECK(csv.find(",\"=HYPERLINK") == std::string::npos);
}

TEST_CASE("The anonymised CSV has no name, email or company", "[compare]")
{
    CompareFixture fixture;
    ComparisonOptions options;
    options.anonymised = true;
    const std::string csv = csvOf(compareOpening(*fixture.storage, fixture.openingId, options));
    for (const char* identifying : {"Ada", "Example", "example.", "Contoso", "Fabrikam", "Initech", "Dee"})
        CHECK(csv.find(identifying) == std::string::npos);
    CHECK(csv.find("Candidate A") != std::string::npos);
}
