#include "core/content/ContentStats.h"
#include "core/Counted.h"

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
    const auto count = [](size_t n, std::string_view one, std::string_view many) {
        return counted(static_cast<long long>(n), one, many);
    };
    return fmt::format("{}, {}, {} in {}, {}", count(content.rubrics().size(), "rubric", "rubrics"),
                       count(content.competencies().size(), "competency", "competencies"),
                       count(content.questions().size(), "question", "questions"),
                       count(content.questionBanks().size(), "bank", "banks"),
                       count(content.templates().size(), "template", "templates"));
}

}  // namespace amhire
