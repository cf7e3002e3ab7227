#pragma once

#include <cstdint>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "core/storage/InterviewStore.h"
#include "core/storage/Model.h"

namespace amhire {

class Database;
class SqliteInterviewKits;

// The read side of the HR comparison: everything submitted for an opening,
// in a few set-based queries rather than one query per candidate, so it stays
// quick for thousands of candidates. Part of SqliteInterviewStore.
class SubmittedScorecardQueries {
  public:
    SubmittedScorecardQueries(Database& db, SqliteInterviewKits& kits);

    // Ordered by candidate, interviewer, interview and competency.
    std::vector<SubmittedRating> ratingsForOpening(int64_t openingId);
    // Ordered by application and interview.
    std::vector<Interview> interviewsForOpening(int64_t openingId);
    // Of one application, by interview.
    std::vector<SubmittedTakeaways> takeawaysOf(int64_t applicationId);

  private:
    SQLite::Statement ratings_;
    SQLite::Statement evidence_;
    SQLite::Statement interviews_;
    SQLite::Statement takeaways_;
    SqliteInterviewKits& kits_;
};

} // namespace amhire
