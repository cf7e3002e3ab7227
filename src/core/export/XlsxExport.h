#pragma once

#include <filesystem>

#include "core/export/ExportOptions.h"

namespace amhire {

class Comparison;

// The comparison as an Excel workbook (libxlsxwriter): "Scores" with a header
// row, frozen rank/candidate columns, means and totals as numbers under a
// colour scale; "Raters" with the rater count behind each mean; "Flags" with
// knock-outs, disagreements, gaps and the recommendation tally; "Panel" with
// who said what; "Calibration". Throws ExportError.
void exportXlsx(const Comparison& comparison, const std::filesystem::path& path,
                const ExportOptions& options = {});

} // namespace amhire
