// The Compare view's radar chart: which candidates it shows and how the
// grid's selection picks them (split from CompareView.cpp to keep that one
// readable in a sitting).
#include "app/CompareView.h"

#include "app/CompareSidePanel.h"
#include "app/ComparisonGrid.h"
#include "core/compare/Palette.h"
#include "core/compare/RadarChart.h"

namespace amhire::app {

namespace {
constexpr size_t kChartDefault = 3; // best-ranked candidates charted while none is selected
} // namespace

std::vector<size_t> CompareView::chosenRows() const
{
    std::vector<size_t> rows;
    if (comparison_)
        for (int64_t id : chartApplications_)
            if (auto row = comparison_->rowOf(id))
                rows.push_back(*row);
    return rows;
}

std::vector<size_t> CompareView::chartRows() const
{
    if (!comparison_)
        return {};
    std::vector<size_t> rows = chosenRows();
    return rows.empty() ? topRankedRows(*comparison_, kChartDefault) : rows;
}

void CompareView::selectCandidates(const std::vector<size_t>& rows)
{
    grid_->selectCandidates(rows);
    rememberChartSelection();
}

void CompareView::chartBestRanked()
{
    chartApplications_.clear();
    grid_->selectCandidates({});
    updateChart();
}

void CompareView::rememberChartSelection()
{
    // Clicking a score clears the grid's selection: the chart keeps its
    // candidates until others are selected or the best ranked are asked for.
    const std::vector<size_t> rows = grid_->selectedCandidates(kMaxChartSeries);
    if (!comparison_ || rows.empty())
        return;
    chartApplications_.clear();
    for (size_t row : rows)
        chartApplications_.push_back(comparison_->candidate(row).applicationId);
    updateChart();
}

void CompareView::restoreChartSelection()
{
    grid_->selectCandidates(chosenRows());
}

void CompareView::updateChart()
{
    side_->showChart(comparison_.get(), chartRows(), !chosenRows().empty());
}

} // namespace amhire::app
