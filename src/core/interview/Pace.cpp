#include "core/interview/Pace.h"

#include "core/interview/Kit.h"
#include "core/interview/LiveInterview.h"

namespace amhire {

int minutesToSpare(int lengthMinutes, long elapsedSeconds, int minutesOfQuestionsLeft)
{
    const long secondsLeft = lengthMinutes * 60L - elapsedSeconds;
    const long secondsNeeded = (minutesOfQuestionsLeft + kKitReserveMinutes / 2) * 60L;
    return static_cast<int>((secondsLeft - secondsNeeded) / 60);
}

int minutesOfQuestionsFrom(const std::vector<KitQuestion>& questions, int current)
{
    int minutes = 0;
    for (size_t i = current < 0 ? 0 : static_cast<size_t>(current); i < questions.size(); ++i)
        if (questions[i].question)
            minutes += questions[i].question->minutes;
    return minutes;
}

} // namespace amhire
