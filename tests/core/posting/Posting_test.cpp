#include <catch2/catch.hpp>

#include "PostingFixture.h"
#include "core/content/Placeholders.h"
#include "core/posting/Posting.h"

using namespace amhire;
using amhire::test::completeInput;
using amhire::test::sampleTemplate;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

TEST_CASE("a posting has the job-board sections in order", "[posting]")
{
    const Posting p = renderPosting(sampleTemplate(), completeInput("saas", Level::Mid));
    CHECK(p.title == "SaaS Account Manager — Acme");
    CHECK(p.markdown == R"(# SaaS Account Manager — Acme

Acme is hiring an Account Manager for mid-market customers.

You will join the Customer team and report to the Head of Accounts. The role is hybrid and based in Lisbon.

## What you will do

- Own renewals for your book.

## What you bring

- 3-5 years in account management.

## Skills

- Clear writing.

## Compensation and benefits

- **Pay per year:** $65,000–$85,000 base + commission, OTE $90,000–$120,000
- Health insurance.
- A mentor in your first year.

## How to apply

Apply with your CV and a short note on why this role interests you.
)");
}

TEST_CASE("only items for the chosen level are included", "[posting]")
{
    const Posting p = renderPosting(sampleTemplate(), completeInput("saas", Level::Senior));
    CHECK(p.title == "Senior SaaS Account Manager — Acme");
    CHECK_THAT(p.markdown, Contains("- Coach newer colleagues."));
    CHECK_THAT(p.markdown, Contains("hiring a Senior Account Manager"));
    CHECK_THAT(p.markdown, !Contains("mid-market"));
    CHECK_THAT(p.markdown, !Contains("A mentor"));
    CHECK_THAT(p.markdown, Contains("- 5-10 years in account management."));
    CHECK_THAT(p.markdown, Contains("$85,000–$120,000 base + commission, OTE $110,000–$160,000"));
}

TEST_CASE("a posting for a level the template does not offer is refused", "[posting]")
{
    CHECK_THROWS_AS(renderPosting(sampleTemplate(), completeInput("saas", Level::Junior)),
                    std::invalid_argument);
}

TEST_CASE("values not given yet stay as placeholders", "[posting]")
{
    PostingInput input;
    input.level = Level::Mid;
    const Posting p = renderPosting(sampleTemplate(), input);
    CHECK(p.title == "SaaS Account Manager — {company}");
    CHECK_THAT(p.markdown, StartsWith("# SaaS Account Manager — {company}\n\n{company} is hiring"));
    CHECK_THAT(
        p.markdown,
        Contains("join {team} and report to {reports_to}. The role is on-site and based in {location}."));
}

TEST_CASE("user values cannot turn into Markdown markup", "[posting]")
{
    PostingInput input = completeInput("saas", Level::Mid);
    input.company = "A*B_C [x]";
    input.team = "<b>the team</b>";
    input.location = "# Lisbon";
    const Posting p = renderPosting(sampleTemplate(), input);
    CHECK(p.title == "SaaS Account Manager — A*B_C [x]");
    CHECK_THAT(p.markdown,
               StartsWith("# SaaS Account Manager — A\\*B\\_C \\[x\\]\n\nA\\*B\\_C \\[x\\] is hiring"));
    CHECK_THAT(p.markdown, Contains("join \\<b>the team\\</b> and"));
    CHECK_THAT(p.markdown, Contains("based in \\# Lisbon."));
}

TEST_CASE("pay overrides, extra benefits and how to apply", "[posting]")
{
    PostingInput input = completeInput("saas", Level::Mid);
    input.payMin = 70000;
    input.payMax = 90000;
    input.oteMin = 95000;
    input.oteMax = 125000;
    input.extraBenefits = {"A *four*-day week", "  ", "Dog-friendly\noffice"};
    input.howToApply = "Write to jobs@acme.example.\n\n  Tell us about a renewal\n you saved. ";
    const Posting p = renderPosting(sampleTemplate(), input);
    CHECK_THAT(p.markdown,
               Contains("- **Pay per year:** $70,000–$90,000 base + commission, OTE $95,000–$125,000\n"
                        "- Health insurance.\n- A mentor in your first year.\n"
                        "- A \\*four\\*-day week\n- Dog-friendly office\n\n"));
    CHECK_THAT(p.markdown, Contains("## How to apply\n\nWrite to jobs@acme.example.\n\n"
                                    "Tell us about a renewal you saved.\n"));
}

TEST_CASE("role titles put the level first, replacing one already there", "[posting]")
{
    JobTemplate t = sampleTemplate();
    CHECK(postingRoleTitle(t, Level::Mid) == "SaaS Account Manager");
    CHECK(postingRoleTitle(t, Level::Strategic) == "Strategic SaaS Account Manager");
    t.title = "Senior Enterprise Account Manager";
    CHECK(postingRoleTitle(t, Level::Senior) == "Senior Enterprise Account Manager");
    CHECK(postingRoleTitle(t, Level::Strategic) == "Strategic Enterprise Account Manager");
    CHECK(postingRoleTitle(t, Level::Mid) == "Enterprise Account Manager");
}

TEST_CASE("every bundled template and level renders with every placeholder filled", "[posting][bundled]")
{
    int rendered = 0;
    for (const JobTemplate& t : amhire::test::bundledTemplates()) {
        for (const LevelBand& band : t.levels) {
            INFO(t.id << " / " << levelId(band.level));
            const Posting p = renderPosting(t, completeInput(t.id, band.level));
            CHECK(findPlaceholders(p.markdown).empty());
            CHECK(findPlaceholders(p.title).empty());
            CHECK_THAT(p.markdown,
                       Contains("## What you will do") && Contains("## Compensation and benefits"));
            ++rendered;
        }
    }
    if (rendered > 0)
        CHECK(rendered >= 10);
}
