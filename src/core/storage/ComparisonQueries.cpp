#include "core/storage/ComparisonQueries.h"

#include <algorithm>

#include <SQLiteCpp/Transaction.h>

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace amhire {
namespace {

// Finds `text` among `names`, trying `hint` first: rows come in runs (one
// interview's ratings, by one interviewer) that repeat.
int32_t indexOf(const std::vector<std::string>& names, const char* text, int32_t hint)
{
    if (hint >= 0 && static_cast<size_t>(hint) < names.size() && names[static_cast<size_t>(hint)] == text)
        return hint;
    const auto found = std::find(names.begin(), names.end(), text);
    return found == names.end() ? -1 : static_cast<int32_t>(found - names.begin());
}

// Competency id -> its index in the caller's list. An interview's ratings come
// in id order (the ratings' primary key), so the next id is usually the one
// after the last in sorted order.
class CompetencyLookup {
  public:
    explicit CompetencyLookup(const std::vector<std::string>& ids)
    {
        for (size_t i = 0; i < ids.size(); ++i)
            sorted_.push_back({ids[i], static_cast<int32_t>(i)});
        std::sort(sorted_.begin(), sorted_.end());
    }

    int32_t indexOf(const char* id)
    {
        size_t next = last_ + 1 < sorted_.size() ? last_ + 1 : 0;
        if (sorted_.empty())
            return -1;
        if (sorted_[next].first != id) {
            const auto found =
                std::lower_bound(sorted_.begin(), sorted_.end(), id,
                                 [](const auto& entry, const char* key) { return entry.first < key; });
            if (found == sorted_.end() || found->first != id)
                return -1;
            next = static_cast<size_t>(found - sorted_.begin());
        }
        last_ = next;
        return sorted_[next].second;
    }

  private:
    std::vector<std::pair<std::string, int32_t>> sorted_;
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
    db_.guard("reading the scores", [&] {
        sql::ResetOnExit reset(scores_);
        scores_.bind(1, openingId);
        // Most interviews score most competencies: about that many rows.
        rows.scores.reserve(rows.verdicts.size() * competencyIds.size());
        CompetencyLookup competencies(competencyIds);
        int32_t interviewer = -1;
        while (scores_.executeStep()) {
            const int32_t competency = competencies.indexOf(scores_.getColumn(1).getText());
            if (competency < 0)
                continue;
            const char* name = scores_.getColumn(2).getText();
            interviewer = indexOf(rows.interviewers, name, interviewer);
            if (interviewer < 0) {
                rows.interviewers.emplace_back(name);
                interviewer = static_cast<int32_t>(rows.interviewers.size() - 1);
            }
            rows.scores.push_back(
                {scores_.getColumn(0).getInt64(), competency, interviewer, scores_.getColumn(3).getInt()});
        }
    });
}

} // namespace amhire
