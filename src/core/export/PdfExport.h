#pragma once

#include <filesystem>

#include "core/export/ExportOptions.h"

namespace amhire {

class Comparison;

// The comparison as a printable debrief packet (cairo, A4 landscape): a
// heading with the panel's reliability and a colour key, the grid with
// colour-scaled cells (as many pages as it takes, header repeated), a radar
// chart of the chosen or best-ranked candidates, the flags to discuss, who
// said what per candidate, and the panel's calibration. Throws ExportError.
void exportPdf(const Comparison& comparison, const std::filesystem::path& path,
               const ExportOptions& options = {});

} // namespace amhire
