#include <catch2/catch.hpp>

#include "TestPaths.h"
#include "core/content/ContentLoader.h"
#include "core/openings/NewOpening.h"

using namespace amhire;

TEST_CASE("an opening freezes the template's scorecard with versions and the content hash", "[openings]")
{
    const ContentLoadResult loaded = loadContent(test::sourceDir());
    const JobTemplate* saas = loaded.content.jobTemplate("saas");
    REQUIRE(saas);
    PostingInput input;
    input.templateId = "saas";
    input.level = Level::Mid;
    input.company = "Northwind";
    Opening opening = makeOpening(loaded.content, *saas, input);

    CHECK(opening.templateId == "saas");
    CHECK(opening.level == "mid");
    CHECK(opening.company == "Northwind");
    CHECK(opening.payMin == saas->band(Level::Mid)->baseMin);
    CHECK(opening.postingMarkdown.find("Northwind") != std::string::npos);
    REQUIRE(opening.scorecard.entries.size() == saas->assessments.size());
    for (size_t i = 0; i < saas->assessments.size(); ++i) {
        CHECK(opening.scorecard.entries[i].competencyId == saas->assessments[i].competency);
        CHECK(opening.scorecard.entries[i].weight == saas->assessments[i].weight);
        CHECK(opening.scorecard.entries[i].minimum == saas->assessments[i].minimum);
        CHECK(opening.scorecard.entries[i].name == loaded.content.competency(saas->assessments[i].competency)->name);
    }
    CHECK(opening.scorecard.contentHash == loaded.content.hash());
    CHECK(opening.scorecard.rubricVersion.find("account-management@") != std::string::npos);
}

TEST_CASE("a level the template does not offer is refused", "[openings]")
{
    const ContentLoadResult loaded = loadContent(test::sourceDir());
    PostingInput input;
    input.level = Level::Strategic;
    CHECK_THROWS_AS(makeOpening(loaded.content, *loaded.content.jobTemplate("junior"), input), std::invalid_argument);
}
