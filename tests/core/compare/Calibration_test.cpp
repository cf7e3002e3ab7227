#include <catch2/catch.hpp>

#include <initializer_list>

#include "CompareFixture.h"
#include "core/compare/Calibration.h"
#include "core/compare/Comparison.h"

using namespace amhire;
using namespace amhire::test;

namespace {

ReliabilityUnit unit(std::initializer_list<double> values)
{
    ReliabilityUnit u;
    for (double v : values)
        u.add(v);
    return u;
}

} // namespace

// Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability".
// Annenberg School for Communication, University of Pennsylvania, section C:
// four observers, twelve units, values 1–5 with missing data (a dot below).
// Its published interval alpha is 0.849.
//
//   unit:  1  2  3  4  5  6  7  8  9 10 11 12
//   A:     1  2  3  3  2  1  4  1  2  .  .  .
//   B:     1  2  3  3  2  2  4  1  2  5  .  3
//   C:     .  3  3  3  2  3  4  2  2  5  1  .
//   D:     1  2  3  3  2  4  4  1  2  5  1  .
TEST_CASE("Krippendorff's interval alpha matches the published worked example", "[compare]")
{
    const std::vector<ReliabilityUnit> units = {
        unit({1, 1, 1}),    unit({2, 2, 3, 2}), unit({3, 3, 3, 3}), unit({3, 3, 3, 3}),
        unit({2, 2, 2, 2}), unit({1, 2, 3, 4}), unit({4, 4, 4, 4}), unit({1, 1, 2, 1}),
        unit({2, 2, 2, 2}), unit({5, 5, 5}),    unit({1, 1}),       unit({3}),
    };
    const Reliability reliability = krippendorffAlphaInterval(units);
    REQUIRE(reliability.alpha);
    CHECK(*reliability.alpha == Approx(0.849).margin(0.0005));
    CHECK(*reliability.alpha == Approx(0.8491071).margin(1e-6));
    CHECK(reliability.ratings == 40); // unit 12's lone value cannot be paired
    CHECK(reliability.units == 11);
}

TEST_CASE("Krippendorff's alpha in hand-computed small cases", "[compare]")
{
    SECTION("perfect agreement with variation between units is 1")
    {
        const auto reliability = krippendorffAlphaInterval({unit({1, 1}), unit({4, 4}), unit({5, 5, 5})});
        REQUIRE(reliability.alpha);
        CHECK(*reliability.alpha == Approx(1.0));
    }
    SECTION("two units, two raters")
    {
        // Units (1, 2) and (4, 5): n = 4, Σx = 12, Σx² = 46; within = 1 + 1 = 2;
        // α = 1 − (n − 1)·2 / (4·46 − 144) = 1 − 6/40 = 0.85.
        const auto reliability = krippendorffAlphaInterval({unit({1, 2}), unit({4, 5})});
        REQUIRE(reliability.alpha);
        CHECK(*reliability.alpha == Approx(0.85));
    }
    SECTION("systematic disagreement is negative")
    {
        // Units (1, 5) and (5, 1): within = 16 + 16 = 32; n = 4, Σx = 12, Σx² = 52;
        // α = 1 − 3·32 / (208 − 144) = 1 − 96/64 = −0.5.
        const auto reliability = krippendorffAlphaInterval({unit({1, 5}), unit({5, 1})});
        REQUIRE(reliability.alpha);
        CHECK(*reliability.alpha == Approx(-0.5));
    }
    SECTION("undefined without pairable scores or without any variation")
    {
        CHECK_FALSE(krippendorffAlphaInterval({}).alpha);
        CHECK_FALSE(krippendorffAlphaInterval({unit({3}), unit({4})}).alpha);
        const auto constant = krippendorffAlphaInterval({unit({3, 3}), unit({3, 3, 3})});
        CHECK_FALSE(constant.alpha);
        CHECK(constant.ratings == 5);
        CHECK(constant.units == 2);
    }
}

