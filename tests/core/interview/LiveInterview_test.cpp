#include <catch2/catch.hpp>

#include <set>

#include "InterviewTestSupport.h"
#include "core/interview/InterviewStart.h"
#include "core/interview/LiveInterview.h"
#include "core/storage/StorageError.h"

using namespace amhire;

TEST_CASE("Starting an interview stores a kit built from the opening's scorecard and level")
{
    test::InterviewFixture f;
    const Content& content = test::bundledContent();
    const int64_t id = startInterview(*f.storage, content, {f.applicationId, "  Sam Lee ", InterviewKind::Panel, 60});
    const Interview stored = f.storage->interviews().get(id);
    CHECK(stored.interviewer == "Sam Lee");
    CHECK(stored.kind == "panel");
    CHECK(stored.plannedMinutes == 60);
    REQUIRE_FALSE(stored.kitQuestionIds.empty());
    std::set<std::string> unique(stored.kitQuestionIds.begin(), stored.kitQuestionIds.end());
    CHECK(unique.size() == stored.kitQuestionIds.size());
    int minutes = 0;
    for (const std::string& qid : stored.kitQuestionIds) {
        const Question* q = content.question(qid);
        REQUIRE(q);
        CHECK(q->levels.contains(Level::Senior));
        minutes += q->minutes;
    }
    CHECK(minutes <= 60 - kKitReserveMinutes);

    SECTION("the same interviewer starting again resumes the same draft")
    {
        CHECK(startInterview(*f.storage, content, {f.applicationId, "Sam Lee", InterviewKind::Panel, 45}) == id);
        CHECK(startInterview(*f.storage, content, {f.applicationId, "Kim Roe", InterviewKind::Panel, 45}) != id);
    }
    SECTION("a name and a sensible length are required")
    {
        CHECK_THROWS_AS(startInterview(*f.storage, content, {f.applicationId, "  ", InterviewKind::Panel, 60}),
                        StorageError);
        CHECK_THROWS_AS(startInterview(*f.storage, content, {f.applicationId, "Kim", InterviewKind::Panel, 5}),
                        StorageError);
    }
}

TEST_CASE("A live interview loads the kit, the scorecard and what was saved, and counts progress")
{
    test::InterviewFixture f;
    const Content& content = test::bundledContent();
    const int64_t id = startInterview(*f.storage, content, {f.applicationId, "Sam", InterviewKind::Panel, 90});
    InterviewStore& store = f.storage->interviews();
    const Opening opening = f.storage->openings().get(f.openingId);
    const std::string first = opening.scorecard.entries.at(0).competencyId;
    const std::string second = opening.scorecard.entries.at(1).competencyId;
    store.setScore(id, first, 4, "Sam");
    store.setScore(id, second, std::nullopt, "Sam");  // key 0: not assessed
    store.setRatingNotes(id, opening.scorecard.entries.at(2).competencyId, "Talked about churn", "Sam");
    store.setCurrentQuestion(id, 2, "Sam");

    LiveInterview live = LiveInterview::load(*f.storage, content, id);
    CHECK(live.candidate().name == "Ada Example");
    CHECK(live.currentQuestion() == 2);
    REQUIRE(live.lines().size() == opening.scorecard.entries.size());
    CHECK(live.lines()[0].competency != nullptr);
    CHECK(live.score(first) == std::optional<std::optional<int>>(4));
    CHECK(live.score(second) == std::optional<std::optional<int>>(std::optional<int>()));
    // Notes alone do not make a competency "not assessed".
    CHECK_FALSE(live.score(opening.scorecard.entries.at(2).competencyId).has_value());

    const ScoringProgress progress = live.progress();
    CHECK(progress.scored == 1);
    CHECK(progress.notAssessed == 1);
    CHECK(progress.total == static_cast<int>(opening.scorecard.entries.size()));
    CHECK(progress.unscoredNames.size() == opening.scorecard.entries.size() - 2);

    live.setScore(opening.scorecard.entries.at(2).competencyId, 3);
    CHECK(live.progress().scored == 2);

    CHECK(live.goToQuestion(-5) == 0);
    CHECK(live.goToQuestion(1000) == static_cast<int>(live.questions().size()) - 1);
    const int line = live.lineOfQuestion(0);
    REQUIRE(line >= 0);
    CHECK(live.lines()[static_cast<size_t>(line)].entry.competencyId == live.questions()[0].question->competency);
}

TEST_CASE("A kit question can be swapped only for an unused question on the same competency")
{
    test::InterviewFixture f;
    const Content& content = test::bundledContent();
    const int64_t id = startInterview(*f.storage, content, {f.applicationId, "Sam", InterviewKind::Panel, 60});
    LiveInterview live = LiveInterview::load(*f.storage, content, id);
    const auto alternatives = live.alternativesFor(0, content);
    REQUIRE_FALSE(alternatives.empty());
    const std::string competency = live.questions()[0].question->competency;
    for (const Question* q : alternatives)
        CHECK(q->competency == competency);

    CHECK(live.replaceQuestion(0, live.questions()[1].id, content).has_value());  // already in the kit
    const std::string replacement = alternatives.front()->id;
    CHECK_FALSE(live.replaceQuestion(0, replacement, content).has_value());
    CHECK(live.questions()[0].id == replacement);
    CHECK(live.kitQuestionIds().front() == replacement);

    live.setAsked(replacement, true);
    const auto more = live.alternativesFor(0, content);
    if (!more.empty())
        CHECK(live.replaceQuestion(0, more.front()->id, content).has_value());  // asked questions stay
}

