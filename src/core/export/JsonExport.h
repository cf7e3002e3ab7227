#pragma once

#include <ostream>

#include "core/export/ExportOptions.h"

namespace amhire {

class Comparison;

// The comparison as JSON for scripts: the opening, the scorecard, every
// candidate shown (in order) with per-competency means, rater counts, spreads
// and flags, who said what, and the panel's calibration. Anonymised, it
// carries no name, email, company nor database id of a candidate.
void exportJson(const Comparison& comparison, std::ostream& out, const ExportOptions& options = {});

} // namespace amhire