TEST_CASE("Krippendorff's alpha from units in any order is the same to the last bit", "[compare]")
{
    // Uneven shares, so a sum taken in another order would differ in the last bits.
    std::vector<ReliabilityUnit> units;
    for (int u = 0; u < 200; ++u)
        units.push_back(u % 7 == 0 ? unit({3}) : unit({1.0 + u % 5, 1.0 + u * 3 % 5, 1.0 + u * 7 % 4}));
    const Reliability inOrder = krippendorffAlphaInterval(units);
    REQUIRE(inOrder.alpha);

    ReliabilityTally backwards(units.size());
    for (size_t place = units.size(); place-- > 0;)
        backwards.add(place, units[place]);
    const Reliability tallied = backwards.result();
    REQUIRE(tallied.alpha);
    CHECK(*tallied.alpha == *inOrder.alpha); // exactly: exports print it in full
    CHECK(tallied.ratings == inOrder.ratings);
    CHECK(tallied.units == inOrder.units);
}

TEST_CASE("Calibration: leniency per interviewer and the panel's alpha", "[compare]")
{
    CompareFixture fixture;
    const Calibration calibration = compareOpening(*fixture.storage, fixture.openingId).calibration();
    // Cells with two scores: Ada 4/5, 5/3, 3/4 and Ben 2/3, 4/4 (Cy's are single).
    REQUIRE(calibration.interviewers.size() == 3);
    const InterviewerCalibration& kim = calibration.interviewers[0];
    CHECK(kim.interviewer == CompareFixture::kKim);
    CHECK(kim.meanDeviation.value_or(99) == Approx(0.25)); // +0.5 and 0, her draft left out
    CHECK(kim.ratings == 2);
    const InterviewerCalibration& riley = calibration.interviewers[1];
    CHECK(riley.meanDeviation.value_or(99) == Approx(0.0)); // +0.5 −1 +0.5
    CHECK(riley.ratings == 3);
    const InterviewerCalibration& sam = calibration.interviewers[2];
    CHECK(sam.meanDeviation.value_or(99) == Approx(-0.1)); // −0.5 +1 −0.5 −0.5 0
    CHECK(sam.ratings == 5);

    // n = 10, Σx = 37, Σx² = 145, within-unit Σ = 1+4+1+1+0 = 7: α = 1 − 9·7/81 = 2/9.
    REQUIRE(calibration.reliability.alpha);
    CHECK(*calibration.reliability.alpha == Approx(2.0 / 9.0));
    CHECK(calibration.reliability.ratings == 10);
    CHECK(calibration.reliability.units == 5);
}

TEST_CASE("Calibration without shared cells has no figures", "[compare]")
{
    CompareFixture fixture;
    // Lee scores only Dee, whom nobody else has scored.
    const int64_t lees = fixture.interview(fixture.dee, "Lee Solo", 3, 4, 5);
    fixture.submit(lees, "Lee Solo", Recommendation::Yes, "", "");
    const Calibration calibration = compareOpening(*fixture.storage, fixture.openingId).calibration();
    REQUIRE(calibration.interviewers.size() == 4);
    CHECK(calibration.interviewers[1].interviewer == "Lee Solo");
    CHECK_FALSE(calibration.interviewers[1].meanDeviation);
    CHECK(calibration.interviewers[1].ratings == 0);
    // Lee's lone scores do not change the alpha.
    CHECK(calibration.reliability.alpha.value_or(99) == Approx(2.0 / 9.0));

    Opening other = fixture.storage->openings().get(fixture.openingId);
    const int64_t empty = fixture.storage->openings().add(other, CompareFixture::kActor);
    const Calibration none = compareOpening(*fixture.storage, empty).calibration();
    CHECK(none.interviewers.empty());
    CHECK_FALSE(none.reliability.alpha);
    CHECK(none.reliability.ratings == 0);
}
