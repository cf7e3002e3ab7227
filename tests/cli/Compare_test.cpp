#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "core/compare/CompareFixture.h"
#include "core/compare/ExportSupport.h"
#include "core/import/CsvRecords.h"

using namespace amhire;
using namespace amhire::test;
using Catch::Matchers::Contains;

namespace {

// The hand-computed opening of the core tests, compared through the CLI.
struct CliComparison {
    CompareFixture fixture;
    explicit CliComparison(const std::string& cyName = "Cy Third") : fixture(cyName) {}

    CliResult run(const std::string& args) const
    {
        return runCli("--db " + quote(fixture.path.string()) + " compare --opening " +
                      std::to_string(fixture.openingId) + " " + args);
    }
    std::string file(const std::string& name) const { return (fixture.dir / name).string(); }
};

} // namespace

TEST_CASE("compare prints a table with flags and the panel's calibration", "[cli][compare]")
{
    CliComparison t;
    const CliResult result = t.run("");
    REQUIRE(result.exitCode == 0);
    CHECK_THAT(result.output, Contains("Senior Account Manager — Northwind"));
    CHECK_THAT(result.output, Contains("Ada Example"));
    CHECK_THAT(result.output, Contains("4.5 (2)"));
    CHECK_THAT(result.output, Contains("52.5 (partial)"));
    CHECK_THAT(result.output, Contains("Ben Other: knocked out on Retention and renewals 2.5 < 3"));
    CHECK_THAT(
        result.output,
        Contains("Ada Example: disagreement on Expansion selling 3–5; still a draft from Kim Recruiter\n"));
    CHECK_THAT(result.output,
               Contains("Krippendorff's alpha (interval) 0.22 from 10 scores on 5 shared cells"));
    CHECK_THAT(result.output, Contains("Kim Recruiter"));
    CHECK_THAT(result.output, Contains("+0.25 (lenient, 2 scores)"));
}

TEST_CASE("compare --format csv writes RFC 4180 to stdout, formulas neutralised", "[cli][compare]")
{
    CliComparison t("=HYPERLINK(\"http://evil.example\",\"Cy\")");
    const CliResult result = t.run("--format csv");
    REQUIRE(result.exitCode == 0);
    const auto records = readCsvRecords(result.output);
    REQUIRE(records.size() == 5);
    CHECK(records[1].fields[1] == "Ada Example");
    CHECK(records[2].fields[1] == "'=HYPERLINK(\"http://evil.example\",\"Cy\")");
}

TEST_CASE("compare --format json --anonymous names nobody", "[cli][compare]")
{
    CliComparison t;
    const CliResult result = t.run("--format json --anonymous");
    REQUIRE(result.exitCode == 0);
    const auto json = nlohmann::json::parse(result.output);
    CHECK(json["anonymised"] == true);
    CHECK(json["candidates"][0]["name"] == "Candidate A");
    CHECK(result.output.find("Ada") == std::string::npos);
    CHECK(result.output.find("Contoso") == std::string::npos);
}

TEST_CASE("compare filters by stage and hides knocked-out candidates", "[cli][compare]")
{
    CliComparison t;
    const CliResult result = t.run("--format csv --stage interviewing --stage offer --hide-knocked-out");
    REQUIRE(result.exitCode == 0);
    const auto records = readCsvRecords(result.output);
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields[1] == "Ada Example");
    CHECK(records[2].fields[1] == "Cy Third");

    const CliResult sorted = t.run("--format csv --sort communication --reverse");
    REQUIRE(sorted.exitCode == 0);
    CHECK(readCsvRecords(sorted.output)[1].fields[1] == "Cy Third"); // lowest communication first
}

TEST_CASE("compare writes each format to a file", "[cli][compare]")
{
    CliComparison t;
    REQUIRE(t.run("--format xlsx -o " + quote(t.file("c.xlsx"))).exitCode == 0);
    CHECK(fileText(t.file("c.xlsx")).rfind("PK", 0) == 0);
    REQUIRE(t.run("--format pdf -o " + quote(t.file("c.pdf"))).exitCode == 0);
    CHECK(fileText(t.file("c.pdf")).rfind("%PDF", 0) == 0);
    REQUIRE(t.run("--format html -o " + quote(t.file("c.html"))).exitCode == 0);
    CHECK_THAT(fileText(t.file("c.html")), Contains("<svg"));
    REQUIRE(t.run("--format json -o " + quote(t.file("c.json"))).exitCode == 0);
    CHECK(nlohmann::json::parse(fileText(t.file("c.json")))["candidates"].size() == 4);
    REQUIRE(t.run("--format csv -o " + quote(t.file("c.csv"))).exitCode == 0);
    CHECK(readCsvRecords(fileText(t.file("c.csv"))).size() == 5);
    REQUIRE(t.run("-o " + quote(t.file("c.txt"))).exitCode == 0);
    CHECK_THAT(fileText(t.file("c.txt")), Contains("Krippendorff"));
}

TEST_CASE("compare explains what is wrong and exits non-zero", "[cli][compare]")
{
    CliComparison t;
    const CliResult binary = t.run("--format pdf");
    CHECK(binary.exitCode == 2);
    CHECK_THAT(binary.output, Contains("-o FILE"));
    CHECK(t.run("--format xlsx").exitCode == 2);

    const CliResult format = t.run("--format docx");
    CHECK(format.exitCode == 2);
    CHECK_THAT(format.output, Contains("unknown format 'docx'"));
    const CliResult stage = t.run("--stage nowhere");
    CHECK(stage.exitCode == 2);
    CHECK_THAT(stage.output, Contains("unknown stage 'nowhere'"));
    const CliResult sort = t.run("--sort charisma");
    CHECK(sort.exitCode == 2);
    CHECK_THAT(sort.output, Contains("valid: total, candidate, retention, expansion, communication"));

    const CliResult folder = t.run("--format pdf -o " + quote(t.file("missing/c.pdf")));
    CHECK(folder.exitCode == 1);
    CHECK_THAT(folder.output, Contains("missing"));

    const CliResult opening = runCli("--db " + quote(t.fixture.path.string()) + " compare --opening 999");
    CHECK(opening.exitCode != 0);
    CHECK_THAT(opening.output, Contains("999"));
    CHECK(runCli("--db " + quote(t.file("none.db")) + " compare --opening 1").exitCode != 0);
    CHECK(runCli("compare").exitCode != 0); // --opening is required
}
