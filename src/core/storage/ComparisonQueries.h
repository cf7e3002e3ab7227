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

// The submitted scores of one candidate on one competency, summed up by SQL.
// Only scored ratings count: "not assessed" is no score.
struct ComparisonCellRow {
    int64_t applicationId = 0;
    int competency = 0; // position on the opening's scorecard
    int count = 0;
    int64_t sum = 0;
    int64_t sumOfSquares = 0; // for Krippendorff's alpha without the raw scores
    int minimum = 0;
    int maximum = 0;
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

// How far one interviewer's scores lie from the panel's mean on the same
// candidate × competency cells, over the cells that at least two scores share.
struct ComparisonDeviationRow {
    std::string interviewer;
    double sumOfDeviations = 0; // Σ (their score − the cell mean)
    int64_t ratings = 0;
};

struct ComparisonRows {
    std::vector<ComparisonApplicationRow> applications; // by application id
    // By application id, then scorecard position; cells without a score are absent.
    std::vector<ComparisonCellRow> cells;
    std::vector<ComparisonVerdictRow> verdicts;     // by application id, then interview id
    std::vector<ComparisonDeviationRow> deviations; // by interviewer
};

// The read side of the HR comparison as a few set-based SQLite queries (GROUP
// BY in the database instead of a query per candidate), so it stays quick for
// tens of thousands of candidates. Submitted scorecards only: drafts are
// private to their interviewer.
class ComparisonQueries {
  public:
    explicit ComparisonQueries(Database& db);

    // Everything the comparison of an opening needs, from one consistent
    // snapshot of the database. Throws StorageError.
    ComparisonRows read(int64_t openingId);

  private:
    std::vector<ComparisonApplicationRow> applications(int64_t openingId);
    std::vector<ComparisonCellRow> cells(int64_t openingId);
    std::vector<ComparisonVerdictRow> verdicts(int64_t openingId);
    std::vector<ComparisonDeviationRow> deviations(int64_t openingId);

    Database& db_;
    SQLite::Statement applications_;
    SQLite::Statement cells_;
    SQLite::Statement verdicts_;
    SQLite::Statement deviations_;
};

} // namespace amhire
