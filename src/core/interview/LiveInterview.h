#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content/Content.h"
#include "core/storage/Storage.h"

namespace amhire {

// One competency to score: the opening's frozen scorecard line, with the
// anchors and metrics from the content (nullptr if the content no longer has
// it — the line can still be scored, just without anchors to read).
struct ScoringLine {
    ScorecardEntry entry;
    const Competency* competency = nullptr;
};

// One question of the kit (nullptr if the content no longer has it).
struct KitQuestion {
    std::string id;
    const Question* question = nullptr;
};

// Where an interview stands, for the progress display and the submit check.
struct ScoringProgress {
    int scored = 0;       // lines with a score of 1..5
    int notAssessed = 0;  // lines explicitly marked "not assessed"
    int total = 0;
    std::vector<std::string> unscoredNames;  // neither scored nor marked, in scorecard order
};

// A scorecard being filled in: everything the interview screen shows, loaded
// once, and kept in step with each change the screen makes (and saves through
// the Autosaver). Holds the rules of the screen so that the GUI holds none.
class LiveInterview {
  public:
    // Throws StorageError for an unknown interview.
    static LiveInterview load(Storage& storage, const Content& content, int64_t interviewId);

    const Interview& interview() const { return interview_; }
    const Opening& opening() const { return opening_; }
    const Candidate& candidate() const { return candidate_; }
    bool readOnly() const { return interview_.status == InterviewStatus::Submitted; }

    const std::vector<ScoringLine>& lines() const { return lines_; }
    const std::vector<KitQuestion>& questions() const { return questions_; }

    // The question to show, kept within the kit.
    int currentQuestion() const { return interview_.currentQuestion; }
    // Clamps into the kit and returns the index actually set.
    int goToQuestion(int index);
    // The scoring line the question is about, or -1.
    int lineOfQuestion(int questionIndex) const;

    // std::nullopt: not scored; a set optional holding std::nullopt: "not assessed".
    std::optional<std::optional<int>> score(const std::string& competencyId) const;
    const std::string& notes(const std::string& competencyId) const;
    std::optional<double> evidence(const std::string& competencyId, const std::string& metricId) const;
    const std::string& questionNote(const std::string& questionId) const;
    bool asked(const std::string& questionId) const;

    void setScore(const std::string& competencyId, std::optional<int> score);
    void setNotes(const std::string& competencyId, std::string notes);
    void setEvidence(const std::string& competencyId, const std::string& metricId, std::optional<double> value);
    void setQuestionNote(const std::string& questionId, std::string notes);
    void setAsked(const std::string& questionId, bool asked);
    void setTakeaways(std::string strengths, std::string concerns);
    // Questions on the same competency, at the opening's level, not in the kit yet.
    std::vector<const Question*> alternativesFor(int questionIndex, const Content& content) const;
    // Swaps a kit question for one of its alternatives; an error message instead
    // when the swap would break the kit (another competency, already asked).
    std::optional<std::string> replaceQuestion(int questionIndex, const std::string& questionId,
                                               const Content& content);
    std::vector<std::string> kitQuestionIds() const;

    // Sets the start time unless the interview has one (as the store does).
    void markStarted(const std::string& at);
    void markSubmitted(Recommendation recommendation);
    void markReopened();

    ScoringProgress progress() const;

  private:
    Interview interview_;
    Opening opening_;
    Candidate candidate_;
    std::vector<ScoringLine> lines_;
    std::vector<KitQuestion> questions_;
    std::map<std::string, Rating> ratings_;       // by competency id; present = touched
    std::map<std::string, QuestionNote> notes_;   // by question id
};

}  // namespace amhire
