#pragma once

#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "core/storage/Model.h"

namespace amhire {

class Database;

// The read side of the Interview page's lists: an interviewer's scorecards
// with their candidate, opening and progress in one query, so a list of
// thousands (every interview an interviewer ever submitted) stays quick.
// Part of SqliteInterviewStore.
class ScorecardListQuery {
  public:
    explicit ScorecardListQuery(Database& db);

    std::vector<ScorecardSummary> of(const std::string& interviewer, InterviewStatus status);
    std::vector<ScorecardSummary> matching(const ScorecardFilter& filter);

  private:
    SQLite::Statement byInterviewer_;
    SQLite::Statement matching_;
};

} // namespace amhire
