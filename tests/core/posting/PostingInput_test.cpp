#include <algorithm>

#include <catch2/catch.hpp>

#include "PostingFixture.h"
#include "core/content/Placeholders.h"
#include "core/posting/PostingInput.h"

using namespace amhire;
using amhire::test::completeInput;
using amhire::test::sampleTemplate;

TEST_CASE("placeholder values cover exactly the allowed placeholders", "[posting]")
{
    const JobTemplate t = sampleTemplate();
    const auto values = placeholderValues(completeInput("saas", Level::Mid), *t.band(Level::Mid));
    std::vector<std::string> names;
    for (const auto& [name, value] : values)
        names.push_back(name);
    std::vector<std::string> allowed;
    for (const PlaceholderInfo& p : allowedPlaceholders())
        allowed.push_back(p.name);
    std::sort(allowed.begin(), allowed.end());
    CHECK(names == allowed);
    CHECK(values.at("company") == "Acme");
    CHECK(values.at("work_model") == "hybrid");
    CHECK(values.at("years") == "3-5");
    CHECK(values.at("reports_to") == "the Head of Accounts");
}

TEST_CASE("values not given yet are left out, and typed values are tidied", "[posting]")
{
    const JobTemplate t = sampleTemplate();
    PostingInput input;
    input.company = "  Acme\n  Corp ";
    input.location = "   ";
    const auto values = placeholderValues(input, *t.band(Level::Mid));
    CHECK(values.at("company") == "Acme Corp");
    CHECK(values.count("location") == 0);
    CHECK(values.count("team") == 0);
    CHECK(values.count("reports_to") == 0);
    CHECK(values.at("work_model") == "on-site");  // always has a value
}

TEST_CASE("work models parse from their ids and have titles", "[posting]")
{
    CHECK(parseWorkModel("on-site") == WorkModel::OnSite);
    CHECK(parseWorkModel("hybrid") == WorkModel::Hybrid);
    CHECK(parseWorkModel("remote") == WorkModel::Remote);
    CHECK_FALSE(parseWorkModel("Remote"));
    CHECK_FALSE(parseWorkModel("office"));
    for (WorkModel m : kAllWorkModels)
        CHECK(parseWorkModel(workModelId(m)) == m);
    CHECK(std::string(workModelTitle(WorkModel::OnSite)) == "On-site");
}
