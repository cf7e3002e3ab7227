#include <catch2/catch.hpp>

#include "core/storage/EmailAddress.h"

using namespace amhire;

TEST_CASE("Plausible email addresses", "[storage]")
{
    for (const char* good : {"ada@example.com", "first.last+tag@sub.example.co.uk", "x@y.z"})
        CHECK(isPlausibleEmail(good));
    for (const char* bad : {"", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com",
                            "a@b@example.com", "ada @example.com", "ada@example.com ", "ada@.example.com",
                            "ada@example.com.", "ada@example..com", "ada@exa\tmple.com"})
        CHECK_FALSE(isPlausibleEmail(bad));
}
