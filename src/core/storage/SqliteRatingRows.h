#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "core/storage/Model.h"

namespace amhire {

class Database;

// The rows an interviewer writes during an interview — ratings, evidence and
// question notes — read and written without checks. Part of
// SqliteInterviewStore, which checks the interview is a draft and holds the
// transaction around each call.
class SqliteRatingRows {
  public:
    explicit SqliteRatingRows(Database& db);

    // The stored score: std::nullopt when there is no rating row yet,
    // an empty optional inside when it is "not assessed".
    std::optional<std::optional<int>> score(int64_t interviewId, const std::string& competencyId);
    void writeScore(int64_t interviewId, const std::string& competencyId, std::optional<int> score);
    void writeNotes(int64_t interviewId, const std::string& competencyId, const std::string& notes);
    void writeEvidence(int64_t interviewId, const std::string& competencyId, const std::string& metricId,
                       std::optional<double> value);
    void writeQuestionNote(int64_t interviewId, const std::string& questionId, const std::string& notes);
    void writeQuestionAsked(int64_t interviewId, const std::string& questionId, bool asked);

    std::vector<Rating> ratings(int64_t interviewId);
    std::vector<QuestionNote> questionNotes(int64_t interviewId);
    int64_t countScored(int64_t interviewId);

  private:
    SQLite::Statement selectScore_;
    SQLite::Statement upsertScore_;
    SQLite::Statement upsertNotes_;
    SQLite::Statement ensureRating_;
    SQLite::Statement upsertEvidence_;
    SQLite::Statement deleteEvidence_;
    SQLite::Statement upsertQuestionNote_;
    SQLite::Statement upsertQuestionAsked_;
    SQLite::Statement selectRatings_;
    SQLite::Statement selectEvidence_;
    SQLite::Statement selectQuestionNotes_;
    SQLite::Statement countScored_;
};

} // namespace amhire
