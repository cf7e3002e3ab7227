#include <algorithm>

#include <fmt/format.h>

#include "cli/CliContext.h"
#include "core/Counted.h"
#include "core/openings/NewOpening.h"
#include "core/storage/DemoData.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::cli {

namespace {

// Benchmarks need scorecards of a set length (12 competencies); templates
// assess 7 or 8. Extra competencies come from the content in its order.
void resizeScorecard(std::vector<ScorecardEntry>& scorecard, const Content& content, size_t length)
{
    for (const Competency& c : content.competencies()) {
        if (scorecard.size() >= length)
            break;
        const bool onCard = std::any_of(scorecard.begin(), scorecard.end(),
                                        [&](const ScorecardEntry& e) { return e.competencyId == c.id; });
        if (!onCard)
            scorecard.push_back({c.id, c.name, 1.0, std::nullopt});
    }
    if (scorecard.size() < length)
        throw CliFailure(fmt::format("the content has only {} competencies", scorecard.size()), 2);
    scorecard.resize(length);
}

}  // namespace

void addDemoDataCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<DemoDataOptions>();
    auto templateId = std::make_shared<std::string>("general");
    auto competencies = std::make_shared<int>(0);
    auto* cmd = app.add_subcommand("demo-data", "Fill a database with realistic synthetic candidates and scorecards");
    cmd->add_option("--openings", options->openings, "Number of openings")->check(CLI::Range(1, 1000));
    cmd->add_option("--candidates", options->candidates, "Candidates in total")->check(CLI::Range(1, 1000000));
    cmd->add_option("--interviewers", options->interviewers, "Interviewers per candidate")->check(CLI::Range(1, 20));
    cmd->add_option("--seed", options->seed, "Random seed (same seed, same data)");
    cmd->add_option("--template", *templateId, "Template whose scorecard the openings use");
    cmd->add_option("--competencies", *competencies,
                    "Scorecard length: the template's competencies, then others from the content (weight 1)")
        ->check(CLI::Range(1, 1000));
    cmd->callback([&context, options, templateId, competencies] {
        const ContentLoadResult loaded = context.loadContentOrFail();
        const JobTemplate* t = loaded.content.jobTemplate(*templateId);
        if (!t)
            throw CliFailure(fmt::format("unknown template '{}'", *templateId), 2);
        options->templateId = t->id;
        options->level = levelId(t->levels.front().level);
        options->scorecard = makeScorecard(loaded.content, *t).entries;
        if (*competencies > 0)
            resizeScorecard(options->scorecard, loaded.content, static_cast<size_t>(*competencies));
        // Evidence values are drawn inside each metric's valid range.
        for (const ScorecardEntry& e : options->scorecard)
            if (const Competency* c = loaded.content.competency(e.competencyId))
                for (const Metric& m : c->metrics)
                    options->metrics.push_back({c->id, m.id, m.min, m.max});
        options->actor = context.actor();
        auto storage = context.openStorage();
        const DemoDataSummary s = generateDemoData(*storage, *options);
        fmt::print("{}, {}, {}, {}, {}\n",
                   counted(static_cast<long long>(s.openingIds.size()), "opening", "openings"),
                   counted(s.candidates, "candidate", "candidates"),
                   counted(s.applications, "application", "applications"),
                   counted(s.interviews, "submitted interview", "submitted interviews"),
                   counted(s.ratings, "rating", "ratings"));
    });
}

}  // namespace amhire::cli
