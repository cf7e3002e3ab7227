#include <stdexcept>

#include <catch2/catch.hpp>

#include "PostingFixture.h"
#include "PreviewDifference.h"
#include "core/posting/Posting.h"
#include "core/posting/PostingChecks.h"
#include "core/posting/PostingFormats.h"
#include "core/posting/PostingPreview.h"

using namespace amhire;
using amhire::test::bundledTemplates;
using amhire::test::bundledWords;
using amhire::test::completeInput;
using amhire::test::item;
using amhire::test::previewDifference;
using amhire::test::sampleTemplate;

namespace {

// The previewer must give what the Postings view got before it: each part
// made from scratch.
void checkSameAsUncached(const PostingPreview& preview, const JobTemplate& jobTemplate, const PostingInput& input,
                         const GenderCodedWords& words)
{
    const auto difference = previewDifference(preview, jobTemplate, input, words);
    INFO(difference.value_or(""));
    CHECK_FALSE(difference);
}

// Inputs a form goes through: complete, half typed, with coded words, odd
// pay, and values that are Markdown or HTML in disguise.
std::vector<PostingInput> variedInputs(const JobTemplate& jobTemplate, Level level)
{
    std::vector<PostingInput> inputs;
    const PostingInput complete = completeInput(jobTemplate.id, level);
    inputs.push_back(complete);

    PostingInput unfilled = complete;
    unfilled.company.clear();
    unfilled.team = "   ";
    unfilled.reportsTo.clear();
    inputs.push_back(unfilled);
    PostingInput empty;
    empty.templateId = jobTemplate.id;
    empty.level = level;
    empty.workModel = WorkModel::Remote;
    inputs.push_back(empty);

    PostingInput coded = complete;
    coded.company = "Aggressive Leaders Ltd";
    coded.extraBenefits = {"A competitive, self-reliant and dominant team", "Supportive, collaborative people",
                           "Our leader's long-term, warm-hearted support"};
    coded.howToApply = "Tell us why you are decisive.\n\nWe are committed and understanding!";
    inputs.push_back(coded);

    PostingInput pay = complete;
    pay.payMin = 250000;
    pay.payMax = 90000;
    pay.oteMin = 10;
    pay.oteMax = 20;
    pay.extraBenefits = {"Bonus of $5,000 - $10,000 per year", "EUR 70k to 90k base"};
    inputs.push_back(pay);

    // Figures either side of a blank line, which no range runs across.
    PostingInput split = complete;
    split.howToApply = "Base pay 70,000\n\n- 90,000 USD\n\nto $95,000 -\n$99,000 OTE\n\n- 5 to";
    split.extraBenefits = {"Bonus of 5", "- $10 USD", "$1 -"};
    inputs.push_back(split);

    PostingInput outsideBand = complete;
    outsideBand.payMin = 1000000;
    outsideBand.payMax = 2000000;
    inputs.push_back(outsideBand);

    for (const char* value : {"A*B & <Team>", "~~~", "```", "    indented", "[x]: /url", "- dash", "1. first",
                              "&amp; &#42;", "Z\xC3\xBCrich \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D", "bad \xFF byte",
                              "# hash", "> quote", "back\\", "{company}", "USD 80,000", "$90,000",
                              // Values whose edges may or may not be cut at.
                              "Acme. Inc", "Dr. Who", "Yes!", "Why?", "end.", "  spaced  out  ", "1 2 3",
                              "\xE2\x80\x94 Acme \xE2\x80\x94", "\xC3\x9C" "ber", "self-", "-led", "'s", "a.b", "x . y",
                              "Acme\n\nLtd", "A  B"}) {
        PostingInput odd = complete;
        odd.company = value;
        odd.location = value;
        inputs.push_back(odd);
        odd = complete;
        odd.extraBenefits = {value, std::string("Plain then ") + value};
        odd.howToApply = std::string(value) + "\n\n" + value + " again\n\n- item";
        inputs.push_back(odd);
    }
    return inputs;
}

}  // namespace

