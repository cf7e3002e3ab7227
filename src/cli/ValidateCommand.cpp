#include <iostream>

#include <fmt/format.h>

#include "cli/CliContext.h"
#include "core/Counted.h"
#include "core/content/ContentLoader.h"
#include "core/content/ContentStats.h"

namespace amhire::cli {

namespace {

void printStats(const Content& content)
{
    const ContentStats stats = computeStats(content);
    fmt::print("{:<32} {:>5} {:>5} {:>5} {:>5} {:>5} | {:>4} {:>4} {:>4} {:>4}\n", "competency", "total", "behav",
               "situ", "role", "tech", "jun", "mid", "sen", "str");
    for (const auto& [id, c] : stats.byCompetency) {
        auto kind = [&](QuestionKind k) { auto it = c.byKind.find(k); return it == c.byKind.end() ? 0 : it->second; };
        auto level = [&](Level l) { auto it = c.byLevel.find(l); return it == c.byLevel.end() ? 0 : it->second; };
        fmt::print("{:<32} {:>5} {:>5} {:>5} {:>5} {:>5} | {:>4} {:>4} {:>4} {:>4}\n", id, c.total,
                   kind(QuestionKind::Behavioral), kind(QuestionKind::Situational), kind(QuestionKind::RolePlay),
                   kind(QuestionKind::Technical), level(Level::Junior), level(Level::Mid), level(Level::Senior),
                   level(Level::Strategic));
    }
    fmt::print("by kind:");
    for (const auto& [kind, n] : stats.byKind)
        fmt::print(" {} {}", questionKindId(kind), n);
    fmt::print("\nby level:");
    for (const auto& [level, n] : stats.byLevel)
        fmt::print(" {} {}", levelId(level), n);
    fmt::print("\n");
}

}  // namespace

void addValidateCommand(CLI::App& app, CliContext& context)
{
    auto* cmd = app.add_subcommand("validate", "Check the content XML (rubrics, question bank, templates)");
    auto stats = std::make_shared<bool>(false);
    cmd->add_flag("--stats", *stats, "Also print question counts per competency, kind and level");
    cmd->callback([&context, stats] {
        const auto dir = context.resolvedContentDir();
        ContentLoadResult result = loadContent(dir);
        for (const Diagnostic& d : result.diagnostics)
            std::cout << d.format() << '\n';
        if (!result.ok()) {
            context.exitCode = 1;
            return;
        }
        if (*stats)
            printStats(result.content);
        fmt::print("ok: {} ({} in {})\n", summarize(result.content),
                   counted(result.filesRead, "file", "files"), dir.string());
    });
}

}  // namespace amhire::cli
