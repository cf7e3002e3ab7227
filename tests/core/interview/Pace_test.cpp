#include <catch2/catch.hpp>

#include "core/interview/Kit.h"
#include "core/interview/LiveInterview.h"
#include "core/interview/Pace.h"

using namespace amhire;

TEST_CASE("the minutes to spare weigh the time left against the questions still to come", "[interview]")
{
    // A 60-minute interview planned with 45 minutes of questions: at the start
    // there is the whole reserve; half of it is kept for the end.
    CHECK(minutesToSpare(60, 0, 45) == 10);
    CHECK(minutesToSpare(60, 5 * 60, 45) == 5); // the introduction took its share
    CHECK(minutesToSpare(60, 10 * 60, 45) == 0);
    CHECK(minutesToSpare(60, 40 * 60, 20) == -5); // 20 minutes left, 25 needed
    // Seconds either way read as on time.
    CHECK(minutesToSpare(60, 10 * 60 + 50, 45) == 0);
    CHECK(minutesToSpare(60, 10 * 60 - 50, 45) == 0);
    // Past the end, every question left is behind.
    CHECK(minutesToSpare(45, 50 * 60, 10) == -20);
}

TEST_CASE("the questions still to come count from the current one", "[interview]")
{
    Question eight;
    eight.minutes = 8;
    Question five;
    five.minutes = 5;
    const std::vector<KitQuestion> kit{{"a", &eight}, {"gone", nullptr}, {"b", &five}, {"c", &eight}};
    CHECK(minutesOfQuestionsFrom(kit, 0) == 21);
    CHECK(minutesOfQuestionsFrom(kit, 1) == 13); // one no longer in the content counts nothing
    CHECK(minutesOfQuestionsFrom(kit, 3) == 8);
    CHECK(minutesOfQuestionsFrom(kit, 4) == 0);
    CHECK(minutesOfQuestionsFrom(kit, -1) == 21);
}
