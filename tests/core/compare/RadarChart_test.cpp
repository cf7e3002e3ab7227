#include <catch2/catch.hpp>

#include "CompareFixture.h"
#include "core/compare/Comparison.h"
#include "core/compare/Palette.h"
#include "core/compare/RadarChart.h"

using namespace amhire;
using namespace amhire::test;

TEST_CASE("Radar geometry: the first axis points up and the others follow clockwise", "[compare]")
{
    const RadarChart chart(4, {100, 100}, 50);
    CHECK(chart.point(0, 5).x == Approx(100));
    CHECK(chart.point(0, 5).y == Approx(50));
    CHECK(chart.point(1, 5).x == Approx(150)); // right
    CHECK(chart.point(1, 5).y == Approx(100));
    CHECK(chart.point(2, 2.5).y == Approx(125)); // down, halfway
    CHECK(chart.point(3, 10).x == Approx(50));   // clamped to 5
    CHECK(chart.labelAnchor(0) == TextAnchor::Middle);
    CHECK(chart.labelAnchor(1) == TextAnchor::Start);
    CHECK(chart.labelAnchor(3) == TextAnchor::End);

    const auto polygon = chart.polygon({5.0, std::nullopt, 1.0});
    REQUIRE(polygon.size() == 4);
    CHECK(polygon[1].x == Approx(100)); // not assessed: at the centre
    CHECK(polygon[3].x == Approx(100)); // missing value: at the centre too
    CHECK(chart.ring(3).size() == 4);
}

TEST_CASE("Chart series are the best-ranked rows with their means", "[compare]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    const auto rows = topRankedRows(comparison, 2);
    REQUIRE(rows.size() == 2);
    CHECK(comparison.candidate(rows[0]).name == "Ada Example");
    const auto series = radarSeries(comparison, rows);
    CHECK(series[0].label == "Ada Example");
    REQUIRE(series[0].values.size() == 3);
    CHECK(series[0].values[0].value_or(0) == Approx(4.5));
    const auto ben = radarSeries(comparison, {2});
    CHECK_FALSE(ben[0].values[2]);
}

TEST_CASE("The palette: a score scale from orange through white to blue, four series colours", "[compare]")
{
    CHECK(scoreColour(1) == kScoreLow);
    CHECK(scoreColour(3) == kScoreMiddle);
    CHECK(scoreColour(5) == kScoreHigh);
    CHECK(scoreColour(0) == kScoreLow); // clamped
    CHECK(totalColour(100) == kScoreHigh);
    CHECK(seriesColour(0).hex() == "#0072b2");
    CHECK(seriesDash(0).empty());
    CHECK_FALSE(seriesDash(1).empty());
}

TEST_CASE("Series colours for a dark background are the same hues, light enough to read there", "[compare]")
{
    // Perceived lightness (BT.601), 0-255; a dark theme's window is ~45.
    auto lightness = [](const Rgb& c) { return (299 * c.r + 587 * c.g + 114 * c.b) / 1000; };
    for (size_t i = 0; i < kMaxChartSeries; ++i) {
        CAPTURE(i);
        CHECK(lightness(seriesColour(i, true)) >= 110);
        CHECK(lightness(seriesColour(i, true)) > lightness(seriesColour(i)));
        CHECK(seriesColour(i + kMaxChartSeries, true) == seriesColour(i, true));
    }
}