TEST_CASE("An interviewer's draft list holds their own drafts only, with progress")
{
    test::InterviewFixture f;
    const Content& content = test::bundledContent();
    const int64_t mine = startInterview(*f.storage, content, {f.applicationId, "Sam", InterviewKind::Panel, 60});
    const int64_t theirs = startInterview(*f.storage, content, {f.applicationId, "Kim", InterviewKind::Panel, 60});
    const std::string first = f.storage->openings().get(f.openingId).scorecard.entries.at(0).competencyId;
    f.storage->interviews().setScore(mine, first, 3, "Sam");
    f.storage->interviews().setScore(theirs, first, 5, "Kim");

    const auto drafts = f.storage->interviews().scorecardsOf("Sam", InterviewStatus::Draft);
    REQUIRE(drafts.size() == 1);
    CHECK(drafts[0].interviewId == mine);
    CHECK(drafts[0].candidateName == "Ada Example");
    CHECK(drafts[0].scored == 1);
    CHECK(drafts[0].total > 1);

    f.storage->interviews().submit(mine, Recommendation::NoDecision, "Sam");
    CHECK(f.storage->interviews().scorecardsOf("Sam", InterviewStatus::Draft).empty());
    CHECK(f.storage->interviews().scorecardsOf("Kim", InterviewStatus::Draft).size() == 1);
}

TEST_CASE("An interviewer's submitted list holds their own submitted scorecards, latest first")
{
    test::InterviewFixture f;
    const Content& content = test::bundledContent();
    const int64_t first =
        startInterview(*f.storage, content, {f.applicationId, "Sam", InterviewKind::PhoneScreen, 45});
    const int64_t theirs =
        startInterview(*f.storage, content, {f.applicationId, "Kim", InterviewKind::Panel, 60});
    CHECK(f.storage->interviews().scorecardsOf("Sam", InterviewStatus::Submitted).empty());

    f.storage->interviews().submit(first, Recommendation::Yes, "Sam");
    f.storage->interviews().submit(theirs, Recommendation::No, "Kim");
    const int64_t second =
        startInterview(*f.storage, content, {f.applicationId, "Sam", InterviewKind::Panel, 60});
    REQUIRE(second != first);
    CHECK(f.storage->interviews().scorecardsOf("Sam", InterviewStatus::Submitted).size() == 1);
    f.storage->interviews().submit(second, Recommendation::StrongYes, "Sam");

    auto submitted = f.storage->interviews().scorecardsOf("Sam", InterviewStatus::Submitted);
    REQUIRE(submitted.size() == 2);
    CHECK(submitted[0].interviewId == second);
    CHECK(submitted[0].recommendation == Recommendation::StrongYes);
    CHECK(submitted[1].interviewId == first);
    CHECK(submitted[1].candidateName == "Ada Example");
    CHECK(f.storage->interviews().scorecardsOf("Sam", InterviewStatus::Draft).empty());

    // Reopened, it is a draft again.
    f.storage->interviews().reopen(second, "Sam");
    submitted = f.storage->interviews().scorecardsOf("Sam", InterviewStatus::Submitted);
    REQUIRE(submitted.size() == 1);
    CHECK(submitted[0].interviewId == first);
    CHECK(f.storage->interviews().scorecardsOf("Sam", InterviewStatus::Draft).size() == 1);
}

TEST_CASE("Starting again after submitting names the scorecards already submitted, unless a draft is open")
{
    test::InterviewFixture f;
    const Content& content = test::bundledContent();
    const InterviewRequest sam{f.applicationId, "Sam", InterviewKind::Panel, 60};
    CHECK(submittedBefore(*f.storage, sam).empty()); // nothing yet

    const int64_t first = startInterview(*f.storage, content, sam);
    CHECK(submittedBefore(*f.storage, sam).empty()); // a draft: starting resumes it
    f.storage->interviews().submit(first, Recommendation::Yes, "Sam");
    const int64_t kims =
        startInterview(*f.storage, content, {f.applicationId, "Kim", InterviewKind::Panel, 60});
    f.storage->interviews().submit(kims, Recommendation::No, "Kim");

    auto before = submittedBefore(*f.storage, {f.applicationId, " Sam ", InterviewKind::PhoneScreen, 45});
    REQUIRE(before.size() == 1);
    CHECK(before[0].id == first);

    const int64_t second = startInterview(*f.storage, content, sam);
    CHECK(second != first);
    CHECK(submittedBefore(*f.storage, sam).empty()); // the new draft resumes
    f.storage->interviews().submit(second, Recommendation::StrongYes, "Sam");
    before = submittedBefore(*f.storage, sam);
    REQUIRE(before.size() == 2);
    CHECK(before[0].id == first);
    CHECK(before[1].id == second);
}
