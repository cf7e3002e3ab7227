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

// One submitted scorecard's overall call, or a scorecard still a draft (who
// is yet to submit: no call, and none of its scores is read). Take-aways are
// not read here: the comparison fetches them for the candidate in view
// (InterviewStore::submittedTakeawaysOf).
struct ComparisonVerdictRow {
    int64_t interviewId = 0;
    uint32_t interviewer = 0; // index into ComparisonNames::interviewers
    uint32_t kind = 0;        // index into ComparisonNames::kinds
    std::optional<Recommendation> recommendation;
    bool draft = false;
};

// One submitted score in 8 bytes: there is one per interviewer × candidate ×
// competency, hundreds of thousands of them, though only one candidate's are
// held at a time.
struct ComparisonScoreRow {
    uint32_t interviewer = 0; // index into ComparisonNames::interviewers
    uint16_t competency = 0;  // index into the competency ids given to read()
    uint8_t score = 0;        // 1..5
};

// The names the rows point to, each once.
struct ComparisonNames {
    std::vector<std::string> interviewers;
    std::vector<std::string> kinds; // "phone-screen", "panel", …
};

// Receives an opening's rows as ComparisonQueries reads them.
class ComparisonRowSink {
  public:
    virtual ~ComparisonRowSink() = default;
    // First, every candidate of the opening, in no particular order.
    virtual void candidates(std::vector<ComparisonApplicationRow> applications) = 0;
    // Then, application by application (each once, in no particular order),
    // its scorecards by interview id (drafts flagged) and all the submitted
    // ones' scores. The names they point to come when all is read.
    virtual void scorecards(int64_t applicationId, const std::vector<ComparisonVerdictRow>& verdicts,
                            const std::vector<ComparisonScoreRow>& scores) = 0;
};

// The read side of the HR comparison: two set-based SQLite queries rather
// than a query per candidate. The scorecards and their scores come as one
// plain scan along the indexes, one application after the other, so the
// caller can sum up each candidate as soon as their rows are in and never
// holds every score: a GROUP BY over the same rows costs more than twice the
// scan (its temporary B-tree sorts them) and grows faster than linearly, and
// calibrating interviewers needs every score on its own anyway. Scores and
// calls of submitted scorecards only: of a draft, private to its
// interviewer until submitted, only that it exists (HR chases it).
class ComparisonQueries {
  public:
    explicit ComparisonQueries(Database& db);

    // Everything the comparison of an opening needs, from one consistent
    // snapshot, handed to `sink`; returns the names the rows point to.
    // Scores of competencies not in `competencyIds` are left out; "not
    // assessed" is no score. Throws StorageError (InvalidInput for more than
    // 65,535 competencies), or what `sink` throws.
    ComparisonNames read(int64_t openingId, const std::vector<std::string>& competencyIds,
                         ComparisonRowSink& sink);

  private:
    void readApplications(int64_t openingId, ComparisonRowSink& sink);
    ComparisonNames readScorecards(int64_t openingId, const std::vector<std::string>& competencyIds,
                                   ComparisonRowSink& sink);

    Database& db_;
    SQLite::Statement countApplications_;
    SQLite::Statement applications_;
    SQLite::Statement scorecards_;
};

} // namespace amhire
