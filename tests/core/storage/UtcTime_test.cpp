#include <catch2/catch.hpp>

#include "core/storage/UtcTime.h"

using namespace amhire;

TEST_CASE("A stored time reads back as the seconds elapsed since it")
{
    const auto now = secondsSince(utcNow());
    REQUIRE(now);
    CHECK(*now >= 0);
    CHECK(*now <= 2);
    const auto past = secondsSince("2000-01-01T00:00:00.000Z");
    REQUIRE(past);
    CHECK(*past > 26L * 365 * 24 * 3600);
    CHECK_FALSE(secondsSince("yesterday"));
    CHECK_FALSE(secondsSince(""));
}
