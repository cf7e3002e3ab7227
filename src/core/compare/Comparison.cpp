#include "core/compare/Comparison.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <stdexcept>

#include "core/compare/Anonymisation.h"
#include "core/storage/ComparisonQueries.h"
#include "core/storage/SqliteStorage.h"

namespace amhire {
namespace {

// The applications of candidates `viewer` has a draft scorecard for lose
// every submitted score and verdict before anything is summed; returns them.
std::set<int64_t> withholdFromDraftingViewer(Storage& storage, const std::string& viewer, ComparisonRows& rows)
{
    std::set<int64_t> applications;
    if (viewer.empty())
        return applications;
    std::set<int64_t> candidates;
    for (const Interview& draft : storage.interviews().draftsFor(viewer))
        if (const auto application = storage.candidates().findApplication(draft.applicationId))
            candidates.insert(application->candidateId);
    if (candidates.empty())
        return applications;
    for (const ComparisonApplicationRow& row : rows.applications)
        if (candidates.count(row.candidateId))
            applications.insert(row.applicationId);
    auto hidden = [&](int64_t applicationId) { return applications.count(applicationId) > 0; };
    rows.scores.erase(std::remove_if(rows.scores.begin(), rows.scores.end(),
                                     [&](const ComparisonScoreRow& r) { return hidden(r.applicationId); }),
                      rows.scores.end());
    rows.verdicts.erase(std::remove_if(rows.verdicts.begin(), rows.verdicts.end(),
                                       [&](const ComparisonVerdictRow& r) { return hidden(r.applicationId); }),
                        rows.verdicts.end());
    return applications;
}


// Totals are sums of products of doubles; equal candidates may differ in the
// last bits, and a rank must not split them.
constexpr double kSameTotal = 1e-9;

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

int compareNames(const std::string& a, const std::string& b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        const int ca = std::tolower(static_cast<unsigned char>(a[i]));
        const int cb = std::tolower(static_cast<unsigned char>(b[i]));
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

Comparison compareOpening(Storage& storage, int64_t openingId, const ComparisonOptions& options)
{
    auto* sqlite = dynamic_cast<SqliteStorage*>(&storage);
    if (!sqlite)
        throw std::logic_error("The comparison reads its rows with SQL and needs an SQLite database.");

    Comparison comparison;
    comparison.opening_ = storage.openings().get(openingId);
    std::vector<std::string> competencyIds;
    for (const ScorecardEntry& competency : comparison.competencies())
        competencyIds.push_back(competency.competencyId);
    ComparisonRows rows = ComparisonQueries(sqlite->database()).read(openingId, competencyIds);
    const std::set<int64_t> withheld = withholdFromDraftingViewer(storage, options.viewer, rows);

    comparison.loadCandidates(rows.applications);
    for (ComparedCandidate& candidate : comparison.candidates_)
        candidate.withheld = withheld.count(candidate.applicationId) > 0;
    comparison.loadScores(rows);
    comparison.loadVerdicts(rows.verdicts);
    for (size_t i = 0; i < comparison.candidates_.size(); ++i)
        summarise(comparison.candidates_[i], &comparison.cells_[i * comparison.competencyCount()],
                  comparison.competencies());

    comparison.anonymise(options.anonymised);
    comparison.options_.anonymised = options.anonymised;
    comparison.apply(options);
    return comparison;
}

void Comparison::loadCandidates(std::vector<ComparisonApplicationRow>& applications)
{
    std::sort(applications.begin(), applications.end(),
              [](const ComparisonApplicationRow& a, const ComparisonApplicationRow& b) {
                  return a.applicationId < b.applicationId;
              });
    candidates_.reserve(applications.size());
    identities_.reserve(applications.size());
    for (ComparisonApplicationRow& row : applications) {
        ComparedCandidate candidate;
        candidate.applicationId = row.applicationId;
        candidate.candidateId = row.candidateId;
        candidate.stage = row.stage;
        candidates_.push_back(std::move(candidate));
        identities_.push_back({std::move(row.name), std::move(row.email), std::move(row.company)});
    }
}

// One pass over every submitted score fills the grid and the reliability
// units; a second, in memory, measures each interviewer against the panel.
void Comparison::loadScores(const ComparisonRows& rows)
{
    const size_t competencies = competencyCount();
    cells_.assign(candidates_.size() * competencies, ComparisonCell{});
    std::vector<int64_t> sums(cells_.size(), 0);
    PanelCalibrator calibrator(cells_.size(), rows.interviewers);
    // Scores come application by application: the last index is usually right.
    size_t index = 0;
    auto cellOf = [&](const ComparisonScoreRow& score) {
        index = indexOf(score.applicationId, index);
        return index == candidates_.size() ? cells_.size() : index * competencies + score.competency;
    };
    for (const ComparisonScoreRow& score : rows.scores) {
        const size_t at = cellOf(score);
        if (at == cells_.size())
            continue;
        ComparisonCell& cell = cells_[at];
        const int value = score.score;
        cell.lowest = cell.raters == 0 ? value : std::min(cell.lowest, value);
        cell.highest = cell.raters == 0 ? value : std::max(cell.highest, value);
        ++cell.raters;
        sums[at] += value;
        calibrator.addScore(at, value);
    }
    for (const ComparisonScoreRow& score : rows.scores)
        if (const size_t at = cellOf(score); at != cells_.size())
            calibrator.addDeviation(at, score.interviewer, score.score);

    for (size_t at = 0; at < cells_.size(); ++at) {
        ComparisonCell& cell = cells_[at];
        if (cell.raters == 0)
            continue;
        cell.mean = static_cast<double>(sums[at]) / cell.raters;
        const std::optional<int>& minimum = opening_.scorecard.entries[at % competencies].minimum;
        cell.knockOut = minimum && cell.mean < *minimum;
    }
    calibration_ = calibrator.finish();
}

// Verdicts come application by application, though not in id order: counted
// per candidate, then placed, so each candidate's verdicts are consecutive.
void Comparison::loadVerdicts(std::vector<ComparisonVerdictRow>& verdicts)
{
    std::vector<size_t> owner;
    owner.reserve(verdicts.size());
    verdictStart_.assign(candidates_.size() + 1, 0);
    size_t index = 0;
    for (const ComparisonVerdictRow& row : verdicts) {
        index = indexOf(row.applicationId, index);
        owner.push_back(index);
        if (index < candidates_.size())
            ++verdictStart_[index + 1];
    }
    for (size_t i = 0; i < candidates_.size(); ++i)
        verdictStart_[i + 1] += verdictStart_[i];

    verdicts_.assign(verdictStart_.back(), PanelVerdict{});
    std::vector<size_t> next(verdictStart_.begin(), verdictStart_.end() - 1);
    for (size_t k = 0; k < verdicts.size(); ++k) {
        if (owner[k] >= candidates_.size())
            continue;
        ComparisonVerdictRow& row = verdicts[k];
        ComparedCandidate& candidate = candidates_[owner[k]];
        ++candidate.submittedInterviews;
        if (row.recommendation)
            candidate.recommendations.add(*row.recommendation);
        verdicts_[next[owner[k]]++] = {row.interviewId,          std::move(row.interviewer),
                                       std::move(row.kind),      row.recommendation,
                                       std::move(row.strengths), std::move(row.concerns)};
    }
    auto byInterview = [](const PanelVerdict& a, const PanelVerdict& b) {
        return a.interviewId < b.interviewId;
    };
    for (size_t i = 0; i < candidates_.size(); ++i) {
        const auto first = verdicts_.begin() + static_cast<std::ptrdiff_t>(verdictStart_[i]);
        const auto last = verdicts_.begin() + static_cast<std::ptrdiff_t>(verdictStart_[i + 1]);
        if (!std::is_sorted(first, last, byInterview))
            std::sort(first, last, byInterview);
    }
}

size_t Comparison::indexOf(int64_t applicationId, size_t hint) const
{
    if (hint < candidates_.size() && candidates_[hint].applicationId == applicationId)
        return hint;
    const auto found = std::lower_bound(
        candidates_.begin(), candidates_.end(), applicationId,
        [](const ComparedCandidate& candidate, int64_t id) { return candidate.applicationId < id; });
    if (found == candidates_.end() || found->applicationId != applicationId)
        return candidates_.size();
    return static_cast<size_t>(found - candidates_.begin());
}

PanelVerdicts Comparison::verdicts(size_t row) const
{
    const size_t index = rows_[row];
    const PanelVerdict* data = verdicts_.data();
    return {data + verdictStart_[index], data + verdictStart_[index + 1]};
}

std::vector<size_t> Comparison::knockOuts(size_t row) const
{
    std::vector<size_t> found;
    for (size_t c = 0; c < competencyCount(); ++c)
        if (cell(row, c).knockOut)
            found.push_back(c);
    return found;
}

std::vector<size_t> Comparison::disagreements(size_t row) const
{
    std::vector<size_t> found;
    for (size_t c = 0; c < competencyCount(); ++c)
        if (cell(row, c).disagreement())
            found.push_back(c);
    return found;
}

std::vector<size_t> Comparison::gaps(size_t row) const
{
    std::vector<size_t> found;
    for (size_t c = 0; c < competencyCount(); ++c)
        if (!cell(row, c).assessed())
            found.push_back(c);
    return found;
}

std::optional<size_t> Comparison::rowOf(int64_t applicationId) const
{
    for (size_t row = 0; row < rows_.size(); ++row)
        if (candidate(row).applicationId == applicationId)
            return row;
    return std::nullopt;
}

std::string Comparison::redact(size_t row, std::string_view text) const
{
    if (!options_.anonymised)
        return std::string(text);
    const size_t index = rows_[row];
    const Identity& who = identities_[index];
    return IdentityRedactor(who.name, who.email, who.company, candidates_[index].name).redact(text);
}

void Comparison::apply(const ComparisonOptions& options)
{
    const bool anonymityChanges = options.anonymised != options_.anonymised;
    options_ = options;
    if (anonymityChanges)
        anonymise(options.anonymised);

    rows_.clear();
    rows_.reserve(candidates_.size());
    for (size_t i = 0; i < candidates_.size(); ++i) {
        const ComparedCandidate& candidate = candidates_[i];
        const bool stageShown = options_.stages.empty() ||
                                std::find(options_.stages.begin(), options_.stages.end(), candidate.stage) !=
                                    options_.stages.end();
        if (stageShown && !(options_.hideKnockedOut && candidate.knockedOut))
            rows_.push_back(i);
    }
    rank();
    sort();
}

// Unless anonymised, verdicts_ holds the take-aways as written; anonymised,
// it holds redacted copies and the originals wait in takeaways_. Moving them
// back and forth keeps the usual, named comparison free of copies.
void Comparison::anonymise(bool anonymised)
{
    if (anonymised && takeaways_.empty()) {
        takeaways_.reserve(verdicts_.size());
        for (PanelVerdict& verdict : verdicts_)
            takeaways_.push_back({std::move(verdict.strengths), std::move(verdict.concerns)});
    }
    for (size_t i = 0; i < candidates_.size(); ++i) {
        ComparedCandidate& candidate = candidates_[i];
        const Identity& who = identities_[i];
        candidate.name = anonymised ? candidateAlias(i) : who.name;
        candidate.email = anonymised ? std::string() : who.email;
        candidate.company = anonymised ? std::string() : who.company;
        if (!anonymised)
            continue;
        const IdentityRedactor redactor(who.name, who.email, who.company, candidate.name);
        for (size_t v = verdictStart_[i]; v < verdictStart_[i + 1]; ++v) {
            verdicts_[v].strengths = redactor.redact(takeaways_[v].strengths);
            verdicts_[v].concerns = redactor.redact(takeaways_[v].concerns);
        }
    }
    if (!anonymised && !takeaways_.empty()) {
        for (size_t v = 0; v < verdicts_.size(); ++v) {
            verdicts_[v].strengths = std::move(takeaways_[v].strengths);
            verdicts_[v].concerns = std::move(takeaways_[v].concerns);
        }
        takeaways_.clear();
    }
}

void Comparison::rank()
{
    for (ComparedCandidate& candidate : candidates_)
        candidate.rank.reset();
    std::vector<size_t> byTotal;
    byTotal.reserve(rows_.size());
    for (size_t index : rows_)
        if (candidates_[index].total)
            byTotal.push_back(index);
    std::sort(byTotal.begin(), byTotal.end(),
              [&](size_t a, size_t b) { return *candidates_[a].total > *candidates_[b].total; });
    // Competition ranking: 1, 2, 2, 4.
    for (size_t position = 0; position < byTotal.size(); ++position) {
        ComparedCandidate& candidate = candidates_[byTotal[position]];
        const bool tied = position > 0 &&
                          std::abs(*candidates_[byTotal[position - 1]].total - *candidate.total) < kSameTotal;
        candidate.rank = tied ? candidates_[byTotal[position - 1]].rank : static_cast<int>(position) + 1;
    }
}

void Comparison::sort()
{
    const bool descending = options_.descending;
    // Returns <0, 0 or >0 like strcmp, ascending; missing values are handled
    // by the caller so they stay last in either direction.
    auto compareNumbers = [](double a, double b) { return a < b ? -1 : (a > b ? 1 : 0); };
    auto byKey = [&](size_t a, size_t b, int order) {
        if (order == 0)
            return a < b; // application order breaks ties, so sorting is stable and repeatable
        return descending ? order > 0 : order < 0;
    };
    switch (options_.sortBy) {
    case ComparisonSort::Total:
        std::sort(rows_.begin(), rows_.end(), [&](size_t a, size_t b) {
            const auto& ta = candidates_[a].total;
            const auto& tb = candidates_[b].total;
            if (ta.has_value() != tb.has_value())
                return ta.has_value();
            return byKey(a, b, ta ? compareNumbers(*ta, *tb) : 0);
        });
        break;
    case ComparisonSort::Competency: {
        const size_t c = std::min(options_.sortCompetency, competencyCount() ? competencyCount() - 1 : 0);
        if (competencyCount() == 0)
            break;
        std::sort(rows_.begin(), rows_.end(), [&](size_t a, size_t b) {
            const ComparisonCell& ca = cells_[a * competencyCount() + c];
            const ComparisonCell& cb = cells_[b * competencyCount() + c];
            if (ca.assessed() != cb.assessed())
                return ca.assessed();
            return byKey(a, b, ca.assessed() ? compareNumbers(ca.mean, cb.mean) : 0);
        });
        break;
    }
    case ComparisonSort::Candidate:
        std::sort(rows_.begin(), rows_.end(), [&](size_t a, size_t b) {
            // Aliases follow application order; sorting them as text would put "AA" before "B".
            if (options_.anonymised)
                return descending ? a > b : a < b;
            return byKey(a, b, compareNames(candidates_[a].name, candidates_[b].name));
        });
        break;
    }
}

} // namespace amhire
