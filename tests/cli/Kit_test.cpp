#include <catch2/catch.hpp>

#include <fstream>

#include "CliRunner.h"
#include "TestPaths.h"

using namespace amhire::test;
using Catch::Matchers::Contains;

TEST_CASE("kit shows an opening's interview kit and writes it as a PDF", "[cli][interview]")
{
    CliDatabase t;
    REQUIRE(t.run("opening add --template saas --level senior --company Northwind").exitCode == 0);

    const auto shown = t.run("kit --opening 1 --kind phone-screen --minutes 45");
    REQUIRE(shown.exitCode == 0);
    CHECK_THAT(shown.output, Contains("Retention record"));
    CHECK_THAT(shown.output, Contains("minutes kept free"));

    const std::string pdf = (t.dir.path() / "kit.pdf").string();
    const auto written = t.run("kit --opening 1 -o " + quote(pdf));
    REQUIRE(written.exitCode == 0);
    std::ifstream in(pdf, std::ios::binary);
    std::string magic(5, '\0');
    in.read(magic.data(), 5);
    CHECK(magic == "%PDF-");

    const auto unknown = t.run("kit --opening 9");
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.output, Contains("no opening 9"));
    CHECK(t.run("kit --opening 1 --minutes 5").exitCode != 0);
}
