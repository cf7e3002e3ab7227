#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "TestPaths.h"

using namespace amhire::test;
using Catch::Matchers::Contains;

TEST_CASE("backup take, list and restore bring an earlier state back", "[cli][backup]")
{
    CliDatabase t;
    REQUIRE(t.run("candidate add --name 'Ada Before'").exitCode == 0);
    auto take = t.run("backup take");
    REQUIRE(take.exitCode == 0);
    CHECK_THAT(take.output, Contains("backups/amhire.db."));
    CHECK_THAT(t.run("backup take").output, Contains("unchanged"));
    REQUIRE(t.run("candidate add --name 'Bo After'").exitCode == 0);

    auto list = nlohmann::json::parse(t.run("backup list --json").output);
    REQUIRE(list.size() == 1);
    const std::string backup = list[0]["path"];

    CHECK(t.run("backup restore " + quote(backup)).exitCode == 2); // needs --yes
    auto restore = t.run("backup restore --yes " + quote(backup));
    REQUIRE(restore.exitCode == 0);
    CHECK_THAT(restore.output, Contains("the previous file is kept as"));
    auto candidates = t.run("candidate list");
    CHECK_THAT(candidates.output, Contains("Ada Before"));
    CHECK_THAT(candidates.output, !Contains("Bo After"));
    CHECK(nlohmann::json::parse(t.run("backup list --json").output).size() == 2);
}

TEST_CASE("backup list says where backups would be when there are none", "[cli][backup]")
{
    CliDatabase t;
    auto list = t.run("backup list");
    CHECK(list.exitCode == 0);
    CHECK_THAT(list.output, Contains("no backups in") && Contains("backups"));
}
