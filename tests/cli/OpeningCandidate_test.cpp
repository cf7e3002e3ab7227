#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "TestPaths.h"

using namespace amhire::test;
using Catch::Matchers::Contains;

TEST_CASE("opening add stores an opening that opening list shows", "[cli][storage]")
{
    CliDatabase t;
    auto add = t.run("opening add --template saas --level mid --company Northwind --location Boston");
    REQUIRE(add.exitCode == 0);
    CHECK(add.output == "1\n");
    auto list = t.run("opening list");
    CHECK(list.exitCode == 0);
    CHECK_THAT(list.output, Contains("Northwind"));
    auto json = nlohmann::json::parse(t.run("opening list --json").output);
    REQUIRE(json.size() == 1);
    CHECK(json[0]["template"] == "saas");
    CHECK(json[0]["level"] == "mid");
    CHECK(json[0]["scorecard"].size() >= 6);
    CHECK(json[0]["pay_min"].is_number());
}

TEST_CASE("opening close and reopen change what opening list says, and name a missing opening",
          "[cli][storage]")
{
    CliDatabase t;
    REQUIRE(t.run("opening add --template saas --level mid --company Northwind").exitCode == 0);
    auto close = t.run("opening close 1");
    CHECK(close.exitCode == 0);
    CHECK(close.output == "opening 1 is closed\n");
    CHECK(nlohmann::json::parse(t.run("opening list --json").output)[0]["status"] == "closed");
    auto reopen = t.run("opening reopen 1");
    CHECK(reopen.exitCode == 0);
    CHECK(nlohmann::json::parse(t.run("opening list --json").output)[0]["status"] == "open");
    auto missing = t.run("opening close 7");
    CHECK(missing.exitCode != 0);
    CHECK_THAT(missing.output, Contains("Opening 7 does not exist"));
}

TEST_CASE("opening add refuses unknown templates and levels with the valid ones", "[cli][storage]")
{
    CliDatabase t;
    auto badTemplate = t.run("opening add --template saaas --level mid --company X");
    CHECK(badTemplate.exitCode == 2);
    CHECK_THAT(badTemplate.output, Contains("unknown template 'saaas'") && Contains("saas"));
    auto badLevel = t.run("opening add --template saas --level junior --company X");
    CHECK(badLevel.exitCode == 2);
    CHECK_THAT(badLevel.output, Contains("(valid: mid, senior)"));
}