TEST_CASE("the previewer gives exactly what rendering, converting and checking from scratch give",
          "[posting][preview]")
{
    const GenderCodedWords& words = bundledWords();
    PostingPreviewer previewer(words);
    std::vector<JobTemplate> templates = bundledTemplates();
    templates.push_back(sampleTemplate());
    for (const JobTemplate& jobTemplate : templates)
        for (const LevelBand& band : jobTemplate.levels)
            for (const PostingInput& input : variedInputs(jobTemplate, band.level)) {
                INFO(jobTemplate.id << " " << levelId(band.level) << " company '" << input.company << "'");
                checkSameAsUncached(previewer.preview(jobTemplate, input), jobTemplate, input, words);
            }
}

TEST_CASE("the previewer matches from scratch while a value is typed letter by letter", "[posting][preview]")
{
    const JobTemplate jobTemplate = sampleTemplate();
    PostingPreviewer previewer(bundledWords());
    PostingInput input = completeInput(jobTemplate.id, Level::Senior);
    input.company.clear();
    for (char c : std::string("Acme *Global* Ltd.")) {
        input.company += c;
        checkSameAsUncached(previewer.preview(jobTemplate, input), jobTemplate, input, bundledWords());
    }
}

TEST_CASE("the previewer matches from scratch while values with stops and spaces are typed",
          "[posting][preview]")
{
    const JobTemplate jobTemplate = sampleTemplate();
    PostingPreviewer previewer(bundledWords());
    PostingInput input = completeInput(jobTemplate.id, Level::Mid);
    const std::string typed = "Dr. Who!  x? y. z\xE2\x80\x94 \xC3\x9C" "ber 1.5 self-made ";
    for (std::string* field : {&input.company, &input.location, &input.team}) {
        field->clear();
        for (char c : typed) {
            *field += c;
            checkSameAsUncached(previewer.preview(jobTemplate, input), jobTemplate, input, bundledWords());
        }
    }
}

TEST_CASE("the previewer without a word list skips the gender-coded check as checkPosting does",
          "[posting][preview]")
{
    const JobTemplate jobTemplate = sampleTemplate();
    PostingPreviewer previewer({});
    PostingInput input = completeInput(jobTemplate.id, Level::Mid);
    input.company = "Aggressive Ltd";
    checkSameAsUncached(previewer.preview(jobTemplate, input), jobTemplate, input, {});
}

TEST_CASE("a keystroke re-analyses only the blocks the edited value is in", "[posting][preview]")
{
    const JobTemplate jobTemplate = sampleTemplate();
    PostingPreviewer previewer(bundledWords());
    PostingInput input = completeInput(jobTemplate.id, Level::Mid);
    previewer.preview(jobTemplate, input);
    const uint64_t before = previewer.cache().analysedCount();
    const uint64_t before_bytes = previewer.cache().analysedBytes();
    input.company = "Acme Europe";
    previewer.preview(jobTemplate, input);
    // The title and the one summary that names the company, and in those
    // only the name, the same in both ("Acme Europe\n" and "Acme Europe "
    // check alike): checked once.
    CHECK(previewer.cache().analysedCount() - before == 1);
    CHECK(previewer.cache().analysedBytes() - before_bytes == std::string("Acme Europe").size());
}

TEST_CASE("a level the template does not offer throws as renderPosting does", "[posting][preview]")
{
    PostingPreviewer previewer(bundledWords());
    CHECK_THROWS_AS(previewer.preview(sampleTemplate(), completeInput("saas", Level::Strategic)),
                    std::invalid_argument);
}

