#include "core/interview/Drafts.h"

namespace amhire {

std::vector<DraftSummary> draftSummaries(Storage& storage, const std::string& interviewer)
{
    std::vector<DraftSummary> out;
    for (Interview& interview : storage.interviews().draftsFor(interviewer)) {
        DraftSummary summary;
        const Application application = storage.candidates().getApplication(interview.applicationId);
        summary.candidateName = storage.candidates().get(application.candidateId).name;
        const Opening opening = storage.openings().get(application.openingId);
        summary.openingTitle = opening.title;
        summary.total = static_cast<int>(opening.scorecard.entries.size());
        for (const Rating& rating : storage.interviews().ratings(interview.id))
            if (rating.score)
                ++summary.scored;
        summary.interview = std::move(interview);
        out.push_back(std::move(summary));
    }
    return out;
}

}  // namespace amhire
