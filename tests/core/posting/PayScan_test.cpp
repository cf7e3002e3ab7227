#include <catch2/catch.hpp>

#include "core/posting/PayScan.h"

using namespace amhire;

namespace {
struct Range {
    long min;
    long max;
    std::string currency;
    bool ote;
    bool operator==(const Range& o) const
    {
        return min == o.min && max == o.max && currency == o.currency && ote == o.ote;
    }
};

std::ostream& operator<<(std::ostream& os, const Range& r)
{
    return os << r.currency << " " << r.min << "-" << r.max << (r.ote ? " OTE" : "");
}

std::vector<Range> ranges(std::string_view text)
{
    std::vector<Range> out;
    for (const FoundPayRange& f : findPayRanges(text))
        out.push_back({f.range.min, f.range.max, f.currency, f.ote});
    return out;
}
}  // namespace

TEST_CASE("pay ranges are found in the usual ways of writing them", "[posting]")
{
    using R = std::vector<Range>;
    CHECK(ranges("Base salary: $70,000–$90,000") == R{{70000, 90000, "USD", false}});
    CHECK(ranges("Salary 70,000 - 90,000 USD per year") == R{{70000, 90000, "USD", false}});
    CHECK(ranges("Pay: $70k–$90k") == R{{70000, 90000, "USD", false}});
    CHECK(ranges("Pay: $70–90K") == R{{70000, 90000, "USD", false}});
    CHECK(ranges("Salary: €55,000 to €70,000") == R{{55000, 70000, "EUR", false}});
    CHECK(ranges("Salary: £48000-£60000") == R{{48000, 60000, "GBP", false}});
    CHECK(ranges("Compensation: CHF 90,000 – 110,000") == R{{90000, 110000, "CHF", false}});
    CHECK(ranges("Base pay USD 70,000—90,000") == R{{70000, 90000, "USD", false}});
    CHECK(ranges("A salary between $70,000 and $90,000.") == R{{70000, 90000, "USD", false}});
    CHECK(ranges("Salary: $1.5k to $2.25K a week") == R{{1500, 2250, "USD", false}});
}

TEST_CASE("the rendered pay line gives a base and an OTE range", "[posting]")
{
    const std::string text = "- **Pay per year:** $70,000–$90,000 base + commission, OTE $95,000–$125,000";
    const auto found = findPayRanges(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].range.min == 70000);
    CHECK_FALSE(found[0].ote);
    CHECK(found[0].offset == text.find("$70,000"));
    CHECK(found[0].length == std::string("$70,000–$90,000").size());
    CHECK(found[1].ote);
    CHECK(found[1].range.max == 125000);
}

TEST_CASE("OTE labels only the range right after it", "[posting]")
{
    const auto found = findPayRanges("OTE $95k–$125k (base $70k–$90k)");
    REQUIRE(found.size() == 2);
    CHECK(found[0].ote);
    CHECK_FALSE(found[1].ote);
    CHECK(found[1].range.min == 70000);
}

TEST_CASE("OTE is recognised across a wrapped line", "[posting]")
{
    const auto found =
        findPayRanges("• Pay per year: $70,000–$90,000 base + commission, OTE\n  $95,000–$125,000\n");
    REQUIRE(found.size() == 2);
    CHECK(found[1].ote);
}

