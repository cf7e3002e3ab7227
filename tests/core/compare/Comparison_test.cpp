#include <catch2/catch.hpp>

#include "CompareFixture.h"
#include "core/compare/CellRatings.h"
#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"

using namespace amhire;
using namespace amhire::test;

namespace {

size_t rowNamed(const Comparison& comparison, const std::string& name)
{
    for (size_t row = 0; row < comparison.candidateCount(); ++row)
        if (comparison.candidate(row).name == name)
            return row;
    FAIL("no row for " << name);
    return 0;
}

std::vector<std::string> namesInOrder(const Comparison& comparison)
{
    std::vector<std::string> names;
    for (size_t row = 0; row < comparison.candidateCount(); ++row)
        names.push_back(comparison.candidate(row).name);
    return names;
}

constexpr size_t kRetention = 0, kExpansion = 1, kCommunication = 2;

} // namespace

TEST_CASE("Cells hold the mean, rater count and spread of submitted scores only", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    REQUIRE(comparison.candidateCount() == 4);
    REQUIRE(comparison.competencyCount() == 3);
    CHECK(comparison.competencies()[kRetention].competencyId == "retention");

    const size_t ada = rowNamed(comparison, "Ada Example");
    const ComparisonCell& retention = comparison.cell(ada, kRetention);
    CHECK(retention.raters == 2); // Kim's draft is not counted
    CHECK(retention.mean == Approx(4.5));
    CHECK(retention.spread() == 1);
    CHECK_FALSE(retention.disagreement());
    const ComparisonCell& expansion = comparison.cell(ada, kExpansion);
    CHECK(expansion.mean == Approx(4.0));
    CHECK(expansion.lowest == 3);
    CHECK(expansion.highest == 5);
    CHECK(expansion.spread() == 2);
    CHECK(expansion.disagreement());
    CHECK(comparison.cell(ada, kCommunication).mean == Approx(3.5));
    CHECK(comparison.candidate(ada).disagreements == 1);
    CHECK(comparison.disagreements(ada) == std::vector<size_t>{kExpansion});
    CHECK(comparison.candidate(ada).submittedInterviews == 2);

    const size_t ben = rowNamed(comparison, "Ben Other");
    CHECK(comparison.cell(ben, kRetention).mean == Approx(2.5));
    // "Not assessed" is no score: the cell is a gap, not a zero.
    CHECK_FALSE(comparison.cell(ben, kCommunication).assessed());
    CHECK(comparison.cell(ben, kCommunication).raters == 0);
}

TEST_CASE("Weighted totals use the snapshot weights over assessed competencies", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);

    const ComparedCandidate& ada = comparison.candidate(rowNamed(comparison, "Ada Example"));
    REQUIRE(ada.total);
    CHECK(*ada.total == Approx(475.0 / 6.0));
    CHECK_FALSE(ada.partialTotal);

    const ComparedCandidate& ben = comparison.candidate(rowNamed(comparison, "Ben Other"));
    REQUIRE(ben.total);
    CHECK(*ben.total == Approx(52.5));
    CHECK(ben.partialTotal);
    CHECK(ben.gaps == 1);

    const ComparedCandidate& dee = comparison.candidate(rowNamed(comparison, "Dee Notyet"));
    CHECK_FALSE(dee.total);
    CHECK_FALSE(dee.partialTotal);
    CHECK(dee.gaps == 3);
    CHECK(dee.submittedInterviews == 0);
}

TEST_CASE("Ranks share ties and leave candidates without a total unranked at the end", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    CHECK(namesInOrder(comparison) ==
          std::vector<std::string>{"Ada Example", "Cy Third", "Ben Other", "Dee Notyet"});
    CHECK(comparison.candidate(0).rank == 1);
    CHECK(comparison.candidate(1).rank == 1);
    CHECK(comparison.candidate(2).rank == 3);
    CHECK_FALSE(comparison.candidate(3).rank);
}

TEST_CASE("A mean below a must-have minimum knocks a candidate out", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    const size_t ben = rowNamed(comparison, "Ben Other");
    CHECK(comparison.candidate(ben).knockedOut);
    CHECK(comparison.knockOuts(ben) == std::vector<size_t>{kRetention});
    CHECK(comparison.cell(ben, kRetention).knockOut);
    const size_t ada = rowNamed(comparison, "Ada Example");
    CHECK_FALSE(comparison.candidate(ada).knockedOut);
    CHECK(comparison.knockOuts(ada).empty());
    // A must-have nobody scored is a gap, not a knock-out.
    CHECK_FALSE(comparison.candidate(rowNamed(comparison, "Dee Notyet")).knockedOut);
}