TEST_CASE("the block cache stays bounded", "[posting][preview]")
{
    const GenderCodedWords& words = bundledWords();
    const GenderCodedWordIndex index(words);
    PostingBlockCache cache(8, 2);
    for (int preview = 0; preview < 50; ++preview) {
        cache.startPreview();
        for (int block = 0; block < 3; ++block)
            cache.analysis("Block " + std::to_string(preview) + "-" + std::to_string(block) + "\n", index);
        // Blocks, and their pieces (a one-line block is also a piece), each held to the bound.
        CHECK(cache.size() <= 2 * (8 + 3));
    }
    // Blocks in use by the last previews survive a sweep.
    cache.startPreview();
    cache.analysis("Kept\n", index);
    for (int preview = 0; preview < 3; ++preview) {
        cache.startPreview();
        cache.analysis("Kept\n", index);
        cache.analysis("Other " + std::to_string(preview) + "\n", index);
    }
    const uint64_t before = cache.analysedCount();
    cache.analysis("Kept\n", index);
    CHECK(cache.analysedCount() == before);
}

TEST_CASE("a block's HTML is cmark's, also where it is written without cmark", "[posting][preview]")
{
    const GenderCodedWordIndex index(bundledWords());
    PostingBlockCache cache;
    cache.startPreview();
    const std::vector<std::string> blocks = {
        "Plain line\n", "Plain line without a break", "# Heading \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D\n",
        "## Second level\n", "###### Sixth level\n", "####### Seven\n", "#NoSpace\n", "# \n", "#\n",
        "Trailing space \n", "Tab\tinside\n", "Quote \"x\" > y, 'z'\n", "Overlong \xC0\x80 form\n",
        "Surrogate \xED\xA0\x80 half\n", "Last \xF4\x8F\xBF\xBF code point\n", "Beyond \xF4\x90\x80\x80 it\n",
        std::string("NUL \0 inside\n", 13), "Control \x01 char\n", "Delete \x7F char\n", "Cut \xE2\x80\n",
        "Spaces  between   words\n", "Ends with #\n", "# Heading #\n", "Smart 'quotes' -- and dashes...\n",
        "Line one\nLine two\n", "\xEF\xBB\xBF" "Byte order mark\n", "Replacement \xEF\xBF\xBD char\n",
        "x\n", "Colon: semi; (brackets) {braces} 100% +1 =2 ~tilde ^caret |pipe\n", "Entity &amp; here\n",
        "Link [x](y) and <b>\n", "Emphasis *a* _b_ `c` \\d\n", "Bang! there\n",
        "- One\n- Two items, \"quoted\" > here\n", "- One\n-Two\n", "- One\n- 2 two\n", "- One \n- Two\n",
        "- One\n  continued\n", "- One\n* Two\n", "- One\n- \n", "- One\n- Two", "- Only\n"};
    for (const std::string& block : blocks) {
        INFO(block);
        CHECK(cache.analysis(block, index).html == toHtml(block));
    }
    // Plain text is looked at 16 bytes at a time: every kind of byte at every
    // place in and across those steps, as a paragraph and as a list item.
    const std::string plain = "Plain words in a line that runs on past forty-eight bytes or so";
    for (const char* odd : {"\\", "`", "&", "<", "*", "_", "[", "]", "!", "#", ">", "\"", "\x7F", "\x01", "\t",
                            "\xC3\xBC", "\xE2\x80", "\xFF", "'", "~"})
        for (size_t at = 1; at < 50; ++at) {
            const std::string line = plain.substr(0, at) + odd + plain.substr(at);
            for (const std::string& block : {line + "\n", "- " + line + "\n- Two\n"}) {
                INFO(block);
                CHECK(cache.analysis(block, index).html == toHtml(block));
            }
        }
}

TEST_CASE("the previewer keeps a template's skeleton and notices when the template changes",
          "[posting][preview]")
{
    const GenderCodedWords& words = bundledWords();
    PostingPreviewer previewer(words);
    JobTemplate jobTemplate = sampleTemplate();
    PostingInput input = completeInput(jobTemplate.id, Level::Mid);
    previewer.preview(jobTemplate, input);
    input.company = "Acme Europe";
    checkSameAsUncached(previewer.preview(jobTemplate, input), jobTemplate, input, words);
    CHECK(previewer.skeletonsMade() == 1);

    // Edited in place, as a reloaded template may be: same address, new text.
    jobTemplate.responsibilities[0].text = "Own renewals and a masculine-coded, aggressive plan.";
    checkSameAsUncached(previewer.preview(jobTemplate, input), jobTemplate, input, words);
    CHECK(previewer.skeletonsMade() == 2);
    jobTemplate.skills.push_back(amhire::test::item("Clear speaking.\n\n- not a list"));
    checkSameAsUncached(previewer.preview(jobTemplate, input), jobTemplate, input, words);
    input.level = Level::Senior;
    checkSameAsUncached(previewer.preview(jobTemplate, input), jobTemplate, input, words);
    CHECK(previewer.skeletonsMade() == 4);
}

