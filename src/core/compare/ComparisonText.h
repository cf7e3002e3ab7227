#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/compare/Calibration.h"
#include "core/compare/Comparison.h"

namespace amhire {

// The wording of the comparison, shared by the CLI table, every export and
// the GUI, so a flag reads the same wherever a panel sees it.

std::string formatMean(double mean); // "4.5"
// "79.2", "52.5 (partial)", or "–" without a total.
std::string formatTotal(const ComparedCandidate& candidate);
std::string formatRank(const ComparedCandidate& candidate); // "1", or "–" unranked
// "×3, must-have ≥ 3"
std::string weightText(const ScorecardEntry& competency);
// "1 strong yes, 1 yes", or "none yet".
std::string recommendationSummary(const RecommendationTally& tally);

// Competency names of `competencies`, joined with ", ".
std::string competencyNames(const Comparison& comparison, const std::vector<size_t>& competencies);
// "Retention and renewals 2.5 < 3"; empty when not knocked out.
std::string knockOutText(const Comparison& comparison, size_t row);
// "Expansion selling 3–5"; empty without disagreement.
std::string disagreementText(const Comparison& comparison, size_t row);
// "Communication", "not interviewed yet", or empty without gaps.
std::string gapText(const Comparison& comparison, size_t row);
// "Alex Morgan, Jordan Lee": whose scorecards are still drafts; empty when
// none is.
std::string awaitedText(const Comparison& comparison, size_t row);

// "Krippendorff's alpha (interval) 0.85 from 40 scores on 11 shared cells",
// or why there is none yet.
std::string reliabilityText(const Reliability& reliability);
// "+0.25 (lenient, 2 scores)", "-0.10 (severe, 5 scores)", "no shared scores".
std::string deviationText(const InterviewerCalibration& interviewer);

} // namespace amhire
