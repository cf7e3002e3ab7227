#pragma once

#include <string>
#include <vector>

#include "core/storage/Storage.h"

namespace amhire {

// A draft scorecard as the interviewer finds it again: who and what for.
struct DraftSummary {
    Interview interview;
    std::string candidateName;
    std::string openingTitle;
    int scored = 0;  // competencies with a score of 1..5
    int total = 0;   // competencies on the opening's scorecard
};

// The interviewer's own drafts, most recent first; never anyone else's.
std::vector<DraftSummary> draftSummaries(Storage& storage, const std::string& interviewer);

}  // namespace amhire
