// Reading a comparison: the rows come from ComparisonQueries one application
// at a time and are summed up on arrival, so no score, take-away or row of
// another candidate is held meanwhile.
#include <algorithm>
#include <limits>
#include <memory>
#include <set>
#include <stdexcept>

#include "core/compare/Comparison.h"
#include "core/storage/ComparisonQueries.h"
#include "core/storage/SqliteStorage.h"

namespace amhire {
namespace {

// The candidates `viewer` has a draft scorecard for: nobody's scores or
// verdicts of theirs are summed up (see ComparisonOptions::viewer).
std::set<int64_t> candidatesDraftedBy(Storage& storage, const std::string& viewer)
{
    std::set<int64_t> candidates;
    if (viewer.empty())
        return candidates;
    for (const Interview& draft : storage.interviews().draftsFor(viewer))
        if (const auto application = storage.candidates().findApplication(draft.applicationId))
            candidates.insert(application->candidateId);
    return candidates;
}

double scoreOnHundred(double mean)
{
    return (mean - 1.0) / 4.0 * 100.0;
}

// Fills the flags and the weighted total of one candidate from their cells.
void summarise(ComparedCandidate& candidate, const ComparisonCell* cells,
               const std::vector<ScorecardEntry>& competencies)
{
    double weighted = 0;
    double weights = 0;
    bool weightedGap = false;
    for (size_t c = 0; c < competencies.size(); ++c) {
        const ComparisonCell& cell = cells[c];
        const ScorecardEntry& competency = competencies[c];
        if (!cell.assessed()) {
            ++candidate.gaps;
            weightedGap = weightedGap || competency.weight > 0;
            continue;
        }
        weighted += competency.weight * scoreOnHundred(cell.mean);
        weights += competency.weight;
        candidate.knockedOut = candidate.knockedOut || cell.knockOut;
        if (cell.disagreement())
            ++candidate.disagreements;
    }
    if (weights > 0) {
        candidate.total = weighted / weights;
        candidate.partialTotal = weightedGap;
    }
}

} // namespace

// Builds a Comparison from the rows as they are read.
class ComparisonLoader final : public ComparisonRowSink {
  public:
    ComparisonLoader(Comparison& comparison, std::set<int64_t> withheldCandidates)
        : comparison_(comparison), withheldCandidates_(std::move(withheldCandidates)),
          units_(comparison.competencyCount())
    {
    }

    void candidates(std::vector<ComparisonApplicationRow> applications) override;
    void scorecards(int64_t applicationId, const std::vector<ComparisonVerdictRow>& verdicts,
                    const std::vector<ComparisonScoreRow>& scores) override;
    // Once every row is in.
    void finish(ComparisonNames names);

  private:
    // The index into candidates_ of an application; candidates_.size() if there is none.
    size_t indexOf(int64_t applicationId) const;
    void addVerdicts(size_t index, const std::vector<ComparisonVerdictRow>& verdicts);
    void addScores(size_t index, const std::vector<ComparisonScoreRow>& scores);

