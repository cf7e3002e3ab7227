#include "core/compare/CellRatings.h"

#include "core/compare/Comparison.h"
#include "core/storage/Storage.h"

namespace amhire {

std::vector<CellRating> ratingsBehind(Storage& storage, const Comparison& comparison, size_t row,
                                      size_t competency)
{
    const std::string& competencyId = comparison.competencies().at(competency).competencyId;
    std::vector<CellRating> found;
    if (comparison.candidate(row).withheld)
        return found;  // the viewer's own scorecard is a draft: nobody else's ratings yet
    for (const Interview& interview :
         storage.interviews().interviewsOf(comparison.candidate(row).applicationId)) {
        if (interview.status != InterviewStatus::Submitted)
            continue; // a draft is private to its interviewer
        for (Rating& rating : storage.interviews().ratings(interview.id)) {
            if (rating.competencyId != competencyId)
                continue;
            found.push_back({interview.id, interview.interviewer, interview.kind, rating.score,
                             comparison.redact(row, rating.notes), std::move(rating.evidence)});
        }
    }
    return found;
}

} // namespace amhire
