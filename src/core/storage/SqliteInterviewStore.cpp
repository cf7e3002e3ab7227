#include "core/storage/SqliteInterviewStore.h"

#include <cmath>

#include <fmt/format.h>

#include "core/storage/AuditWriter.h"
#include "core/storage/Database.h"
#include "core/storage/InterviewRows.h"
#include "core/storage/Sql.h"
#include "core/storage/Trimmed.h"
#include "core/storage/UtcTime.h"
#include "core/storage/WriteTransaction.h"

namespace amhire {
namespace {

std::string describeScore(const std::optional<std::optional<int>>& score)
{
    if (!score)
        return "unset";
    return *score ? std::to_string(**score) : std::string("not assessed");
}

} // namespace

SqliteInterviewStore::SqliteInterviewStore(Database& db, AuditWriter& audit)
    : db_(db), audit_(audit), kits_(db), rows_(db), submitted_(db, kits_), scorecardList_(db),
      insert_(db.sql(), "INSERT INTO interviews (application_id, interviewer, kind, scheduled_at, "
                        "current_question, planned_minutes, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)"),
      applicationExists_(db.sql(), "SELECT 1 FROM applications WHERE id = ?"),
      selectOne_(db.sql(), "SELECT " AMHIRE_INTERVIEW_COLUMNS " FROM interviews i WHERE i.id = ?"),
      selectOfApplication_(db.sql(), "SELECT " AMHIRE_INTERVIEW_COLUMNS
                                     " FROM interviews i WHERE i.application_id = ? ORDER BY i.id"),
      selectDrafts_(db.sql(), "SELECT " AMHIRE_INTERVIEW_COLUMNS " FROM interviews i WHERE i.interviewer = ? "
                              "AND i.status = 'draft' ORDER BY i.created_at DESC, i.id DESC"),
      state_(db.sql(), "SELECT i.status, i.interviewer, a.opening_id, a.candidate_id FROM interviews i "
                       "JOIN applications a ON a.id = i.application_id WHERE i.id = ?"),
      onScorecard_(db.sql(), "SELECT 1 FROM opening_competencies WHERE opening_id = ? AND competency_id = ?"),
      markStarted_(db.sql(), "UPDATE interviews SET started_at = coalesce(started_at, ?) WHERE id = ?"),
      setPlan_(db.sql(), "UPDATE interviews SET planned_minutes = ?1, current_question = "
                         "CASE WHEN ?2 = 0 THEN 0 ELSE min(current_question, ?2 - 1) END WHERE id = ?3"),
      setCurrentQuestion_(db.sql(), "UPDATE interviews SET current_question = ? WHERE id = ?"),
      setTakeaways_(db.sql(), "UPDATE interviews SET strengths = ?, concerns = ? WHERE id = ?"),
      submit_(db.sql(), "UPDATE interviews SET status = 'submitted', recommendation = ?, submitted_at = ? "
                        "WHERE id = ?"),
      reopen_(db.sql(), "UPDATE interviews SET status = 'draft', submitted_at = NULL WHERE id = ?"),
      // Ratings, their evidence, question notes and the kit go with it (ON DELETE CASCADE).
      discard_(db.sql(), "DELETE FROM interviews WHERE id = ? AND status = 'draft'"),
      hasDraft_(db.sql(), "SELECT EXISTS (SELECT 1 FROM applications a JOIN interviews i "
                          "ON i.application_id = a.id WHERE a.candidate_id = ? AND i.interviewer = ? "
                          "AND i.status = 'draft')")
{
}

void SqliteInterviewStore::notFound(int64_t interviewId) const
{
    throw StorageError(StorageErrorKind::NotFound, db_.path(),
                       fmt::format("Interview {} does not exist.", interviewId));
}

std::optional<SqliteInterviewStore::State> SqliteInterviewStore::stateOf(int64_t interviewId)
{
    sql::ResetOnExit reset(state_);
    state_.bind(1, interviewId);
    if (!state_.executeStep())
        return std::nullopt;
    State state;
    state.status = parseInterviewStatus(state_.getColumn(0).getString()).value_or(InterviewStatus::Draft);
    state.interviewer = state_.getColumn(1).getString();
    state.openingId = state_.getColumn(2).getInt64();
    state.candidateId = state_.getColumn(3).getInt64();
    return state;
}

template <class Change>
void SqliteInterviewStore::writeDraft(int64_t interviewId, const char* doing, Change&& change)
{
    db_.guard(doing, [&] {
        WriteTransaction transaction(db_);
        const auto state = stateOf(interviewId);
        if (!state)
            notFound(interviewId);
        if (state->status == InterviewStatus::Submitted)
            throw StorageError(StorageErrorKind::ReadOnlyScorecard, db_.path(),
                               fmt::format("Interview {} has been submitted and is read-only; {} can reopen "
                                           "it to make changes.",
                                           interviewId, state->interviewer));
        change(*state);
        transaction.commit();
    });
}

void SqliteInterviewStore::requireOnScorecard(const State& state, const std::string& competencyId)
{
    sql::ResetOnExit reset(onScorecard_);
    onScorecard_.bind(1, state.openingId);
    onScorecard_.bind(2, competencyId);
    if (!onScorecard_.executeStep())
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           fmt::format("Competency \"{}\" is not on the scorecard of opening {}.",
                                       competencyId, state.openingId));
}