TEST_CASE("figures that are not pay are not pay ranges", "[posting]")
{
    CHECK(findPayRanges("3-5 years of experience, 40 to 60 customers").empty());
    CHECK(findPayRanges("Salary: 70,000 - 90,000").empty());      // no currency
    CHECK(findPayRanges("Salary: $70,000").empty());              // not a range
    CHECK(findPayRanges("Salary: $70,000 and $90,000").empty());  // "and" only after "between"
    CHECK(findPayRanges("A book worth $1.5M to $3M in annual recurring revenue.").empty());
    // A labelled range wins over an unlabelled one.
    const auto found = findPayRanges("Accounts of $200,000 to $500,000 each.\n\nSalary: $60,000–$80,000\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].range.min == 60000);
}

TEST_CASE("an unlabelled range counts when no range is labelled", "[posting]")
{
    CHECK(ranges("We offer $70,000 - $90,000 and great colleagues.") ==
          std::vector<Range>{{70000, 90000, "USD", false}});
}

TEST_CASE("a reversed range is still found, for the check to report", "[posting]")
{
    const auto found = findPayRanges("Salary: $90,000–$70,000");
    REQUIRE(found.size() == 1);
    CHECK(found[0].range.min == 90000);
    CHECK(found[0].range.max == 70000);
}

TEST_CASE("a range does not run across a blank line", "[posting]")
{
    CHECK(findPayRanges("Salary: $70,000\n\n- $90,000\n").empty());
    CHECK(findPayRanges("Salary: 70,000 -\n\n90,000 USD\n").empty());
    CHECK(findPayRanges("Salary: 70,000 to\n\n$90,000\n").empty());
    // Windows line ends, and a line of spaces, make a blank line too.
    CHECK(findPayRanges("Salary: $70,000 -\r\n\r\n$90,000\r\n").empty());
    CHECK(findPayRanges("Salary: $70,000 -\n \t\n$90,000\n").empty());
    CHECK(ranges("Salary: $70,000 -\r\n$90,000\r\n") == std::vector<Range>{{70000, 90000, "USD", false}});
    // A single line break is still crossed.
    CHECK(ranges("Salary: $70,000 -\n$90,000\n") == std::vector<Range>{{70000, 90000, "USD", false}});
}

TEST_CASE("the candidates of a text are those of its blocks between blank lines", "[posting]")
{
    const std::string text = "Pay: $70k\n\n- to $90k base, OTE\n  $95,000 - $125,000\n\n\n"
                             "Revenue $2M to $5M worth of book 5\n\n- 7 USD\n\nBetween 1 and 2 EUR\n"
                             "Base $1 -\n  \n$2 and \r\n\r\n$3 - $4 pay\n";
    std::vector<PayRangeCandidate> byBlock;
    for (size_t start = 0; start < text.size();) {
        while (start < text.size() && text[start] == '\n')
            ++start;
        size_t end = text.find("\n\n", start);
        end = end == std::string::npos ? text.size() : end + 1;
        const std::string_view block = std::string_view(text).substr(start, end - start);
        for (PayRangeCandidate c : findPayRangeCandidates(block, payAmountStarts(block))) {
            c.found.offset += start;
            byBlock.push_back(c);
        }
        start = end;
    }
    const auto whole = findPayRangeCandidates(text, payAmountStarts(text));
    REQUIRE(whole.size() == 4);
    REQUIRE(byBlock.size() == whole.size());
    for (size_t i = 0; i < whole.size(); ++i) {
        CHECK(byBlock[i].found.offset == whole[i].found.offset);
        CHECK(byBlock[i].found.length == whole[i].found.length);
        CHECK(byBlock[i].found.range.min == whole[i].found.range.min);
        CHECK(byBlock[i].found.ote == whole[i].found.ote);
        CHECK(byBlock[i].labelled == whole[i].labelled);
        CHECK(byBlock[i].revenue == whole[i].revenue);
    }
}

TEST_CASE("an amount may start at a currency sign but not at other characters beyond ASCII", "[posting]")
{
    const std::string text = "Pay \xE2\x82\xAC" "5 or \xC2\xA3" "6 \xE2\x80\x94 the client\xE2\x80\x99s \xC2\xA0 $7";
    std::vector<size_t> starts;
    for (size_t at = 0; at < text.size(); ++at)
        if (mayStartAmount(text, at))
            starts.push_back(at);
    // "€", "£", "$" and the figures after them; not the dash, the curly
    // apostrophe or the no-break space.
    CHECK(starts == std::vector<size_t>{4, 7, 12, 14, 38, 39});
    CHECK(payAmountStarts(text) == starts);
    CHECK(ranges("Salary \xE2\x82\xAC" "50,000 \xE2\x80\x94 \xE2\x82\xAC" "60,000") ==
          std::vector<Range>{{50000, 60000, "EUR", false}});
}
