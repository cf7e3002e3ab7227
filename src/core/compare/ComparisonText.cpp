#include "core/compare/ComparisonText.h"
#include "core/Counted.h"

#include <cmath>

#include <fmt/format.h>

namespace amhire {
namespace {

// Recommendations from strongest for to strongest against, as a debrief reads them.
constexpr Recommendation kSummaryOrder[] = {Recommendation::StrongYes, Recommendation::Yes,
                                            Recommendation::No, Recommendation::StrongNo,
                                            Recommendation::NoDecision};

std::string lowerFirst(std::string text)
{
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

template <class Describe>
std::string joinCells(const Comparison& comparison, const std::vector<size_t>& competencies,
                      Describe describe)
{
    std::string out;
    for (size_t c : competencies) {
        if (!out.empty())
            out += ", ";
        out += describe(comparison.competencies()[c], c);
    }
    return out;
}

} // namespace

std::string formatMean(double mean)
{
    return fmt::format("{:.1f}", mean);
}

std::string formatTotal(const ComparedCandidate& candidate)
{
    if (!candidate.total)
        return "–";
    return fmt::format("{:.1f}{}", *candidate.total, candidate.partialTotal ? " (partial)" : "");
}

std::string formatRank(const ComparedCandidate& candidate)
{
    return candidate.rank ? std::to_string(*candidate.rank) : "–";
}

std::string weightText(const ScorecardEntry& competency)
{
    std::string text = fmt::format("×{:g}", competency.weight);
    if (competency.minimum)
        text += fmt::format(", must-have ≥ {}", *competency.minimum);
    return text;
}

std::string recommendationSummary(const RecommendationTally& tally)
{
    std::string out;
    for (Recommendation recommendation : kSummaryOrder) {
        if (tally[recommendation] == 0)
            continue;
        out += fmt::format("{}{} {}", out.empty() ? "" : ", ", tally[recommendation],
                           lowerFirst(recommendationTitle(recommendation)));
    }
    return out.empty() ? "none yet" : out;
}

std::string competencyNames(const Comparison& comparison, const std::vector<size_t>& competencies)
{
    return joinCells(comparison, competencies,
                     [](const ScorecardEntry& entry, size_t) { return entry.name; });
}

std::string knockOutText(const Comparison& comparison, size_t row)
{
    return joinCells(comparison, comparison.knockOuts(row), [&](const ScorecardEntry& entry, size_t c) {
        return fmt::format("{} {} < {}", entry.name, formatMean(comparison.cell(row, c).mean),
                           entry.minimum.value_or(0));
    });
}

std::string disagreementText(const Comparison& comparison, size_t row)
{
    return joinCells(comparison, comparison.disagreements(row), [&](const ScorecardEntry& entry, size_t c) {
        const ComparisonCell& cell = comparison.cell(row, c);
        return fmt::format("{} {}–{}", entry.name, cell.lowest, cell.highest);
    });
}

std::string gapText(const Comparison& comparison, size_t row)
{
    if (comparison.candidate(row).submittedInterviews == 0)
        return "not interviewed yet";
    return competencyNames(comparison, comparison.gaps(row));
}

std::string awaitedText(const Comparison& comparison, size_t row)
{
    std::string text;
    for (const std::string& interviewer : comparison.awaitedFrom(row))
        text += (text.empty() ? "" : ", ") + interviewer;
    return text;
}

std::string reliabilityText(const Reliability& reliability)
{
    const std::string scores = counted(reliability.ratings, "score", "scores");
    const std::string cells = counted(reliability.units, "shared cell", "shared cells");
    if (!reliability.alpha)
        return fmt::format("Krippendorff's alpha (interval): not enough overlapping scores yet ({} on {})",
                           scores, cells);
    return fmt::format("Krippendorff's alpha (interval) {:.2f} from {} on {}", *reliability.alpha, scores,
                       cells);
}

std::string deviationText(const InterviewerCalibration& interviewer)
{
    if (!interviewer.meanDeviation)
        return "no shared scores";
    const double d = *interviewer.meanDeviation;
    const char* leaning = std::abs(d) < 0.05 ? "in line" : (d > 0 ? "lenient" : "severe");
    return fmt::format("{:+.2f} ({}, {} score{})", d, leaning, interviewer.ratings,
                       interviewer.ratings == 1 ? "" : "s");
}

} // namespace amhire