int64_t SqliteInterviewStore::add(const Interview& interview, const std::string& actor)
{
    const std::string interviewer = trimmed(interview.interviewer);
    if (interviewer.empty() || interview.kind.empty())
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "An interview needs an interviewer and a kind (phone screen, panel, …).");
    kits_.validate(interview.kitQuestionIds, interview.plannedMinutes);
    return db_.guard("creating the interview", [&] {
        WriteTransaction transaction(db_);
        {
            sql::ResetOnExit reset(applicationExists_);
            applicationExists_.bind(1, interview.applicationId);
            if (!applicationExists_.executeStep())
                throw StorageError(StorageErrorKind::NotFound, db_.path(),
                                   fmt::format("Application {} does not exist.", interview.applicationId));
        }
        int64_t id = 0;
        {
            sql::ResetOnExit reset(insert_);
            insert_.bind(1, interview.applicationId);
            insert_.bind(2, interviewer);
            insert_.bind(3, interview.kind);
            sql::bindOptional(insert_, 4, interview.scheduledAt);
            insert_.bind(5, interview.plannedMinutes);
            insert_.bind(6, utcNow());
            insert_.exec();
            id = db_.sql().getLastInsertRowid();
        }
        kits_.write(id, interview.kitQuestionIds);
        audit_.record(actor, "create", "interview", id,
                      fmt::format("application {}, {}", interview.applicationId, interview.kind));
        transaction.commit();
        return id;
    });
}

std::optional<Interview> SqliteInterviewStore::find(int64_t interviewId)
{
    return db_.guard("reading the interview", [&]() -> std::optional<Interview> {
        sql::ResetOnExit reset(selectOne_);
        selectOne_.bind(1, interviewId);
        auto interviews = kits_.readInterviews(selectOne_);
        if (interviews.empty())
            return std::nullopt;
        return std::move(interviews.front());
    });
}

Interview SqliteInterviewStore::get(int64_t interviewId)
{
    auto interview = find(interviewId);
    if (!interview)
        notFound(interviewId);
    return std::move(*interview);
}

std::vector<Interview> SqliteInterviewStore::interviewsOf(int64_t applicationId)
{
    return db_.guard("listing interviews", [&] {
        sql::ResetOnExit reset(selectOfApplication_);
        selectOfApplication_.bind(1, applicationId);
        return kits_.readInterviews(selectOfApplication_);
    });
}

std::vector<Interview> SqliteInterviewStore::draftsFor(const std::string& interviewer)
{
    return db_.guard("listing drafts", [&] {
        sql::ResetOnExit reset(selectDrafts_);
        selectDrafts_.bind(1, trimmed(interviewer));
        return kits_.readInterviews(selectDrafts_);
    });
}

std::vector<ScorecardSummary> SqliteInterviewStore::scorecardsOf(const std::string& interviewer,
                                                                 InterviewStatus status)
{
    return db_.guard("listing your scorecards",
                     [&] { return scorecardList_.of(trimmed(interviewer), status); });
}

std::vector<ScorecardSummary> SqliteInterviewStore::scorecards(const ScorecardFilter& filter)
{
    ScorecardFilter trimmedFilter = filter;
    if (trimmedFilter.interviewer)
        trimmedFilter.interviewer = trimmed(*trimmedFilter.interviewer);
    return db_.guard("listing scorecards", [&] { return scorecardList_.matching(trimmedFilter); });
}

