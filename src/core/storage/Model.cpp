#include "core/storage/Model.h"

namespace amhire {

bool ScorecardEntry::operator==(const ScorecardEntry& other) const
{
    return competencyId == other.competencyId && name == other.name && weight == other.weight &&
           minimum == other.minimum;
}

bool ScorecardSnapshot::operator==(const ScorecardSnapshot& other) const
{
    return rubricVersion == other.rubricVersion && contentHash == other.contentHash &&
           entries == other.entries;
}

const char* stageId(Stage stage)
{
    switch (stage) {
    case Stage::Applied:
        return "applied";
    case Stage::Screening:
        return "screening";
    case Stage::Interviewing:
        return "interviewing";
    case Stage::Offer:
        return "offer";
    case Stage::Hired:
        return "hired";
    case Stage::Rejected:
        return "rejected";
    case Stage::Withdrawn:
        return "withdrawn";
    }
    return "applied";
}

const char* stageTitle(Stage stage)
{
    switch (stage) {
    case Stage::Applied:
        return "Applied";
    case Stage::Screening:
        return "Screening";
    case Stage::Interviewing:
        return "Interviewing";
    case Stage::Offer:
        return "Offer";
    case Stage::Hired:
        return "Hired";
    case Stage::Rejected:
        return "Rejected";
    case Stage::Withdrawn:
        return "Withdrawn";
    }
    return "Applied";
}

std::optional<Stage> parseStage(std::string_view id)
{
    for (Stage stage : kAllStages)
        if (id == stageId(stage))
            return stage;
    return std::nullopt;
}

const char* interviewStatusId(InterviewStatus status)
{
    return status == InterviewStatus::Submitted ? "submitted" : "draft";
}

std::optional<InterviewStatus> parseInterviewStatus(std::string_view id)
{
    if (id == "draft")
        return InterviewStatus::Draft;
    if (id == "submitted")
        return InterviewStatus::Submitted;
    return std::nullopt;
}

const char* recommendationId(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::StrongNo:
        return "strong-no";
    case Recommendation::No:
        return "no";
    case Recommendation::Yes:
        return "yes";
    case Recommendation::StrongYes:
        return "strong-yes";
    case Recommendation::NoDecision:
        return "no-decision";
    }
    return "no-decision";
}

const char* recommendationTitle(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::StrongNo:
        return "Strong no";
    case Recommendation::No:
        return "No";
    case Recommendation::Yes:
        return "Yes";
    case Recommendation::StrongYes:
        return "Strong yes";
    case Recommendation::NoDecision:
        return "No decision";
    }
    return "No decision";
}

std::optional<Recommendation> parseRecommendation(std::string_view id)
{
    for (Recommendation recommendation : kAllRecommendations)
        if (id == recommendationId(recommendation))
            return recommendation;
    return std::nullopt;
}

} // namespace amhire
