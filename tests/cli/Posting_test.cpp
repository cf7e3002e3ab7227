#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "CliRunner.h"
#include "TestPaths.h"

using namespace amhire::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const std::string kContent = " --content " + quote(sourceDir().string());

// A posting with every value given, for a bundled template.
std::string postingCommand(const std::string& extra)
{
    return "posting --template saas --level senior --company 'Acme & Co' --location Lisbon --work-model "
           "remote "
           "--team 'the Customer team' --reports-to 'the Head of Accounts'" +
           kContent + " " + extra;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string fixture(const char* name)
{
    return (dataDir() / "postings" / name).string();
}

}  // namespace

TEST_CASE("posting prints Markdown to standard output", "[cli][posting]")
{
    auto r = runCli(postingCommand(""));
    INFO(r.output);
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.output, StartsWith("# Senior SaaS Account Manager — Acme & Co\n\n"));
    CHECK_THAT(r.output, Contains("The role is remote and based in Lisbon."));
    CHECK_THAT(r.output,
               Contains("- **Pay per year:** $85,000–$120,000 base + commission, OTE $100,000–$150,000"));
    CHECK_THAT(r.output, !Contains("{"));
}

TEST_CASE("posting writes each format to a file, and each passes check-posting", "[cli][posting]")
{
    TempDir dir;
    for (const char* format : {"md", "html", "txt"}) {
        INFO(format);
        const auto file = dir / (std::string("posting.") + format);
        auto r = runCli(postingCommand("--pay-min 90000 --pay-max 110000 --format " + std::string(format) +
                                       " -o " + quote(file.string())));
        CHECK(r.exitCode == 0);
        CHECK(r.output.empty());
        const std::string text = readFile(file);
        REQUIRE_FALSE(text.empty());
        CHECK_THAT(text, Contains("90,000–$110,000 base"));
        if (std::string(format) == "html") {
            pugi::xml_document doc;
            REQUIRE(doc.load_string(text.c_str()));
            CHECK(std::string(doc.select_node("/html/head/title").node().text().get()) ==
                  "Senior SaaS Account Manager — Acme & Co");
            CHECK(std::string(doc.select_node("/html/body/h1").node().text().get()) ==
                  "Senior SaaS Account Manager — Acme & Co");
            continue;
        }
        if (std::string(format) == "txt") {
            CHECK_THAT(text, StartsWith("SENIOR SAAS ACCOUNT MANAGER — ACME & CO\n====="));
            CHECK_THAT(text, !Contains("**") && !Contains("## "));
        }
        auto check = runCli("check-posting " + quote(file.string()) + kContent);
        INFO(check.output);
        CHECK(check.exitCode == 0);
        CHECK_THAT(check.output, !Contains(": error:") && !Contains(": warning:"));
    }
}

TEST_CASE("posting names the valid ids when a template or level is unknown", "[cli][posting]")
{
    auto unknownTemplate = runCli("posting --template sass --level mid --company Acme" + kContent);
    CHECK(unknownTemplate.exitCode == 2);
    CHECK_THAT(unknownTemplate.output, Contains("error: unknown template 'sass'; valid templates: ") &&
                                           Contains("general") && Contains("saas"));

    auto unknownLevel = runCli("posting --template saas --level junior --company Acme" + kContent);
    CHECK(unknownLevel.exitCode == 2);
    CHECK_THAT(unknownLevel.output,
               Contains("error: unknown level 'junior' for template 'saas'; valid levels: mid, "
                        "senior"));

    auto badFormat = runCli(postingCommand("--format pdf"));
    CHECK(badFormat.exitCode == 2);
    CHECK_THAT(badFormat.output, Contains("valid formats: md, html, txt"));

    auto badModel =
        runCli("posting --template saas --level mid --company Acme --work-model office" + kContent);
    CHECK(badModel.exitCode == 2);
    CHECK_THAT(badModel.output, Contains("valid work models: on-site, hybrid, remote"));

    auto badPay = runCli(postingCommand("--pay-min 90000 --pay-max 80000"));
    CHECK(badPay.exitCode == 2);
    CHECK_THAT(badPay.output, Contains("--pay-min 90000 is greater than --pay-max 80000"));

    auto noCompany = runCli("posting --template saas --level mid" + kContent);
    CHECK(noCompany.exitCode != 0);
    CHECK_THAT(noCompany.output, Contains("--company"));
}

