#include "core/openings/NewOpening.h"

#include <set>
#include <stdexcept>

#include "core/posting/Posting.h"

namespace amhire {

ScorecardSnapshot makeScorecard(const Content& content, const JobTemplate& jobTemplate)
{
    ScorecardSnapshot snapshot;
    snapshot.contentHash = content.hash();
    std::set<std::string> rubricVersions;
    for (const Assessment& a : jobTemplate.assessments) {
        const Competency* c = content.competency(a.competency);
        snapshot.entries.push_back({a.competency, c ? c->name : a.competency, a.weight, a.minimum});
        if (c)
            if (const Rubric* r = content.rubric(c->rubricId))
                rubricVersions.insert(r->id + "@" + r->version);
    }
    for (const auto& v : rubricVersions)
        snapshot.rubricVersion += (snapshot.rubricVersion.empty() ? "" : " ") + v;
    return snapshot;
}

Opening makeOpening(const Content& content, const JobTemplate& jobTemplate, const PostingInput& input)
{
    const LevelBand* band = jobTemplate.band(input.level);
    if (!band)
        throw std::invalid_argument("template '" + jobTemplate.id + "' does not offer the level '" +
                                    levelId(input.level) + "'");
    const Posting posting = renderPosting(jobTemplate, input);
    Opening opening;
    opening.templateId = jobTemplate.id;
    opening.level = levelId(input.level);
    opening.title = postingRoleTitle(jobTemplate, input.level);
    opening.company = input.company;
    opening.location = input.location;
    opening.workModel = workModelId(input.workModel);
    opening.team = input.team;
    opening.reportsTo = input.reportsTo;
    opening.payMin = input.payMin ? input.payMin : std::optional<long>(band->baseMin);
    opening.payMax = input.payMax ? input.payMax : std::optional<long>(band->baseMax);
    opening.currency = band->currency;
    opening.postingMarkdown = posting.markdown;
    opening.scorecard = makeScorecard(content, jobTemplate);
    return opening;
}

}  // namespace amhire
