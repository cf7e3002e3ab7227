#include "core/storage/SqliteInterviewKits.h"

#include <set>

#include <fmt/format.h>

#include "core/storage/Database.h"
#include "core/storage/InterviewRows.h"
#include "core/storage/Sql.h"

namespace amhire {

SqliteInterviewKits::SqliteInterviewKits(Database& db)
    : db_(db),
      select_(db.sql(),
              "SELECT question_id FROM interview_questions WHERE interview_id = ? ORDER BY position"),
      insert_(db.sql(),
              "INSERT INTO interview_questions (interview_id, position, question_id) VALUES (?, ?, ?)"),
      delete_(db.sql(), "DELETE FROM interview_questions WHERE interview_id = ?")
{
}

void SqliteInterviewKits::validate(const std::vector<std::string>& questionIds, int plannedMinutes) const
{
    std::set<std::string> seen;
    for (const std::string& id : questionIds)
        if (id.empty() || !seen.insert(id).second)
            throw StorageError(
                StorageErrorKind::InvalidInput, db_.path(),
                fmt::format("The interview kit lists question \"{}\" twice or without an id.", id));
    if (plannedMinutes < 0)
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "The planned length cannot be negative.");
}

std::vector<std::string> SqliteInterviewKits::read(int64_t interviewId)
{
    std::vector<std::string> questionIds;
    sql::ResetOnExit reset(select_);
    select_.bind(1, interviewId);
    while (select_.executeStep())
        questionIds.push_back(select_.getColumn(0).getString());
    return questionIds;
}

void SqliteInterviewKits::write(int64_t interviewId, const std::vector<std::string>& questionIds)
{
    {
        sql::ResetOnExit reset(delete_);
        delete_.bind(1, interviewId);
        delete_.exec();
    }
    int position = 0;
    for (const std::string& questionId : questionIds) {
        sql::ResetOnExit reset(insert_);
        insert_.bind(1, interviewId);
        insert_.bind(2, position++);
        insert_.bind(3, questionId);
        insert_.exec();
    }
}

std::vector<Interview> SqliteInterviewKits::readInterviews(SQLite::Statement& query)
{
    std::vector<Interview> interviews;
    {
        sql::ResetOnExit reset(query);
        while (query.executeStep())
            interviews.push_back(sql::readInterview(query));
    }
    for (Interview& interview : interviews)
        interview.kitQuestionIds = read(interview.id);
    return interviews;
}

} // namespace amhire
