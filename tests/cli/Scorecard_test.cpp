#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "core/compare/CompareFixture.h"

using namespace amhire;
using namespace amhire::test;
using Catch::Matchers::Contains;

namespace {

// The hand-computed opening (Kim's scorecard for Ada is a draft), listed
// through the CLI.
CliResult listScorecards(const CompareFixture& fixture, const std::string& args)
{
    return runCli("--db " + quote(fixture.path.string()) + " scorecard list " + args);
}

} // namespace

TEST_CASE("scorecard list shows everyone's scorecards, drafts with their progress", "[cli][scorecard]")
{
    CompareFixture fixture;
    const CliResult all = listScorecards(fixture, "");
    REQUIRE(all.exitCode == 0);
    CHECK_THAT(all.output, Contains("Ada Example"));
    CHECK_THAT(all.output, Contains("Kim Recruiter"));
    CHECK_THAT(all.output, Contains("draft 2/3"));
    CHECK_THAT(all.output, Contains("Strong yes"));
    CHECK_THAT(all.output, Contains("6 scorecards, 1 still a draft\n"));

    const CliResult drafts = listScorecards(fixture, "--status draft --json");
    REQUIRE(drafts.exitCode == 0);
    const auto json = nlohmann::json::parse(drafts.output);
    REQUIRE(json.size() == 1);
    CHECK(json[0]["candidate"] == "Ada Example");
    CHECK(json[0]["interviewer"] == CompareFixture::kKim);
    CHECK(json[0]["status"] == "draft");
    CHECK(json[0]["scored"] == 2);
    CHECK(json[0]["recommendation"].is_null());
    CHECK(json[0]["opening_id"] == fixture.openingId);

    const CliResult sams = listScorecards(fixture, "--interviewer '" + CompareFixture::kSam + "' --json");
    REQUIRE(sams.exitCode == 0);
    for (const auto& row : nlohmann::json::parse(sams.output))
        CHECK(row["interviewer"] == CompareFixture::kSam);
    CHECK(nlohmann::json::parse(sams.output).size() == 2);

    CHECK_THAT(listScorecards(fixture, "--interviewer Nobody").output, Contains("no scorecards"));
}

TEST_CASE("scorecard list refuses an unknown opening or status", "[cli][scorecard]")
{
    CompareFixture fixture;
    const CliResult opening = listScorecards(fixture, "--opening 999");
    CHECK(opening.exitCode == 2);
    CHECK_THAT(opening.output, Contains("There is no opening 999"));
    CHECK(listScorecards(fixture, "--status finished").exitCode != 0);
    CHECK(listScorecards(fixture, "--opening " + std::to_string(fixture.openingId)).exitCode == 0);
}
