// One PostingPreviewer kept through a long, pseudo-random editing session,
// as the Postings view keeps one, checked against the posting made from
// scratch at every step. The previewer remembers blocks, shapes and
// skeletons between previews; the fixed cases in PostingPreview_test.cpp
// cannot reach every order of edits that memory sees. The fragments are the
// kinds of text that have tripped previewers: Markdown and HTML characters,
// line breaks, figures and currencies, coded words, placeholders, letters
// beyond ASCII and broken UTF-8. The seed is fixed, so a failure repeats.
#include <random>

#include <catch2/catch.hpp>

#include "PostingFixture.h"
#include "PreviewDifference.h"

using namespace amhire;
using amhire::test::bundledTemplates;
using amhire::test::bundledWords;
using amhire::test::completeInput;
using amhire::test::previewDifference;
using amhire::test::sampleTemplate;

namespace {

const std::vector<std::string>& fragments()
{
    static const std::vector<std::string> list = {
        "Acme", "Ltd", "Dr.", "Who", "the Customer team", "Head of Accounts", "Lisbon", "remote", "team", " ",
        "  ", ".", "!", "?", ",", "\n", "\n\n", "- ", " - ", "-", "1. ", "    ", "*", "_", "`", "```", "~~~",
        "# ", "> ", "[x]", "(/url)", "<b>", "&amp;", "&", "<", "\\", "{company}", "{team}", "{", "}", "$", "USD",
        "EUR", "\xE2\x82\xAC", "\xC2\xA3", "80,000", "90000", "5", "1.5", "k", "to", "per year", "OTE",
        "\xE2\x80\x93", "\xE2\x80\x94", "aggressive", "competitive", "dominant", "decisive", "supportive",
        "collaborative", "committed", "warm-hearted", "self-", "-led", "'s", "Z\xC3\xBCrich", "\xC3\x9C" "ber",
        "\xC3\xA9", "\xFF", "\xC3"};
    return list;
}

std::string randomValue(std::mt19937& rng, size_t maxFragments)
{
    std::uniform_int_distribution<size_t> count(0, maxFragments);
    std::uniform_int_distribution<size_t> pick(0, fragments().size() - 1);
    std::string value;
    for (size_t n = count(rng); n > 0; --n)
        value += fragments()[pick(rng)];
    return value;
}

std::optional<long> randomPay(std::mt19937& rng)
{
    static const long amounts[] = {10, 5000, 60000, 85000, 120000, 250000, 2000000};
    if (rng() % 3 == 0)
        return std::nullopt;
    return amounts[rng() % std::size(amounts)];
}

// One step of an editing session: mostly a keystroke or a paste in one
// field, sometimes a deletion, now and then another template, level or pay.
void edit(std::mt19937& rng, PostingInput& input)
{
    std::string* const fields[] = {&input.company, &input.location, &input.team, &input.reportsTo,
                                   &input.howToApply};
    const unsigned what = rng() % 20;
    if (what < 12) {
        std::string& field = *fields[rng() % std::size(fields)];
        field += randomValue(rng, what < 9 ? 1 : 4);
    }
    else if (what < 15) {
        // Backspace, one byte at a time: half a UTF-8 character is left at times.
        std::string& field = *fields[rng() % std::size(fields)];
        field.resize(field.size() - std::min<size_t>(field.size(), 1 + rng() % 3));
    }
    else if (what < 17) {
        input.extraBenefits.resize(rng() % 3);
        for (std::string& benefit : input.extraBenefits)
            if (rng() % 2 == 0)
                benefit = randomValue(rng, 5);
    }
    else if (what < 19) {
        input.payMin = randomPay(rng);
        input.payMax = randomPay(rng);
        input.oteMin = randomPay(rng);
        input.oteMax = randomPay(rng);
    }
    else {
        input.workModel = kAllWorkModels[rng() % std::size(kAllWorkModels)];
    }
}

}  // namespace

TEST_CASE("one previewer through a long session of random edits gives what from scratch gives at every step",
          "[posting][preview]")
{
    const GenderCodedWords& words = bundledWords();
    std::vector<JobTemplate> templates = bundledTemplates();
    templates.push_back(sampleTemplate());
    PostingPreviewer previewer(words);
    std::mt19937 rng(20261206);

    constexpr int kSteps = 1500;
    const JobTemplate* jobTemplate = &templates.front();
    PostingInput input = completeInput(jobTemplate->id, jobTemplate->levels.front().level);
    for (int step = 0; step < kSteps; ++step) {
        if (rng() % 25 == 0) {
            // Another form: a template and level, filled in or empty.
            jobTemplate = &templates[rng() % templates.size()];
            const Level level = jobTemplate->levels[rng() % jobTemplate->levels.size()].level;
            input = rng() % 2 == 0 ? completeInput(jobTemplate->id, level) : PostingInput{};
            input.templateId = jobTemplate->id;
            input.level = level;
        }
        edit(rng, input);
        const auto difference = previewDifference(previewer.preview(*jobTemplate, input), *jobTemplate, input, words);
        if (difference)
            FAIL("step " << step << ", template " << jobTemplate->id << " " << levelId(input.level) << ", company '"
                         << input.company << "', location '" << input.location << "', team '" << input.team
                         << "': " << *difference);
    }
    // The session went through the previewer's memory, not around it.
    CHECK(previewer.cache().analysedCount() > 0);
    CHECK(previewer.skeletonsMade() > 1);
}
