#pragma once

#include <map>
#include <string>

#include "core/content/Content.h"

namespace amhire {

// Counts of questions per competency, kind and level, so that gaps in the
// question bank are visible before an interviewer meets them in a kit.
struct CompetencyCoverage {
    int total = 0;
    std::map<QuestionKind, int> byKind;
    std::map<Level, int> byLevel;
};

struct ContentStats {
    std::map<std::string, CompetencyCoverage> byCompetency;  // competency id → coverage
    std::map<QuestionKind, int> byKind;
    std::map<Level, int> byLevel;
};

ContentStats computeStats(const Content& content);

// One line of the content summary, e.g. "2 rubrics, 15 competencies, …".
std::string summarize(const Content& content);

}  // namespace amhire
