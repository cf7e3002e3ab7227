#include "core/storage/SubmittedScorecardQueries.h"

#include "core/storage/Database.h"
#include "core/storage/InterviewRows.h"
#include "core/storage/Sql.h"
#include "core/storage/SqliteInterviewKits.h"

namespace amhire {
namespace {

// Both queries walk the same rows in the same order, so evidence can be
// attached to its rating by a single merge pass.
#define SUBMITTED_OF_OPENING                                                                                 \
    " FROM applications a JOIN interviews i ON i.application_id = a.id AND i.status = 'submitted' "          \
    "JOIN ratings r ON r.interview_id = i.id "
#define SUBMITTED_ORDER " ORDER BY a.candidate_id, i.interviewer, r.interview_id, r.competency_id"

} // namespace

SubmittedScorecardQueries::SubmittedScorecardQueries(Database& db, SqliteInterviewKits& kits)
    : ratings_(db.sql(),
               "SELECT a.candidate_id, a.id, i.interviewer, r.interview_id, r.competency_id, r.score, "
               "r.notes, r.updated_at" SUBMITTED_OF_OPENING "WHERE a.opening_id = ?" SUBMITTED_ORDER),
      evidence_(db.sql(), "SELECT r.interview_id, r.competency_id, e.metric_id, e.value" SUBMITTED_OF_OPENING
                          "JOIN rating_evidence e ON e.interview_id = r.interview_id "
                          "AND e.competency_id = r.competency_id "
                          "WHERE a.opening_id = ?" SUBMITTED_ORDER ", e.metric_id"),
      interviews_(db.sql(), "SELECT " AMHIRE_INTERVIEW_COLUMNS " FROM applications a JOIN interviews i "
                            "ON i.application_id = a.id WHERE a.opening_id = ? AND i.status = 'submitted' "
                            "ORDER BY i.application_id, i.id"),
      takeaways_(db.sql(), "SELECT id, strengths, concerns FROM interviews "
                           "WHERE application_id = ? AND status = 'submitted' ORDER BY id"),
      kits_(kits)
{
}

std::vector<SubmittedRating> SubmittedScorecardQueries::ratingsForOpening(int64_t openingId)
{
    std::vector<SubmittedRating> ratings;
    sql::ResetOnExit resetRatings(ratings_);
    sql::ResetOnExit resetEvidence(evidence_);
    ratings_.bind(1, openingId);
    evidence_.bind(1, openingId);
    bool moreEvidence = evidence_.executeStep();
    while (ratings_.executeStep()) {
        SubmittedRating row;
        row.candidateId = ratings_.getColumn(0).getInt64();
        row.applicationId = ratings_.getColumn(1).getInt64();
        row.interviewer = ratings_.getColumn(2).getString();
        row.rating.interviewId = ratings_.getColumn(3).getInt64();
        row.rating.competencyId = ratings_.getColumn(4).getString();
        row.rating.score = sql::optionalInt(ratings_.getColumn(5));
        row.rating.notes = ratings_.getColumn(6).getString();
        row.rating.updatedAt = ratings_.getColumn(7).getString();
        while (moreEvidence && evidence_.getColumn(0).getInt64() == row.rating.interviewId &&
               evidence_.getColumn(1).getString() == row.rating.competencyId) {
            row.rating.evidence[evidence_.getColumn(2).getString()] = evidence_.getColumn(3).getDouble();
            moreEvidence = evidence_.executeStep();
        }
        ratings.push_back(std::move(row));
    }
    return ratings;
}

std::vector<Interview> SubmittedScorecardQueries::interviewsForOpening(int64_t openingId)
{
    sql::ResetOnExit reset(interviews_);
    interviews_.bind(1, openingId);
    return kits_.readInterviews(interviews_);
}

std::vector<SubmittedTakeaways> SubmittedScorecardQueries::takeawaysOf(int64_t applicationId)
{
    sql::ResetOnExit reset(takeaways_);
    takeaways_.bind(1, applicationId);
    std::vector<SubmittedTakeaways> found;
    while (takeaways_.executeStep())
        found.push_back({takeaways_.getColumn(0).getInt64(), takeaways_.getColumn(1).getString(),
                         takeaways_.getColumn(2).getString()});
    return found;
}

} // namespace amhire
