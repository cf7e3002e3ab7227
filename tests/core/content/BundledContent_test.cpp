#include <catch2/catch.hpp>

#include "TestPaths.h"
#include "core/content/ContentLoader.h"

using namespace amhire;

namespace {
const ContentLoadResult& bundled()
{
    static const ContentLoadResult result = loadContent(test::sourceDir());
    return result;
}
}  // namespace

TEST_CASE("the bundled content loads without a single diagnostic", "[content][bundled]")
{
    for (const Diagnostic& d : bundled().diagnostics)
        UNSCOPED_INFO(d.format());
    CHECK(bundled().diagnostics.empty());
}

TEST_CASE("the bundled content covers the Account Manager role", "[content][bundled]")
{
    const Content& content = bundled().content;
    CHECK(content.competencies().size() >= 12);
    CHECK(content.questions().size() >= 120);
    CHECK(content.templates().size() >= 10);
    for (const char* id : {"retention-record", "emotional-intelligence", "negotiation"})
        CHECK(content.competency(id) != nullptr);
    const Competency* retention = content.competency("retention-record");
    REQUIRE(retention);
    CHECK(retention->metrics.size() >= 4);
    for (const Competency& c : content.competencies()) {
        INFO(c.id);
        CHECK(content.questionsFor(c.id).size() >= 6);
        for (int score = 1; score <= 5; ++score)
            CHECK_FALSE(c.anchor(score).empty());
    }
}

TEST_CASE("every template level can fill a kit: six questions per assessed competency", "[content][bundled]")
{
    const Content& content = bundled().content;
    for (const JobTemplate& t : content.templates()) {
        for (const LevelBand& band : t.levels) {
            for (const Assessment& a : t.assessments) {
                INFO(t.id << " / " << levelId(band.level) << " / " << a.competency);
                CHECK(content.questionsFor(a.competency, band.level).size() >= 6);
            }
        }
    }
}
