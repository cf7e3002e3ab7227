#include "core/compare/Comparison.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/compare/Anonymisation.h"
#include "core/storage/Storage.h"

namespace amhire {
namespace {

// Totals are sums of products of doubles; equal candidates may differ in the
// last bits, and a rank must not split them.
constexpr double kSameTotal = 1e-9;

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

PanelVerdicts Comparison::verdicts(size_t row) const
{
    const size_t index = rows_[row];
    const VerdictSpan span = verdictSpans_[index];
    PanelVerdicts said;
    if (span.count == 0)
        return said;
    std::vector<SubmittedTakeaways> takeaways = readableTakeaways(index);
    auto next = takeaways.begin(); // both by interview id
    said.reserve(span.count);
    for (size_t v = span.first; v < span.first + span.count; ++v) {
        const VerdictRecord& verdict = verdicts_[v];
        PanelVerdict out;
        out.interviewId = verdict.interviewId;
        out.interviewer = interviewers_[verdict.interviewer];
        out.kind = kinds_[verdict.kind];
        out.recommendation = verdict.recommendation;
        while (next != takeaways.end() && next->interviewId < verdict.interviewId)
            ++next;
        if (next != takeaways.end() && next->interviewId == verdict.interviewId) {
            out.strengths = redacted(index, std::move(next->strengths));
            out.concerns = redacted(index, std::move(next->concerns));
        }
        said.push_back(std::move(out));
    }
    return said;
}

std::vector<std::string> Comparison::awaitedFrom(size_t row) const
{
    const size_t index = rows_[row];
    std::vector<std::string> who;
    if (candidates_[index].awaitedInterviews == 0)
        return who;
    for (const AwaitedRecord& record : awaited_)
        if (record.candidate == index)
            who.push_back(interviewers_[record.interviewer]);
    return who;
}

std::vector<SubmittedTakeaways> Comparison::readableTakeaways(size_t index) const
{
    InterviewStore& interviews = storage_->interviews();
    // Independence holds at the time of reading too: a scorecard the viewer
    // started after the comparison was read keeps others' words from them.
    if (!viewer_.empty() && interviews.hasDraftFor(viewer_, candidates_[index].candidateId))
        return {};
    return interviews.submittedTakeawaysOf(candidates_[index].applicationId);
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
    return redacted(rows_[row], std::string(text));
}

std::string Comparison::redacted(size_t index, std::string text) const
{
    if (!anonymised_)
        return text;
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

void Comparison::anonymise(bool anonymised)
{
    if (anonymised == anonymised_)
        return;
    anonymised_ = anonymised;
    if (anonymised)
        identities_.reserve(candidates_.size());
    for (size_t i = 0; i < candidates_.size(); ++i) {
        ComparedCandidate& candidate = candidates_[i];
        if (anonymised) {
            identities_.push_back(
                {std::move(candidate.name), std::move(candidate.email), std::move(candidate.company)});
            candidate.name = candidateAlias(i);
            candidate.email.clear();
            candidate.company.clear();
        }
        else {
            candidate.name = std::move(identities_[i].name);
            candidate.email = std::move(identities_[i].email);
            candidate.company = std::move(identities_[i].company);
        }
    }
    if (!anonymised)
        std::vector<Identity>().swap(identities_);
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
