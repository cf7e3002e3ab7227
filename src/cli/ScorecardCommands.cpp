// amhire-cli scorecard list: everyone's scorecards, for HR to see who has
// submitted and whom to chase, in a script or a daily reminder.
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/CliContext.h"
#include "core/Counted.h"
#include "core/interview/Kit.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::cli {
namespace {

struct ScorecardListOptions {
    std::optional<std::string> interviewer;
    std::optional<std::string> status;
    std::optional<int64_t> openingId;
    bool json = false;
};

nlohmann::json toJson(const ScorecardSummary& s)
{
    const auto orNull = [](const std::optional<std::string>& text) {
        return text ? nlohmann::json(*text) : nlohmann::json();
    };
    nlohmann::json out{
        {"interview_id", s.interviewId},         {"opening_id", s.openingId},    {"opening", s.openingTitle},
        {"candidate", s.candidateName},          {"interviewer", s.interviewer}, {"kind", s.kind},
        {"status", interviewStatusId(s.status)}, {"scored", s.scored},           {"competencies", s.total}};
    out["started_at"] = orNull(s.startedAt);
    out["submitted_at"] = orNull(s.submittedAt);
    out["recommendation"] =
        s.recommendation ? nlohmann::json(recommendationId(*s.recommendation)) : nlohmann::json();
    return out;
}

void printTable(const std::vector<ScorecardSummary>& rows)
{
    if (rows.empty()) {
        fmt::print("no scorecards\n");
        return;
    }
    int drafts = 0;
    for (const ScorecardSummary& s : rows) {
        const bool draft = s.status == InterviewStatus::Draft;
        drafts += draft ? 1 : 0;
        // A draft shows how far it got; a submitted one, its call.
        const std::string state =
            draft ? fmt::format("draft {}/{}", s.scored, s.total)
                  : std::string(s.recommendation ? recommendationTitle(*s.recommendation) : "submitted");
        fmt::print("{:>6}  {:<24} {:<24} {:<20} {:<16} {}\n", s.interviewId, s.candidateName, s.interviewer,
                   interviewKindTitleOf(s.kind), state, s.openingTitle);
    }
    fmt::print("{}, {} still {}\n", counted(static_cast<long long>(rows.size()), "scorecard", "scorecards"),
               drafts, drafts == 1 ? "a draft" : "drafts");
}

void addList(CLI::App& parent, CliContext& context)
{
    auto options = std::make_shared<ScorecardListOptions>();
    auto* list =
        parent.add_subcommand("list", "List scorecards by opening and candidate, drafts and submitted");
    list->add_option("--interviewer", options->interviewer, "Only this interviewer's");
    list->add_option("--status", options->status, "Only drafts, or only submitted ones")
        ->check(CLI::IsMember({"draft", "submitted"}));
    list->add_option("--opening", options->openingId, "Only this opening's (see opening list)");
    list->add_flag("--json", options->json, "Print JSON");
    list->callback([&context, options] {
        auto storage = context.openStorage(OpenMode::ExistingOnly);
        ScorecardFilter filter;
        filter.interviewer = options->interviewer;
        if (options->status)
            filter.status = parseInterviewStatus(*options->status);
        if (options->openingId) {
            if (!storage->openings().find(*options->openingId))
                throw CliFailure(fmt::format("There is no opening {}; amhire-cli opening list shows them.",
                                             *options->openingId),
                                 2);
            filter.openingId = options->openingId;
        }
        const std::vector<ScorecardSummary> rows = storage->interviews().scorecards(filter);
        if (!options->json) {
            printTable(rows);
            return;
        }
        nlohmann::json out = nlohmann::json::array();
        for (const ScorecardSummary& s : rows)
            out.push_back(toJson(s));
        std::cout << out.dump(2) << '\n';
    });
}

} // namespace

void addScorecardCommands(CLI::App& app, CliContext& context)
{
    auto* scorecard =
        app.add_subcommand("scorecard", "Interviewers' scorecards: who has submitted, whom to chase");
    scorecard->require_subcommand(1);
    addList(*scorecard, context);
}

} // namespace amhire::cli
