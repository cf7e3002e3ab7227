#include "core/storage/ComparisonQueries.h"

#include <SQLiteCpp/Transaction.h>

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace amhire {
namespace {

// The scored ratings of submitted interviews; the queries add "WHERE a.opening_id = ?".
#define SUBMITTED_SCORES                                                                                     \
    " FROM applications a JOIN interviews i ON i.application_id = a.id AND i.status = 'submitted' "          \
    "JOIN ratings r ON r.interview_id = i.id AND r.score IS NOT NULL "

} // namespace

ComparisonQueries::ComparisonQueries(Database& db)
    : db_(db),
      applications_(db.sql(), "SELECT a.id, a.candidate_id, c.name, c.email, c.current_company, a.stage "
                              "FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                              "WHERE a.opening_id = ? ORDER BY a.id"),
      // The scorecard position comes from the join so the C++ side indexes
      // its grid by integer instead of comparing competency ids per row.
      cells_(db.sql(), "SELECT a.id, oc.position, count(*), sum(r.score), sum(r.score * r.score), "
                       "min(r.score), max(r.score)" SUBMITTED_SCORES
                       "JOIN opening_competencies oc ON oc.opening_id = a.opening_id "
                       "AND oc.competency_id = r.competency_id WHERE a.opening_id = ? "
                       "GROUP BY a.id, oc.position ORDER BY a.id, oc.position"),
      verdicts_(db.sql(),
                "SELECT i.application_id, i.id, i.interviewer, i.kind, i.recommendation, i.strengths, "
                "i.concerns FROM applications a JOIN interviews i ON i.application_id = a.id "
                "WHERE a.opening_id = ? AND i.status = 'submitted' ORDER BY i.application_id, i.id"),
      deviations_(db.sql(), "WITH scored AS (SELECT a.id AS application, r.competency_id AS competency, "
                            "i.interviewer AS interviewer, r.score AS score" SUBMITTED_SCORES
                            "WHERE a.opening_id = ?), "
                            "panel AS (SELECT application, competency, avg(score) AS mean FROM scored "
                            "GROUP BY application, competency HAVING count(*) >= 2) "
                            "SELECT s.interviewer, sum(s.score - p.mean), count(*) FROM scored s "
                            "JOIN panel p ON p.application = s.application AND p.competency = s.competency "
                            "GROUP BY s.interviewer ORDER BY s.interviewer")
{
}

ComparisonRows ComparisonQueries::read(int64_t openingId)
{
    // A read transaction, so a scorecard submitted meanwhile shows up in all
    // four results or in none. Inside a caller's transaction, that one serves.
    std::optional<SQLite::Transaction> snapshot;
    if (!db_.inTransaction())
        db_.guard("starting to read",
                  [&] { snapshot.emplace(db_.sql(), SQLite::TransactionBehavior::DEFERRED); });
    ComparisonRows rows;
    rows.applications = applications(openingId);
    rows.cells = cells(openingId);
    rows.verdicts = verdicts(openingId);
    rows.deviations = deviations(openingId);
    if (snapshot)
        db_.guard("finishing reading", [&] { snapshot->commit(); });
    return rows;
}

std::vector<ComparisonApplicationRow> ComparisonQueries::applications(int64_t openingId)
{
    return db_.guard("reading the candidates to compare", [&] {
        std::vector<ComparisonApplicationRow> rows;
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
        return rows;
    });
}

std::vector<ComparisonCellRow> ComparisonQueries::cells(int64_t openingId)
{
    return db_.guard("summing up the scores", [&] {
        std::vector<ComparisonCellRow> rows;
        sql::ResetOnExit reset(cells_);
        cells_.bind(1, openingId);
        while (cells_.executeStep()) {
            ComparisonCellRow row;
            row.applicationId = cells_.getColumn(0).getInt64();
            row.competency = cells_.getColumn(1).getInt();
            row.count = cells_.getColumn(2).getInt();
            row.sum = cells_.getColumn(3).getInt64();
            row.sumOfSquares = cells_.getColumn(4).getInt64();
            row.minimum = cells_.getColumn(5).getInt();
            row.maximum = cells_.getColumn(6).getInt();
            rows.push_back(row);
        }
        return rows;
    });
}

std::vector<ComparisonVerdictRow> ComparisonQueries::verdicts(int64_t openingId)
{
    return db_.guard("reading the recommendations", [&] {
        std::vector<ComparisonVerdictRow> rows;
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
            rows.push_back(std::move(row));
        }
        return rows;
    });
}

std::vector<ComparisonDeviationRow> ComparisonQueries::deviations(int64_t openingId)
{
    return db_.guard("comparing the interviewers", [&] {
        std::vector<ComparisonDeviationRow> rows;
        sql::ResetOnExit reset(deviations_);
        deviations_.bind(1, openingId);
        while (deviations_.executeStep()) {
            ComparisonDeviationRow row;
            row.interviewer = deviations_.getColumn(0).getString();
            row.sumOfDeviations = deviations_.getColumn(1).getDouble();
            row.ratings = deviations_.getColumn(2).getInt64();
            rows.push_back(std::move(row));
        }
        return rows;
    });
}

} // namespace amhire
