#include <catch2/catch.hpp>

#include "../core/content/ContentFixture.h"
#include "CliRunner.h"
#include "TestPaths.h"

using namespace amhire::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

TEST_CASE("validate on the bundled content prints a summary and exits 0", "[cli]")
{
    auto r = runCli("validate --content " + quote(sourceDir().string()));
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.output, StartsWith("ok: 2 rubrics, "));
    CHECK_THAT(r.output, Contains("10 templates"));
}

TEST_CASE("validate prints each error on its own line and exits 1", "[cli]")
{
    ContentFixture fixture;
    fixture.edit("rubrics/core.xml", R"(weight="1.5")", R"(weight="0")");
    fixture.edit("templates/general.xml", "{team}", "{crew}");
    auto r = runCli("validate --content " + quote(fixture.path().string()));
    CHECK(r.exitCode == 1);
    const std::string dir = fixture.path().string();
    CHECK(r.output == dir + "/rubrics/core.xml:3:73: error: weight must be greater than 0, not 0\n" + dir +
                          "/templates/general.xml:5:36: error: unknown placeholder {crew} in <responsibility>\n");
}

TEST_CASE("validate --stats shows counts per competency, kind and level", "[cli]")
{
    auto r = runCli("validate --stats --content " + quote(sourceDir().string()));
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.output, Contains("retention-record"));
    CHECK_THAT(r.output, Contains("by kind: behavioral"));
    CHECK_THAT(r.output, Contains("by level: junior"));
}

TEST_CASE("--help and --version work", "[cli]")
{
    auto help = runCli("--help");
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.output, Contains("validate"));
    auto version = runCli("--version");
    CHECK(version.exitCode == 0);
    CHECK_THAT(version.output, StartsWith("amhire-cli 0."));
    CHECK_THAT(version.output, Contains("SQLite 3."));
    CHECK_THAT(version.output, Contains("pugixml 1."));
}

TEST_CASE("a missing content folder or unknown command is a clear error", "[cli]")
{
    auto missing = runCli("validate --content /nonexistent/amhire");
    CHECK(missing.exitCode != 0);
    CHECK_THAT(missing.output, Contains("/nonexistent/amhire"));
    auto unknown = runCli("frobnicate");
    CHECK(unknown.exitCode != 0);
}
