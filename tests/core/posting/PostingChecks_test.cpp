#include <random>

#include <catch2/catch.hpp>

#include "PostingFixture.h"
#include "core/posting/Posting.h"
#include "core/posting/PostingChecks.h"
#include "core/posting/PostingFormats.h"

using namespace amhire;
using amhire::test::bundledWords;
using amhire::test::completeInput;
using amhire::test::sampleTemplate;
using Catch::Matchers::Contains;

namespace {

// Neutral filler, eight words a sentence, to reach a length.
std::string filler(int sentences)
{
    std::string text;
    for (int i = 0; i < sentences; ++i)
        text += "Our clients value clear plans and steady service. ";
    return text;
}

// A posting of about 330 words with a pay range and no coded words.
std::string ready(const std::string& extra = "")
{
    return "# Account Manager\n\n" + extra + "\n\n" + filler(40) + "\n\n- Salary: $70,000–$90,000 per year\n";
}

PostingCheckContext withWords()
{
    PostingCheckContext context;
    context.words = bundledWords();
    return context;
}

std::vector<const Finding*> withCode(const PostingReport& report, const std::string& code)
{
    std::vector<const Finding*> out;
    for (const Finding& f : report.findings)
        if (f.code == code)
            out.push_back(&f);
    return out;
}

}  // namespace

TEST_CASE("a complete posting has no errors or warnings", "[posting]")
{
    const PostingReport report = checkPosting(ready(), withWords());
    for (const Finding& f : report.findings) {
        INFO(f.code << ": " << f.message);
        CHECK(f.severity == Severity::Note);
    }
    CHECK_FALSE(report.blocking());
    CHECK(report.verdict == "empty");
    CHECK(report.wordCount > 300);
}

TEST_CASE("an unfilled placeholder is a blocking error at its brace", "[posting]")
{
    const std::string text = ready("Join {company} in {location}.");
    const PostingReport report = checkPosting(text, withWords());
    CHECK(report.blocking());
    const auto found = withCode(report, "placeholder");
    REQUIRE(found.size() == 2);
    CHECK(found[0]->severity == Severity::Error);
    CHECK(found[0]->message == "unfilled placeholder {company} (Company)");
    CHECK(found[0]->line == 3);
    CHECK(found[0]->column == 6);
    CHECK(found[0]->offset == text.find("{company}"));
    CHECK(found[0]->length == 9);
    CHECK(found[1]->message == "unfilled placeholder {location} (Location)");

    const PostingReport filled = checkPosting(ready("Join Acme in Lisbon."), withWords());
    CHECK(withCode(filled, "placeholder").empty());
    CHECK_FALSE(filled.blocking());
}

TEST_CASE("a missing pay range is a blocking error", "[posting]")
{
    const std::string text = "# Account Manager\n\n" + filler(40) + "\n\n- Salary: competitive\n";
    const PostingReport report = checkPosting(text, withWords());
    CHECK(report.blocking());
    const auto found = withCode(report, "pay-missing");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::Error);
    CHECK(found[0]->line == 1);
    CHECK(found[0]->length == 0);
    CHECK_THAT(found[0]->message, Contains("several US states and cities require a pay range"));
    CHECK(withCode(checkPosting(ready(), withWords()), "pay-missing").empty());
}

TEST_CASE("a pay range that starts above its end is a blocking error", "[posting]")
{
    const std::string text = "# Role\n\nSalary: $90,000–$70,000\n";
    const PostingReport report = checkPosting(text, {});
    const auto found = withCode(report, "pay-order");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::Error);
    CHECK(found[0]->line == 3);
    CHECK(found[0]->column == 9);
    CHECK_THAT(found[0]->message, Contains("$90,000–$70,000 starts above where it ends") &&
                                      Contains("several US states and cities require a pay range"));
    CHECK(report.blocking());
    CHECK(withCode(checkPosting("Salary: $70,000–$90,000\n", {}), "pay-order").empty());
}