TEST_CASE("candidate add, list and erase", "[cli][storage]")
{
    CliDatabase t;
    REQUIRE(t.run("opening add --template general --level mid --company Acme").exitCode == 0);
    auto add = t.run("candidate add --name 'Grace Hopper' --email grace@example.com --source referral --opening 1");
    REQUIRE(add.exitCode == 0);
    CHECK(add.output == "1\n");

    auto json = nlohmann::json::parse(t.run("candidate list --opening 1 --json").output);
    REQUIRE(json.size() == 1);
    CHECK(json[0]["name"] == "Grace Hopper");
    CHECK(json[0]["stage"] == "applied");
    CHECK_THAT(t.run("candidate list").output, Contains("grace@example.com"));

    SECTION("a bad email is refused and nothing is stored")
    {
        auto bad = t.run("candidate add --name 'No Mail' --email not-an-email");
        CHECK(bad.exitCode != 0);
        CHECK(nlohmann::json::parse(t.run("candidate list --json").output).size() == 1);
    }
    SECTION("an unknown opening stores neither candidate nor application")
    {
        auto bad = t.run("candidate add --name 'Lost Soul' --opening 99");
        CHECK(bad.exitCode != 0);
        CHECK(nlohmann::json::parse(t.run("candidate list --json").output).size() == 1);
    }
    SECTION("erase needs --yes, then removes the candidate")
    {
        CHECK(t.run("candidate erase 1").exitCode == 2);
        CHECK(nlohmann::json::parse(t.run("candidate list --json").output).size() == 1);
        auto erase = t.run("candidate erase 1 --yes");
        CHECK(erase.exitCode == 0);
        CHECK_THAT(erase.output, Contains("candidate 1 erased, and from 0 backup(s)"));
        CHECK(nlohmann::json::parse(t.run("candidate list --json").output).empty());
    }
    SECTION("erase reaches the backups, and says which it could not clean")
    {
        REQUIRE(t.run("backup take").exitCode == 0);
        const std::string backup = nlohmann::json::parse(t.run("backup list --json").output)[0]["path"];
        const auto broken =
            std::filesystem::path(backup).parent_path() / "amhire.db.2020-01-01T00-00-00.000Z.backup";
        std::ofstream(broken) << "not a database";
        auto erase = t.run("candidate erase 1 --yes");
        CHECK(erase.exitCode == 1);
        CHECK_THAT(erase.output, Contains("candidate 1 erased, and from 1 backup(s)") &&
                                     Contains("may still hold the candidate: " + broken.string()));
        std::ifstream in(backup, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        CHECK(bytes.find("Grace Hopper") == std::string::npos);
    }
}

TEST_CASE("check gives a verdict, and refuses a file that is not an amhire database", "[cli][storage]")
{
    CliDatabase t;
    REQUIRE(t.run("opening add --template general --level mid --company Acme").exitCode == 0);
    auto ok = t.run("check");
    CHECK(ok.exitCode == 0);
    CHECK_THAT(ok.output, Contains(": ok (schema version"));

    const auto foreign = t.dir.path() / "notes.txt";
    std::ofstream(foreign) << "just some text\n";
    auto bad = runCli("--db " + quote(foreign.string()) + " check");
    CHECK(bad.exitCode != 0);
    CHECK_THAT(bad.output, Contains("is not an amhire database"));
    auto missing = runCli("--db " + quote((t.dir.path() / "none.db").string()) + " check");
    CHECK(missing.exitCode != 0);
}

TEST_CASE("candidate import reports bad rows by line and imports the rest", "[cli][storage]")
{
    CliDatabase t;
    REQUIRE(t.run("opening add --template general --level mid --company Acme").exitCode == 0);
    const auto csv = t.dir.path() / "people.csv";
    std::ofstream(csv, std::ios::binary) << "\xEF\xBB\xBFName,Email,Phone,Source\r\n"
                                            "\"Lovelace, Ada\",ada@example.com,555-0100,referral\r\n"
                                            ",nobody@example.com,,\r\n"
                                            "\"Hopper\nGrace\",grace@example.com,,job board\r\n"
                                            "Bad Mail,bad-at-example,,\r\n";
    auto r = t.run("candidate import " + quote(csv.string()) + " --opening 1");
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.output, Contains("people.csv:3: skipped:"));
    CHECK_THAT(r.output, Contains("people.csv:6: skipped:"));
    CHECK_THAT(r.output, Contains("imported 2 candidates, skipped 2 rows"));
    auto json = nlohmann::json::parse(t.run("candidate list --opening 1 --json").output);
    REQUIRE(json.size() == 2);
    CHECK(json[1]["name"] == "Lovelace, Ada");
}

TEST_CASE("demo-data fills a database reproducibly", "[cli][storage]")
{
    CliDatabase a, b;
    auto first = a.run("demo-data --openings 1 --candidates 20 --interviewers 3 --seed 5");
    REQUIRE(first.exitCode == 0);
    CHECK_THAT(first.output, Contains("1 opening, 20 candidates"));
    REQUIRE(b.run("demo-data --openings 1 --candidates 20 --interviewers 3 --seed 5").exitCode == 0);
    auto names = [](const CliDatabase& t) {
        std::vector<std::string> out;
        for (const auto& c : nlohmann::json::parse(t.run("candidate list --json").output))
            out.push_back(c["name"].get<std::string>() + " " + c["email"].get<std::string>());
        return out;  // times differ between runs; who was generated must not
    };
    CHECK(names(a) == names(b));
    CHECK(a.run("check").exitCode == 0);
}
