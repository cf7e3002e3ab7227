#include <catch2/catch.hpp>

#include "PostingFixture.h"
#include "core/posting/Posting.h"
#include "core/posting/PostingFormats.h"
#include "core/posting/Readability.h"

using namespace amhire;

TEST_CASE("syllables are counted by the documented heuristic", "[posting]")
{
    CHECK(countSyllables("cat") == 1);
    CHECK(countSyllables("the") == 1);
    CHECK(countSyllables("Account") == 2);
    CHECK(countSyllables("managers") == 3);
    CHECK(countSyllables("renew") == 2);
    CHECK(countSyllables("contracts") == 2);
    CHECK(countSyllables("make") == 1);    // silent e
    CHECK(countSyllables("makes") == 1);   // silent -es
    CHECK(countSyllables("places") == 2);  // -es after c is spoken
    CHECK(countSyllables("shared") == 1);  // silent -ed
    CHECK(countSyllables("wanted") == 2);  // -ed after t is spoken
    CHECK(countSyllables("table") == 2);   // consonant + le
    CHECK(countSyllables("people") == 2);
    CHECK(countSyllables("free") == 1);
    CHECK(countSyllables("year") == 1);  // leading y is a consonant
    CHECK(countSyllables("beautiful") == 3);
    CHECK(countSyllables("self-reliant") == 3);  // self + re-liant: "ia" is one run
    CHECK(countSyllables("70,000") == 1);
}

TEST_CASE("Flesch reading ease of known sentences, computed by hand", "[posting]")
{
    // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1
    const ReadabilityStats cat = measureReadability("The cat sat on the mat.");
    CHECK(cat.words == 6);
    CHECK(cat.sentences == 1);
    CHECK(cat.syllables == 6);
    CHECK(cat.fleschReadingEase == Approx(116.145));

    // 4 words, 1 sentence, 2 + 3 + 2 + 2 = 9 syllables: 206.835 - 1.015 * 4 - 84.6 * 9 / 4
    CHECK(measureReadability("Account managers renew contracts.").fleschReadingEase == Approx(12.425));

    // Both: 10 words, 2 sentences, 15 syllables: 206.835 - 1.015 * 5 - 84.6 * 1.5
    const ReadabilityStats both =
        measureReadability("The cat sat on the mat. Account managers renew contracts.");
    CHECK(both.sentences == 2);
    CHECK(both.fleschReadingEase == Approx(74.86));

    CHECK(measureReadability("").fleschReadingEase == 0);
    CHECK(measureReadability("").words == 0);
    CHECK(fleschReadingEase(0, 0, 0) == 0);
}

TEST_CASE("sentences end at full stops and at the end of headings and list items", "[posting]")
{
    CHECK(measureReadability("# Skills\n\n- Clear writing\n- Planning\n").sentences == 3);
    CHECK(measureReadability("One sentence that\nwraps over lines. Second one!").sentences == 2);
    CHECK(measureReadability("Visit acme.example today (really). Or not?").sentences == 2);
    CHECK(measureReadability("A heading\n=========\n\nA paragraph\nwrapped.\n").sentences == 2);
    CHECK(measureReadability("• An item that wraps\n  onto a second line\n• Another").sentences == 2);
}

TEST_CASE("the Markdown and the plain text of a posting read alike", "[posting]")
{
    const Posting p = renderPosting(test::sampleTemplate(), test::completeInput("saas", Level::Senior));
    const ReadabilityStats md = measureReadability(p.markdown);
    const ReadabilityStats txt = measureReadability(toPlainText(p.markdown));
    CHECK(md.words == txt.words);
    CHECK(md.sentences == txt.sentences);
    CHECK(md.syllables == txt.syllables);
}

TEST_CASE("reading ease bands follow Flesch", "[posting]")
{
    CHECK(std::string(describeReadingEase(95)) == "very easy");
    CHECK(std::string(describeReadingEase(65)) == "standard");
    CHECK(std::string(describeReadingEase(55)) == "fairly difficult");
    CHECK(std::string(describeReadingEase(29.9)) == "very difficult");
}
