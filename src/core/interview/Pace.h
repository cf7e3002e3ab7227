#pragma once

#include <vector>

namespace amhire {

struct KitQuestion;

// How an interview under way keeps to its plan, for the interviewer's
// header: the minutes left against those the questions still to come are
// planned to take, plus half of the time the kit keeps free (the other half
// went on the introduction), for the candidate's own questions at the end.
// Positive: minutes to spare; negative: minutes behind; rounded towards
// zero, so a few seconds either way read as on time.
int minutesToSpare(int lengthMinutes, long elapsedSeconds, int minutesOfQuestionsLeft);

// The planned minutes of the kit's questions from `current` on (a question
// no longer in the content counts for nothing).
int minutesOfQuestionsFrom(const std::vector<KitQuestion>& questions, int current);

} // namespace amhire
