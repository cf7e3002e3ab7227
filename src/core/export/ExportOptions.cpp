#include "core/export/ExportOptions.h"

#include "core/compare/Comparison.h"
#include "core/compare/Palette.h"
#include "core/compare/RadarChart.h"

namespace amhire {

std::vector<size_t> chartRowsFor(const Comparison& comparison, const ExportOptions& options)
{
    if (options.chartRows.empty())
        return topRankedRows(comparison, kMaxChartSeries);
    std::vector<size_t> rows;
    for (size_t row : options.chartRows)
        if (row < comparison.candidateCount() && rows.size() < kMaxChartSeries)
            rows.push_back(row);
    return rows;
}

} // namespace amhire
