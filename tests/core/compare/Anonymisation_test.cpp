#include <catch2/catch.hpp>

#include "core/compare/Anonymisation.h"

using namespace amhire;

TEST_CASE("Aliases run A to Z, then AA, AB, …", "[compare]")
{
    CHECK(aliasLetters(0) == "A");
    CHECK(aliasLetters(25) == "Z");
    CHECK(aliasLetters(26) == "AA");
    CHECK(aliasLetters(27) == "AB");
    CHECK(aliasLetters(51) == "AZ");
    CHECK(aliasLetters(52) == "BA");
    CHECK(aliasLetters(701) == "ZZ");
    CHECK(aliasLetters(702) == "AAA");
    CHECK(candidateAlias(2) == "Candidate C");
}

TEST_CASE("The redactor takes the name, its parts, the email and the company out of notes", "[compare]")
{
    const IdentityRedactor redactor("Ada Lovelace-Byron", "ada@example.com", "Contoso", "Candidate A");
    CHECK(redactor.redact("Ada Lovelace-Byron did well") == "Candidate A did well");
    CHECK(redactor.redact("ADA's numbers; lovelace agreed") == "Candidate A's numbers; Candidate A agreed");
    CHECK(redactor.redact("Byron left Contoso (ada@example.com)") == "Candidate A left [company] ([email])");
    // Whole words only.
    CHECK(redactor.redact("Adam and Canada") == "Adam and Canada");
    CHECK(redactor.redact("") == "");
    CHECK(IdentityRedactor().redact("Ada") == "Ada");
}

TEST_CASE("A replaced alias is not searched again", "[compare]")
{
    // The alias contains a part of the name; it must not be replaced twice.
    const IdentityRedactor redactor("Candidate Smith", "", "", "Candidate A");
    CHECK(redactor.redact("Candidate Smith and Smith") == "Candidate A and Candidate A");
}
