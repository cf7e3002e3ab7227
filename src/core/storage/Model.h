#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Plain values stored by amhire. Conventions:
// - ids are SQLite rowids (int64_t); 0 means "not stored yet";
// - times are ISO-8601 UTC strings with milliseconds, "2026-05-01T09:30:00.000Z",
//   so they sort as text; an unset time is std::nullopt;
// - std::optional marks "not assessed" / "not given", never a magic number.
namespace amhire {

// One line of the scorecard an opening was created with, frozen at that moment
// so later edits of the rubric XML never change the meaning of past scores.
struct ScorecardEntry {
    std::string competencyId;
    std::string name;
    double weight = 1.0;
    std::optional<int> minimum; // a must-have: a score below it knocks a candidate out

    bool operator==(const ScorecardEntry& other) const;
};

struct ScorecardSnapshot {
    std::string rubricVersion;
    std::string contentHash;
    std::vector<ScorecardEntry> entries; // in the order the opening lists them

    bool operator==(const ScorecardSnapshot& other) const;
};

inline constexpr const char* kOpeningOpen = "open";
inline constexpr const char* kOpeningClosed = "closed";

// A role being hired for.
struct Opening {
    int64_t id = 0;
    std::string templateId;
    std::string level;
    std::string title;
    std::string company;
    std::string location;
    std::string workModel;
    std::string team;
    std::string reportsTo;
    std::optional<long> payMin;
    std::optional<long> payMax;
    std::string currency;
    std::string postingMarkdown;
    std::string status = kOpeningOpen; // kOpeningOpen or kOpeningClosed
    ScorecardSnapshot scorecard;
    std::string createdAt;
};

// A person; everything here is personal data and goes when they are erased.
struct Candidate {
    int64_t id = 0;
    std::string name;
    std::string email;
    std::string phone;
    std::string source;
    std::string currentCompany;
    std::string currentTitle;
    std::string notes;
    std::string createdAt;
    std::string updatedAt;
};

enum class Stage { Applied, Screening, Interviewing, Offer, Hired, Rejected, Withdrawn };

inline constexpr Stage kAllStages[] = {Stage::Applied, Stage::Screening, Stage::Interviewing, Stage::Offer,
                                       Stage::Hired,   Stage::Rejected,  Stage::Withdrawn};

const char* stageId(Stage stage);    // "interviewing", as stored
const char* stageTitle(Stage stage); // "Interviewing", for people
std::optional<Stage> parseStage(std::string_view id);

// A candidate being considered for one opening.
struct Application {
    int64_t id = 0;
    int64_t candidateId = 0;
    int64_t openingId = 0;
    Stage stage = Stage::Applied;
    std::string createdAt;
};

// A row of "candidates of an opening".
struct CandidateApplication {
    Candidate candidate;
    Application application;
    // The application's scorecards, counted when the opening's candidates
    // are listed (CandidateStore::candidatesOf); 0 elsewhere.
    int submittedInterviews = 0;
    int draftInterviews = 0;
};

enum class InterviewStatus { Draft, Submitted };

const char* interviewStatusId(InterviewStatus status);
std::optional<InterviewStatus> parseInterviewStatus(std::string_view id);

// The interviewer's overall call. NoDecision is an explicit answer, which is
// different from not having given one (std::nullopt on a draft).
enum class Recommendation { StrongNo, No, Yes, StrongYes, NoDecision };

inline constexpr Recommendation kAllRecommendations[] = {Recommendation::StrongNo, Recommendation::No,
                                                         Recommendation::Yes, Recommendation::StrongYes,
                                                         Recommendation::NoDecision};

const char* recommendationId(Recommendation recommendation);    // "strong-yes"
const char* recommendationTitle(Recommendation recommendation); // "Strong yes"
std::optional<Recommendation> parseRecommendation(std::string_view id);

// One interviewer's scorecard for one application.
struct Interview {
    int64_t id = 0;
    int64_t applicationId = 0;
    std::string interviewer;
    std::string kind; // "phone-screen", "panel", "role-play", "hiring-manager", …
    std::optional<std::string> scheduledAt;
    std::optional<std::string> startedAt;
    std::optional<std::string> submittedAt;
    InterviewStatus status = InterviewStatus::Draft;
    std::optional<Recommendation> recommendation;
    std::string strengths; // key take-aways, shown to HR in the comparison
    std::string concerns;
    std::vector<std::string> kitQuestionIds; // the kit chosen, in the order asked
    int currentQuestion = 0;                 // index into kitQuestionIds, where to resume
    int plannedMinutes = 0;
    std::string createdAt;
};

// One of an interviewer's own scorecards as their lists show it: who and
// what for, and how far it got.
struct ScorecardSummary {
    int64_t interviewId = 0;
    int64_t openingId = 0;
    std::string interviewer;
    std::string kind;
    InterviewStatus status = InterviewStatus::Draft;
    std::optional<std::string> startedAt;
    std::optional<std::string> submittedAt;
    std::optional<Recommendation> recommendation;
    std::string candidateName;
    std::string openingTitle;
    int scored = 0; // competencies with a score of 1..5
    int total = 0;  // competencies on the opening's scorecard
};

// Which scorecards a report lists; each part left out matches all.
struct ScorecardFilter {
    std::optional<std::string> interviewer;
    std::optional<InterviewStatus> status;
    std::optional<int64_t> openingId;
};

// An interviewer's judgement of one competency.
struct Rating {
    int64_t interviewId = 0;
    std::string competencyId;
    std::optional<int> score; // 1..5; std::nullopt = not scored
    bool notAssessed = false; // the interviewer said so explicitly (key 0), rather than not yet scoring
    std::string notes;
    std::map<std::string, double> evidence; // metric id -> value, e.g. "grr" -> 94
    std::string updatedAt;
};

// A rating from a submitted scorecard, with who gave it to whom: the input of
// the HR comparison.
struct SubmittedRating {
    int64_t candidateId = 0;
    int64_t applicationId = 0;
    std::string interviewer;
    Rating rating;
};

struct QuestionNote {
    int64_t interviewId = 0;
    std::string questionId;
    std::string notes;
    bool asked = false;
    std::string updatedAt;
};

// Who changed what and when. `detail` never holds candidate personal data
// (no names, emails, notes): it survives erasure.
struct AuditEntry {
    int64_t id = 0;
    std::string at;
    std::string actor;
    std::string action; // "create", "update", "score", "submit", "reopen", "erase", …
    std::string entity; // "opening", "candidate", "application", "interview", "rating"
    int64_t entityId = 0;
    std::string detail;
};

} // namespace amhire
