#include <catch2/catch.hpp>

#include "core/storage/Model.h"

using namespace amhire;

TEST_CASE("Stages convert to ids and back", "[storage]")
{
    for (Stage stage : kAllStages) {
        CHECK(parseStage(stageId(stage)) == stage);
        CHECK(std::string(stageTitle(stage)).size() > 0);
    }
    CHECK(std::string(stageId(Stage::Interviewing)) == "interviewing");
    CHECK(std::string(stageTitle(Stage::Withdrawn)) == "Withdrawn");
    CHECK_FALSE(parseStage("Interviewing").has_value());
    CHECK_FALSE(parseStage("").has_value());
}

TEST_CASE("Recommendations and statuses convert to ids and back", "[storage]")
{
    for (Recommendation recommendation : kAllRecommendations)
        CHECK(parseRecommendation(recommendationId(recommendation)) == recommendation);
    CHECK(std::string(recommendationId(Recommendation::StrongNo)) == "strong-no");
    CHECK(std::string(recommendationTitle(Recommendation::NoDecision)) == "No decision");
    CHECK_FALSE(parseRecommendation("maybe").has_value());
    CHECK(parseInterviewStatus("submitted") == InterviewStatus::Submitted);
    CHECK(parseInterviewStatus(interviewStatusId(InterviewStatus::Draft)) == InterviewStatus::Draft);
    CHECK_FALSE(parseInterviewStatus("final").has_value());
}