void SqliteInterviewStore::markStarted(int64_t interviewId, const std::string&)
{
    writeDraft(interviewId, "starting the interview", [&](const State&) {
        sql::ResetOnExit reset(markStarted_);
        markStarted_.bind(1, utcNow());
        markStarted_.bind(2, interviewId);
        markStarted_.exec();
    });
}

void SqliteInterviewStore::setKit(int64_t interviewId, const std::vector<std::string>& questionIds,
                                  int plannedMinutes, const std::string&)
{
    kits_.validate(questionIds, plannedMinutes);
    writeDraft(interviewId, "saving the interview kit", [&](const State&) {
        kits_.write(interviewId, questionIds);
        sql::ResetOnExit reset(setPlan_);
        setPlan_.bind(1, plannedMinutes);
        setPlan_.bind(2, static_cast<int64_t>(questionIds.size()));
        setPlan_.bind(3, interviewId);
        setPlan_.exec();
    });
}

void SqliteInterviewStore::setCurrentQuestion(int64_t interviewId, int index, const std::string&)
{
    if (index < 0)
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "A question position cannot be negative.");
    writeDraft(interviewId, "saving the current question", [&](const State&) {
        sql::ResetOnExit reset(setCurrentQuestion_);
        setCurrentQuestion_.bind(1, index);
        setCurrentQuestion_.bind(2, interviewId);
        setCurrentQuestion_.exec();
    });
}

void SqliteInterviewStore::setTakeaways(int64_t interviewId, const std::string& strengths,
                                        const std::string& concerns, const std::string&)
{
    writeDraft(interviewId, "saving the key take-aways", [&](const State&) {
        sql::ResetOnExit reset(setTakeaways_);
        setTakeaways_.bind(1, strengths);
        setTakeaways_.bind(2, concerns);
        setTakeaways_.bind(3, interviewId);
        setTakeaways_.exec();
    });
}

void SqliteInterviewStore::setScore(int64_t interviewId, const std::string& competencyId,
                                    std::optional<int> score, const std::string& actor)
{
    if (score && (*score < 1 || *score > 5))
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           fmt::format("A score is 1 to 5 (or not assessed), not {}.", *score));
    writeDraft(interviewId, "saving the score", [&](const State& state) {
        requireOnScorecard(state, competencyId);
        const auto previous = rows_.score(interviewId, competencyId);
        if (previous && *previous == score)
            return;
        rows_.writeScore(interviewId, competencyId, score);
        audit_.record(
            actor, "score", "interview", interviewId,
            fmt::format("{}: {} -> {}", competencyId, describeScore(previous), describeScore(score)));
    });
}

void SqliteInterviewStore::setRatingNotes(int64_t interviewId, const std::string& competencyId,
                                          const std::string& notes, const std::string&)
{
    writeDraft(interviewId, "saving the notes", [&](const State& state) {
        requireOnScorecard(state, competencyId);
        rows_.writeNotes(interviewId, competencyId, notes);
    });
}

void SqliteInterviewStore::setEvidence(int64_t interviewId, const std::string& competencyId,
                                       const std::string& metricId, std::optional<double> value,
                                       const std::string&)
{
    if (metricId.empty() || (value && !std::isfinite(*value)))
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "Evidence needs a metric and a finite number.");
    writeDraft(interviewId, "saving the evidence", [&](const State& state) {
        requireOnScorecard(state, competencyId);
        rows_.writeEvidence(interviewId, competencyId, metricId, value);
    });
}

void SqliteInterviewStore::setQuestionNote(int64_t interviewId, const std::string& questionId,
                                           const std::string& notes, const std::string&)
{
    if (questionId.empty())
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "A question note needs a question id.");
    writeDraft(interviewId, "saving the question notes",
               [&](const State&) { rows_.writeQuestionNote(interviewId, questionId, notes); });
}

void SqliteInterviewStore::setQuestionAsked(int64_t interviewId, const std::string& questionId, bool asked,
                                            const std::string&)
{
    if (questionId.empty())
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "A question note needs a question id.");
    writeDraft(interviewId, "saving whether the question was asked",
               [&](const State&) { rows_.writeQuestionAsked(interviewId, questionId, asked); });
}