TEST_CASE("pay outside the template band is a warning naming the band", "[posting]")
{
    JobTemplate t = sampleTemplate();  // mid: base 65–85k, OTE 90–120k
    const PostingCheckContext context = checkContextFor(t, Level::Mid, bundledWords());
    CHECK(context.bandLabel == "mid-level SaaS");

    const PostingReport inside = checkPosting(ready(), context);  // $70,000–$90,000: above 85k
    const auto outside = withCode(inside, "pay-outside-band");
    REQUIRE(outside.size() == 1);
    CHECK(outside[0]->severity == Severity::Warning);
    CHECK(outside[0]->message ==
          "base $70,000–$90,000 is outside the band $65,000–$85,000 for mid-level SaaS");
    CHECK_FALSE(inside.blocking());

    const PostingReport within = checkPosting("Base salary $65,000–$85,000, OTE $90,000–$110,000", context);
    CHECK(withCode(within, "pay-outside-band").empty());

    const PostingReport ote = checkPosting("Base salary $65,000–$85,000, OTE $90,000–$130,000", context);
    REQUIRE(withCode(ote, "pay-outside-band").size() == 1);
    CHECK(withCode(ote, "pay-outside-band")[0]->message ==
          "OTE $90,000–$130,000 is outside the band $90,000–$120,000 for mid-level SaaS");

    const PostingReport euros = checkPosting("Salary: €65,000–€85,000", context);
    REQUIRE(withCode(euros, "pay-outside-band").size() == 1);
    CHECK(withCode(euros, "pay-outside-band")[0]->message ==
          "base pay is in EUR, but the band for mid-level SaaS is in USD");

    // Without a band there is nothing to compare with.
    CHECK(withCode(checkPosting(ready(), withWords()), "pay-outside-band").empty());
}

TEST_CASE("gender-coded words are noted one by one, with the overall leaning", "[posting]")
{
    SECTION("masculine wording warns")
    {
        const std::string text = ready("We want an aggressive, competitive closer.");
        const PostingReport report = checkPosting(text, withWords());
        CHECK(report.masculineCount == 2);
        CHECK(report.masculineWords == std::vector<std::string>{"aggressive", "competitive"});
        CHECK(report.feminineCount == 0);
        CHECK(report.verdict == "masculine-coded");
        const auto found = withCode(report, "gender-coded");
        REQUIRE(found.size() == 3);
        CHECK(found[0]->severity == Severity::Warning);  // the leaning, about the whole text
        CHECK_THAT(found[0]->message,
                   Contains("masculine-coded (2 masculine-coded words, 0 feminine-coded)"));
        CHECK(found[1]->severity == Severity::Note);
        CHECK(found[1]->message == "masculine-coded word \"aggressive\"");
        CHECK(found[1]->offset == text.find("aggressive"));
        CHECK(found[1]->length == 10);
        CHECK(found[2]->message == "masculine-coded word \"competitive\"");
        CHECK_FALSE(report.blocking());
    }
    SECTION("feminine wording does not warn")
    {
        const PostingReport report = checkPosting(ready("A collaborative, supportive team."), withWords());
        CHECK(report.feminineWords == std::vector<std::string>{"collaborative", "supportive"});
        CHECK(report.verdict == "feminine-coded");
        for (const Finding* f : withCode(report, "gender-coded"))
            CHECK(f->severity == Severity::Note);
    }
    SECTION("balanced wording is neutral")
    {
        const PostingReport report = checkPosting(ready("A competitive, supportive team."), withWords());
        CHECK(report.verdict == "neutral");
        for (const Finding* f : withCode(report, "gender-coded"))
            CHECK(f->severity == Severity::Note);
    }
    SECTION("no coded words at all")
    {
        const PostingReport report = checkPosting(ready(), withWords());
        CHECK(report.verdict == "empty");
        CHECK(withCode(report, "gender-coded").empty());
    }
    SECTION("without word lists the check is skipped")
    {
        const PostingReport report = checkPosting(ready("An aggressive closer."), {});
        CHECK(report.masculineCount == 0);
        CHECK(withCode(report, "gender-coded").empty());
    }
}

TEST_CASE("a posting far from 300 to 900 words gets a length warning", "[posting]")
{
    const std::string shortText = "# Role\n\n" + filler(12) + "\n\nSalary: $70,000–$90,000\n";
    const PostingReport report = checkPosting(shortText, withWords());
    CHECK(report.wordCount == 100);
    const auto found = withCode(report, "length");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::Warning);
    CHECK(found[0]->message == "the posting has 100 words; job postings of roughly 300 to 900 words do best");

    CHECK(withCode(checkPosting(ready(), withWords()), "length").empty());
    const std::string longText = ready(filler(80));
    CHECK(checkPosting(longText, withWords()).wordCount > 900);
    CHECK(withCode(checkPosting(longText, withWords()), "length").size() == 1);
}

TEST_CASE("reading ease is a note, and a warning when very difficult", "[posting]")
{
    const PostingReport easy = checkPosting(ready(), withWords());
    const auto note = withCode(easy, "readability");
    REQUIRE(note.size() == 1);
    CHECK(note[0]->severity == Severity::Note);
    CHECK_THAT(note[0]->message, Contains("Flesch reading ease"));
    CHECK(easy.fleschReadingEase > 50);

    std::string hard = "# Account Manager\n\nSalary: $70,000–$90,000\n\n";
    for (int i = 0; i < 30; ++i)
        hard += "Comprehensive organisational responsibilities necessitate sophisticated interdisciplinary "
                "communication capabilities, continuous prioritisation and meticulous documentation. ";
    const PostingReport report = checkPosting(hard, withWords());
    CHECK(report.fleschReadingEase < 30);
    const auto warning = withCode(report, "readability");
    REQUIRE(warning.size() == 1);
    CHECK(warning[0]->severity == Severity::Warning);
    CHECK_THAT(warning[0]->message, Contains("very difficult"));
}

