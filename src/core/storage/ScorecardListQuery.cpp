#include "core/storage/ScorecardListQuery.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace amhire {

ScorecardListQuery::ScorecardListQuery(Database& db)
    : query_(db.sql(),
             "SELECT i.id, i.interviewer, i.kind, i.started_at, i.submitted_at, i.recommendation, c.name, "
             "o.title, "
             "(SELECT count(*) FROM ratings r WHERE r.interview_id = i.id AND r.score IS NOT NULL), "
             "(SELECT count(*) FROM opening_competencies oc WHERE oc.opening_id = a.opening_id) "
             "FROM interviews i JOIN applications a ON a.id = i.application_id "
             "JOIN candidates c ON c.id = a.candidate_id JOIN openings o ON o.id = a.opening_id "
             "WHERE i.interviewer = ?1 AND i.status = ?2 "
             "ORDER BY CASE WHEN ?2 = 'draft' THEN i.created_at ELSE i.submitted_at END DESC, i.id DESC")
{
}

std::vector<ScorecardSummary> ScorecardListQuery::of(const std::string& interviewer, InterviewStatus status)
{
    sql::ResetOnExit reset(query_);
    query_.bind(1, interviewer);
    query_.bind(2, interviewStatusId(status));
    std::vector<ScorecardSummary> out;
    while (query_.executeStep()) {
        ScorecardSummary row;
        row.interviewId = query_.getColumn(0).getInt64();
        row.interviewer = query_.getColumn(1).getString();
        row.kind = query_.getColumn(2).getString();
        row.startedAt = sql::optionalText(query_.getColumn(3));
        row.submittedAt = sql::optionalText(query_.getColumn(4));
        if (!query_.getColumn(5).isNull())
            row.recommendation = parseRecommendation(query_.getColumn(5).getString());
        row.candidateName = query_.getColumn(6).getString();
        row.openingTitle = query_.getColumn(7).getString();
        row.scored = query_.getColumn(8).getInt();
        row.total = query_.getColumn(9).getInt();
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace amhire
