#include <catch2/catch.hpp>

#include "../interview/InterviewTestSupport.h"
#include "core/compare/CellRatings.h"
#include "core/compare/Comparison.h"
#include "core/interview/InterviewStart.h"

using namespace amhire;

TEST_CASE("An interviewer with a draft for a candidate sees nobody else's scores for them")
{
    test::InterviewFixture f;
    const Content& content = test::bundledContent();
    InterviewStore& store = f.storage->interviews();
    const std::string first = f.storage->openings().get(f.openingId).scorecard.entries.at(0).competencyId;

    const int64_t kims = startInterview(*f.storage, content, {f.applicationId, "Kim", InterviewKind::Panel, 60});
    store.setScore(kims, first, 5, "Kim");
    store.setRatingNotes(kims, first, "Kim's view", "Kim");
    store.submit(kims, Recommendation::StrongYes, "Kim");
    const int64_t sams = startInterview(*f.storage, content, {f.applicationId, "Sam", InterviewKind::Panel, 60});

    ComparisonOptions asSam;
    asSam.viewer = "Sam";
    const Comparison seenBySam = compareOpening(*f.storage, f.openingId, asSam);
    REQUIRE(seenBySam.candidateCount() == 1);
    CHECK(seenBySam.candidate(0).withheld);
    CHECK_FALSE(seenBySam.cell(0, 0).assessed());
    CHECK_FALSE(seenBySam.candidate(0).total.has_value());
    CHECK(seenBySam.candidate(0).recommendations[Recommendation::StrongYes] == 0);
    CHECK(ratingsBehind(*f.storage, seenBySam, 0, 0).empty());

    // HR (no draft of their own) and Kim see Kim's submitted score.
    for (const char* viewer : {"", "Kim", "HR"}) {
        ComparisonOptions options;
        options.viewer = viewer;
        const Comparison seen = compareOpening(*f.storage, f.openingId, options);
        CHECK_FALSE(seen.candidate(0).withheld);
        CHECK(seen.cell(0, 0).raters == 1);
        CHECK(ratingsBehind(*f.storage, seen, 0, 0).size() == 1);
    }

    // Once Sam submits, Sam sees the panel too.
    store.submit(sams, Recommendation::No, "Sam");
    const Comparison afterSubmit = compareOpening(*f.storage, f.openingId, asSam);
    CHECK_FALSE(afterSubmit.candidate(0).withheld);
    CHECK(afterSubmit.candidate(0).recommendations[Recommendation::StrongYes] == 1);
}

TEST_CASE("Take-aways read on demand keep to the independence rule", "[compare]")
{
    test::InterviewFixture f;
    const Content& content = test::bundledContent();
    InterviewStore& store = f.storage->interviews();
    const int64_t kims =
        startInterview(*f.storage, content, {f.applicationId, "Kim", InterviewKind::Panel, 60});
    store.setTakeaways(kims, "Kim's strengths", "Kim's concerns", "Kim");
    store.submit(kims, Recommendation::Yes, "Kim");

    ComparisonOptions asSam;
    asSam.viewer = "Sam";
    const Comparison shownToSam = compareOpening(*f.storage, f.openingId, asSam);
    REQUIRE(shownToSam.verdicts(0).size() == 1);
    CHECK(shownToSam.verdicts(0)[0].strengths == "Kim's strengths");
    CHECK(shownToSam.verdicts(0)[0].concerns == "Kim's concerns");

    // Sam starts a scorecard while that comparison is still on screen: Kim's
    // words are no longer read for Sam.
    const int64_t sams =
        startInterview(*f.storage, content, {f.applicationId, "Sam", InterviewKind::Panel, 60});
    store.setTakeaways(sams, "Sam's draft", "Sam's doubts", "Sam");
    REQUIRE(shownToSam.verdicts(0).size() == 1);
    CHECK(shownToSam.verdicts(0)[0].strengths.empty());
    CHECK(shownToSam.verdicts(0)[0].concerns.empty());

    // Read again, the candidate's verdicts are withheld from Sam altogether...
    const Comparison readAgain = compareOpening(*f.storage, f.openingId, asSam);
    CHECK(readAgain.candidate(0).withheld);
    CHECK(readAgain.verdicts(0).empty());

    // ...while HR reads Kim's words and never Sam's draft.
    const Comparison shownToHr = compareOpening(*f.storage, f.openingId);
    REQUIRE(shownToHr.verdicts(0).size() == 1);
    CHECK(shownToHr.verdicts(0)[0].interviewer == "Kim");
    CHECK(shownToHr.verdicts(0)[0].strengths == "Kim's strengths");

    // A scorecard reopened after the comparison was read is a draft again,
    // private to its interviewer.
    store.reopen(kims, "Kim");
    REQUIRE(shownToHr.verdicts(0).size() == 1);
    CHECK(shownToHr.verdicts(0)[0].strengths.empty());
    CHECK(shownToHr.verdicts(0)[0].concerns.empty());
}
