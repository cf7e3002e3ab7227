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
