#include "core/storage/ScorecardListQuery.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace amhire {

namespace {

#define AMHIRE_SCORECARD_SUMMARY                                                                             \
    "SELECT i.id, i.interviewer, i.kind, i.status, i.started_at, i.submitted_at, i.recommendation, "         \
    "a.opening_id, c.name, o.title, "                                                                        \
    "(SELECT count(*) FROM ratings r WHERE r.interview_id = i.id AND r.score IS NOT NULL), "                 \
    "(SELECT count(*) FROM opening_competencies oc WHERE oc.opening_id = a.opening_id) "                     \
    "FROM interviews i JOIN applications a ON a.id = i.application_id "                                      \
    "JOIN candidates c ON c.id = a.candidate_id JOIN openings o ON o.id = a.opening_id "

std::vector<ScorecardSummary> readSummaries(SQLite::Statement& query)
{
    std::vector<ScorecardSummary> out;
    while (query.executeStep()) {
        ScorecardSummary row;
        row.interviewId = query.getColumn(0).getInt64();
        row.interviewer = query.getColumn(1).getString();
        row.kind = query.getColumn(2).getString();
        row.status = parseInterviewStatus(query.getColumn(3).getString()).value_or(InterviewStatus::Draft);
        row.startedAt = sql::optionalText(query.getColumn(4));
        row.submittedAt = sql::optionalText(query.getColumn(5));
        if (!query.getColumn(6).isNull())
            row.recommendation = parseRecommendation(query.getColumn(6).getString());
        row.openingId = query.getColumn(7).getInt64();
        row.candidateName = query.getColumn(8).getString();
        row.openingTitle = query.getColumn(9).getString();
        row.scored = query.getColumn(10).getInt();
        row.total = query.getColumn(11).getInt();
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace

ScorecardListQuery::ScorecardListQuery(Database& db)
    : byInterviewer_(
          db.sql(), AMHIRE_SCORECARD_SUMMARY
          "WHERE i.interviewer = ?1 AND i.status = ?2 "
          "ORDER BY CASE WHEN ?2 = 'draft' THEN i.created_at ELSE i.submitted_at END DESC, i.id DESC"),
      // A report, not a screen's list: what each filter leaves, by opening
      // and candidate.
      matching_(db.sql(), AMHIRE_SCORECARD_SUMMARY
                "WHERE (?1 IS NULL OR i.interviewer = ?1) AND (?2 IS NULL OR i.status = ?2) "
                "AND (?3 IS NULL OR a.opening_id = ?3) "
                "ORDER BY a.opening_id, c.name COLLATE NOCASE, a.id, i.id")
{
}

std::vector<ScorecardSummary> ScorecardListQuery::of(const std::string& interviewer, InterviewStatus status)
{
    sql::ResetOnExit reset(byInterviewer_);
    byInterviewer_.bind(1, interviewer);
    byInterviewer_.bind(2, interviewStatusId(status));
    return readSummaries(byInterviewer_);
}

std::vector<ScorecardSummary> ScorecardListQuery::matching(const ScorecardFilter& filter)
{
    sql::ResetOnExit reset(matching_);
    if (filter.interviewer)
        matching_.bind(1, *filter.interviewer);
    if (filter.status)
        matching_.bind(2, interviewStatusId(*filter.status));
    if (filter.openingId)
        matching_.bind(3, *filter.openingId);
    return readSummaries(matching_);
}

} // namespace amhire
