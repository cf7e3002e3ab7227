#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "core/storage/Model.h"

namespace amhire {

class Database;

// The interview kit — the questions chosen for an interview, in order — as
// rows of interview_questions. Part of SqliteInterviewStore.
class SqliteInterviewKits {
  public:
    explicit SqliteInterviewKits(Database& db);

    // Throws StorageError(InvalidInput) for repeated or empty question ids or negative minutes.
    void validate(const std::vector<std::string>& questionIds, int plannedMinutes) const;
    std::vector<std::string> read(int64_t interviewId);
    // Replaces the kit; call inside a transaction.
    void write(int64_t interviewId, const std::vector<std::string>& questionIds);

    // All rows of a query selecting AMHIRE_INTERVIEW_COLUMNS, each with its kit.
    std::vector<Interview> readInterviews(SQLite::Statement& query);

  private:
    Database& db_;
    SQLite::Statement select_;
    SQLite::Statement insert_;
    SQLite::Statement delete_;
};

} // namespace amhire