TEST_CASE("Gaps list the scorecard competencies no submitted scorecard scored", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    CHECK(comparison.gaps(rowNamed(comparison, "Ben Other")) == std::vector<size_t>{kCommunication});
    CHECK(comparison.gaps(rowNamed(comparison, "Ada Example")).empty());
    CHECK(comparison.gaps(rowNamed(comparison, "Dee Notyet")).size() == 3);
}

TEST_CASE("Recommendations are tallied and who said what is kept per candidate", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    const size_t ada = rowNamed(comparison, "Ada Example");
    const RecommendationTally& tally = comparison.candidate(ada).recommendations;
    CHECK(tally[Recommendation::Yes] == 1);
    CHECK(tally[Recommendation::StrongYes] == 1);
    CHECK(tally[Recommendation::No] == 0);
    CHECK(tally.total() == 2);

    const PanelVerdicts said = comparison.verdicts(ada);
    REQUIRE(said.size() == 2);
    CHECK(said[0].interviewer == CompareFixture::kSam);
    CHECK(said[0].recommendation == Recommendation::Yes);
    CHECK(said[0].strengths == "Ada brings numbers to every answer");
    CHECK(said[1].interviewer == CompareFixture::kRiley);

    const size_t ben = rowNamed(comparison, "Ben Other");
    CHECK(comparison.candidate(ben).recommendations[Recommendation::NoDecision] == 1);
    CHECK(comparison.verdicts(ben)[0].concerns == "Vague on renewals");
    CHECK(comparison.verdicts(rowNamed(comparison, "Dee Notyet")).empty());
}

TEST_CASE("Filters by stage and knock-out rank among the candidates shown", "[compare]")
{
    CompareFixture fixture;
    ComparisonOptions options;
    options.stages = {Stage::Interviewing};
    Comparison comparison = compareOpening(*fixture.storage, fixture.openingId, options);
    CHECK(namesInOrder(comparison) == std::vector<std::string>{"Ada Example", "Ben Other"});
    CHECK(comparison.candidate(1).rank == 2);
    CHECK(comparison.allCandidateCount() == 4);

    options = {};
    options.hideKnockedOut = true;
    comparison.apply(options);
    CHECK(namesInOrder(comparison) == std::vector<std::string>{"Ada Example", "Cy Third", "Dee Notyet"});
    CHECK_FALSE(comparison.rowOf(fixture.ben));
    CHECK(comparison.rowOf(fixture.dee) == 2u);
}

TEST_CASE("Sorting by a competency or by name keeps unassessed candidates last", "[compare]")
{
    CompareFixture fixture;
    ComparisonOptions options;
    options.sortBy = ComparisonSort::Competency;
    options.sortCompetency = kCommunication;
    Comparison comparison = compareOpening(*fixture.storage, fixture.openingId, options);
    CHECK(namesInOrder(comparison) ==
          std::vector<std::string>{"Ada Example", "Cy Third", "Ben Other", "Dee Notyet"});
    options.descending = false;
    comparison.apply(options);
    CHECK(namesInOrder(comparison) ==
          std::vector<std::string>{"Cy Third", "Ada Example", "Ben Other", "Dee Notyet"});
    // The rank follows the total whatever the order shown.
    CHECK(comparison.candidate(0).rank == 1);

    options.sortBy = ComparisonSort::Total;
    comparison.apply(options);
    CHECK(namesInOrder(comparison) ==
          std::vector<std::string>{"Ben Other", "Ada Example", "Cy Third", "Dee Notyet"});

    options.sortBy = ComparisonSort::Candidate;
    options.descending = true;
    comparison.apply(options);
    CHECK(namesInOrder(comparison) ==
          std::vector<std::string>{"Dee Notyet", "Cy Third", "Ben Other", "Ada Example"});
}

