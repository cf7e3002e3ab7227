#include "core/export/CsvExport.h"

#include <csv.h>
#include <fmt/format.h>

#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"
#include "core/export/ExportProgress.h"

namespace amhire {
namespace {

// Builds one record at a time; a record is written when it is complete.
class CsvRecord {
  public:
    void text(std::string_view value)
    {
        const std::string safe = neutraliseFormula(value);
        separate();
        // csv_write quotes the field and doubles its quotes; it needs at most 2n + 2 bytes.
        const size_t start = line_.size();
        line_.resize(start + 2 * safe.size() + 2);
        const size_t written = csv_write(&line_[start], line_.size() - start, safe.data(), safe.size());
        line_.resize(start + written);
    }
    void number(double value, int decimals)
    {
        separate();
        line_ += fmt::format("{:.{}f}", value, decimals);
    }
    void integer(long long value)
    {
        separate();
        line_ += std::to_string(value);
    }
    void empty() { separate(); }

    void writeTo(std::ostream& out)
    {
        line_ += "\r\n";
        out << line_;
        line_.clear();
        first_ = true;
    }

  private:
    void separate()
    {
        if (!first_)
            line_ += ',';
        first_ = false;
    }

    std::string line_;
    bool first_ = true;
};

} // namespace

std::string neutraliseFormula(std::string_view text)
{
    if (!text.empty()) {
        const char c = text.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
            return "'" + std::string(text);
    }
    return std::string(text);
}

void exportCsv(const Comparison& comparison, std::ostream& out, const ExportOptions& options)
{
    ExportProgress progress(options, comparison.candidateCount(), 1);
    CsvRecord record;
    for (const char* heading : {"Rank", "Candidate", "Email", "Company", "Stage", "Total (0-100)",
                                "Partial total", "Submitted interviews"})
        record.text(heading);
    for (const ScorecardEntry& competency : comparison.competencies()) {
        record.text(competency.name);
        record.text(competency.name + ": raters");
    }
    for (const char* heading : {"Knocked out on", "Disagreement on", "Not assessed"})
        record.text(heading);
    for (Recommendation recommendation : kAllRecommendations)
        record.text(recommendationTitle(recommendation));
    record.text("Still a draft from");
    record.writeTo(out);

    for (size_t row = 0; row < comparison.candidateCount(); ++row, progress.tick()) {
        const ComparedCandidate& candidate = comparison.candidate(row);
        if (candidate.rank)
            record.integer(*candidate.rank);
        else
            record.empty();
        record.text(candidate.name);
        record.text(candidate.email);
        record.text(candidate.company);
        record.text(stageTitle(candidate.stage));
        if (candidate.total)
            record.number(*candidate.total, 1);
        else
            record.empty();
        record.text(candidate.partialTotal ? "yes" : "no");
        record.integer(candidate.submittedInterviews);
        for (size_t c = 0; c < comparison.competencyCount(); ++c) {
            const ComparisonCell& cell = comparison.cell(row, c);
            if (cell.assessed())
                record.number(cell.mean, 2);
            else
                record.empty();
            record.integer(cell.raters);
        }
        record.text(knockOutText(comparison, row));
        record.text(disagreementText(comparison, row));
        record.text(gapText(comparison, row));
        for (Recommendation recommendation : kAllRecommendations)
            record.integer(candidate.recommendations[recommendation]);
        record.text(awaitedText(comparison, row));
        record.writeTo(out);
    }
}

} // namespace amhire