    Comparison& comparison_;
    std::set<int64_t> withheldCandidates_;
    std::unique_ptr<PanelCalibrator> calibrator_; // sized once the candidates are known
    std::vector<ReliabilityUnit> units_;          // the current candidate's, per competency
};

void ComparisonLoader::candidates(std::vector<ComparisonApplicationRow> applications)
{
    std::sort(applications.begin(), applications.end(),
              [](const ComparisonApplicationRow& a, const ComparisonApplicationRow& b) {
                  return a.applicationId < b.applicationId;
              });
    std::vector<ComparedCandidate>& candidates = comparison_.candidates_;
    candidates.reserve(applications.size());
    for (ComparisonApplicationRow& row : applications) {
        ComparedCandidate candidate;
        candidate.applicationId = row.applicationId;
        candidate.candidateId = row.candidateId;
        candidate.name = std::move(row.name);
        candidate.email = std::move(row.email);
        candidate.company = std::move(row.company);
        candidate.stage = row.stage;
        candidate.withheld = withheldCandidates_.count(row.candidateId) > 0;
        candidates.push_back(std::move(candidate));
    }
    // The rows go before the grid is allocated, so the two never share the peak.
    std::vector<ComparisonApplicationRow>().swap(applications);
    comparison_.cells_.assign(candidates.size() * comparison_.competencyCount(), ComparisonCell{});
    comparison_.verdictSpans_.assign(candidates.size(), {});
    calibrator_ = std::make_unique<PanelCalibrator>(comparison_.cells_.size());
}

size_t ComparisonLoader::indexOf(int64_t applicationId) const
{
    const std::vector<ComparedCandidate>& candidates = comparison_.candidates_;
    const auto found = std::lower_bound(
        candidates.begin(), candidates.end(), applicationId,
        [](const ComparedCandidate& candidate, int64_t id) { return candidate.applicationId < id; });
    if (found == candidates.end() || found->applicationId != applicationId)
        return candidates.size();
    return static_cast<size_t>(found - candidates.begin());
}

void ComparisonLoader::scorecards(int64_t applicationId, const std::vector<ComparisonVerdictRow>& verdicts,
                                  const std::vector<ComparisonScoreRow>& scores)
{
    // Whoever scored is listed in the calibration, even where the viewer may not see it.
    for (const ComparisonScoreRow& score : scores)
        calibrator_->addInterviewer(score.interviewer);
    const size_t index = indexOf(applicationId);
    if (index == comparison_.candidates_.size() || comparison_.candidates_[index].withheld)
        return;
    addVerdicts(index, verdicts);
    addScores(index, scores);
}

void ComparisonLoader::addVerdicts(size_t index, const std::vector<ComparisonVerdictRow>& verdicts)
{
    std::vector<Comparison::VerdictRecord>& records = comparison_.verdicts_;
    if (records.size() + verdicts.size() > std::numeric_limits<uint32_t>::max())
        throw std::length_error("Too many scorecards to compare.");
    const auto first = static_cast<uint32_t>(records.size());
    ComparedCandidate& candidate = comparison_.candidates_[index];
    for (const ComparisonVerdictRow& row : verdicts) {
        if (row.draft) {
            ++candidate.awaitedInterviews;
            comparison_.awaited_.push_back({static_cast<uint32_t>(index), row.interviewer});
            continue;
        }
        ++candidate.submittedInterviews;
        if (row.recommendation)
            candidate.recommendations.add(*row.recommendation);
        records.push_back({row.interviewId, row.interviewer, row.kind, row.recommendation});
    }
    comparison_.verdictSpans_[index] = {first, static_cast<uint32_t>(records.size()) - first};
}

// The candidate's cells and their part of the calibration: every score of
// theirs is in, so each cell is complete.
void ComparisonLoader::addScores(size_t index, const std::vector<ComparisonScoreRow>& scores)
{
    const size_t competencies = comparison_.competencyCount();
    if (competencies == 0)
        return; // an empty scorecard: no cell to fill
    const size_t first = index * competencies;
    ComparisonCell* cells = &comparison_.cells_[first];
    std::fill(units_.begin(), units_.end(), ReliabilityUnit{});
    for (const ComparisonScoreRow& score : scores) {
        ComparisonCell& cell = cells[score.competency];
        const int value = score.score;
        cell.lowest = cell.raters == 0 ? value : std::min(cell.lowest, value);
        cell.highest = cell.raters == 0 ? value : std::max(cell.highest, value);
        ++cell.raters;
        units_[score.competency].add(value);
    }
    const std::vector<ScorecardEntry>& entries = comparison_.competencies();
    for (size_t c = 0; c < competencies; ++c) {
        ComparisonCell& cell = cells[c];
        if (cell.raters == 0)
            continue;
        cell.mean = units_[c].sum / cell.raters;
        cell.knockOut = entries[c].minimum && cell.mean < *entries[c].minimum;
        calibrator_->addCell(first + c, units_[c]);
    }
    for (const ComparisonScoreRow& score : scores)
        calibrator_->addDeviation(score.interviewer, score.score, units_[score.competency]);
}

void ComparisonLoader::finish(ComparisonNames names)
{
    Comparison& comparison = comparison_;
    for (size_t i = 0; i < comparison.candidates_.size(); ++i)
        summarise(comparison.candidates_[i], &comparison.cells_[i * comparison.competencyCount()],
                  comparison.competencies());
    comparison.calibration_ = calibrator_->finish(names.interviewers);
    comparison.interviewers_ = std::move(names.interviewers);
    comparison.kinds_ = std::move(names.kinds);
}

Comparison compareOpening(Storage& storage, int64_t openingId, const ComparisonOptions& options)
{
    auto* sqlite = dynamic_cast<SqliteStorage*>(&storage);
    if (!sqlite)
        throw std::logic_error("The comparison reads its rows with SQL and needs an SQLite database.");

    Comparison comparison;
    comparison.storage_ = &storage;
    comparison.viewer_ = options.viewer;
    comparison.opening_ = storage.openings().get(openingId);
    std::vector<std::string> competencyIds;
    for (const ScorecardEntry& competency : comparison.competencies())
        competencyIds.push_back(competency.competencyId);

    ComparisonLoader loader(comparison, candidatesDraftedBy(storage, options.viewer));
    ComparisonNames names = ComparisonQueries(sqlite->database()).read(openingId, competencyIds, loader);
    loader.finish(std::move(names));

    comparison.anonymise(options.anonymised);
    comparison.options_.anonymised = options.anonymised;
    comparison.apply(options);
    return comparison;
}

} // namespace amhire
