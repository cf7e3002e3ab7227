#include <catch2/catch.hpp>

#include "CompareFixture.h"
#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"

using namespace amhire;
using namespace amhire::test;

TEST_CASE("The comparison's wording for flags, totals and calibration", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    // Rows: Ada, Cy, Ben, Dee.
    CHECK(formatTotal(comparison.candidate(0)) == "79.2");
    CHECK(formatTotal(comparison.candidate(2)) == "52.5 (partial)");
    CHECK(formatTotal(comparison.candidate(3)) == "–");
    CHECK(formatRank(comparison.candidate(3)) == "–");
    CHECK(weightText(comparison.competencies()[0]) == "×3, must-have ≥ 3");
    CHECK(weightText(comparison.competencies()[1]) == "×2");
    CHECK(recommendationSummary(comparison.candidate(0).recommendations) == "1 strong yes, 1 yes");
    CHECK(recommendationSummary(comparison.candidate(3).recommendations) == "none yet");
    CHECK(knockOutText(comparison, 2) == "Retention and renewals 2.5 < 3");
    CHECK(disagreementText(comparison, 0) == "Expansion selling 3–5");
    CHECK(gapText(comparison, 2) == "Communication");
    CHECK(gapText(comparison, 3) == "not interviewed yet");
    CHECK(knockOutText(comparison, 0).empty());

    const Calibration& calibration = comparison.calibration();
    CHECK(reliabilityText(calibration.reliability) ==
          "Krippendorff's alpha (interval) 0.22 from 10 scores on 5 shared cells");
    CHECK(deviationText(calibration.interviewers[0]) == "+0.25 (lenient, 2 scores)");
    CHECK(deviationText(calibration.interviewers[2]) == "-0.10 (severe, 5 scores)");
    CHECK(deviationText({"Lee", std::nullopt, 0}) == "no shared scores");
    CHECK(reliabilityText(Reliability{}) ==
          "Krippendorff's alpha (interval): not enough overlapping scores yet (0 scores on 0 shared cells)");
    Reliability one;
    one.ratings = 1;
    one.units = 1;
    CHECK(reliabilityText(one) ==
          "Krippendorff's alpha (interval): not enough overlapping scores yet (1 score on 1 shared cell)");
}