TEST_CASE("a block with a value is kept by its place, and by its text once seen twice", "[posting][preview]")
{
    const GenderCodedWordIndex index(bundledWords());
    PostingBlockCache cache;
    const std::vector<size_t> cityEdges = {0, 6};  // "Berlin"
    cache.startPreview();
    cache.analysis("Berlin office\n", index, cityEdges);
    // New text with a value is not kept by its text: of the block, "Berlin "
    // and "office", only the last.
    CHECK(cache.size() == 1);

    // At the same place in the next preview: found there.
    cache.startPreview();
    uint64_t before = cache.analysedCount();
    const PostingBlock& again = cache.analysis("Berlin office\n", index, cityEdges);
    CHECK(cache.analysedCount() == before);
    CHECK(again.html == "<p>Berlin office</p>\n");

    // At another place: worked out again, and now kept by its text...
    cache.startPreview();
    cache.analysis("Lisbon office\n", index, cityEdges);
    before = cache.analysedCount();
    cache.analysis("Berlin office\n", index, cityEdges);
    CHECK(cache.analysedCount() > before);
    // ...so that it is found wherever it comes next.
    cache.startPreview();
    cache.analysis("Paris office\n", index, {0, 5});
    cache.analysis("Rome office\n", index, {0, 4});
    before = cache.analysedCount();
    CHECK(cache.analysis("Berlin office\n", index, cityEdges).html == "<p>Berlin office</p>\n");
    CHECK(cache.analysedCount() == before);
}

TEST_CASE("blocks with plain-word values are worked out through their shape exactly as from scratch",
          "[posting][preview]")
{
    const GenderCodedWords& words = bundledWords();
    // Values at the start of a paragraph, a list item and a heading's text,
    // at a line's end, next to each other, before "'s", a stop, a comma or a
    // hyphen, and twice in a sentence.
    JobTemplate edges = sampleTemplate();
    edges.id = "edges";
    edges.summaries = {item("{company} leads. Join {company}'s team in {location}. {team} {location}, {company}-led."),
                       item("Work with {reports_to}")};
    edges.responsibilities = {item("{company} customers first."), item("Grow {company} accounts in {location}"),
                              item("Report to {reports_to} at {company} each week.")};
    std::vector<JobTemplate> templates = bundledTemplates();
    templates.push_back(sampleTemplate());
    templates.push_back(edges);
    PostingPreviewer previewer(words);
    const std::vector<std::string> companies = {"Acme", "Contoso 5", "Northwind Traders 12", "Dominant Leader Corp",
                                                "Zed", "Self-reliant Co-op 2-3", "Acme"};
    for (const JobTemplate& jobTemplate : templates)
        for (const LevelBand& band : jobTemplate.levels)
            for (const std::string& company : companies) {
                PostingInput input = completeInput(jobTemplate.id, band.level);
                input.company = company;
                input.location = company.size() % 2 ? "Berlin" : "Lisbon Office 2";
                input.team = "Customer Success";
                input.reportsTo = "Head of Sales";
                INFO(jobTemplate.id << " " << levelId(band.level) << " company '" << company << "'");
                checkSameAsUncached(previewer.preview(jobTemplate, input), jobTemplate, input, words);
            }
    // Most blocks with the company after the first of each were composed.
    CHECK(previewer.cache().composedCount() >= templates.size() * 4);
}