std::vector<Rating> SqliteInterviewStore::ratings(int64_t interviewId)
{
    return db_.guard("reading the ratings", [&] { return rows_.ratings(interviewId); });
}

std::vector<QuestionNote> SqliteInterviewStore::questionNotes(int64_t interviewId)
{
    return db_.guard("reading the question notes", [&] { return rows_.questionNotes(interviewId); });
}

void SqliteInterviewStore::submit(int64_t interviewId, Recommendation recommendation,
                                  const std::string& actor)
{
    writeDraft(interviewId, "submitting the scorecard", [&](const State&) {
        const int64_t scored = rows_.countScored(interviewId);
        sql::ResetOnExit reset(submit_);
        submit_.bind(1, recommendationId(recommendation));
        submit_.bind(2, utcNow());
        submit_.bind(3, interviewId);
        submit_.exec();
        audit_.record(actor, "submit", "interview", interviewId,
                      fmt::format("recommendation {}, {} competencies scored",
                                  recommendationId(recommendation), scored));
    });
}

void SqliteInterviewStore::requireOwner(const State& state, const std::string& actor, const char* verb,
                                        int64_t interviewId) const
{
    if (trimmed(actor) != state.interviewer)
        throw StorageError(StorageErrorKind::ReadOnlyScorecard, db_.path(),
                           fmt::format("Only {}, whose scorecard this is, can {} interview {}.",
                                       state.interviewer, verb, interviewId));
}

void SqliteInterviewStore::reopen(int64_t interviewId, const std::string& actor)
{
    db_.guard("reopening the scorecard", [&] {
        WriteTransaction transaction(db_);
        const auto state = stateOf(interviewId);
        if (!state)
            notFound(interviewId);
        if (state->status == InterviewStatus::Draft)
            return;
        requireOwner(*state, actor, "reopen", interviewId);
        sql::ResetOnExit reset(reopen_);
        reopen_.bind(1, interviewId);
        reopen_.exec();
        audit_.record(actor, "reopen", "interview", interviewId);
        transaction.commit();
    });
}

void SqliteInterviewStore::discardDraft(int64_t interviewId, const std::string& actor)
{
    db_.guard("discarding the draft", [&] {
        WriteTransaction transaction(db_);
        const auto state = stateOf(interviewId);
        if (!state)
            notFound(interviewId);
        if (state->status != InterviewStatus::Draft)
            throw StorageError(
                StorageErrorKind::ReadOnlyScorecard, db_.path(),
                fmt::format("Interview {} is submitted: only a draft can be discarded.", interviewId));
        requireOwner(*state, actor, "discard", interviewId);
        sql::ResetOnExit reset(discard_);
        discard_.bind(1, interviewId);
        discard_.exec();
        audit_.record(actor, "discard", "interview", interviewId);
        transaction.commit();
    });
}

std::vector<SubmittedRating> SqliteInterviewStore::submittedRatingsForOpening(int64_t openingId)
{
    return db_.guard("reading the submitted ratings",
                     [&] { return submitted_.ratingsForOpening(openingId); });
}

std::vector<Interview> SqliteInterviewStore::submittedInterviewsForOpening(int64_t openingId)
{
    return db_.guard("reading the submitted interviews",
                     [&] { return submitted_.interviewsForOpening(openingId); });
}

std::vector<SubmittedTakeaways> SqliteInterviewStore::submittedTakeawaysOf(int64_t applicationId)
{
    return db_.guard("reading the take-aways", [&] { return submitted_.takeawaysOf(applicationId); });
}

bool SqliteInterviewStore::hasDraftFor(const std::string& interviewer, int64_t candidateId)
{
    return db_.guard("checking for drafts", [&] {
        sql::ResetOnExit reset(hasDraft_);
        hasDraft_.bind(1, candidateId);
        hasDraft_.bind(2, trimmed(interviewer));
        hasDraft_.executeStep();
        return hasDraft_.getColumn(0).getInt() != 0;
    });
}

bool SqliteInterviewStore::isVisibleTo(int64_t interviewId, const std::string& viewer)
{
    const auto state = db_.guard("checking visibility", [&] { return stateOf(interviewId); });
    if (!state)
        notFound(interviewId);
    if (state->interviewer == trimmed(viewer))
        return true;
    return state->status == InterviewStatus::Submitted && !hasDraftFor(viewer, state->candidateId);
}

} // namespace amhire
