#pragma once

#include <ostream>

#include "core/export/ExportOptions.h"

namespace amhire {

class Comparison;

// The comparison as one self-contained HTML file (inline CSS and SVG, no
// scripts, nothing fetched): the grid with colour-scaled cells, rater counts
// and flags, a radar chart of the chosen (or best-ranked) candidates, the
// flags for the debrief, who said what, and the panel's calibration.
void exportHtml(const Comparison& comparison, std::ostream& out, const ExportOptions& options = {});

} // namespace amhire
