#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/CliContext.h"
#include "core/Counted.h"
#include "core/import/CandidateCsvImport.h"
#include "core/storage/CandidateErasure.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::cli {

namespace {

nlohmann::json toJson(const Candidate& c)
{
    return {{"id", c.id},           {"name", c.name},       {"email", c.email},
            {"phone", c.phone},     {"source", c.source},   {"current_company", c.currentCompany},
            {"current_title", c.currentTitle}, {"created_at", c.createdAt}, {"updated_at", c.updatedAt}};
}

struct AddOptions {
    Candidate candidate;
    std::optional<int64_t> openingId;
};

void addAdd(CLI::App& parent, CliContext& context)
{
    auto options = std::make_shared<AddOptions>();
    auto* add = parent.add_subcommand("add", "Add a candidate, optionally applying them to an opening");
    add->add_option("--name", options->candidate.name, "Full name")->required();
    add->add_option("--email", options->candidate.email, "Email address");
    add->add_option("--phone", options->candidate.phone, "Phone number");
    add->add_option("--source", options->candidate.source, "Where they came from (referral, job board, …)");
    add->add_option("--company", options->candidate.currentCompany, "Current company");
    add->add_option("--title", options->candidate.currentTitle, "Current title");
    add->add_option("--opening", options->openingId, "Opening id to apply them to");
    add->callback([&context, options] {
        auto storage = context.openStorage();
        auto tx = storage->beginTransaction();  // the candidate and the application, or neither
        const int64_t id = storage->candidates().add(options->candidate, context.actor());
        if (options->openingId) {
            storage->openings().get(*options->openingId);  // a clear "not found" before the insert
            storage->candidates().addApplication(id, *options->openingId, Stage::Applied, context.actor());
        }
        tx->commit();
        fmt::print("{}\n", id);
    });
}

void addList(CLI::App& parent, CliContext& context)
{
    auto openingId = std::make_shared<std::optional<int64_t>>();
    auto json = std::make_shared<bool>(false);
    auto* list = parent.add_subcommand("list", "List candidates, all or of one opening");
    list->add_option("--opening", *openingId, "Only candidates of this opening, with their stage");
    list->add_flag("--json", *json, "Print JSON");
    list->callback([&context, openingId, json] {
        auto storage = context.openStorage(OpenMode::ExistingOnly);
        nlohmann::json out = nlohmann::json::array();
        if (*openingId) {
            storage->openings().get(**openingId);
            for (const CandidateApplication& row : storage->candidates().candidatesOf(**openingId)) {
                if (*json) {
                    auto j = toJson(row.candidate);
                    j["application_id"] = row.application.id;
                    j["stage"] = stageId(row.application.stage);
                    out.push_back(j);
                } else {
                    fmt::print("{:>6}  {:<28} {:<32} {}\n", row.candidate.id, row.candidate.name, row.candidate.email,
                               stageTitle(row.application.stage));
                }
            }
        } else {
            for (const Candidate& c : storage->candidates().list()) {
                if (*json)
                    out.push_back(toJson(c));
                else
                    fmt::print("{:>6}  {:<28} {}\n", c.id, c.name, c.email);
            }
        }
        if (*json)
            std::cout << out.dump(2) << '\n';
    });
}

void addErase(CLI::App& parent, CliContext& context)
{
    auto id = std::make_shared<int64_t>(0);
    auto yes = std::make_shared<bool>(false);
    auto* erase = parent.add_subcommand("erase", "Erase a candidate and all their data (privacy request)");
    erase->add_option("ID", *id, "Candidate id")->required();
    erase->add_flag("--yes", *yes, "Confirm: this cannot be undone");
    erase->callback([&context, id, yes] {
        if (!*yes)
            throw CliFailure("erasing deletes the candidate, their applications, interviews, ratings and notes for "
                             "good; add --yes to confirm",
                             2);
        auto storage = context.openStorage(OpenMode::ExistingOnly);
        const CandidateErasure erasure =
            eraseCandidateEverywhere(*storage, context.resolvedDatabasePath(), *id, context.actor());
        fmt::print("candidate {} erased, and from {} backup(s)\n", *id, erasure.backupsCleaned);
        for (const std::string& problem : erasure.problems)
            std::cerr << fmt::format("warning: not cleaned, may still hold the candidate: {}\n", problem);
        for (const auto& copy : erasure.damagedCopies)
            std::cerr << fmt::format(
                "warning: unreadable copy of a damaged database, may hold the candidate: {}\n",
                copy.string());
        if (!erasure.complete())
            context.exitCode = 1;
    });
}

void addImport(CLI::App& parent, CliContext& context)
{
    auto file = std::make_shared<std::string>();
    auto openingId = std::make_shared<int64_t>(0);
    auto* import = parent.add_subcommand("import", "Import candidates from a CSV file into an opening");
    import->add_option("FILE", *file, "CSV file with a header row (name, email, phone, source, ...)")
        ->required()
        ->check(CLI::ExistingFile);
    import->add_option("--opening", *openingId, "Opening id to apply them to")->required();
    import->callback([&context, file, openingId] {
        auto storage = context.openStorage(OpenMode::ExistingOnly);
        const ImportResult result = importCandidateCsv(*storage, *file, *openingId, context.actor());
        if (!result.error.empty())
            throw CliFailure(*file + ": " + result.error, 1);
        for (const RowProblem& p : result.problems)
            std::cerr << fmt::format("{}:{}: skipped: {}\n", *file, p.line, p.message);
        // Skipped rows are reported above but do not fail the command: the good
        // rows are in, and re-running would only skip them as duplicates.
        fmt::print("imported {}, skipped {}\n", counted(result.imported, "candidate", "candidates"),
                   counted(result.skipped, "row", "rows"));
    });
}

}  // namespace

void addCandidateCommands(CLI::App& app, CliContext& context)
{
    auto* candidate = app.add_subcommand("candidate", "Candidates and their applications");
    candidate->require_subcommand(1);
    addAdd(*candidate, context);
    addList(*candidate, context);
    addErase(*candidate, context);
    addImport(*candidate, context);
}

}  // namespace amhire::cli
