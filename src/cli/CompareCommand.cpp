#include <fstream>
#include <iostream>
#include <stdexcept>

#include <fmt/format.h>

#include "cli/CliContext.h"
#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"
#include "core/export/ComparisonExport.h"
#include "core/export/CsvExport.h"
#include "core/export/HtmlExport.h"
#include "core/export/JsonExport.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::cli {

namespace {

struct CompareOptions {
    int64_t openingId = 0;
    std::string format; // empty: the table for people
    std::string output;
    bool anonymous = false;
    std::vector<std::string> stages;
    bool hideKnockedOut = false;
    std::string sort = "total";
    bool reverse = false;
};

// At most `width` characters (code points), the last one "…" when cut.
std::string clip(const std::string& text, size_t width)
{
    size_t characters = 0;
    for (size_t at = 0; at < text.size(); ++at) {
        if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
            continue;
        if (++characters == width) {
            size_t end = at + 1;
            while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
                ++end;
            return end >= text.size() ? text : text.substr(0, at) + "…";
        }
    }
    return text;
}

ComparisonOptions toComparisonOptions(const CompareOptions& o, const Opening& opening)
{
    ComparisonOptions options;
    options.anonymised = o.anonymous;
    options.hideKnockedOut = o.hideKnockedOut;
    options.descending = !o.reverse; // scores best first unless reversed
    for (const std::string& id : o.stages) {
        const auto stage = parseStage(id);
        if (!stage)
            throw CliFailure(
                fmt::format("unknown stage '{}' (valid: applied, screening, interviewing, offer, "
                            "hired, rejected, withdrawn)",
                            id),
                2);
        options.stages.push_back(*stage);
    }
    if (o.sort == "total") {
        options.sortBy = ComparisonSort::Total;
        return options;
    }
    if (o.sort == "candidate") {
        options.sortBy = ComparisonSort::Candidate;
        options.descending = o.reverse; // names A to Z unless reversed
        return options;
    }
    const auto& entries = opening.scorecard.entries;
    for (size_t c = 0; c < entries.size(); ++c)
        if (entries[c].competencyId == o.sort) {
            options.sortBy = ComparisonSort::Competency;
            options.sortCompetency = c;
            return options;
        }
    std::string valid = "total, candidate";
    for (const ScorecardEntry& entry : entries)
        valid += ", " + entry.competencyId;
    throw CliFailure(fmt::format("cannot sort by '{}' (valid: {})", o.sort, valid), 2);
}

void printTable(const Comparison& comparison, std::ostream& out)
{
    constexpr size_t kName = 24, kStage = 12, kScore = 10, kTotal = 15, kRecommendations = 26;
    const Opening& opening = comparison.opening();
    out << fmt::format("{} — {} (opening {}): {} of {} candidates, from submitted scorecards\n\n",
                       opening.title, opening.company, opening.id, comparison.candidateCount(),
                       comparison.allCandidateCount());

    std::string header = fmt::format("{:>3}  {:<{}} {:<{}}", "#", "Candidate", kName, "Stage", kStage);
    for (const ScorecardEntry& competency : comparison.competencies())
        header += fmt::format(" {:<{}}", clip(competency.name, kScore), kScore);
    header += fmt::format(" {:<{}} {:<{}} {}", "Total", kTotal, "Recommendations", kRecommendations, "Flags");
    out << header << '\n';

    for (size_t row = 0; row < comparison.candidateCount(); ++row) {
        const ComparedCandidate& candidate = comparison.candidate(row);
        std::string line =
            fmt::format("{:>3}  {:<{}} {:<{}}", formatRank(candidate), clip(candidate.name, kName), kName,
                        stageTitle(candidate.stage), kStage);
        for (size_t c = 0; c < comparison.competencyCount(); ++c) {
            const ComparisonCell& cell = comparison.cell(row, c);
            std::string text = "–";
            if (cell.assessed())
                text = fmt::format("{} ({}){}{}", formatMean(cell.mean), cell.raters,
                                   cell.knockOut ? "!" : "", cell.disagreement() ? "±" : "");
            line += fmt::format(" {:<{}}", text, kScore);
        }
        std::string flags;
        if (candidate.knockedOut)
            flags += "knocked out; ";
        if (candidate.disagreements > 0)
            flags += fmt::format("{} split; ", candidate.disagreements);
        if (candidate.submittedInterviews == 0)
            flags += "not interviewed";
        else if (candidate.gaps > 0)
            flags += fmt::format("{} not assessed", candidate.gaps);
        if (flags.size() >= 2 && flags.compare(flags.size() - 2, 2, "; ") == 0)
            flags.resize(flags.size() - 2);
        line += fmt::format(" {:<{}} {:<{}} {}", formatTotal(candidate), kTotal,
                            clip(recommendationSummary(candidate.recommendations), kRecommendations),
                            kRecommendations, flags);
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    }
    out << "\n(n) raters   ! below a must-have minimum   ± scores 2 or more apart   – not assessed\n";
    out << "Scorecard:";
    for (const ScorecardEntry& competency : comparison.competencies())
        out << fmt::format(" {} ({});", competency.name, weightText(competency));
    out << '\n';

    bool anyFlag = false;
    for (size_t row = 0; row < comparison.candidateCount(); ++row) {
        std::string said;
        if (comparison.candidate(row).submittedInterviews > 0) {
            if (const std::string knockOuts = knockOutText(comparison, row); !knockOuts.empty())
                said += "knocked out on " + knockOuts + "; ";
            if (const std::string disagreements = disagreementText(comparison, row); !disagreements.empty())
                said += "disagreement on " + disagreements + "; ";
            if (const std::string gaps = gapText(comparison, row); !gaps.empty())
                said += "not assessed: " + gaps + "; ";
        }
        if (const std::string drafts = awaitedText(comparison, row); !drafts.empty())
            said += "still a draft from " + drafts + "; ";
        if (said.empty())
            continue;
        if (!anyFlag)
            out << "\nFor the debrief:\n";
        anyFlag = true;
        said.resize(said.size() - 2);
        out << "  " << comparison.candidate(row).name << ": " << said << '\n';
    }

    const Calibration& calibration = comparison.calibration();
    out << "\nPanel: " << reliabilityText(calibration.reliability) << '\n';
    for (const InterviewerCalibration& interviewer : calibration.interviewers)
        out << fmt::format("  {:<24} {}\n", clip(interviewer.interviewer, 24), deviationText(interviewer));
}

void run(const CompareOptions& o, const CliContext& context)
{
    std::optional<ExportFormat> format;
    if (!o.format.empty()) {
        format = parseExportFormat(o.format);
        if (!format)
            throw CliFailure(
                fmt::format("unknown format '{}' (valid: csv, json, xlsx, html, pdf)", o.format), 2);
        if (!isTextFormat(*format) && o.output.empty())
            throw CliFailure(
                fmt::format("--format {} writes a binary file: give one with -o FILE", o.format), 2);
    }
    auto storage = SqliteStorage::open(context.resolvedDatabasePath(), OpenMode::ExistingOnly);
    const Opening opening = storage->openings().get(o.openingId);
    const Comparison comparison = compareOpening(*storage, o.openingId, toComparisonOptions(o, opening));

    try {
        if (format && !o.output.empty()) {
            exportComparison(comparison, *format, o.output);
            return;
        }
        std::ofstream file;
        if (!o.output.empty()) {
            file.open(o.output, std::ios::binary | std::ios::trunc);
            if (!file)
                throw CliFailure("cannot write " + o.output, 1);
        }
        std::ostream& out = o.output.empty() ? std::cout : file;
        if (!format)
            printTable(comparison, out);
        else if (*format == ExportFormat::Csv)
            exportCsv(comparison, out);
        else if (*format == ExportFormat::Json)
            exportJson(comparison, out);
        else
            exportHtml(comparison, out);
        out.flush();
        if (!out)
            throw CliFailure("writing the comparison failed", 1);
    }
    catch (const ExportError& error) {
        throw CliFailure(error.what(), 1);
    }
}

} // namespace

void addCompareCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<CompareOptions>();
    auto* compare = app.add_subcommand(
        "compare",
        "Compare an opening's candidates side by side from submitted scorecards; export the debrief");
    compare->add_option("--opening", options->openingId, "Opening id")->required();
    compare->add_option("--format", options->format,
                        "csv, json, xlsx, html or pdf (default: a table for reading in the terminal)");
    compare->add_option("-o,--output", options->output, "File to write (needed for xlsx and pdf)");
    compare->add_flag("--anonymous", options->anonymous,
                      "Anonymised debrief: candidates as Candidate A, B, …; no names, emails or companies");
    compare->add_option("--stage", options->stages, "Only candidates at this stage (repeatable)");
    compare->add_flag("--hide-knocked-out", options->hideKnockedOut,
                      "Leave out candidates below a must-have minimum");
    compare->add_option("--sort", options->sort, "total (default), candidate, or a competency id");
    compare->add_flag("--reverse", options->reverse, "Reverse the order: lowest scores first, names Z to A");
    // Usage problems end with exit 2, unwritable files with 1 (CliFailure).
    compare->callback([&context, options] { run(*options, context); });
}

} // namespace amhire::cli