TEST_CASE("findings come in text order", "[posting]")
{
    const PostingReport report = checkPosting(ready("An aggressive {company}."), withWords());
    for (size_t i = 1; i < report.findings.size(); ++i)
        CHECK(report.findings[i - 1].offset <= report.findings[i].offset);
}

TEST_CASE("the Markdown and the plain text of a posting get the same findings", "[posting]")
{
    PostingInput input = completeInput("saas", Level::Mid);
    input.location.clear();
    const Posting p = renderPosting(sampleTemplate(), input);
    const PostingCheckContext context = checkContextFor(sampleTemplate(), Level::Mid, bundledWords());
    const PostingReport md = checkPosting(p.markdown, context);
    const PostingReport txt = checkPosting(toPlainText(p.markdown), context);
    std::vector<std::string> mdCodes, txtCodes;
    for (const Finding& f : md.findings)
        mdCodes.push_back(f.code + " " + f.message);
    for (const Finding& f : txt.findings)
        txtCodes.push_back(f.code + " " + f.message);
    CHECK(mdCodes == txtCodes);
    CHECK(withCode(md, "placeholder").size() == 1);
}

TEST_CASE("bundled templates are ready to publish and never masculine-leaning", "[posting][bundled]")
{
    for (const JobTemplate& t : test::bundledTemplates()) {
        for (const LevelBand& band : t.levels) {
            const Posting p = renderPosting(t, completeInput(t.id, band.level));
            const PostingReport report =
                checkPosting(p.markdown, checkContextFor(t, band.level, bundledWords()));
            std::string masculine;
            for (const std::string& w : report.masculineWords)
                masculine += w + " ";
            INFO(t.id << " / " << levelId(band.level) << ": " << report.verdict
                      << "; masculine-coded words: " << masculine);
            CHECK((report.verdict == "neutral" || report.verdict == "feminine-coded" ||
                   report.verdict == "strongly feminine-coded"));
            for (const Finding& f : report.findings) {
                INFO(f.code << ": " << f.message);
                CHECK(f.severity == Severity::Note);
            }
        }
    }
}

TEST_CASE("checks and formats survive arbitrary text", "[posting]")
{
    // Pieces that exercise the scanners' edges: currency, dashes, braces,
    // Markdown markers, cut-off UTF-8, line ends.
    const std::vector<std::string> pieces = {
        "$",       "70",         ",000",    "k",    "–",  " - ",   " to ", "USD", "OTE ", "{",
        "company", "}",          "\n",      "\n\n", "- ", "# ",    "*",    "\\",  "\xE2", "\x80",
        "é",       "aggressive", "support", ". ",   "'s", "self-", "1.",   "   "};
    std::mt19937 random(20110101);
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const int length = static_cast<int>(random() % 60);
        for (int i = 0; i < length; ++i)
            text += pieces[random() % pieces.size()];
        INFO(text);
        const PostingReport report = checkPosting(text, withWords());
        for (const Finding& f : report.findings) {
            CHECK(f.offset + f.length <= text.size());
            CHECK(f.line >= 1);
            CHECK(f.column >= 1);
        }
        CHECK_NOTHROW(toPlainText(text));
        const size_t offset = text.empty() ? 0 : random() % text.size();
        CHECK_NOTHROW(toHtmlHighlighting(text, offset, random() % 12));
    }
}

TEST_CASE("findings come in order of place, those at one place in the order they were made", "[posting]")
{
    for (size_t count : {3u, 20u, 100u}) {  // below and above where the sort changes method
        const std::string text(1000, 'x');
        PostingCheckParts parts;
        std::mt19937 random(static_cast<unsigned>(count));
        for (size_t i = 0; i < count; ++i)
            parts.placeholders.push_back(
                {Severity::Error, "placeholder", std::to_string(i), 1, 1, random() % 20 * 10, 2});
        const PostingReport report = checkPosting(text, PostingCheckContext{}, parts);
        std::vector<std::pair<size_t, int>> placeholders;  // offset, made as
        for (const Finding& f : report.findings)
            if (f.code == "placeholder")
                placeholders.emplace_back(f.offset, std::stoi(f.message));
        REQUIRE(placeholders.size() == count);
        CHECK(std::is_sorted(placeholders.begin(), placeholders.end()));
        for (size_t i = 1; i < report.findings.size(); ++i)
            CHECK(report.findings[i - 1].offset <= report.findings[i].offset);
    }
}
