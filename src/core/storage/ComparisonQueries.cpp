#include "core/storage/ComparisonQueries.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include <SQLiteCpp/Transaction.h>

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace amhire {
namespace {

std::string_view textOf(const SQLite::Column& column)
{
    return {column.getText(), static_cast<size_t>(column.getBytes())};
}

// Finds `text` among `names`, trying `hint` first: rows come in runs (one
// interview's ratings, by one interviewer) that repeat.
int indexOf(const std::vector<std::string>& names, std::string_view text, int hint)
{
    if (hint >= 0 && static_cast<size_t>(hint) < names.size() && names[static_cast<size_t>(hint)] == text)
        return hint;
    const auto found = std::find(names.begin(), names.end(), text);
    return found == names.end() ? -1 : static_cast<int>(found - names.begin());
}

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
    : db_(db),
      applications_(db.sql(), "SELECT a.id, a.candidate_id, c.name, c.email, c.current_company, a.stage "
                              "FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                              "WHERE a.opening_id = ?"),
      verdicts_(db.sql(),
                "SELECT i.application_id, i.id, i.interviewer, i.kind, i.recommendation, i.strengths, "
                "i.concerns FROM applications a JOIN interviews i ON i.application_id = a.id "
                "WHERE a.opening_id = ? AND i.status = 'submitted'"),
      countVerdicts_(db.sql(),
                     "SELECT count(*) FROM applications a JOIN interviews i ON i.application_id = a.id "
                     "WHERE a.opening_id = ? AND i.status = 'submitted'"),
      // Walks application → interview → rating along indexes, the plan of a
      // plain GROUP BY over the ratings without its sort. Competency ids are
      // matched in C++: joining the scorecard would cost a lookup per score
      // and can tempt the planner into walking every opening's ratings
      // through ratings_by_competency.
      scores_(db.sql(), "SELECT a.id, r.competency_id, i.interviewer, r.score FROM applications a "
                        "JOIN interviews i ON i.application_id = a.id AND i.status = 'submitted' "
                        "JOIN ratings r ON r.interview_id = i.id AND r.score IS NOT NULL "
                        "WHERE a.opening_id = ?")
{
}

ComparisonRows ComparisonQueries::read(int64_t openingId, const std::vector<std::string>& competencyIds)
{
    // A read transaction, so a scorecard submitted meanwhile shows up in all
    // three results or in none. Inside a caller's transaction, that one serves.
    std::optional<SQLite::Transaction> snapshot;
    if (!db_.inTransaction())
        db_.guard("starting to read",
                  [&] { snapshot.emplace(db_.sql(), SQLite::TransactionBehavior::DEFERRED); });
    ComparisonRows rows;
    readApplications(openingId, rows);
    readVerdicts(openingId, rows);
    readScores(openingId, competencyIds, rows);
    if (snapshot)
        db_.guard("finishing reading", [&] { snapshot->commit(); });
    return rows;
}

void ComparisonQueries::readApplications(int64_t openingId, ComparisonRows& rows)
{
    db_.guard("reading the candidates to compare", [&] {
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
            rows.applications.push_back(std::move(row));
        }
    });
}

void ComparisonQueries::readVerdicts(int64_t openingId, ComparisonRows& rows)
{
    db_.guard("reading the recommendations", [&] {
        {
            // Counted first: growing the vector by doubling would, at 10,000
            // candidates, hold up to twice its final size at its peak.
            sql::ResetOnExit reset(countVerdicts_);
            countVerdicts_.bind(1, openingId);
            if (countVerdicts_.executeStep())
                rows.verdicts.reserve(static_cast<size_t>(countVerdicts_.getColumn(0).getInt64()));
        }
        sql::ResetOnExit reset(verdicts_);
        verdicts_.bind(1, openingId);
        while (verdicts_.executeStep()) {
            ComparisonVerdictRow row;
            row.applicationId = verdicts_.getColumn(0).getInt64();
            row.interviewId = verdicts_.getColumn(1).getInt64();
            row.interviewer = verdicts_.getColumn(2).getString();
            row.kind = verdicts_.getColumn(3).getString();
            if (!verdicts_.getColumn(4).isNull())
                row.recommendation = parseRecommendation(verdicts_.getColumn(4).getText());
            row.strengths = verdicts_.getColumn(5).getString();
            row.concerns = verdicts_.getColumn(6).getString();
            rows.verdicts.push_back(std::move(row));
        }
    });
}

void ComparisonQueries::readScores(int64_t openingId, const std::vector<std::string>& competencyIds,
                                   ComparisonRows& rows)
{
    constexpr size_t kMaxIndex = std::numeric_limits<uint16_t>::max();
    if (competencyIds.size() > kMaxIndex)
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "A scorecard this long cannot be compared.");
    db_.guard("reading the scores", [&] {
        sql::ResetOnExit reset(scores_);
        scores_.bind(1, openingId);
        // Most interviews score most competencies: about that many rows.
        rows.scores.reserve(rows.verdicts.size() * competencyIds.size());
        CompetencyLookup competencies(competencyIds);
        int interviewer = -1;
        while (scores_.executeStep()) {
            const int competency = competencies.indexOf(textOf(scores_.getColumn(1)));
            if (competency < 0)
                continue;
            const std::string_view name = textOf(scores_.getColumn(2));
            interviewer = indexOf(rows.interviewers, name, interviewer);
            if (interviewer < 0) {
                if (rows.interviewers.size() >= kMaxIndex)
                    throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                                       "An opening with this many interviewers cannot be compared.");
                rows.interviewers.emplace_back(name);
                interviewer = static_cast<int>(rows.interviewers.size() - 1);
            }
            rows.scores.push_back({scores_.getColumn(0).getInt64(), static_cast<uint16_t>(competency),
                                   static_cast<uint16_t>(interviewer),
                                   static_cast<uint8_t>(scores_.getColumn(3).getInt())});
        }
    });
}

} // namespace amhire