TEST_CASE("Anonymised, candidates are letters in application order and their identity leaves the notes",
          "[compare]")
{
    CompareFixture fixture;
    ComparisonOptions options;
    options.anonymised = true;
    options.sortBy = ComparisonSort::Candidate;
    options.descending = false;
    Comparison comparison = compareOpening(*fixture.storage, fixture.openingId, options);
    CHECK(namesInOrder(comparison) ==
          std::vector<std::string>{"Candidate A", "Candidate B", "Candidate C", "Candidate D"});
    for (size_t row = 0; row < comparison.candidateCount(); ++row) {
        CHECK(comparison.candidate(row).email.empty());
        CHECK(comparison.candidate(row).company.empty());
    }
    CHECK(comparison.verdicts(0)[0].strengths == "Candidate A brings numbers to every answer");
    CHECK(comparison.verdicts(2)[0].concerns ==
          "Candidate C seemed unsure about the [company] numbers; email [email]");

    // The same letters whatever is filtered or sorted, and back to names on request.
    options.stages = {Stage::Offer};
    comparison.apply(options);
    CHECK(namesInOrder(comparison) == std::vector<std::string>{"Candidate C"});
    options = {};
    comparison.apply(options);
    CHECK(comparison.candidate(0).name == "Ada Example");
    CHECK(comparison.candidate(0).email == "ada@example.com");
    CHECK(comparison.verdicts(0)[0].strengths == "Ada brings numbers to every answer");
}

TEST_CASE("Clicking a cell shows the submitted ratings behind it", "[compare]")
{
    CompareFixture fixture;
    Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    const size_t ada = rowNamed(comparison, "Ada Example");
    const auto ratings = ratingsBehind(*fixture.storage, comparison, ada, kRetention);
    REQUIRE(ratings.size() == 2); // not Kim's draft
    CHECK(ratings[0].interviewer == CompareFixture::kSam);
    CHECK(ratings[0].score == 4);
    CHECK(ratings[0].notes == "Ada renewed 19 of 20 accounts at Contoso.");
    CHECK(ratings[0].evidence.at("grr") == Approx(94.5));
    CHECK(ratings[1].interviewer == CompareFixture::kRiley);
    CHECK(ratings[1].score == 5);

    const size_t ben = rowNamed(comparison, "Ben Other");
    const auto notAssessed = ratingsBehind(*fixture.storage, comparison, ben, kCommunication);
    REQUIRE(notAssessed.size() == 1);
    CHECK_FALSE(notAssessed[0].score);

    ComparisonOptions anonymised;
    anonymised.anonymised = true;
    comparison.apply(anonymised);
    const auto redacted =
        ratingsBehind(*fixture.storage, comparison, *comparison.rowOf(fixture.ada), kRetention);
    CHECK(redacted[0].notes == "Candidate A renewed 19 of 20 accounts at [company].");
}

TEST_CASE("An opening without submitted scorecards compares to an empty grid", "[compare]")
{
    CompareFixture fixture;
    Opening other = fixture.storage->openings().get(fixture.openingId);
    const int64_t openingId = fixture.storage->openings().add(other, CompareFixture::kActor);
    const Comparison comparison = compareOpening(*fixture.storage, openingId);
    CHECK(comparison.candidateCount() == 0);
    CHECK(comparison.competencyCount() == 3);
    CHECK_THROWS_AS(compareOpening(*fixture.storage, 999), StorageError);
}

TEST_CASE("Scorecards still drafts are counted with whose they are, and nothing in them is read", "[compare]")
{
    CompareFixture fixture;
    // A second draft for Ada, by someone who has submitted nothing.
    const int64_t drafting = fixture.interview(fixture.ada, "Lee Late", 1, 1, 1);
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    const size_t ada = rowNamed(comparison, "Ada Example");
    CHECK(comparison.candidate(ada).awaitedInterviews == 2);
    CHECK(comparison.awaitedFrom(ada) == std::vector<std::string>{CompareFixture::kKim, "Lee Late"});
    CHECK(awaitedText(comparison, ada) == "Kim Recruiter, Lee Late");
    CHECK(comparison.candidate(ada).submittedInterviews == 2);
    CHECK(comparison.verdicts(ada).size() == 2);
    CHECK(comparison.cell(ada, kRetention).raters == 2); // the drafts' 1s are not in it
    CHECK(comparison.cell(ada, kRetention).lowest == 4);
    const size_t ben = rowNamed(comparison, "Ben Other");
    CHECK(comparison.candidate(ben).awaitedInterviews == 0);
    CHECK(comparison.awaitedFrom(ben).empty());
    CHECK(awaitedText(comparison, ben).empty());
    // The calibration lists those who scored, not those still drafting.
    for (const auto& interviewer : comparison.calibration().interviewers)
        CHECK(interviewer.interviewer != "Lee Late");

    // Submitted, it is a verdict and no longer awaited.
    fixture.submit(drafting, "Lee Late", Recommendation::No, "", "");
    const Comparison after = compareOpening(*fixture.storage, fixture.openingId);
    const size_t adaAfter = rowNamed(after, "Ada Example");
    CHECK(after.awaitedFrom(adaAfter) == std::vector<std::string>{CompareFixture::kKim});
    CHECK(after.verdicts(adaAfter).size() == 3);
}
