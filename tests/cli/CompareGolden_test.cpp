// The text exports byte for byte against files written by an earlier build
// (tests/data/compare/), so a change to how the comparison is read — such as
// take-aways read per candidate as the export writes — cannot change a byte.
// After an intended change of an export, write the files anew with the CLI
// commands below and review the diff.
#include <catch2/catch.hpp>

#include "CliRunner.h"
#include "core/compare/CompareFixture.h"
#include "core/compare/ExportSupport.h"

using namespace amhire;
using namespace amhire::test;

namespace {

std::string golden(const std::string& name)
{
    return fileText(dataDir() / "compare" / name);
}

// What `compare` prints for `args`; fails the test if it does not run.
std::string compareOutput(const std::string& database, int64_t openingId, const std::string& args)
{
    const CliResult result =
        runCli("--db " + quote(database) + " compare --opening " + std::to_string(openingId) + " " + args);
    REQUIRE(result.exitCode == 0);
    return result.output;
}

} // namespace

TEST_CASE("The hand-computed opening exports exactly as it always has", "[cli][compare][export]")
{
    CompareFixture fixture; // names in the take-aways, a draft, a knock-out, a tie, a gap
    const std::string database = fixture.path.string();
    for (const char* format : {"csv", "json", "html"}) {
        INFO(format);
        const std::string extension = std::string(".") + format;
        CHECK(compareOutput(database, fixture.openingId, std::string("--format ") + format) ==
              golden("fixture" + extension));
        CHECK(
            compareOutput(database, fixture.openingId, std::string("--format ") + format + " --anonymous") ==
            golden("fixture-anonymised" + extension));
    }
}

TEST_CASE("Demo data with several verdicts per candidate exports exactly as it always has",
          "[cli][compare][export]")
{
    CliDatabase database;
    REQUIRE(database.run("demo-data --openings 1 --candidates 8 --interviewers 3 --competencies 8 --seed 7")
                .exitCode == 0);
    CHECK(compareOutput(database.db, 1, "--format json") == golden("demo.json"));
    CHECK(compareOutput(database.db, 1, "--format html --anonymous --sort candidate --reverse") ==
          golden("demo-anonymised.html"));
}