TEST_CASE("check-posting prints findings as FILE:line:col and exits 1 when blocking", "[cli][posting]")
{
    const std::string file = fixture("unfilled.md");
    auto r = runCli("check-posting " + quote(file) + kContent);
    INFO(r.output);
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.output, Contains(file + ":1:21: error: unfilled placeholder {company} (Company)\n"));
    CHECK_THAT(r.output, Contains(file + ":3:1: error: unfilled placeholder {company} (Company)\n"));
    CHECK_THAT(r.output, Contains(file + ":1:1: error: no pay range found"));
    CHECK_THAT(r.output, Contains(file + ":7:8: note: masculine-coded word \"competitive\"\n"));
}

TEST_CASE("check-posting exits 0 on a ready posting, Markdown or plain text", "[cli][posting]")
{
    auto ready = runCli("check-posting " + quote(fixture("ready.md")) + kContent);
    INFO(ready.output);
    CHECK(ready.exitCode == 0);
    CHECK_THAT(ready.output, !Contains(": error:") && !Contains(": warning:"));
    CHECK_THAT(ready.output, Contains("wording feminine-coded"));

    // Warnings alone do not block.
    auto masculine = runCli("check-posting " + quote(fixture("masculine.txt")) + kContent);
    CHECK(masculine.exitCode == 0);
    CHECK_THAT(masculine.output, Contains(": warning: the wording is strongly masculine-coded"));
}

TEST_CASE("check-posting --json prints one object with the findings and the coding", "[cli][posting]")
{
    auto r = runCli("check-posting --json " + quote(fixture("masculine.txt")) + kContent);
    INFO(r.output);
    CHECK(r.exitCode == 0);
    const auto j = nlohmann::json::parse(r.output);
    CHECK(j.at("masculine_count") == 5);
    CHECK(j.at("feminine_count") == 0);
    CHECK(j.at("masculine_words") ==
          nlohmann::json::array({"aggressive", "competitive", "ambitious", "dominate", "lead"}));
    CHECK(j.at("feminine_words") == nlohmann::json::array());
    CHECK(j.at("verdict") == "strongly masculine-coded");
    CHECK(j.at("word_count") == 28);
    CHECK(j.at("flesch_reading_ease").is_number());
    CHECK(j.at("blocking") == false);
    const auto& findings = j.at("findings");
    REQUIRE(findings.is_array());
    REQUIRE(findings.size() > 5);
    for (const auto& f : findings)
        for (const char* key : {"severity", "code", "message", "line", "column"})
            CHECK(f.contains(key));
    CHECK(findings[0].at("severity") == "warning");
    CHECK(findings[0].at("code") == "gender-coded");

    auto blocking = runCli("check-posting --json " + quote(fixture("unfilled.md")) + kContent);
    CHECK(blocking.exitCode == 1);
    const auto b = nlohmann::json::parse(blocking.output);
    CHECK(b.at("blocking") == true);
    CHECK(b.at("findings")[0].at("severity") == "error");
}

TEST_CASE("check-posting compares the pay with a template band when asked", "[cli][posting]")
{
    auto r =
        runCli("check-posting --template saas --level senior " + quote(fixture("masculine.txt")) + kContent);
    INFO(r.output);
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.output,
               Contains("warning: base $70,000–$90,000 is outside the band $85,000–$120,000 for senior "
                        "SaaS / technology"));
    auto half = runCli("check-posting --template saas " + quote(fixture("masculine.txt")) + kContent);
    CHECK(half.exitCode == 2);
}

TEST_CASE("check-posting on a missing file is a usage error", "[cli][posting]")
{
    auto r = runCli("check-posting /nonexistent/posting.md" + kContent);
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.output, Contains("/nonexistent/posting.md"));
}
