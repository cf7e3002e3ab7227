#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "core/storage/Model.h"

namespace amhire {

class Database;

// A candidate of an opening as the comparison shows them.
struct ComparisonApplicationRow {
    int64_t applicationId = 0;
    int64_t candidateId = 0;
    std::string name;
    std::string email;
    std::string company;
    Stage stage = Stage::Applied;
};

// One submitted scorecard's overall call and take-aways.
struct ComparisonVerdictRow {
    int64_t applicationId = 0;
    int64_t interviewId = 0;
    std::string interviewer;
    std::string kind;
    std::optional<Recommendation> recommendation;
    std::string strengths;
    std::string concerns;
};

// One submitted score, small and without strings: there is one per
// interviewer × candidate × competency, hundreds of thousands of them.
struct ComparisonScoreRow {
    int64_t applicationId = 0;
    uint16_t competency = 0;  // index into the competency ids given to read()
    uint16_t interviewer = 0; // index into ComparisonRows::interviewers
    uint8_t score = 0;        // 1..5
};

struct ComparisonRows {
    // In no particular order: sorting is cheaper in C++ than in an SQLite
    // temporary B-tree. (The verdicts and scores of one application do come
    // together in practice, which readers may use as a hint, not a promise.)
    std::vector<ComparisonApplicationRow> applications;
    std::vector<ComparisonVerdictRow> verdicts;
    std::vector<ComparisonScoreRow> scores;
    std::vector<std::string> interviewers; // who gave the scores, in order of appearance
};

// The read side of the HR comparison: three set-based SQLite queries rather
// than a query per candidate. The scores come as one plain scan along the
// indexes and are summed up by the caller in one pass: a GROUP BY over the
// same rows costs more than twice the scan (its temporary B-tree sorts them)
// and grows faster than linearly, and calibrating interviewers needs every
// score on its own anyway. Submitted scorecards only: drafts are private to
// their interviewer.
class ComparisonQueries {
  public:
    explicit ComparisonQueries(Database& db);

    // Everything the comparison of an opening needs, from one consistent
    // snapshot. Scores of competencies not in `competencyIds` are left out;
    // "not assessed" is no score. Throws StorageError (InvalidInput for more
    // than 65,535 competencies or interviewers).
    ComparisonRows read(int64_t openingId, const std::vector<std::string>& competencyIds);

  private:
    void readApplications(int64_t openingId, ComparisonRows& rows);
    void readVerdicts(int64_t openingId, ComparisonRows& rows);
    void readScores(int64_t openingId, const std::vector<std::string>& competencyIds, ComparisonRows& rows);

    Database& db_;
    SQLite::Statement applications_;
    SQLite::Statement verdicts_;
    SQLite::Statement countVerdicts_;
    SQLite::Statement scores_;
};

} // namespace amhire
