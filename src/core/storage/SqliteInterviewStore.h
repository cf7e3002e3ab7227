#pragma once

#include <SQLiteCpp/Statement.h>

#include "core/storage/InterviewStore.h"
#include "core/storage/ScorecardListQuery.h"
#include "core/storage/SqliteInterviewKits.h"
#include "core/storage/SqliteRatingRows.h"
#include "core/storage/SubmittedScorecardQueries.h"

namespace amhire {

class AuditWriter;
class Database;

class SqliteInterviewStore final : public InterviewStore {
  public:
    SqliteInterviewStore(Database& db, AuditWriter& audit);

    int64_t add(const Interview& interview, const std::string& actor) override;
    std::optional<Interview> find(int64_t interviewId) override;
    Interview get(int64_t interviewId) override;
    std::vector<Interview> interviewsOf(int64_t applicationId) override;
    std::vector<Interview> draftsFor(const std::string& interviewer) override;
    std::vector<ScorecardSummary> scorecardsOf(const std::string& interviewer,
                                               InterviewStatus status) override;
    std::vector<ScorecardSummary> scorecards(const ScorecardFilter& filter) override;

    void markStarted(int64_t interviewId, const std::string& actor) override;
    void setKit(int64_t interviewId, const std::vector<std::string>& questionIds, int plannedMinutes,
                const std::string& actor) override;
    void setCurrentQuestion(int64_t interviewId, int index, const std::string& actor) override;
    void setTakeaways(int64_t interviewId, const std::string& strengths, const std::string& concerns,
                      const std::string& actor) override;

    void setScore(int64_t interviewId, const std::string& competencyId, std::optional<int> score,
                  const std::string& actor) override;
    void setRatingNotes(int64_t interviewId, const std::string& competencyId, const std::string& notes,
                        const std::string& actor) override;
    void setEvidence(int64_t interviewId, const std::string& competencyId, const std::string& metricId,
                     std::optional<double> value, const std::string& actor) override;
    void setQuestionNote(int64_t interviewId, const std::string& questionId, const std::string& notes,
                         const std::string& actor) override;
    void setQuestionAsked(int64_t interviewId, const std::string& questionId, bool asked,
                          const std::string& actor) override;

    std::vector<Rating> ratings(int64_t interviewId) override;
    std::vector<QuestionNote> questionNotes(int64_t interviewId) override;

    void submit(int64_t interviewId, Recommendation recommendation, const std::string& actor) override;
    void reopen(int64_t interviewId, const std::string& actor) override;
    void discardDraft(int64_t interviewId, const std::string& actor) override;

    std::vector<SubmittedRating> submittedRatingsForOpening(int64_t openingId) override;
    std::vector<Interview> submittedInterviewsForOpening(int64_t openingId) override;
    std::vector<SubmittedTakeaways> submittedTakeawaysOf(int64_t applicationId) override;

    bool hasDraftFor(const std::string& interviewer, int64_t candidateId) override;
    bool isVisibleTo(int64_t interviewId, const std::string& viewer) override;

  private:
    // What every write checks first, inside its transaction.
    struct State {
        InterviewStatus status = InterviewStatus::Draft;
        std::string interviewer;
        int64_t openingId = 0;
        int64_t candidateId = 0;
    };

    std::optional<State> stateOf(int64_t interviewId);
    // Runs `change` in one transaction after checking the interview exists and is a draft.
    template <class Change> void writeDraft(int64_t interviewId, const char* doing, Change&& change);
    void requireOnScorecard(const State& state, const std::string& competencyId);
    [[noreturn]] void notFound(int64_t interviewId) const;
    // Throws ReadOnlyScorecard unless `actor` is the interviewer; `verb` says what they tried.
    void requireOwner(const State& state, const std::string& actor, const char* verb,
                      int64_t interviewId) const;

    Database& db_;
    AuditWriter& audit_;
    SqliteInterviewKits kits_;
    SqliteRatingRows rows_;
    SubmittedScorecardQueries submitted_;
    ScorecardListQuery scorecardList_;
    SQLite::Statement insert_;
    SQLite::Statement applicationExists_;
    SQLite::Statement selectOne_;
    SQLite::Statement selectOfApplication_;
    SQLite::Statement selectDrafts_;
    SQLite::Statement state_;
    SQLite::Statement onScorecard_;
    SQLite::Statement markStarted_;
    SQLite::Statement setPlan_;
    SQLite::Statement setCurrentQuestion_;
    SQLite::Statement setTakeaways_;
    SQLite::Statement submit_;
    SQLite::Statement reopen_;
    SQLite::Statement discard_;
    SQLite::Statement hasDraft_;
};

} // namespace amhire
