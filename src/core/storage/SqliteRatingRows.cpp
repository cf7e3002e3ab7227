#include "core/storage/SqliteRatingRows.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/UtcTime.h"

namespace amhire {
namespace {

#define RATING_UPSERT(columns, values, set)                                                                  \
    "INSERT INTO ratings (interview_id, competency_id, " columns ", updated_at) VALUES (?, ?, " values       \
    ", ?) ON CONFLICT (interview_id, competency_id) DO UPDATE SET " set ", updated_at = excluded.updated_at"
#define QUESTION_UPSERT(column)                                                                              \
    "INSERT INTO question_notes (interview_id, question_id, " column ", updated_at) VALUES (?, ?, ?, ?) "    \
    "ON CONFLICT (interview_id, question_id) DO UPDATE SET " column " = excluded." column                    \
    ", updated_at = excluded.updated_at"

} // namespace

SqliteRatingRows::SqliteRatingRows(Database& db)
    : selectScore_(db.sql(), "SELECT score FROM ratings WHERE interview_id = ? AND competency_id = ?"),
      upsertScore_(db.sql(), RATING_UPSERT("score, not_assessed", "?3, ?3 IS NULL",
                                           "score = excluded.score, not_assessed = excluded.not_assessed")),
      upsertNotes_(db.sql(), RATING_UPSERT("notes", "?", "notes = excluded.notes")),
      // Evidence hangs off a rating row; this makes one without touching score or notes.
      ensureRating_(db.sql(), RATING_UPSERT("score", "NULL", "score = score")),
      upsertEvidence_(db.sql(), "INSERT INTO rating_evidence (interview_id, competency_id, metric_id, value) "
                                "VALUES (?, ?, ?, ?) ON CONFLICT (interview_id, competency_id, metric_id) "
                                "DO UPDATE SET value = excluded.value"),
      deleteEvidence_(db.sql(), "DELETE FROM rating_evidence "
                                "WHERE interview_id = ? AND competency_id = ? AND metric_id = ?"),
      upsertQuestionNote_(db.sql(), QUESTION_UPSERT("notes")),
      upsertQuestionAsked_(db.sql(), QUESTION_UPSERT("asked")),
      selectRatings_(db.sql(), "SELECT competency_id, score, notes, updated_at, not_assessed FROM ratings "
                               "WHERE interview_id = ? ORDER BY competency_id"),
      selectEvidence_(db.sql(), "SELECT competency_id, metric_id, value FROM rating_evidence "
                                "WHERE interview_id = ? ORDER BY competency_id, metric_id"),
      selectQuestionNotes_(db.sql(), "SELECT question_id, notes, asked, updated_at FROM question_notes "
                                     "WHERE interview_id = ? ORDER BY question_id"),
      countScored_(db.sql(), "SELECT count(*) FROM ratings WHERE interview_id = ? AND score IS NOT NULL")
{
}

std::optional<std::optional<int>> SqliteRatingRows::score(int64_t interviewId,
                                                          const std::string& competencyId)
{
    sql::ResetOnExit reset(selectScore_);
    selectScore_.bind(1, interviewId);
    selectScore_.bind(2, competencyId);
    if (!selectScore_.executeStep())
        return std::nullopt;
    return sql::optionalInt(selectScore_.getColumn(0));
}

void SqliteRatingRows::writeScore(int64_t interviewId, const std::string& competencyId,
                                  std::optional<int> score)
{
    sql::ResetOnExit reset(upsertScore_);
    upsertScore_.bind(1, interviewId);
    upsertScore_.bind(2, competencyId);
    sql::bindOptional(upsertScore_, 3, score);
    upsertScore_.bind(4, utcNow());
    upsertScore_.exec();
}

void SqliteRatingRows::writeNotes(int64_t interviewId, const std::string& competencyId,
                                  const std::string& notes)
{
    sql::ResetOnExit reset(upsertNotes_);
    upsertNotes_.bind(1, interviewId);
    upsertNotes_.bind(2, competencyId);
    upsertNotes_.bind(3, notes);
    upsertNotes_.bind(4, utcNow());
    upsertNotes_.exec();
}

void SqliteRatingRows::writeEvidence(int64_t interviewId, const std::string& competencyId,
                                     const std::string& metricId, std::optional<double> value)
{
    {
        sql::ResetOnExit reset(ensureRating_);
        ensureRating_.bind(1, interviewId);
        ensureRating_.bind(2, competencyId);
        ensureRating_.bind(3, utcNow());
        ensureRating_.exec();
    }
    SQLite::Statement& statement = value ? upsertEvidence_ : deleteEvidence_;
    sql::ResetOnExit reset(statement);
    statement.bind(1, interviewId);
    statement.bind(2, competencyId);
    statement.bind(3, metricId);
    if (value)
        statement.bind(4, *value);
    statement.exec();
}

void SqliteRatingRows::writeQuestionNote(int64_t interviewId, const std::string& questionId,
                                         const std::string& notes)
{
    sql::ResetOnExit reset(upsertQuestionNote_);
    upsertQuestionNote_.bind(1, interviewId);
    upsertQuestionNote_.bind(2, questionId);
    upsertQuestionNote_.bind(3, notes);
    upsertQuestionNote_.bind(4, utcNow());
    upsertQuestionNote_.exec();
}

void SqliteRatingRows::writeQuestionAsked(int64_t interviewId, const std::string& questionId, bool asked)
{
    sql::ResetOnExit reset(upsertQuestionAsked_);
    upsertQuestionAsked_.bind(1, interviewId);
    upsertQuestionAsked_.bind(2, questionId);
    upsertQuestionAsked_.bind(3, asked ? 1 : 0);
    upsertQuestionAsked_.bind(4, utcNow());
    upsertQuestionAsked_.exec();
}

std::vector<Rating> SqliteRatingRows::ratings(int64_t interviewId)
{
    std::vector<Rating> ratings;
    sql::ResetOnExit resetRatings(selectRatings_);
    sql::ResetOnExit resetEvidence(selectEvidence_);
    selectRatings_.bind(1, interviewId);
    selectEvidence_.bind(1, interviewId);
    // Both in competency order: evidence joins its rating in one pass.
    bool moreEvidence = selectEvidence_.executeStep();
    while (selectRatings_.executeStep()) {
        Rating rating;
        rating.interviewId = interviewId;
        rating.competencyId = selectRatings_.getColumn(0).getString();
        rating.score = sql::optionalInt(selectRatings_.getColumn(1));
        rating.notes = selectRatings_.getColumn(2).getString();
        rating.updatedAt = selectRatings_.getColumn(3).getString();
        rating.notAssessed = selectRatings_.getColumn(4).getInt() != 0;
        while (moreEvidence && selectEvidence_.getColumn(0).getString() == rating.competencyId) {
            rating.evidence[selectEvidence_.getColumn(1).getString()] =
                selectEvidence_.getColumn(2).getDouble();
            moreEvidence = selectEvidence_.executeStep();
        }
        ratings.push_back(std::move(rating));
    }
    return ratings;
}

std::vector<QuestionNote> SqliteRatingRows::questionNotes(int64_t interviewId)
{
    std::vector<QuestionNote> notes;
    sql::ResetOnExit reset(selectQuestionNotes_);
    selectQuestionNotes_.bind(1, interviewId);
    while (selectQuestionNotes_.executeStep()) {
        QuestionNote note;
        note.interviewId = interviewId;
        note.questionId = selectQuestionNotes_.getColumn(0).getString();
        note.notes = selectQuestionNotes_.getColumn(1).getString();
        note.asked = selectQuestionNotes_.getColumn(2).getInt() != 0;
        note.updatedAt = selectQuestionNotes_.getColumn(3).getString();
        notes.push_back(std::move(note));
    }
    return notes;
}

int64_t SqliteRatingRows::countScored(int64_t interviewId)
{
    sql::ResetOnExit reset(countScored_);
    countScored_.bind(1, interviewId);
    countScored_.executeStep();
    return countScored_.getColumn(0).getInt64();
}

} // namespace amhire
