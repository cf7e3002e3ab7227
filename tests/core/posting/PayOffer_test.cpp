#include <catch2/catch.hpp>

#include "PostingFixture.h"
#include "core/posting/PayOffer.h"

using namespace amhire;
using amhire::test::sampleTemplate;

TEST_CASE("pay is formatted with thousands separators, an en dash and the OTE", "[posting]")
{
    PayOffer offer;
    offer.base = {70000, 90000};
    offer.ote = PayRange{95000, 125000};
    CHECK(formatPay(offer) == "$70,000–$90,000 base + commission, OTE $95,000–$125,000");
    offer.ote.reset();
    CHECK(formatPay(offer) == "$70,000–$90,000 base");
    offer.ote = PayRange{70000, 90000};  // no variable pay
    CHECK(formatPay(offer) == "$70,000–$90,000 base");
}

TEST_CASE("currencies: symbols for USD, EUR and GBP, codes otherwise", "[posting]")
{
    CHECK(formatMoney(1250000, "USD") == "$1,250,000");
    CHECK(formatMoney(999, "USD") == "$999");
    CHECK(formatMoney(0, "USD") == "$0");
    CHECK(formatMoney(1000, "USD") == "$1,000");
    CHECK(formatMoney(100000, "EUR") == "€100,000");
    CHECK(formatMoney(-1234567, "USD") == "$-1,234,567");
    CHECK(formatPayRange({55000, 70000}, "EUR") == "€55,000–€70,000");
    CHECK(formatPayRange({48000, 60000}, "GBP") == "£48,000–£60,000");
    CHECK(formatPayRange({90000, 110000}, "CHF") == "CHF 90,000–110,000");
    CHECK(formatMoney(90000, "SEK") == "SEK 90,000");
}

TEST_CASE("the input's pay overrides the band field by field", "[posting]")
{
    const LevelBand band = *sampleTemplate().band(Level::Mid);  // 65–85k base, 90–120k OTE
    PostingInput input;

    SECTION("nothing given: the band")
    {
        const PayOffer offer = payOffer(input, band);
        CHECK(offer.base.min == 65000);
        CHECK(offer.base.max == 85000);
        REQUIRE(offer.ote);
        CHECK(offer.ote->max == 120000);
        CHECK(offer.currency == "USD");
    }
    SECTION("one end given")
    {
        input.payMin = 70000;
        const PayOffer offer = payOffer(input, band);
        CHECK(offer.base.min == 70000);
        CHECK(offer.base.max == 85000);
        CHECK(offer.ote);
    }
    SECTION("a base above the band's OTE drops the OTE rather than show it below the base")
    {
        input.payMin = 150000;
        input.payMax = 180000;
        CHECK_FALSE(payOffer(input, band).ote);
    }
    SECTION("an OTE given is always shown")
    {
        input.payMin = 150000;
        input.payMax = 180000;
        input.oteMin = 200000;
        input.oteMax = 240000;
        const PayOffer offer = payOffer(input, band);
        REQUIRE(offer.ote);
        CHECK(offer.ote->min == 200000);
    }
}
