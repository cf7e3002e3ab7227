#include <iostream>
#include <memory>
#include <string>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/CliContext.h"
#include "core/openings/NewOpening.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::cli {

namespace {

struct OpeningOptions {
    std::string templateId, level, company, location, workModel = "on-site", team, reportsTo;
    std::optional<long> payMin, payMax;
};

std::string validIds(const Content& content)
{
    std::string out;
    for (const JobTemplate& t : content.templates())
        out += (out.empty() ? "" : ", ") + t.id;
    return out;
}

// Shared by `opening add` and, later, `posting`: turns the options into a
// posting input, failing with the list of valid values on a typo.
PostingInput toInput(const OpeningOptions& o, const Content& content, const JobTemplate*& jobTemplate)
{
    jobTemplate = content.jobTemplate(o.templateId);
    if (!jobTemplate)
        throw CliFailure(fmt::format("unknown template '{}' (valid: {})", o.templateId, validIds(content)), 2);
    PostingInput input;
    input.templateId = o.templateId;
    auto level = parseLevel(o.level);
    if (!level || !jobTemplate->band(*level)) {
        std::string levels;
        for (const LevelBand& b : jobTemplate->levels)
            levels += (levels.empty() ? "" : ", ") + std::string(levelId(b.level));
        throw CliFailure(fmt::format("template '{}' has no level '{}' (valid: {})", o.templateId, o.level, levels), 2);
    }
    input.level = *level;
    auto model = parseWorkModel(o.workModel);
    if (!model)
        throw CliFailure(fmt::format("unknown work model '{}' (valid: on-site, hybrid, remote)", o.workModel), 2);
    input.workModel = *model;
    input.company = o.company;
    input.location = o.location;
    input.team = o.team;
    input.reportsTo = o.reportsTo;
    input.payMin = o.payMin;
    input.payMax = o.payMax;
    return input;
}

nlohmann::json toJson(const Opening& o)
{
    nlohmann::json scorecard = nlohmann::json::array();
    for (const ScorecardEntry& e : o.scorecard.entries) {
        nlohmann::json entry{{"competency", e.competencyId}, {"name", e.name}, {"weight", e.weight}};
        entry["minimum"] = e.minimum ? nlohmann::json(*e.minimum) : nlohmann::json();
        scorecard.push_back(entry);
    }
    nlohmann::json j{{"id", o.id},           {"template", o.templateId}, {"level", o.level},
                     {"title", o.title},     {"company", o.company},     {"location", o.location},
                     {"work_model", o.workModel}, {"status", o.status},  {"currency", o.currency},
                     {"created_at", o.createdAt}, {"scorecard", scorecard}, {"content_hash", o.scorecard.contentHash}};
    j["pay_min"] = o.payMin ? nlohmann::json(*o.payMin) : nlohmann::json();
    j["pay_max"] = o.payMax ? nlohmann::json(*o.payMax) : nlohmann::json();
    return j;
}

}  // namespace

void addOpeningCommands(CLI::App& app, CliContext& context)
{
    auto* opening = app.add_subcommand("opening", "Openings: roles being hired for");
    opening->require_subcommand(1);

    auto options = std::make_shared<OpeningOptions>();
    auto* add = opening->add_subcommand("add", "Create an opening from a template and level");
    add->add_option("--template", options->templateId, "Template id (see the content browser)")->required();
    add->add_option("--level", options->level, "junior, mid, senior or strategic")->required();
    add->add_option("--company", options->company, "Company name")->required();
    add->add_option("--location", options->location, "Location");
    add->add_option("--work-model", options->workModel, "on-site, hybrid or remote");
    add->add_option("--team", options->team, "Team the hire joins");
    add->add_option("--reports-to", options->reportsTo, "Who the hire reports to");
    add->add_option("--pay-min", options->payMin, "Base pay minimum per year (default: the band's)");
    add->add_option("--pay-max", options->payMax, "Base pay maximum per year (default: the band's)");
    add->callback([&context, options] {
        const ContentLoadResult loaded = context.loadContentOrFail();
        const JobTemplate* jobTemplate = nullptr;
        const PostingInput input = toInput(*options, loaded.content, jobTemplate);
        if (input.payMin && input.payMax && *input.payMin > *input.payMax)
            throw CliFailure("--pay-min is greater than --pay-max", 2);
        auto storage = context.openStorage();
        const int64_t id = storage->openings().add(makeOpening(loaded.content, *jobTemplate, input), context.actor());
        fmt::print("{}\n", id);
    });

    auto json = std::make_shared<bool>(false);
    auto* list = opening->add_subcommand("list", "List openings");
    list->add_flag("--json", *json, "Print JSON");
    list->callback([&context, json] {
        auto storage = context.openStorage(OpenMode::ExistingOnly);
        const auto openings = storage->openings().list();
        if (*json) {
            nlohmann::json out = nlohmann::json::array();
            for (const Opening& o : openings)
                out.push_back(toJson(o));
            std::cout << out.dump(2) << '\n';
            return;
        }
        for (const Opening& o : openings)
            fmt::print("{:>5}  {:<7} {:<40} {:<24} {}\n", o.id, o.status, o.title, o.company, o.templateId + "/" + o.level);
    });

    // Closed when the role is filled: no new interviews start for it; its
    // candidates, scorecards and comparison stay.
    for (const auto& [name, status, help] :
         {std::tuple{"close", kOpeningClosed,
                     "Close an opening (the role is filled): no new interviews start for it"},
          std::tuple{"reopen", kOpeningOpen, "Open a closed opening again"}}) {
        auto id = std::make_shared<int64_t>(0);
        auto* command = opening->add_subcommand(name, help);
        command->add_option("ID", *id, "The opening's id (see opening list)")->required();
        command->callback([&context, id, status = std::string(status), name = std::string(name)] {
            auto storage = context.openStorage(OpenMode::ExistingOnly);
            storage->openings().setStatus(*id, status, context.actor());
            fmt::print("opening {} is {}\n", *id, status);
        });
    }
}

}  // namespace amhire::cli
