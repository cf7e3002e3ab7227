#include "core/storage/InterviewRows.h"

#include "core/storage/Sql.h"

namespace amhire::sql {

Interview readInterview(SQLite::Statement& query)
{
    Interview interview;
    interview.id = query.getColumn(0).getInt64();
    interview.applicationId = query.getColumn(1).getInt64();
    interview.interviewer = query.getColumn(2).getString();
    interview.kind = query.getColumn(3).getString();
    interview.scheduledAt = optionalText(query.getColumn(4));
    interview.startedAt = optionalText(query.getColumn(5));
    interview.submittedAt = optionalText(query.getColumn(6));
    interview.status = parseInterviewStatus(query.getColumn(7).getString()).value_or(InterviewStatus::Draft);
    if (!query.getColumn(8).isNull())
        interview.recommendation = parseRecommendation(query.getColumn(8).getString());
    interview.strengths = query.getColumn(9).getString();
    interview.concerns = query.getColumn(10).getString();
    interview.currentQuestion = query.getColumn(11).getInt();
    interview.plannedMinutes = query.getColumn(12).getInt();
    interview.createdAt = query.getColumn(13).getString();
    return interview;
}

} // namespace amhire::sql
