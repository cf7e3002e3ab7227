#include <catch2/catch.hpp>

#include "core/interview/EvidenceInput.h"

using namespace amhire;

namespace {

Metric metric(MetricUnit unit, double min, double max)
{
    return Metric{"m", "Figure", unit, min, max};
}

double parsed(const Metric& m, const std::string& text)
{
    const EvidenceParse p = parseEvidence(m, text);
    INFO(text << " -> " << (p.ok() ? "" : p.error()));
    REQUIRE(p.ok());
    return p.value();
}

}  // namespace

TEST_CASE("Percentages are read with or without the sign and checked against the range")
{
    const Metric grr = metric(MetricUnit::Percent, 0, 100);
    CHECK(parsed(grr, "94") == 94);
    CHECK(parsed(grr, " 94.5 % ") == 94.5);
    CHECK(parsed(grr, "88 percent") == 88);
    const EvidenceParse tooHigh = parseEvidence(grr, "130%");
    REQUIRE_FALSE(tooHigh.ok());
    CHECK(tooHigh.error() == "Figure must be between 0% and 100%.");
    CHECK_FALSE(parseEvidence(grr, "ninety").ok());
}

TEST_CASE("Amounts accept currency signs, thousands separators and k/M/bn")
{
    const Metric book = metric(MetricUnit::Currency, 0, 1e9);
    CHECK(parsed(book, "$1,200,000") == 1200000);
    CHECK(parsed(book, "250k") == 250000);
    CHECK(parsed(book, "1.2M") == Approx(1200000));
    CHECK(parsed(book, "3.5mm") == Approx(3500000));
    CHECK(parsed(book, "€ 900") == 900);
    CHECK(parsed(book, "0.4bn") == Approx(4e8));
    // A European decimal comma is refused rather than silently read as 15.
    const EvidenceParse ambiguous = parseEvidence(book, "1,5");
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().find("250k") != std::string::npos);
    CHECK_FALSE(parseEvidence(book, "12,34,567").ok());
    CHECK_FALSE(parseEvidence(book, "2bn").ok());  // above the metric's maximum
}

TEST_CASE("Counts must be whole numbers and years accept the word")
{
    const Metric accounts = metric(MetricUnit::Count, 0, 2000);
    CHECK(parsed(accounts, "45") == 45);
    CHECK(parsed(accounts, "1,200") == 1200);
    CHECK_FALSE(parseEvidence(accounts, "4.5").ok());
    CHECK_FALSE(parseEvidence(accounts, "-3").ok());
    const Metric years = metric(MetricUnit::Years, 0, 50);
    CHECK(parsed(years, "3.5 years") == 3.5);
    CHECK(parsed(years, "1 year") == 1);
    CHECK(parsed(years, "7 yrs") == 7);
}

TEST_CASE("Blank text is no evidence, and a formatted value reads back to itself")
{
    CHECK(isBlankEvidence("  \t"));
    CHECK_FALSE(isBlankEvidence(" 0 "));
    const Metric book = metric(MetricUnit::Currency, 0, 1e9);
    CHECK(formatEvidence(book, 1200000) == "1,200,000");
    CHECK(parsed(book, formatEvidence(book, 1200000)) == 1200000);
    const Metric grr = metric(MetricUnit::Percent, 0, 100);
    CHECK(formatEvidence(grr, 94.5) == "94.5%");
    CHECK(parsed(grr, formatEvidence(grr, 94.5)) == 94.5);
    const Metric years = metric(MetricUnit::Years, 0, 50);
    CHECK(parsed(years, formatEvidence(years, 2.5)) == 2.5);
}
