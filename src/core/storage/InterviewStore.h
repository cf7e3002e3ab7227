#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/storage/Model.h"

namespace amhire {

// What one submitted scorecard says in words, for showing a candidate on demand.
struct SubmittedTakeaways {
    int64_t interviewId = 0;
    std::string strengths;
    std::string concerns;
};

// Interviews (scorecards), their ratings and question notes.
//
// Every write is one short transaction that has committed durably when the
// call returns, so a caller may show "saved" right after. Writes to a submitted
// interview throw StorageError(ReadOnlyScorecard). Score changes, submissions
// and reopenings are audited; note edits (saved as the interviewer types) are not.
// All methods throw StorageError; `actor` names who makes a change.
class InterviewStore {
  public:
    virtual ~InterviewStore() = default;

    // Creates a draft from applicationId, interviewer, kind, scheduledAt,
    // kitQuestionIds and plannedMinutes; returns its id.
    virtual int64_t add(const Interview& interview, const std::string& actor) = 0;
    virtual std::optional<Interview> find(int64_t interviewId) = 0;
    // Throws StorageError(NotFound) for an unknown id.
    virtual Interview get(int64_t interviewId) = 0;
    // Oldest first.
    virtual std::vector<Interview> interviewsOf(int64_t applicationId) = 0;
    // The interviewer's drafts, most recently created first: what to resume.
    virtual std::vector<Interview> draftsFor(const std::string& interviewer) = 0;
    // The interviewer's own scorecards in `status`, summed up for a list in
    // one query: drafts most recently created first (what to resume),
    // submitted ones most recently submitted first (what to look back at).
    virtual std::vector<ScorecardSummary> scorecardsOf(const std::string& interviewer,
                                                       InterviewStatus status) = 0;
    // Everyone's scorecards that `filter` keeps, by opening and candidate
    // (amhire-cli scorecard list: HR's list of whom to chase).
    virtual std::vector<ScorecardSummary> scorecards(const ScorecardFilter& filter) = 0;

    // Sets startedAt to now unless it is already set.
    virtual void markStarted(int64_t interviewId, const std::string& actor) = 0;
    // Replaces the kit (question ids must be unique) and the planned length.
    virtual void setKit(int64_t interviewId, const std::vector<std::string>& questionIds, int plannedMinutes,
                        const std::string& actor) = 0;
    virtual void setCurrentQuestion(int64_t interviewId, int index, const std::string& actor) = 0;
    virtual void setTakeaways(int64_t interviewId, const std::string& strengths, const std::string& concerns,
                              const std::string& actor) = 0;

    // `score` 1..5, or std::nullopt for "not assessed". The competency must be
    // on the opening's scorecard. Audited with the old and new score.
    virtual void setScore(int64_t interviewId, const std::string& competencyId, std::optional<int> score,
                          const std::string& actor) = 0;
    virtual void setRatingNotes(int64_t interviewId, const std::string& competencyId,
                                const std::string& notes, const std::string& actor) = 0;
    // Records a metric value as evidence for a competency; std::nullopt removes it.
    virtual void setEvidence(int64_t interviewId, const std::string& competencyId,
                             const std::string& metricId, std::optional<double> value,
                             const std::string& actor) = 0;
    virtual void setQuestionNote(int64_t interviewId, const std::string& questionId, const std::string& notes,
                                 const std::string& actor) = 0;
    virtual void setQuestionAsked(int64_t interviewId, const std::string& questionId, bool asked,
                                  const std::string& actor) = 0;

    // Ratings of one interview, by competency id.
    virtual std::vector<Rating> ratings(int64_t interviewId) = 0;
    // Question notes of one interview, by question id.
    virtual std::vector<QuestionNote> questionNotes(int64_t interviewId) = 0;

    // Makes the scorecard read-only with the interviewer's overall recommendation.
    virtual void submit(int64_t interviewId, Recommendation recommendation, const std::string& actor) = 0;
    // Back to draft; only the interviewer who owns the scorecard may do this.
    // Reopening a draft does nothing.
    virtual void reopen(int64_t interviewId, const std::string& actor) = 0;
    // Deletes a draft started by mistake, with its scores, notes and
    // evidence, and audits it. Only the interviewer who owns it may, and
    // only while it is a draft: a submitted scorecard is HR's evidence.
    virtual void discardDraft(int64_t interviewId, const std::string& actor) = 0;

    // Every rating of every submitted interview of an opening, by candidate,
    // interviewer and competency: the input of the HR comparison.
    virtual std::vector<SubmittedRating> submittedRatingsForOpening(int64_t openingId) = 0;
    // The submitted interviews of an opening (recommendations, take-aways), by application.
    virtual std::vector<Interview> submittedInterviewsForOpening(int64_t openingId) = 0;
    // The take-aways of one application's submitted interviews, oldest first:
    // the comparison reads them for the candidate in view instead of holding
    // every candidate's.
    virtual std::vector<SubmittedTakeaways> submittedTakeawaysOf(int64_t applicationId) = 0;

    // Independence rule: while `interviewer` has a draft scorecard for a
    // candidate, nobody else's scores or notes for that candidate are shown to them.
    virtual bool hasDraftFor(const std::string& interviewer, int64_t candidateId) = 0;
    // Whether `viewer` may see the scores and notes of an interview: always
    // their own; someone else's only once submitted and while the viewer has
    // no draft for the same candidate.
    virtual bool isVisibleTo(int64_t interviewId, const std::string& viewer) = 0;
};

} // namespace amhire
