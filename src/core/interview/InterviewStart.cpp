#include "core/interview/InterviewStart.h"

#include <fmt/format.h>

#include "core/storage/StorageError.h"
#include "core/storage/Trimmed.h"

namespace amhire {
namespace {

constexpr int kShortestInterview = 15;
constexpr int kLongestInterview = 240;

std::vector<KitCompetency> kitScorecard(const ScorecardSnapshot& snapshot)
{
    std::vector<KitCompetency> out;
    out.reserve(snapshot.entries.size());
    for (const ScorecardEntry& entry : snapshot.entries)
        out.push_back({entry.competencyId, entry.weight});
    return out;
}

}  // namespace

Kit kitForOpening(const Content& content, const Opening& opening, InterviewKind kind, int lengthMinutes)
{
    const Level level = parseLevel(opening.level).value_or(Level::Mid);
    return buildKit(content, kitScorecard(opening.scorecard), level, kind, lengthMinutes);
}

Kit kitForApplication(Storage& storage, const Content& content, int64_t applicationId, InterviewKind kind,
                      int lengthMinutes)
{
    const Application application = storage.candidates().getApplication(applicationId);
    return kitForOpening(content, storage.openings().get(application.openingId), kind, lengthMinutes);
}

int64_t startInterview(Storage& storage, const Content& content, const InterviewRequest& request)
{
    const std::string interviewer = trimmed(request.interviewer);
    if (interviewer.empty())
        throw StorageError(StorageErrorKind::InvalidInput, storage.location(),
                           "Enter the interviewer's name: every score is kept under the name of who gave it.");
    if (request.lengthMinutes < kShortestInterview || request.lengthMinutes > kLongestInterview)
        throw StorageError(StorageErrorKind::InvalidInput, storage.location(),
                           fmt::format("An interview must last between {} and {} minutes, not {}.",
                                       kShortestInterview, kLongestInterview, request.lengthMinutes));

    for (const Interview& existing : storage.interviews().interviewsOf(request.applicationId))
        if (existing.interviewer == interviewer && existing.status == InterviewStatus::Draft)
            return existing.id;

    const Kit kit = kitForApplication(storage, content, request.applicationId, request.kind, request.lengthMinutes);
    Interview interview;
    interview.applicationId = request.applicationId;
    interview.interviewer = interviewer;
    interview.kind = interviewKindId(request.kind);
    interview.kitQuestionIds = kit.questionIds();
    // The timer runs against the whole conversation, reserve included.
    interview.plannedMinutes = request.lengthMinutes;
    return storage.interviews().add(interview, interviewer);
}

std::vector<Interview> submittedBefore(Storage& storage, const InterviewRequest& request)
{
    const std::string interviewer = trimmed(request.interviewer);
    std::vector<Interview> submitted;
    for (Interview& existing : storage.interviews().interviewsOf(request.applicationId)) {
        if (existing.interviewer != interviewer)
            continue;
        if (existing.status == InterviewStatus::Draft)
            return {};
        submitted.push_back(std::move(existing));
    }
    return submitted;
}

}  // namespace amhire
