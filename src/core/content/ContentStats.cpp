#include "core/content/ContentStats.h"

#include <fmt/format.h>

namespace amhire {

ContentStats computeStats(const Content& content)
{
    ContentStats stats;
    for (const Competency& c : content.competencies())
        stats.byCompetency[c.id];  // competencies with no question still show, with zeros
    for (const Question& q : content.questions()) {
        CompetencyCoverage& coverage = stats.byCompetency[q.competency];
        ++coverage.total;
        ++coverage.byKind[q.kind];
        ++stats.byKind[q.kind];
        for (Level level : kAllLevels) {
            if (q.levels.contains(level)) {
                ++coverage.byLevel[level];
                ++stats.byLevel[level];
            }
        }
    }
    return stats;
}

std::string summarize(const Content& content)
{
    return fmt::format("{} rubrics, {} competencies, {} questions in {} banks, {} templates",
                       content.rubrics().size(), content.competencies().size(), content.questions().size(),
                       content.questionBanks().size(), content.templates().size());
}

}  // namespace amhire
