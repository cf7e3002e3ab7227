#include <catch2/catch.hpp>

#include <set>

#include "TestPaths.h"
#include "core/content/ContentLoader.h"
#include "core/interview/Kit.h"

using namespace amhire;

namespace {

const Content& bundled()
{
    static const ContentLoadResult result = loadContent(test::sourceDir());
    return result.content;
}

std::vector<KitCompetency> scorecardOf(const std::string& templateId)
{
    std::vector<KitCompetency> out;
    for (const Assessment& a : bundled().jobTemplate(templateId)->assessments)
        out.push_back({a.competency, a.weight});
    return out;
}

// A tiny content set where every number is known.
Content smallContent()
{
    auto question = [](std::string id, std::string competency, QuestionKind kind, int minutes,
                       std::initializer_list<Level> levels) {
        Question q;
        q.id = std::move(id);
        q.competency = std::move(competency);
        q.kind = kind;
        q.minutes = minutes;
        for (Level l : levels)
            q.levels.add(l);
        return q;
    };
    std::vector<Competency> competencies(2);
    competencies[0].id = "a";
    competencies[1].id = "b";
    std::vector<Question> questions{
        question("a1", "a", QuestionKind::Behavioral, 10, {Level::Mid}),
        question("a2", "a", QuestionKind::RolePlay, 10, {Level::Mid}),
        question("a3", "a", QuestionKind::Technical, 10, {Level::Junior}),
        question("b1", "b", QuestionKind::Behavioral, 10, {Level::Mid, Level::Junior}),
        question("b2", "b", QuestionKind::Situational, 10, {Level::Mid}),
    };
    return Content({}, std::move(competencies), {}, std::move(questions), {});
}

}  // namespace

TEST_CASE("a kit orders competencies by weight and fills rounds within the time budget", "[kit]")
{
    const Content content = smallContent();
    // 45 minutes less the 10-minute reserve leaves 35: room for three 10-minute questions.
    Kit kit = buildKit(content, {{"a", 1.0}, {"b", 2.0}}, Level::Mid, InterviewKind::Panel, 45);
    REQUIRE(kit.sections.size() == 2);
    CHECK(kit.sections[0].competencyId == "b");
    CHECK(kit.sections[0].questionIds == std::vector<std::string>{"b1", "b2"});
    CHECK(kit.sections[1].questionIds == std::vector<std::string>{"a1"});
    CHECK(kit.plannedMinutes == 30);
    CHECK(kit.uncovered.empty());
}

TEST_CASE("a kit only uses questions suited to the level", "[kit]")
{
    const Content content = smallContent();
    Kit kit = buildKit(content, {{"a", 1.0}, {"b", 1.0}}, Level::Junior, InterviewKind::Panel, 90);
    CHECK(kit.sections[0].questionIds == std::vector<std::string>{"a3"});
    CHECK(kit.sections[1].questionIds == std::vector<std::string>{"b1"});
}

TEST_CASE("a role-play interview asks the role-play first", "[kit]")
{
    const Content content = smallContent();
    Kit kit = buildKit(content, {{"a", 1.0}}, Level::Mid, InterviewKind::RolePlay, 60);
    CHECK(kit.sections[0].questionIds.front() == "a2");
}

TEST_CASE("a competency that no question fits into is reported as uncovered", "[kit]")
{
    const Content content = smallContent();
    Kit kit = buildKit(content, {{"a", 2.0}, {"b", 1.0}}, Level::Mid, InterviewKind::Panel, 15);
    CHECK(kit.sections[0].questionIds.size() == 0);  // 5 minutes left: nothing fits
    CHECK(kit.uncovered == std::vector<std::string>{"a", "b"});
}

TEST_CASE("swapping questions keeps the kit consistent", "[kit]")
{
    const Content content = smallContent();
    Kit kit = buildKit(content, {{"a", 1.0}}, Level::Mid, InterviewKind::Panel, 20);
    REQUIRE(kit.sections[0].questionIds == std::vector<std::string>{"a1"});
    CHECK(alternativesFor(kit, content, "a").size() == 1);
    CHECK_FALSE(swapQuestion(kit, content, "a1", "a2").has_value());
    CHECK(kit.sections[0].questionIds == std::vector<std::string>{"a2"});
    CHECK(swapQuestion(kit, content, "a2", "b1").value() == "question 'b1' assesses 'b', not 'a'");
    CHECK(swapQuestion(kit, content, "zz", "a1").value() == "question 'zz' is not in the kit");
}

TEST_CASE("bundled kits fit 45, 60 and 90 minutes at every template level, with no duplicates", "[kit][bundled]")
{
    for (const JobTemplate& t : bundled().templates()) {
        for (const LevelBand& band : t.levels) {
            for (int length : {45, 60, 90}) {
                Kit kit = buildKit(bundled(), scorecardOf(t.id), band.level, InterviewKind::Panel, length);
                INFO(t.id << " " << levelId(band.level) << " " << length << " min");
                CHECK(kit.plannedMinutes <= length - kKitReserveMinutes);
                CHECK(kit.plannedMinutes >= (length - kKitReserveMinutes) * 2 / 3);
                auto ids = kit.questionIds();
                CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
                for (const auto& id : ids)
                    CHECK(bundled().question(id)->levels.contains(band.level));
                if (length >= 60)
                    CHECK(kit.uncovered.empty());
            }
        }
    }
}

TEST_CASE("a stored interview kind is named for people by its title, or as stored when unknown",
          "[interview][kit]")
{
    CHECK(interviewKindTitleOf("phone-screen") == "Phone screen");
    CHECK(interviewKindTitleOf("role-play") == "Role-play exercise");
    CHECK(interviewKindTitleOf("panel") == "Panel interview");
    CHECK(interviewKindTitleOf("site-visit") == "site-visit"); // written by a newer version
}
