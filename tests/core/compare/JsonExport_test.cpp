#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "CompareFixture.h"
#include "core/compare/Comparison.h"
#include "core/export/JsonExport.h"

using namespace amhire;
using namespace amhire::test;

TEST_CASE("The JSON export parses and carries the grid, flags, panel and calibration", "[compare]")
{
    CompareFixture fixture;
    std::ostringstream out;
    exportJson(compareOpening(*fixture.storage, fixture.openingId), out);
    const nlohmann::json json = nlohmann::json::parse(out.str());

    CHECK(json["opening"]["id"] == fixture.openingId);
    CHECK(json["anonymised"] == false);
    REQUIRE(json["competencies"].size() == 3);
    CHECK(json["competencies"][0]["minimum"] == 3);
    CHECK(json["competencies"][1]["minimum"].is_null());

    REQUIRE(json["candidates"].size() == 4);
    const auto& ada = json["candidates"][0];
    CHECK(ada["name"] == "Ada Example");
    CHECK(ada["rank"] == 1);
    CHECK(ada["total"].get<double>() == Approx(475.0 / 6.0));
    CHECK(ada["scores"][1]["spread"] == 2);
    CHECK(ada["scores"][1]["disagreement"] == true);
    CHECK(ada["disagreements"] == nlohmann::json::array({"expansion"}));
    CHECK(ada["recommendations"]["strong-yes"] == 1);
    REQUIRE(ada["panel"].size() == 2);
    CHECK(ada["panel"][0]["recommendation"] == "yes");
    CHECK(ada["drafts_from"] == nlohmann::json::array({"Kim Recruiter"})); // yet to submit

    const auto& ben = json["candidates"][2];
    CHECK(ben["knock_outs"] == nlohmann::json::array({"retention"}));
    CHECK(ben["gaps"] == nlohmann::json::array({"communication"}));
    CHECK(ben["drafts_from"] == nlohmann::json::array());
    CHECK(ben["scores"][2]["mean"].is_null());
    CHECK(json["candidates"][3]["rank"].is_null());

    CHECK(json["calibration"]["statistic"] == "krippendorff-alpha-interval");
    CHECK(json["calibration"]["alpha"].get<double>() == Approx(2.0 / 9.0));
    CHECK(json["calibration"]["scores"] == 10);
}

TEST_CASE("The anonymised JSON has no identity nor database ids of candidates", "[compare]")
{
    CompareFixture fixture;
    ComparisonOptions options;
    options.anonymised = true;
    std::ostringstream out;
    exportJson(compareOpening(*fixture.storage, fixture.openingId, options), out);
    const std::string text = out.str();
    const nlohmann::json json = nlohmann::json::parse(text);
    CHECK(json["anonymised"] == true);
    CHECK(json["candidates"][0]["name"] == "Candidate A");
    CHECK_FALSE(json["candidates"][0].contains("email"));
    CHECK_FALSE(json["candidates"][0].contains("candidate_id"));
    for (const char* identifying : {"Ada", "Example", "example.", "Contoso", "Fabrikam", "Initech"})
        CHECK(text.find(identifying) == std::string::npos);
    CHECK(json["candidates"][0]["panel"][0]["strengths"] == "Candidate A brings numbers to every answer");
}
