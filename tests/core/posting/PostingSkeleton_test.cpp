#include <catch2/catch.hpp>

#include "PostingFixture.h"
#include "core/posting/Posting.h"
#include "core/posting/PostingSkeleton.h"

using namespace amhire;
using amhire::test::completeInput;
using amhire::test::item;
using amhire::test::sampleTemplate;

namespace {

std::vector<SkeletonPart::Kind> kinds(const PostingSkeleton& skeleton)
{
    std::vector<SkeletonPart::Kind> out;
    for (const SkeletonPart& part : skeleton.parts)
        out.push_back(part.kind);
    return out;
}

}  // namespace

TEST_CASE("a skeleton leaves a slot only where the input goes", "[posting][skeleton]")
{
    using K = SkeletonPart::Kind;
    const PostingSkeleton skeleton = postingSkeleton(sampleTemplate(), Level::Mid);
    CHECK(skeleton.titleTemplate == "SaaS Account Manager — {company}");
    // Title, the two summaries and the requirement with {years} are filled;
    // the text around them is fixed and joined.
    CHECK(kinds(skeleton) == std::vector<K>{K::Fixed, K::Filled, K::Fixed, K::Filled, K::Fixed, K::Filled,
                                            K::Fixed, K::Filled, K::Fixed, K::Pay, K::Fixed, K::ExtraBenefits,
                                            K::Fixed, K::HowToApply});
    CHECK(skeleton.parts[6].text ==
          "\n\n## What you will do\n\n- Own renewals for your book.\n\n## What you bring\n\n- ");
    CHECK(skeleton.parts[7].text == "{years} years in account management.");
    // Fixed template text is escaped once, as it would be when filled.
    JobTemplate odd = sampleTemplate();
    odd.skills = {item("C++ & *SQL* &amp;")};
    const PostingSkeleton escaped = postingSkeleton(odd, Level::Mid);
    CHECK(escaped.parts[8].text.find("- C++ & \\*SQL\\* \\&amp;\n") != std::string::npos);
}

TEST_CASE("filling a skeleton is rendering the posting", "[posting][skeleton]")
{
    const JobTemplate jobTemplate = sampleTemplate();
    PostingInput input = completeInput(jobTemplate.id, Level::Senior);
    input.extraBenefits = {"  Bonus  for {company} ", ""};
    input.howToApply = "Write to us.\n\nSoon.";
    const PostingSkeleton skeleton = postingSkeleton(jobTemplate, Level::Senior);
    FilledPlaces places;
    const Posting posting = renderPosting(skeleton, input, *jobTemplate.band(Level::Senior), &places);
    const std::vector<size_t>& starts = places.partStarts;
    CHECK(posting.markdown == renderPosting(jobTemplate, input).markdown);
    CHECK(posting.title == "Senior SaaS Account Manager — Acme");
    REQUIRE(starts.size() == skeleton.parts.size());
    // Each fixed part sits where its start says.
    for (size_t i = 0; i < skeleton.parts.size(); ++i)
        if (skeleton.parts[i].kind == SkeletonPart::Kind::Fixed)
            CHECK(posting.markdown.compare(starts[i], skeleton.parts[i].text.size(), skeleton.parts[i].text) == 0);
    CHECK(posting.markdown.find("- Bonus for Acme\n") != std::string::npos);
}

TEST_CASE("skeleton sources tell a template changed at the level from one that is not", "[posting][skeleton]")
{
    const JobTemplate original = sampleTemplate();
    const SkeletonSources sources(original, Level::Mid);
    CHECK(sources.match(original, Level::Mid));
    CHECK_FALSE(sources.match(original, Level::Senior));  // other summaries and items

    JobTemplate changed = original;
    changed.skills[0].text = "Clear speaking.";
    CHECK_FALSE(sources.match(changed, Level::Mid));
    changed = original;
    changed.title = "Account Manager";
    CHECK_FALSE(sources.match(changed, Level::Mid));
    changed = original;
    changed.skills.push_back(item("Listening."));
    CHECK_FALSE(sources.match(changed, Level::Mid));
    changed = original;
    changed.skills.clear();
    CHECK_FALSE(sources.match(changed, Level::Mid));
    // An item moved to another section renders elsewhere.
    changed = original;
    changed.requirements.push_back(changed.skills.back());
    changed.skills.pop_back();
    CHECK_FALSE(sources.match(changed, Level::Mid));
    // What the skeleton does not hold may change.
    changed = original;
    changed.skills.push_back(item("Senior only.", {Level::Senior}));
    changed.levels[0].baseMax = 99000;
    CHECK(sources.match(changed, Level::Mid));
}
