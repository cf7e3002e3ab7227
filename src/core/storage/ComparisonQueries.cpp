#include "core/storage/ComparisonQueries.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>

#include <SQLiteCpp/Transaction.h>

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace amhire {
namespace {

std::string_view textOf(const SQLite::Column& column)
{
    return {column.getText(), static_cast<size_t>(column.getBytes())};
}

// Gives each distinct name an index into `names`, in order of appearance.
// Rows come in runs (one interview's, by one interviewer), so the last name
// is tried before the map.
class NameIndex {
  public:
    explicit NameIndex(std::vector<std::string>& names) : names_(names) {}

    uint32_t indexOf(std::string_view name)
    {
        if (last_ < names_.size() && names_[last_] == name)
            return last_;
        auto [found, added] = indices_.try_emplace(std::string(name), static_cast<uint32_t>(names_.size()));
        if (added)
            names_.emplace_back(name);
        last_ = found->second;
        return last_;
    }

  private:
    std::vector<std::string>& names_;
    std::unordered_map<std::string, uint32_t> indices_;
    uint32_t last_ = std::numeric_limits<uint32_t>::max();
};

// Competency id -> its index in the caller's list. An interview's ratings come
// in id order (the ratings' primary key), so the next id is usually the one
// after the last in sorted order.
class CompetencyLookup {
  public:
    explicit CompetencyLookup(const std::vector<std::string>& ids)
    {
        for (size_t i = 0; i < ids.size(); ++i)
            sorted_.push_back({ids[i], static_cast<int>(i)});
        std::sort(sorted_.begin(), sorted_.end());
    }

    int indexOf(std::string_view id)
    {
        if (sorted_.empty())
            return -1;
        size_t next = last_ + 1 < sorted_.size() ? last_ + 1 : 0;
        if (sorted_[next].first != id) {
            const auto found =
                std::lower_bound(sorted_.begin(), sorted_.end(), id,
                                 [](const auto& entry, std::string_view key) { return entry.first < key; });
            if (found == sorted_.end() || found->first != id)
                return -1;
            next = static_cast<size_t>(found - sorted_.begin());
        }
        last_ = next;
        return sorted_[next].second;
    }

  private:
    std::vector<std::pair<std::string, int>> sorted_;
    size_t last_ = static_cast<size_t>(-1);
};

} // namespace

ComparisonQueries::ComparisonQueries(Database& db)
    : db_(db), countApplications_(db.sql(), "SELECT count(*) FROM applications WHERE opening_id = ?"),
      applications_(db.sql(), "SELECT a.id, a.candidate_id, c.name, c.email, c.current_company, a.stage "
                              "FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                              "WHERE a.opening_id = ?"),
      // Walks application → interview → rating along indexes, the plan of a
      // plain GROUP BY over the ratings without its sort: the ORDER BY is the
      // order of applications_by_opening (stage, then rowid) and of
      // interviews_by_application, so it costs no sort and promises that each
      // application's rows come together. One walk serves the verdicts and
      // the scores: a second would read every interview's page again. Take-
      // aways are left out: they are most of an interview row's bytes.
      // Competency ids are matched in C++: joining the scorecard would cost a
      // lookup per score and can tempt the planner into walking every
      // opening's ratings through ratings_by_competency.
      // Drafts come along (the index walk meets them anyway) without their
      // scores or call.
      scorecards_(db.sql(), "SELECT a.id, i.id, i.interviewer, i.kind, i.recommendation, r.competency_id, "
                            "r.score, i.status = 'draft' FROM applications a "
                            "JOIN interviews i ON i.application_id = a.id "
                            "LEFT JOIN ratings r ON r.interview_id = i.id AND r.score IS NOT NULL "
                            "AND i.status = 'submitted' "
                            "WHERE a.opening_id = ? ORDER BY a.stage, a.id, i.id")
{
}

ComparisonNames ComparisonQueries::read(int64_t openingId, const std::vector<std::string>& competencyIds,
                                        ComparisonRowSink& sink)
{
    if (competencyIds.size() > std::numeric_limits<uint16_t>::max())
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "A scorecard this long cannot be compared.");
    // A read transaction, so a scorecard submitted meanwhile shows up in both
    // results or in neither. Inside a caller's transaction, that one serves.
    std::optional<SQLite::Transaction> snapshot;
    if (!db_.inTransaction())
        db_.guard("starting to read",
                  [&] { snapshot.emplace(db_.sql(), SQLite::TransactionBehavior::DEFERRED); });
    readApplications(openingId, sink);
    ComparisonNames names = readScorecards(openingId, competencyIds, sink);
    if (snapshot)
        db_.guard("finishing reading", [&] { snapshot->commit(); });
    return names;
}

void ComparisonQueries::readApplications(int64_t openingId, ComparisonRowSink& sink)
{
    std::vector<ComparisonApplicationRow> rows;
    db_.guard("reading the candidates to compare", [&] {
        {
            // Counted first: growing the vector by doubling would, at 10,000
            // candidates, hold up to twice its final size at its peak.
            sql::ResetOnExit reset(countApplications_);
            countApplications_.bind(1, openingId);
            if (countApplications_.executeStep())
                rows.reserve(static_cast<size_t>(countApplications_.getColumn(0).getInt64()));
        }
        sql::ResetOnExit reset(applications_);
        applications_.bind(1, openingId);
        while (applications_.executeStep()) {
            ComparisonApplicationRow row;
            row.applicationId = applications_.getColumn(0).getInt64();
            row.candidateId = applications_.getColumn(1).getInt64();
            row.name = applications_.getColumn(2).getString();
            row.email = applications_.getColumn(3).getString();
            row.company = applications_.getColumn(4).getString();
            row.stage = parseStage(applications_.getColumn(5).getText()).value_or(Stage::Applied);
            rows.push_back(std::move(row));
        }
    });
    sink.candidates(std::move(rows));
}

ComparisonNames ComparisonQueries::readScorecards(int64_t openingId,
                                                  const std::vector<std::string>& competencyIds,
                                                  ComparisonRowSink& sink)
{
    ComparisonNames names;
    NameIndex interviewers(names.interviewers);
    NameIndex kinds(names.kinds);
    CompetencyLookup competencies(competencyIds);
    // One application's rows at a time; reused, so their memory is allocated once.
    std::vector<ComparisonVerdictRow> verdicts;
    std::vector<ComparisonScoreRow> scores;
    int64_t application = 0;
    auto handOver = [&] {
        if (!verdicts.empty())
            sink.scorecards(application, verdicts, scores);
        verdicts.clear();
        scores.clear();
    };
    db_.guard("reading the scorecards", [&] {
        sql::ResetOnExit reset(scorecards_);
        scorecards_.bind(1, openingId);
        while (scorecards_.executeStep()) {
            const int64_t applicationId = scorecards_.getColumn(0).getInt64();
            if (applicationId != application || verdicts.empty()) {
                handOver();
                application = applicationId;
            }
            const int64_t interviewId = scorecards_.getColumn(1).getInt64();
            if (verdicts.empty() || verdicts.back().interviewId != interviewId) {
                ComparisonVerdictRow verdict;
                verdict.interviewId = interviewId;
                verdict.interviewer = interviewers.indexOf(textOf(scorecards_.getColumn(2)));
                verdict.kind = kinds.indexOf(textOf(scorecards_.getColumn(3)));
                verdict.draft = scorecards_.getColumn(7).getInt() != 0;
                if (!verdict.draft && !scorecards_.getColumn(4).isNull())
                    verdict.recommendation = parseRecommendation(scorecards_.getColumn(4).getText());
                verdicts.push_back(verdict);
            }
            if (scorecards_.getColumn(6).isNull())
                continue; // a scorecard without a score, or a draft (LEFT JOIN)
            const int competency = competencies.indexOf(textOf(scorecards_.getColumn(5)));
            if (competency < 0)
                continue;
            scores.push_back({verdicts.back().interviewer, static_cast<uint16_t>(competency),
                              static_cast<uint8_t>(scorecards_.getColumn(6).getInt())});
        }
    });
    handOver();
    return names;
}

} // namespace amhire
