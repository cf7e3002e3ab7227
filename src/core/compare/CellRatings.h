#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace amhire {

class Comparison;
class Storage;

// One interviewer's rating behind a cell of the comparison.
struct CellRating {
    int64_t interviewId = 0;
    std::string interviewer;
    std::string kind;
    std::optional<int> score; // std::nullopt: they marked it "not assessed"
    std::string notes;        // with the candidate's identity taken out when anonymised
    std::map<std::string, double> evidence;
};

// "Click a cell": the individual ratings from the submitted scorecards behind
// candidate `row` × `competency` of `comparison`, oldest scorecard first.
// Reads storage (a few small queries), so call it on demand, not per cell
// painted. Throws StorageError.
std::vector<CellRating> ratingsBehind(Storage& storage, const Comparison& comparison, size_t row,
                                      size_t competency);

} // namespace amhire
