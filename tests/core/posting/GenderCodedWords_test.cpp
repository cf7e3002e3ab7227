#include <algorithm>

#include <catch2/catch.hpp>

#include "PostingFixture.h"
#include "core/posting/GenderCodedWords.h"

using namespace amhire;
using amhire::test::bundledWords;

namespace {
std::vector<std::string> found(std::string_view text, GenderCoding coding)
{
    std::vector<std::string> out;
    for (const GenderCodedHit& hit : findGenderCodedWords(text, bundledWords()))
        if (hit.coding == coding)
            out.push_back(hit.word);
    return out;
}
using Words = std::vector<std::string>;
}  // namespace

TEST_CASE("the bundled word list holds the published stems", "[posting]")
{
    const GenderCodedWords& words = bundledWords();
    CHECK(words.masculine.size() >= 40);
    CHECK(words.feminine.size() >= 40);
    auto has = [](const std::vector<std::string>& list, const char* stem) {
        return std::find(list.begin(), list.end(), stem) != list.end();
    };
    for (const char* stem : {"aggress*", "compet*", "dominant", "domina*", "lead*", "self-relian*"})
        CHECK(has(words.masculine, stem));
    for (const char* stem : {"support*", "collab*", "interpersonal", "trust*", "sharin*"})
        CHECK(has(words.feminine, stem));
}

TEST_CASE("stems with '*' match any ending; others only the exact word", "[posting]")
{
    CHECK(found("Aggressive, competitive and COMPETING leaders.", GenderCoding::Masculine) ==
          Words{"aggressive", "competitive", "competing", "leaders"});
    CHECK(found("We are active, not actively hunting; confident, not confidently.",
                GenderCoding::Masculine) == Words{"active", "confident"});
    CHECK(found("Collaborative, supportive, and kind; a kindness.", GenderCoding::Feminine) ==
          Words{"collaborative", "supportive", "kind"});
    CHECK(found("Clear writing about renewals and product news.", GenderCoding::Masculine).empty());
    CHECK(found("Clear writing about renewals and product news.", GenderCoding::Feminine).empty());
}

TEST_CASE("hyphenated and possessive words", "[posting]")
{
    CHECK(found("A self-reliant, head-strong team-leader's plan", GenderCoding::Masculine) ==
          Words{"self-reliant", "head-strong", "leader"});
    // A compound a stem covers counts once; others are matched part by part.
    CHECK(found("Co-operative and long-term trust-building", GenderCoding::Feminine) ==
          Words{"co-operative", "trust-building"});
}

TEST_CASE("hits carry their place in the text", "[posting]")
{
    const std::string text = "# Role\n\nWe want a decisive person.";
    const auto hits = findGenderCodedWords(text, bundledWords());
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].offset == text.find("decisive"));
    CHECK(hits[0].length == 8);
}

TEST_CASE("the verdict follows the Gender Decoder's difference rule", "[posting]")
{
    CHECK(genderCodingVerdict(0, 0) == "empty");
    CHECK(genderCodingVerdict(2, 2) == "neutral");
    CHECK(genderCodingVerdict(1, 0) == "masculine-coded");
    CHECK(genderCodingVerdict(3, 0) == "masculine-coded");
    CHECK(genderCodingVerdict(5, 2) == "masculine-coded");
    CHECK(genderCodingVerdict(4, 0) == "strongly masculine-coded");
    CHECK(genderCodingVerdict(10, 6) == "strongly masculine-coded");
    CHECK(genderCodingVerdict(0, 1) == "feminine-coded");
    CHECK(genderCodingVerdict(1, 4) == "feminine-coded");
    CHECK(genderCodingVerdict(0, 4) == "strongly feminine-coded");
}

TEST_CASE("the word list format is checked line by line", "[posting]")
{
    Diagnostics out;
    const GenderCodedWords words =
        parseGenderCodedWords("# comment\n\n[masculine]\n  Compet*  \nbold!\n[neutral]\n"
                              "[feminine]\nwarm*\n",
                              "list.txt", out);
    CHECK(words.masculine == std::vector<std::string>{"compet*"});
    CHECK(words.feminine == std::vector<std::string>{"warm*"});
    REQUIRE(out.size() == 2);
    CHECK(out[0].format() ==
          "list.txt:5:1: error: 'bold!' is not a stem: use letters and '-', with an optional "
          "'*' at the end");
    CHECK(out[1].format() ==
          "list.txt:6:1: error: unknown section [neutral] (use [masculine] or [feminine])");

    Diagnostics before;
    parseGenderCodedWords("warm*\n", "list.txt", before);
    REQUIRE(before.size() == 2);
    CHECK(before[0].format() ==
          "list.txt:1:1: error: 'warm*' comes before any [masculine] or [feminine] section");

    Diagnostics missing;
    CHECK(loadGenderCodedWords("/nonexistent/words.txt", missing).empty());
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].format() == "/nonexistent/words.txt: error: cannot read the gender-coded word list");
}

TEST_CASE("the index finds stems of any length, masculine first", "[posting]")
{
    GenderCodedWords words;
    words.masculine = {"a*", "bo*", "lead", "sh*"};
    words.feminine = {"x", "bold*", "le*", "s*"};
    const GenderCodedWordIndex index(words);
    CHECK(index.coding("apple") == GenderCoding::Masculine);
    CHECK(index.coding("a") == GenderCoding::Masculine);
    CHECK(index.coding("bob") == GenderCoding::Masculine);
    CHECK(index.coding("bold") == GenderCoding::Masculine);  // "bo*" is masculine and tried first
    CHECK(index.coding("lead") == GenderCoding::Masculine);
    CHECK(index.coding("leader") == GenderCoding::Feminine);
    CHECK(index.coding("share") == GenderCoding::Masculine);
    CHECK(index.coding("s") == GenderCoding::Feminine);
    CHECK(index.coding("soft") == GenderCoding::Feminine);
    CHECK(index.coding("x") == GenderCoding::Feminine);
    CHECK_FALSE(index.coding("xx"));
    CHECK_FALSE(index.coding("b"));
    CHECK_FALSE(index.coding(""));
}
